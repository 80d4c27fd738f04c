"""The lock screen: passphrase or recovery key, kind messages, a pause after many tries."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from recoverydesk.ui.controller import UnlockFailure
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
        self.setAccessibleName("Locked")
        self._using_recovery = False
        self._seconds_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.title = heading("Welcome back", 1.8)
        self.prompt = paragraph("Your space is locked. Type your passphrase to open it.")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName("Passphrase")
        self.secret_edit.setPlaceholderText("Passphrase")
        self.secret_edit.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = message_label()
        self.switch_button = QPushButton("Forgot your passphrase? Use your recovery key")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(lambda: self.use_recovery_key(not self._using_recovery))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_column(self.title, self.prompt, self.secret_edit,
                                        self.unlock_button, self.message, self.switch_button,
                                        max_width=460))

    def use_recovery_key(self, on: bool) -> None:
        self._using_recovery = on
        self.secret_edit.clear()
        if on:
            self.prompt.setText("Type or paste your recovery key. Spaces, dashes and capitals "
                                "don't matter.")
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret_edit.setAccessibleName("Recovery key")
            self.secret_edit.setPlaceholderText("Recovery key")
            self.switch_button.setText("Use my passphrase instead")
        else:
            self.prompt.setText("Your space is locked. Type your passphrase to open it.")
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edit.setAccessibleName("Passphrase")
            self.secret_edit.setPlaceholderText("Passphrase")
            self.switch_button.setText("Forgot your passphrase? Use your recovery key")
        show_message(self.message, "")
        self.secret_edit.setFocus()

    def reset(self) -> None:
        """Back to a clean lock screen (after locking)."""
        self.use_recovery_key(False)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        waiting = self._seconds_left > 0
        self.secret_edit.setEnabled(not busy and not waiting)
        self.unlock_button.setEnabled(not busy and not waiting)
        self.unlock_button.setText("Opening…" if busy else "Unlock")

    def show_failure(self, failure: UnlockFailure) -> None:
        show_message(self.message, failure.message)
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
            show_message(self.message, "You can try again now. Take your time.")
            self.set_busy(False)
            self.secret_edit.setFocus()
            return
        show_message(self.message, "That didn't open it. To keep your space safe, you can try "
                     f"again in {self._seconds_left} seconds.")
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
