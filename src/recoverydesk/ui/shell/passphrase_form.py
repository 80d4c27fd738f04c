"""Choosing a passphrase, in one place: two hidden fields, the strength hint, the check.

Setup and "Change passphrase" both use it and lay its widgets out as they need. It holds
behaviour (the hint follows the typing, Enter moves on, the rules of passphrase.py), so it
lives here rather than in design/, which is look only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from recoverydesk import passphrase
from recoverydesk.ui.design.widgets import paragraph


class PassphraseForm:
    def __init__(self, name: str = "Passphrase") -> None:
        self.first = _hidden_field(name, name)
        self.second = _hidden_field(f"{name} again", "The same passphrase again")
        self.hint: QLabel = paragraph(passphrase.strength_hint(""))
        self.hint.setAccessibleName("Passphrase hint")
        self.first.textChanged.connect(
            lambda text: self.hint.setText(passphrase.strength_hint(text)))
        self.first.returnPressed.connect(self.second.setFocus)

    def text(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the two fields, kindly said; None when they will do."""
        return passphrase.problem(self.first.text(), self.second.text())

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def _hidden_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field
