"""First run: welcome, passphrase and country, then the recovery key, shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from recoverydesk.crisis import CrisisDirectory, crisis_words
from recoverydesk.ui.controller import KEYCHAIN_ASKED
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.widgets import (
    centred_column,
    heading,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.presenters.support import (
    KeychainStatus,
    KnownError,
    copy_text,
    is_last_group,
    plain_reason,
    private_output,
    write_private_file,
)
from recoverydesk.ui.shell.passphrase_form import PassphraseForm
from recoverydesk.ui.translation import current_language, translate

# Marked here, translated where shown (context SetupView).
RECOVERY_FILE_WARNING = QT_TRANSLATE_NOOP(
    "SetupView",
    "This file will not be encrypted: anyone who has it can open your vault. Keep it "
    "somewhere private, like a USB stick in a drawer, not on a shared computer.\n\n"
    "Save it now?"
)
RECOVERY_PRINT_WARNING = QT_TRANSLATE_NOOP(
    "SetupView",
    "Anyone who reads the printed key can open your vault, so keep the page somewhere "
    "private. If you print to a file (a PDF), that file is not encrypted; RecoveryDesk makes "
    "it readable by you only.\n\nPrint it now?"
)
CLOSE_WARNING = QT_TRANSLATE_NOOP(
    "SetupView",
    "Your recovery key is shown only now. If you close RecoveryDesk before keeping it, you "
    "can make a new one later in Settings, but only while you still know your passphrase.\n\n"
    "Close anyway?"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupView", text)


def ask_where_to_save_key(parent: QWidget) -> str:
    """Say first that the file is not encrypted, then ask where. "" when the person declines."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SetupView", "Save your recovery key"),
        _tr(RECOVERY_FILE_WARNING))
    if answer != QMessageBox.StandardButton.Yes:
        return ""
    filename, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SetupView", "Save recovery key"),
        QCoreApplication.translate("SetupView", "RecoveryDesk recovery key.txt"),
        QCoreApplication.translate("SetupView", "Text files (*.txt)"))
    return filename


class SetupView(QStackedWidget):
    """Asks for what a new vault needs; the controller does the creating."""

    create_requested = Signal(str, bool, str)  # passphrase, remember, country
    restore_requested = Signal()  # "I have a backup" (ui/pages/settings_backup.py)
    finished = Signal()

    def __init__(self, directory: CrisisDirectory, parent: QWidget | None = None,
                 country: str = "") -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Set up RecoveryDesk"))
        self._recovery_key = ""
        self.addWidget(self._welcome_page())
        self.addWidget(self._passphrase_page(directory))
        self.addWidget(self._working_page())
        self.addWidget(self._recovery_page())
        self.set_country(country)

    def set_country(self, code: str) -> None:
        """The country chosen elsewhere (the crisis panel on the welcome screen) carries in."""
        index = self.country_box.findData(code)
        if code and index >= 0:
            self.country_box.setCurrentIndex(index)

    # -- pages ----------------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        self.start_button = QPushButton(self.tr("Set up my space"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._go_to(1))
        self.restore_button = QPushButton(self.tr("I have a backup to restore…"))
        self.restore_button.clicked.connect(self.restore_requested)
        return centred_column(
            heading(self.tr("Welcome to RecoveryDesk"), 1.8),
            paragraph(self.tr("A private place to check in with yourself, write, practise "
                              "skills and keep your safety plan.")),
            paragraph(self.tr("Everything you write stays on this computer, locked with a "
                              "passphrase you choose. Nothing is sent anywhere. There is no "
                              "account.")),
            paragraph(self.tr("Setting up takes about a minute.")),
            self.start_button,
            self.restore_button,
        )

    def show_keychain(self, keychain: KeychainStatus) -> None:
        """Whether "remember on this computer" can be offered (asked off the UI thread)."""
        if keychain.available:
            self.remember_box.setEnabled(True)
            self.remember_note.setText(self.tr(
                "RecoveryDesk will open without asking for your passphrase, using your "
                "system keychain. Only choose this if nobody else uses your account on this "
                "computer."))
        else:
            self.remember_box.setEnabled(False)
            self.remember_box.setChecked(False)
            self.remember_note.setText(core_tr(keychain.description))

    def _passphrase_page(self, directory: CrisisDirectory) -> QWidget:
        self.form = PassphraseForm()
        self.passphrase_edit, self.repeat_edit = self.form.first, self.form.second
        self.hint = self.form.hint

        self.remember_box = QCheckBox(self.tr("Remember on this computer"))
        self.remember_box.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_box.setEnabled(False)  # until the keychain has answered
        self.remember_note = paragraph(translate("AppController", KEYCHAIN_ASKED))

        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country for crisis lines"))
        self.country_box.addItem(self.tr("Choose later"), "")
        words = crisis_words(current_language())
        for code in directory.countries():
            self.country_box.addItem(words.country(code), code)

        self.setup_message = message_label()
        self.create_button = QPushButton(self.tr("Create my vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        self.repeat_edit.returnPressed.connect(self._submit)

        return centred_column(
            heading(self.tr("Choose a passphrase")),
            paragraph(self.tr("It locks everything you keep here. A few ordinary words that "
                              "only you would put together are easy to remember and hard to "
                              "guess.")),
            self.passphrase_edit,
            self.repeat_edit,
            self.hint,
            self.remember_box,
            self.remember_note,
            paragraph(self.tr("Which country's crisis lines should we show you?")),
            self.country_box,
            self.setup_message,
            self.create_button,
        )

    def _working_page(self) -> QWidget:
        return centred_column(
            heading(self.tr("Setting up your vault…")),
            paragraph(self.tr("This takes a moment: your passphrase is being made slow to "
                              "guess.")),
        )

    def _recovery_page(self) -> QWidget:
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("recoveryKey")
        self.recovery_label.setAccessibleName(self.tr("Recovery key"))
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont().pointSizeF() * 1.4)
        self.recovery_label.setFont(mono)

        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print_key)
        save_button = QPushButton(self.tr("Save to a file…"))
        save_button.clicked.connect(self._save_key)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(print_button)
        row.addWidget(save_button)
        row.addStretch(1)

        self.recovery_message = message_label()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("The last group of your recovery key"))
        self.confirm_edit.setPlaceholderText(self.tr("The last group, from your copy"))
        self.confirm_edit.textChanged.connect(self._update_continue)
        self.kept_box = QCheckBox(self.tr("I have printed or saved it"))
        self.kept_box.setEnabled(False)
        self.kept_box.setToolTip(self.tr("Available after Print… or Save to a file…"))
        self.kept_box.toggled.connect(self._update_continue)
        self.continue_button = QPushButton(self.tr("I've kept it safe — continue"))
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.finished)
        self.confirm_edit.returnPressed.connect(self.continue_button.click)
        return centred_column(
            heading(self.tr("Your recovery key")),
            paragraph(self.tr("If you ever forget your passphrase, this key opens your vault. "
                              "Nobody else has a copy, not even us, so please write it down, "
                              "print it or save it somewhere private now. It is shown only "
                              "this once.")),
            self.recovery_label,
            buttons,
            self.recovery_message,
            paragraph(self.tr("When you have kept it, type its last group from your copy "
                              "here, to check it's right. Or, if you printed or saved it, "
                              "tick the box.")),
            self.confirm_edit,
            self.kept_box,
            self.continue_button,
        )

    @property
    def recovery_key_confirmed(self) -> bool:
        return self.continue_button.isEnabled()

    @property
    def showing_recovery_key(self) -> bool:
        return bool(self._recovery_key) and self.currentIndex() == 3

    def _update_continue(self) -> None:
        self.continue_button.setEnabled(bool(self._recovery_key) and (
            is_last_group(self._recovery_key, self.confirm_edit.text())
            or self.kept_box.isChecked()))

    def _kept_somewhere(self, where: str) -> None:
        self.kept_box.setEnabled(True)
        show_message(self.recovery_message, where)

    # -- flow -----------------------------------------------------------------------------

    def _go_to(self, index: int) -> None:
        self.setCurrentIndex(index)
        if index == 1:
            self.passphrase_edit.setFocus()

    def _submit(self) -> None:
        trouble = self.form.problem()
        if trouble:
            show_message(self.setup_message, trouble)
            return
        show_message(self.setup_message, "")
        self.setCurrentIndex(2)
        self.create_requested.emit(self.passphrase_edit.text(), self.remember_box.isChecked(),
                                   self.country_box.currentData() or "")

    def show_failure(self, text: str) -> None:
        self.setCurrentIndex(1)
        show_message(self.setup_message, text)

    def show_recovery_key(self, recovery_key: str) -> None:
        self.form.clear()
        self._recovery_key = recovery_key
        groups = recovery_key.split("-")
        half = len(groups) // 2
        self.recovery_label.setText(" ".join(groups[:half]) + "\n" + " ".join(groups[half:]))
        self.setCurrentIndex(3)
        self._update_continue()
        self.confirm_edit.setFocus()

    def forget_recovery_key(self) -> None:
        self._recovery_key = ""
        self.recovery_label.clear()
        self.confirm_edit.clear()

    # -- keeping the key ------------------------------------------------------------------

    def recovery_text(self) -> str:
        return copy_text(self._recovery_key)

    def _print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        answer = QMessageBox.question(
            self, self.tr("Print your recovery key"), _tr(RECOVERY_PRINT_WARNING))
        if answer != QMessageBox.StandardButton.Yes:
            return
        printer = QPrinter()
        printer.setOutputFileName("")  # a real printer unless the person picks a file
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_key_to(printer)

    def print_key_to(self, printer) -> None:
        """Print; a file the printer writes is owner-only from its first byte."""
        document = QTextDocument()
        document.setPlainText(self.recovery_text())
        target = printer.outputFileName()
        if not target:
            document.print_(printer)
            self._kept_somewhere(self.tr("Sent to the printer."))
            return

        def print_privately() -> None:
            with private_output(Path(target)) as private:
                printer.setOutputFileName(str(private))
                document.print_(printer)

        try:
            self._keep_in_file(print_privately, target)
        finally:
            printer.setOutputFileName(target)

    def _save_key(self) -> None:
        filename = ask_where_to_save_key(self)
        if filename:
            self.save_key_to(filename)

    def save_key_to(self, filename: str) -> None:
        self._keep_in_file(
            lambda: write_private_file(Path(filename), self.recovery_text().encode()), filename)

    def _keep_in_file(self, write, filename: str) -> None:
        try:
            write()
        except (OSError, KnownError) as e:
            show_message(self.recovery_message,
                         self.tr("That file couldn't be saved ({reason}). You could try "
                                 "another place, or write the key down.").format(
                             reason=plain_reason(e)))
        else:
            self._kept_somewhere(self.tr("Saved to {file}. Only you can read it.").format(
                file=filename))
