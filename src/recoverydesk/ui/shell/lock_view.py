"""The lock screen: passphrase or recovery key, kind messages, a pause after many tries."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recoverydesk.ui.controller import UnlockFailure
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.components import IconButton, StatusMessage, primary
from recoverydesk.ui.design.icons import app_icon, icon
from recoverydesk.ui.design.widgets import (
    centred_column,
    heading,
    message_label,
    paragraph,
    show_message,
)


class LockView(QWidget):
    unlock_requested = Signal(str)
    recovery_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Locked"))
        self._using_recovery = False
        self._seconds_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.logo = QLabel()
        side = self.fontMetrics().height() * 5
        self.logo.setPixmap(app_icon().pixmap(QSize(side, side)))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName("RecoveryDesk")
        self.title = heading(self.tr("Welcome back"), tokens.TYPE.display)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = paragraph(self.tr("Your space is locked. Type your passphrase to open it."))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase"))
        self.secret_edit.setPlaceholderText(self.tr("Passphrase"))
        self.secret_edit.returnPressed.connect(self._submit)
        self.show_button = IconButton("show", tooltip=self.tr("Show passphrase"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_secret)
        field = QHBoxLayout()
        field.setSpacing(tokens.XS)
        field.addWidget(self.secret_edit, 1)
        field.addWidget(self.show_button)
        field_row = QWidget()
        field_row.setLayout(field)
        field.setContentsMargins(0, 0, 0, 0)
        self.unlock_button = primary(QPushButton(self.tr("Unlock")))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = message_label()
        self.switch_button = QPushButton(self.tr("Forgot your passphrase?"))
        self.switch_button.setObjectName("link")
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch_button.setToolTip(self.tr("Open your space with your recovery key instead"))
        self.switch_button.clicked.connect(lambda: self.use_recovery_key(not self._using_recovery))

        # Something the person should know about this computer (once; gone after unlock).
        self.notice = StatusMessage()
        self.notice.setAccessibleName("Note")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_column(self.logo, self.title, self.prompt, field_row,
                                        self.unlock_button, self.message, self.switch_button,
                                        self.notice, max_width=460))

    def show_notice(self, text: str) -> None:
        """A note that stays on the lock screen until it is unlocked."""
        self.notice.show_message(text, "info", seconds=0)

    def _show_secret(self, shown: bool) -> None:
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown or self._using_recovery
                                     else QLineEdit.EchoMode.Password)
        self.show_button.setIcon(icon("hide" if shown else "show"))
        if self._using_recovery:
            tip = self.tr("Hide recovery key") if shown else self.tr("Show recovery key")
        else:
            tip = self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        self.show_button.setToolTip(tip)
        self.show_button.setAccessibleName(tip)

    def use_recovery_key(self, on: bool) -> None:
        self._using_recovery = on
        self.secret_edit.clear()
        if on:
            self.prompt.setText(self.tr("Type or paste your recovery key. Spaces, dashes and "
                                        "capitals don't matter."))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret_edit.setAccessibleName(self.tr("Recovery key"))
            self.secret_edit.setPlaceholderText(self.tr("Recovery key"))
            self.switch_button.setText(self.tr("Use my passphrase instead"))
            self.show_button.hide()
        else:
            self.prompt.setText(self.tr("Your space is locked. Type your passphrase to open it."))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edit.setAccessibleName(self.tr("Passphrase"))
            self.secret_edit.setPlaceholderText(self.tr("Passphrase"))
            self.switch_button.setText(self.tr("Forgot your passphrase?"))
            self.show_button.show()
        self.show_button.setChecked(False)
        self._show_secret(False)
        show_message(self.message, "")
        self.secret_edit.setFocus()

    def reset(self) -> None:
        """Back to a clean lock screen (after locking)."""
        self.use_recovery_key(False)
        self.set_busy(False)
        self.notice.clear_message()

    def set_busy(self, busy: bool) -> None:
        waiting = self._seconds_left > 0
        self.secret_edit.setEnabled(not busy and not waiting)
        self.unlock_button.setEnabled(not busy and not waiting)
        self.unlock_button.setText(self.tr("Opening…") if busy else self.tr("Unlock"))

    def show_failure(self, failure: UnlockFailure) -> None:
        show_message(self.message, core_tr(failure.message))
        if failure.wait_seconds > 0:
            self._seconds_left = int(failure.wait_seconds)
            self._countdown.start()
            self._tick(first=True)
        self.set_busy(False)
        self.secret_edit.setFocus()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._countdown.stop()
            self._seconds_left = 0
            show_message(self.message, self.tr("You can try again now. Take your time."))
            self.set_busy(False)
            self.secret_edit.setFocus()
            return
        show_message(self.message, self.tr("That didn't open it. To keep your space safe, you "
                                           "can try again in %n second(s).", "",
                                           self._seconds_left))
        self.set_busy(False)

    def _submit(self) -> None:
        text = self.secret_edit.text()
        if not text or self._seconds_left > 0:
            return
        if not self._using_recovery:
            self.secret_edit.clear()  # a recovery key stays, so a typo can be mended
        show_message(self.message, "")
        if self._using_recovery:
            self.recovery_requested.emit(text)
        else:
            self.unlock_requested.emit(text)
