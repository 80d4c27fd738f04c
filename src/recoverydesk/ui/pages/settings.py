"""Settings: auto-lock, remember on this computer, passphrase, crisis-line country."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import settings
from recoverydesk.crisis import country_name
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.presenters.support import copy_text, is_last_group, write_private_file
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.shell.passphrase_form import PassphraseForm


class SettingsPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.settings()
        self.setAccessibleName("Settings")
        self._controller = controller

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(" minutes")
        self.auto_lock.setAccessibleName("Lock after this many minutes without use")
        self.auto_lock.setValue(controller.auto_lock_minutes())
        self.auto_lock.valueChanged.connect(controller.set_auto_lock_minutes)

        status = controller.keychain_status()
        self.remember = QCheckBox("Remember on this computer")
        self.remember.setAccessibleName("Remember on this computer")
        self.remember.setChecked(controller.remembered and status.available)
        self.remember.setEnabled(status.available)
        self.remember.toggled.connect(self._remember_toggled)
        remember_note = paragraph(
            "Opens without your passphrase, using your system keychain. Best only if nobody "
            "else uses your account on this computer." if status.available else
            status.description)

        self.country = QComboBox()
        self.country.setAccessibleName("Country for crisis lines")
        self.country.addItem("Not chosen", "")
        for code in controller.crisis_directory.countries():
            self.country.addItem(country_name(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(controller.country)))
        self.country.currentIndexChanged.connect(
            lambda: controller.set_country(self.country.currentData() or ""))
        # A bound method, not a lambda: Qt lets go of it when this page is deleted on lock.
        controller.country_changed.connect(self._show_country)

        self.review_weeks = QSpinBox()
        self.review_weeks.setRange(0, 104)
        self.review_weeks.setSuffix(" weeks")
        self.review_weeks.setSpecialValueText("Never")
        self.review_weeks.setAccessibleName("Suggest a look at my safety plan after")
        self.review_weeks.setValue(self.presenter.get(settings.PLAN_REVIEW_WEEKS))
        self.review_weeks.valueChanged.connect(
            lambda weeks: self.presenter.set(settings.PLAN_REVIEW_WEEKS, weeks))

        self.lock_card = QPlainTextEdit(controller.lock_screen_card)
        self.lock_card.setAccessibleName("Lock-screen card")
        self.lock_card.setMaximumHeight(90)
        self.lock_card.setPlaceholderText("For example: Breathe slowly. Call Sam.")
        save_card = QPushButton("Save card")
        save_card.clicked.connect(self._save_card)
        lock_card_note = paragraph(
            "A few words of your own shown with the crisis lines, even while RecoveryDesk is "
            "locked. Anyone who uses this computer could read them, so keep them general.")

        self.reduce_motion = QCheckBox("Reduce motion (a counting bar instead of a moving shape)")
        self.reduce_motion.setAccessibleName("Reduce motion")
        self.reduce_motion.setChecked(self.presenter.get(settings.REDUCE_MOTION))
        self.reduce_motion.toggled.connect(
            lambda on: self.presenter.set(settings.REDUCE_MOTION, on))

        change = QPushButton("Change passphrase…")
        change.clicked.connect(self.change_passphrase)
        self.message = message_label()

        form = QFormLayout()
        form.addRow("Lock after", self.auto_lock)
        form.addRow(self.remember)
        form.addRow(remember_note)
        form.addRow("Crisis lines for", self.country)
        form.addRow("Suggest a look at my plan after", self.review_weeks)
        form.addRow(self.reduce_motion)
        form.addRow("Lock-screen card", self.lock_card)
        form.addRow(lock_card_note)
        card_row = QHBoxLayout()
        card_row.addWidget(save_card)
        card_row.addStretch(1)
        form.addRow(card_row)
        change_row = QHBoxLayout()
        change_row.addWidget(change)
        self.new_key_button = QPushButton("Make a new recovery key…")
        self.new_key_button.setToolTip("Your old recovery key stops working; you get a new one")
        self.new_key_button.clicked.connect(self.make_new_recovery_key)
        change_row.addWidget(self.new_key_button)
        change_row.addStretch(1)
        form.addRow(change_row)
        controller.recovery_key_made.connect(self._show_new_recovery_key)
        controller.recovery_key_failed.connect(self._new_recovery_key_failed)
        # A bound method, not a lambda: Qt drops the connection when the page is deleted.
        controller.passphrase_change_finished.connect(self._passphrase_change_finished)

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Settings"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _show_country(self, code: str) -> None:
        self.country.setCurrentIndex(max(0, self.country.findData(code)))

    def _save_card(self) -> None:
        self._controller.set_lock_screen_card(self.lock_card.toPlainText())
        show_message(self.message, "Your card is saved. It shows with the crisis lines."
                     if self.lock_card.toPlainText().strip() else "The lock-screen card is off.")

    def _remember_toggled(self, on: bool) -> None:
        trouble = self._controller.set_remembered(on)
        if trouble:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
        show_message(self.message, trouble or (
            "RecoveryDesk will open without asking on this computer." if on else
            "RecoveryDesk will ask for your passphrase each time."))

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        show_message(self.message, "Changing your passphrase…")
        self._controller.change_passphrase(dialog.new_passphrase())

    def _passphrase_change_finished(self, _changed: bool, text: str) -> None:
        show_message(self.message, text)

    def make_new_recovery_key(self) -> None:
        dialog = NewRecoveryKeyDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.new_key_button.setEnabled(False)
        show_message(self.message, "Making your new recovery key…")
        self._controller.make_new_recovery_key(dialog.passphrase.text())

    def _show_new_recovery_key(self, recovery_key: str) -> None:
        self.new_key_button.setEnabled(True)
        show_message(self.message, "Your new recovery key is made. The old one no longer "
                     "opens your vault.")
        RecoveryKeyDialog(recovery_key, self).exec()

    def _new_recovery_key_failed(self, text: str) -> None:
        self.new_key_button.setEnabled(True)
        show_message(self.message, text + " Your recovery key has not changed.")


class NewRecoveryKeyDialog(QDialog):
    """Asks for the passphrase before the recovery key is replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Make a new recovery key")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = message_label()
        lay_out_form_dialog(self, [("Your passphrase", self.passphrase)], self.message,
                            self._accept, intro=(
                                "You'll get a new recovery key, shown once, and the old one "
                                "will stop opening your vault. Useful if you lost it, or if "
                                "someone else may have seen it. Copies of your vault made "
                                "before (backups) still open with the old key."))

    def _accept(self) -> None:
        if not self.passphrase.text():
            show_message(self.message, "Your passphrase, please: it keeps this safe.")
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once: save it privately, then type its last group back."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your new recovery key")
        self._key = recovery_key
        self.key_label = QLabel(recovery_key.replace("-", " "))
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName("Recovery key")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont().pointSizeF() * 1.3)
        self.key_label.setFont(mono)
        save = QPushButton("Save to a file…")
        save.clicked.connect(self._save)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName("The last group of your recovery key")
        self.confirm_edit.setPlaceholderText("The last group, from your copy")
        self.message = message_label()
        buttons = QDialogButtonBox()
        help_button(buttons)
        self.done_button = buttons.addButton("I've kept it safe",
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        self.confirm_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(
            "This new key opens your vault if you forget your passphrase. Write it down or "
            "save it somewhere private now: it is shown only this once."))
        layout.addWidget(self.key_label)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(paragraph("When you have kept it, type its last group here:"))
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
            show_message(self.message, "Please keep the key first: type its last group above "
                         "when you have it.")

    def _save(self) -> None:
        from recoverydesk.ui.shell.setup_view import ask_where_to_save_key

        filename = ask_where_to_save_key(self)
        if filename:
            self.save_to(Path(filename))

    def save_to(self, path: Path) -> None:
        try:
            write_private_file(path, copy_text(self._key).encode())
        except OSError as e:
            show_message(self.message, f"That file couldn't be saved ({e.strerror}).")
        else:
            show_message(self.message, f"Saved to {path}. Only you can read it.")


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose a new passphrase")
        self.form = PassphraseForm("New passphrase")
        self.first, self.second, self.hint = self.form.first, self.form.second, self.form.hint
        self.message = message_label()
        lay_out_form_dialog(self, [("New passphrase", self.first), ("Again", self.second),
                                   ("", self.hint)], self.message, self._accept, intro=intro)

    def new_passphrase(self) -> str:
        return self.form.text()

    def _accept(self) -> None:
        trouble = self.form.problem()
        if trouble:
            show_message(self.message, trouble)
            return
        self.accept()
