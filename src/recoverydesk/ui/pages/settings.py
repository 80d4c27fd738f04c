"""Settings: auto-lock, remember on this computer, passphrase, crisis-line country."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import i18n, settings
from recoverydesk.crisis import crisis_words
from recoverydesk.ui.controller import KEYCHAIN_ASKED, AppController
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.card_grid import scrolling
from recoverydesk.ui.design.components import Card, PageHeader, StatusMessage, ignore_wheel
from recoverydesk.ui.design.turns import Turns
from recoverydesk.ui.design.widgets import (
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.pages.settings_backup import BackupSettings
from recoverydesk.ui.pages.settings_reminders import ReminderSettings
from recoverydesk.ui.presenters.support import (
    KeychainStatus,
    KnownError,
    copy_text,
    is_last_group,
    plain_reason,
    write_private_file,
)
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.shell.passphrase_form import PassphraseForm
from recoverydesk.ui.translation import current_language, translate

CARD_KEEP_MS = 800  # the lock-screen card is kept this long after the last key press
COLUMN_CHARS = 110  # the settings column's widest, in characters (grows with the font)


class SettingsPage(QWidget):
    """Settings in four groups; each one applies as soon as it is changed (no Save)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.settings()
        self.setAccessibleName(self.tr("Settings"))
        self._controller = controller
        self.message = StatusMessage()

        self.privacy = Card(self.tr("Privacy and locking"))
        self.crisis = Card(self.tr("Crisis lines"))
        self.appearance = Card(self.tr("Appearance"))
        self.reminders = Card(self.tr("Reminders"))
        # Other parts (backup and restore) join this group with one line:
        # ``page.data.body.addWidget(widget)``.
        self.data = Card(self.tr("Data"))
        self._privacy_group(controller)
        self._crisis_group(controller)
        # The groups further down are filled over the next turns of the event loop, in
        # order (so Tab still goes down the page): the window never waits for all of them.
        self._turns = Turns(self, controller.about_to_lock)
        self._turns.add(lambda: self._appearance_group(controller),
                        lambda: self.reminders.body.addWidget(ReminderSettings(controller)),
                        self._data_group)

        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        for card in (self.privacy, self.crisis, self.appearance, self.reminders, self.data):
            column_layout.addWidget(card)
        column_layout.addStretch(1)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(column, 1)
        holder_layout.addStretch(0)
        scroll = scrolling(holder)

        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Settings"),
            self.tr("Changes apply as soon as you make them.")))
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        controller.recovery_key_made.connect(self._show_new_recovery_key)
        controller.recovery_key_failed.connect(self._new_recovery_key_failed)
        # A bound method, not a lambda: Qt drops the connection when the page is deleted.
        controller.passphrase_change_finished.connect(self._passphrase_change_finished)
        controller.about_to_lock.connect(self.keep_card)

    def building(self) -> bool:
        """Groups still to be filled (a few turns after the page is first shown)."""
        return self._turns.busy()

    # -- the groups -----------------------------------------------------------------------

    def _data_group(self) -> None:
        self.data.body.addWidget(BackupSettings(self._controller, self))  # and quick-hide
        self.data.body.addWidget(_note(
            self.tr("Everything you write is kept in one encrypted file on this computer. "
                    "Nothing is "
            "sent anywhere.")))

    def _privacy_group(self, controller: AppController) -> None:
        self.auto_lock = _number_box(1, 240, self.tr(" minutes"),
                                     self.tr("Lock after this many minutes without use"),
                                     controller.auto_lock_minutes())
        self.auto_lock.valueChanged.connect(controller.set_auto_lock_minutes)

        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember.setEnabled(False)  # until the keychain has answered (off the UI thread)
        self.remember.toggled.connect(self._remember_toggled)

        change = QPushButton(self.tr("Change passphrase…"))
        change.clicked.connect(self.change_passphrase)
        self.new_key_button = QPushButton(self.tr("Make a new recovery key…"))
        self.new_key_button.setToolTip(
            self.tr("Your old recovery key stops working; you get a new one"))
        self.new_key_button.clicked.connect(self.make_new_recovery_key)
        body = self.privacy.body
        body.addLayout(_row(self.tr("Lock after"), self.auto_lock))
        body.addWidget(self.remember)
        self.keychain_note = _note(translate("AppController", KEYCHAIN_ASKED))
        body.addWidget(self.keychain_note)
        body.addLayout(_row(change, self.new_key_button))
        controller.keychain_status_known.connect(self.show_keychain)
        controller.ask_keychain_status()

    def show_keychain(self, status: KeychainStatus) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(self._controller.remembered and status.available)
        self.remember.blockSignals(False)
        self.remember.setEnabled(status.available)
        self.keychain_note.setText(
            self.tr("Opens without your passphrase, using your system keychain. Best only if "
                    "nobody else uses your account on this computer.") if status.available
            else core_tr(status.description))

    def _crisis_group(self, controller: AppController) -> None:
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for crisis lines"))
        self.country.addItem(self.tr("Not chosen"), "")
        words = crisis_words(current_language())
        for code in controller.crisis_directory.countries():
            self.country.addItem(words.country(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(controller.country)))
        ignore_wheel(self.country)
        self.country.currentIndexChanged.connect(
            lambda: controller.set_country(self.country.currentData() or ""))
        # A bound method, not a lambda: Qt lets go of it when this page is deleted on lock.
        controller.country_changed.connect(self._show_country)

        self.review_weeks = _number_box(0, 104, self.tr(" weeks"),
                                        self.tr("Suggest a look at my safety plan after"),
                                        self.presenter.get(settings.PLAN_REVIEW_WEEKS),
                                        special=self.tr("Never"))
        self.review_weeks.valueChanged.connect(
            lambda weeks: self.presenter.set(settings.PLAN_REVIEW_WEEKS, weeks))

        self.lock_card = QPlainTextEdit(controller.lock_screen_card)
        self.lock_card.setAccessibleName(self.tr("Lock-screen card"))
        self.lock_card.setTabChangesFocus(True)
        self.lock_card.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.lock_card.setPlaceholderText(self.tr("For example: Breathe slowly. Call Sam."))
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(CARD_KEEP_MS)
        self._card_timer.timeout.connect(self.keep_card)
        self.lock_card.textChanged.connect(self._card_timer.start)
        body = self.crisis.body
        body.addLayout(_row(self.tr("Crisis lines for"), self.country))
        body.addLayout(_row(self.tr("Suggest a look at my plan after"), self.review_weeks))
        body.addWidget(QLabel(self.tr("Lock-screen card")))
        body.addWidget(self.lock_card)
        body.addWidget(_note(
            self.tr("A few words of your own shown with the crisis lines, even while "
                    "RecoveryDesk is "
            "locked. Anyone who uses this computer could read them, so keep them general.")))

    def _appearance_group(self, controller: AppController) -> None:
        self.reduce_motion = QCheckBox(
            self.tr("Reduce motion (a counting bar instead of a moving shape)"))
        self.reduce_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduce_motion.setChecked(self.presenter.get(settings.REDUCE_MOTION))
        self.reduce_motion.toggled.connect(
            lambda on: self.presenter.set(settings.REDUCE_MOTION, on))
        self.appearance.body.addWidget(self.reduce_motion)
        self.appearance.body.addWidget(_note(
            self.tr("Colours follow your system's light or dark setting, and text follows its "
                    "size.")))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As this computer is set"), i18n.SYSTEM)
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)  # each in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(
            controller.device_option(settings.LANGUAGE))))
        self.language.currentIndexChanged.connect(lambda _: controller.set_device_option(
            settings.LANGUAGE, self.language.currentData()))
        ignore_wheel(self.language)
        self.appearance.body.addLayout(_row(self.tr("Language"), self.language))
        self.appearance.body.addWidget(_note(
            self.tr("A new language shows the next time RecoveryDesk starts.")))

    # -- applying -------------------------------------------------------------------------

    def _show_country(self, code: str) -> None:
        self.country.setCurrentIndex(max(0, self.country.findData(code)))

    def keep_card(self) -> None:
        """The lock-screen card, kept shortly after typing stops (and on lock and quit)."""
        self._card_timer.stop()
        text = self.lock_card.toPlainText()
        if text.strip() == self._controller.lock_screen_card.strip():
            return
        self._controller.set_lock_screen_card(text)
        self.message.show_message(self.tr("Your card is saved. It shows with the crisis lines.")
                                  if text.strip() else self.tr("The lock-screen card is off."),
                                  "done")

    def _remember_toggled(self, on: bool) -> None:
        trouble = self._controller.set_remembered(on)
        if trouble:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
        self.message.show_message(trouble or (
            self.tr("RecoveryDesk will open without asking on this computer.") if on else
            self.tr("RecoveryDesk will ask for your passphrase each time.")),
            "warn" if trouble else "done")

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.message.show_message(self.tr("Changing your passphrase…"), seconds=0)
        self._controller.change_passphrase(dialog.new_passphrase())

    def _passphrase_change_finished(self, changed: bool, text: str) -> None:
        if changed:
            self.message.show_message(text, "done")
        else:
            self.message.show_message(text, "warn", seconds=0)

    def make_new_recovery_key(self) -> None:
        dialog = NewRecoveryKeyDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.new_key_button.setEnabled(False)
        self.message.show_message(self.tr("Making your new recovery key…"), seconds=0)
        self._controller.make_new_recovery_key(dialog.passphrase.text())

    def _show_new_recovery_key(self, recovery_key: str) -> None:
        self.new_key_button.setEnabled(True)
        self.message.show_message(self.tr("Your new recovery key is made. The old one no longer "
                                  "opens your vault."), "done")
        RecoveryKeyDialog(recovery_key, self).exec()

    def _new_recovery_key_failed(self, text: str) -> None:
        self.new_key_button.setEnabled(True)
        self.message.show_message(text + " " + self.tr("Your recovery key has not changed."),
                                  "warn", seconds=0)


def _number_box(low: int, high: int, suffix: str, name: str, value: int,
                special: str = "") -> QSpinBox:
    """A number as wide as its longest value, not the page; the wheel only when focused."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    if special:
        box.setSpecialValueText(special)
    box.setAccessibleName(name)
    box.setValue(value)
    ignore_wheel(box)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def _row(*parts) -> QHBoxLayout:
    """Label text or widgets side by side, at their own width, the rest left empty; a label
    is the buddy of the widget after it (Alt and its letter, and screen readers)."""
    row = QHBoxLayout()
    label = None
    for part in parts:
        if isinstance(part, str):
            label = QLabel(part)
            row.addWidget(label)
            continue
        if label is not None:
            label.setBuddy(part)
            label = None
        row.addWidget(part)
    row.addStretch(1)
    return row


def _note(text: str) -> QLabel:
    note = paragraph(text)
    note.setProperty("tone", "muted")
    return note


class NewRecoveryKeyDialog(QDialog):
    """Asks for the passphrase before the recovery key is replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a new recovery key"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = message_label()
        lay_out_form_dialog(self, [(self.tr("Your passphrase"), self.passphrase)], self.message,
                            self._accept, intro=self.tr(
                                "You'll get a new recovery key, shown once, and the old one "
                                "will stop opening your vault. Useful if you lost it, or if "
                                "someone else may have seen it. Copies of your vault made "
                                "before (backups) still open with the old key."))

    def _accept(self) -> None:
        if not self.passphrase.text():
            show_message(self.message, self.tr("Your passphrase, please: it keeps this safe."))
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once: save it privately, then type its last group back."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self._key = recovery_key
        self.key_label = QLabel(recovery_key.replace("-", " "))
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont().pointSizeF() * 1.3)
        self.key_label.setFont(mono)
        save = QPushButton(self.tr("Save to a file…"))
        save.clicked.connect(self._save)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("The last group of your recovery key"))
        self.confirm_edit.setPlaceholderText(self.tr("The last group, from your copy"))
        self.message = message_label()
        buttons = QDialogButtonBox()
        help_button(buttons)
        self.done_button = buttons.addButton(self.tr("I've kept it safe"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        self.confirm_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(
            self.tr("This new key opens your vault if you forget your passphrase. Write it down or "
            "save it somewhere private now: it is shown only this once.")))
        layout.addWidget(self.key_label)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(paragraph(self.tr("When you have kept it, type its last group here:")))
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.confirm_edit.setFocus()

    def _check(self) -> None:
        self.done_button.setEnabled(is_last_group(self._key, self.confirm_edit.text()))

    def reject(self) -> None:
        """Esc and the window's close button also go only once the key is kept."""
        if self.done_button.isEnabled():
            super().reject()
        else:
            show_message(self.message,
                self.tr("Please keep the key first: type its last group above "
                         "when you have it."))

    def _save(self) -> None:
        from recoverydesk.ui.shell.setup_view import ask_where_to_save_key

        filename = ask_where_to_save_key(self)
        if filename:
            self.save_to(Path(filename))

    def save_to(self, path: Path) -> None:
        try:
            write_private_file(path, copy_text(self._key).encode())
        except (OSError, KnownError) as e:
            show_message(self.message, self.tr("That file couldn't be saved ({reason}).").format(
                reason=plain_reason(e)))
        else:
            show_message(self.message, self.tr("Saved to {file}. Only you can read it.").format(
                file=path))


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.form = PassphraseForm(new=True)
        self.first, self.second, self.hint = self.form.first, self.form.second, self.form.hint
        self.message = message_label()
        lay_out_form_dialog(self, [(self.tr("New passphrase"), self.first),
                                   (self.tr("Again"), self.second),
                                   ("", self.hint)], self.message, self._accept, intro=intro)

    def new_passphrase(self) -> str:
        return self.form.text()

    def _accept(self) -> None:
        trouble = self.form.problem()
        if trouble:
            show_message(self.message, trouble)
            return
        self.accept()
