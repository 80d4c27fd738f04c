"""Choosing a passphrase, in one place: two hidden fields, the strength hint, the check.

Setup and "Change passphrase" both use it and lay its widgets out as they need. It holds
behaviour (the hint follows the typing, Enter moves on, the rules of passphrase.py), so it
lives here rather than in design/, which is look only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from recoverydesk import passphrase
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.widgets import paragraph


class PassphraseForm:
    def __init__(self, new: bool = False) -> None:
        name = (QCoreApplication.translate("PassphraseForm", "New passphrase") if new
                else QCoreApplication.translate("PassphraseForm", "Passphrase"))
        again = (QCoreApplication.translate("PassphraseForm", "New passphrase again") if new
                 else QCoreApplication.translate("PassphraseForm", "Passphrase again"))
        self.first = _hidden_field(name, name)
        self.second = _hidden_field(again, QCoreApplication.translate(
            "PassphraseForm", "The same passphrase again"))
        self.hint: QLabel = paragraph(core_tr(passphrase.strength_hint("")))
        self.hint.setAccessibleName(QCoreApplication.translate("PassphraseForm",
                                                               "Passphrase hint"))
        self.first.textChanged.connect(
            lambda text: self.hint.setText(core_tr(passphrase.strength_hint(text))))
        self.first.returnPressed.connect(self.second.setFocus)

    def text(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the two fields, kindly said; None when they will do."""
        return core_tr(passphrase.problem(self.first.text(), self.second.text()))

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def _hidden_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field
