"""Settings → Data: backups (now, restore with a preview, automatic) and quick-hide options.

Also :class:`BackupNote`, the gentle word on Today when your last backup is old. The work
is the controller's (storage/backup.py underneath); these widgets ask and show.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverydesk import passphrase, settings
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.presenters.support import BACKUP_SUFFIX as SUFFIX
from recoverydesk.ui.presenters.support import KnownError
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.shell.quick_hide import NEUTRAL_TITLE, SHORTCUT
from recoverydesk.ui.translation import format_date, translate


def file_filter() -> str:
    return translate("BackupSettings", "RecoveryDesk backups (*{suffix})").format(suffix=SUFFIX)


class BackupSettings(QWidget):
    """Embedded in Settings (the Data group) with one line."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Backups and hiding"))
        self._controller = controller
        vault_settings = controller.presenters.settings()

        self.last = paragraph(_last_backup_text(controller))
        self.back_up_button = QPushButton(self.tr("Back up now…"))
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.clicked.connect(lambda: ask_and_back_up(self, controller))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self._choose_backup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        self.automatic = QCheckBox(self.tr("Also keep automatic backups on this computer"))
        self.automatic.setAccessibleName(self.tr("Keep automatic backups on this computer"))
        self.automatic.setChecked(vault_settings.get(settings.AUTO_BACKUP))
        self.keep = QSpinBox()
        self.keep.setRange(settings.AUTO_BACKUP_KEEP.minimum, settings.AUTO_BACKUP_KEEP.maximum)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many automatic backups to keep"))
        self.keep.setValue(vault_settings.get(settings.AUTO_BACKUP_KEEP))
        self.keep.setEnabled(self.automatic.isChecked())
        self.automatic.toggled.connect(self._automatic_toggled)
        self.keep.valueChanged.connect(
            lambda n: controller.presenters.settings().set(settings.AUTO_BACKUP_KEEP, n))

        self.neutral_title = self._device_box(
            self.tr("Show a plain window title (\u201c{title}\u201d)").format(
                title=translate("QuickHide", NEUTRAL_TITLE)), settings.NEUTRAL_TITLE)
        self.lock_on_minimise = self._device_box(self.tr("Lock when the window is minimised"),
                                                 settings.LOCK_ON_MINIMISE)
        self.lock_on_screen_lock = self._device_box(
            self.tr("Lock when the screen locks or the computer sleeps"),
            settings.LOCK_ON_SCREEN_LOCK)
        self.clipboard_seconds = QSpinBox()
        self.clipboard_seconds.setRange(settings.CLIPBOARD_CLEAR_SECONDS.minimum,
                                        settings.CLIPBOARD_CLEAR_SECONDS.maximum)
        self.clipboard_seconds.setSuffix(self.tr(" seconds"))
        self.clipboard_seconds.setAccessibleName(
            self.tr("Clear text copied from RecoveryDesk after"))
        self.clipboard_seconds.setValue(controller.device_option(settings.CLIPBOARD_CLEAR_SECONDS))
        self.clipboard_seconds.valueChanged.connect(
            lambda n: controller.set_device_option(settings.CLIPBOARD_CLEAR_SECONDS, n))

        self.message = message_label()
        controller.backup_finished.connect(self._show)
        controller.backup_failed.connect(self._show)
        controller.backup_preview_ready.connect(self._confirm_restore)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in (
            heading(self.tr("Backups"), 1.1),
            paragraph(
                self.tr("A backup is an encrypted copy of everything in RecoveryDesk, checked "
                      "as it is written. Keep one somewhere else, like a USB stick, in case "
                      "this computer is lost or breaks.")),
            self.last, buttons, self.message, self.automatic,
            _row(self.tr("Keep the newest"), self.keep),
            paragraph(
                self.tr("Automatic backups are made when you unlock, at most once a day, in the "
                      "backups folder beside your vault. They help after a mistake, not if "
                      "this computer is lost: for that, keep a backup of your own somewhere "
                      "else.")),
            heading(self.tr("Hiding quickly"), 1.1),
            paragraph(self.tr("Hide ({shortcut}, or the Hide button at the top) covers "
                              "RecoveryDesk with a blank screen and locks it at once.").format(
                shortcut=SHORTCUT)),
            self.neutral_title, self.lock_on_minimise, self.lock_on_screen_lock,
            _row(self.tr("Clear copied text after"), self.clipboard_seconds),
        ):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        layout.addStretch(1)

    def _device_box(self, text: str, setting: settings.Setting) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.setChecked(self._controller.device_option(setting))
        box.toggled.connect(lambda on: self._controller.set_device_option(setting, on))
        return box

    def _automatic_toggled(self, on: bool) -> None:
        self._controller.presenters.settings().set(settings.AUTO_BACKUP, on)
        self.keep.setEnabled(on)

    def _show(self, text: str) -> None:
        self.last.setText(_last_backup_text(self._controller))
        show_message(self.message, text)

    def _choose_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self,
            self.tr("Restore from a backup"), str(Path.home()),
                                              file_filter())
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        """Check the backup (asking its passphrase if today's key doesn't open it), then
        show what it holds before anything is replaced."""
        try:
            opens = self._controller.choose_backup(path)
        except KnownError as e:
            show_message(self.message, str(e))
            return
        secret = None
        if not opens:
            dialog = BackupPassphraseDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            secret = dialog.passphrase.text()
        show_message(self.message, self.tr("Checking the backup…"))
        self._controller.preview_backup(secret)

    def _confirm_restore(self, preview) -> None:
        show_message(self.message, "")
        dialog = RestorePreviewDialog(preview.lines(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.restore_chosen()


class BackupNote(QWidget):
    """On Today, only when your own last backup is old (or there is none yet)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Backup reminder"))
        self._controller = controller
        self.text = paragraph("")
        self.text.setObjectName("backupNote")
        self.button = QPushButton(self.tr("Back up now…"))
        self.button.setAccessibleName(self.tr("Back up now"))
        self.button.clicked.connect(lambda: ask_and_back_up(self, controller))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        controller.backup_finished.connect(self._done)
        controller.backup_failed.connect(self.text.setText)
        note = controller.backup_note()
        self.text.setText(note or "")
        self.setVisible(bool(note))

    def _done(self, text: str) -> None:
        self.text.setText(text)
        self.button.hide()


class SetupRestore(QWidget):
    """At first run, "I have a backup": pick it, open it with its passphrase, see what it
    holds, restore. Lives (hidden) as long as the setup view it belongs to."""

    def __init__(self, parent: QWidget, controller: AppController) -> None:
        super().__init__(parent)
        self.hide()
        self._controller = controller
        controller.backup_preview_ready.connect(self._confirm)
        controller.backup_failed.connect(self._failed)

    def start(self, path: Path) -> None:
        try:
            self._controller.choose_backup(path)
        except KnownError as e:
            self._failed(str(e))
            return
        dialog = BackupPassphraseDialog(self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.preview_backup(dialog.passphrase.text())

    def _confirm(self, preview) -> None:
        dialog = RestorePreviewDialog(preview.lines(), self.parentWidget(), new_vault=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.restore_chosen()

    def _failed(self, text: str) -> None:
        QMessageBox.information(self.parentWidget(), self.tr("Restore from a backup"), text)


def restore_at_setup(view: QWidget, controller: AppController) -> None:
    helper = view.findChild(SetupRestore) or SetupRestore(view, controller)
    name, _ = QFileDialog.getOpenFileName(view,
        translate("BackupSettings", "Restore from a backup"), str(Path.home()),
                                          file_filter())
    if name:
        helper.start(Path(name))


def ask_and_back_up(parent: QWidget, controller: AppController) -> None:
    dialog = BackUpDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        controller.back_up(dialog.target(), dialog.separate_passphrase())


class BackUpDialog(QDialog):
    """Where the backup goes, and what opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up now"))
        self.path = QLineEdit(str(Path.home() / f"recoverydesk-{date.today():%Y-%m-%d}{SUFFIX}"))
        self.path.setAccessibleName(self.tr("Backup file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose where to save the backup"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.same = QRadioButton(self.tr("Your passphrase (the one you unlock with today)"))
        self.same.setChecked(True)
        self.separate = QRadioButton(self.tr("A separate passphrase just for this backup"))
        self.first = _secret_field(self.tr("Backup passphrase"))
        self.second = _secret_field(self.tr("Backup passphrase again"))
        for field in (self.first, self.second):
            field.setEnabled(False)
            self.separate.toggled.connect(field.setEnabled)
        self.message = message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(self.tr("Back up"))
        help_button(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Save to"), where)
        form.addRow(paragraph(self.tr("It opens with:")))
        form.addRow(self.same)
        form.addRow(self.separate)
        form.addRow(self.tr("Backup passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(
            self.tr("Your recovery key opens every backup too. A backup is encrypted, so it is "
                    "safe "
            "on a USB stick; still, keep it somewhere private.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def separate_passphrase(self) -> str | None:
        return self.first.text() if self.separate.isChecked() else None

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the backup"), self.path.text(),
                                              file_filter())
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if not self.path.text().strip():
            show_message(self.message, self.tr("Please choose where to save the backup."))
            return
        if self.separate.isChecked():
            trouble = passphrase.problem(self.first.text(), self.second.text())
            if trouble:
                show_message(self.message, trouble)
                return
        self.accept()


class BackupPassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open this backup"))
        self.passphrase = _secret_field(self.tr("Passphrase for this backup"))
        self.message = message_label()
        lay_out_form_dialog(self, [(self.tr("Passphrase"), self.passphrase)], self.message,
                            self._accept, intro=self.tr(
                                "This backup opens with the passphrase you had when it was "
                                "made, or the backup passphrase you chose for it."))

    def _accept(self) -> None:
        if self.passphrase.text():
            self.accept()


class RestorePreviewDialog(QDialog):
    """What the checked backup holds; replacing needs a clear yes."""

    def __init__(self, lines: list[str], parent: QWidget | None = None,
                 new_vault: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore this backup?"))
        summary = paragraph("\n".join(lines), selectable=True)
        summary.setAccessibleName(self.tr("What the backup holds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        help_button(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("The backup checked out.")))
        layout.addWidget(summary)
        layout.addWidget(paragraph(self.tr(
            "Your restored vault will open with the passphrase you just typed, and with the "
            "recovery key you had when the backup was made.") if new_vault else self.tr(
            "Restoring puts this backup in place of everything in RecoveryDesk now. What you "
            "have now is kept, encrypted, in the backups folder beside your vault. Your "
            "passphrase and recovery key stay as they are.")))
        layout.addWidget(buttons)


def _row(label: str, field: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel(label))
    row.addWidget(field)
    row.addStretch(1)
    return row


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _last_backup_text(controller: AppController) -> str:
    last = controller.last_backup()
    if last is None:
        return translate("BackupSettings", "You haven't made a backup yet.")
    local = last.astimezone()
    return translate("BackupSettings", "Your last backup: {day}, {time}.").format(
        day=format_date(local, "d MMMM yyyy"), time=f"{local:%H:%M}")
