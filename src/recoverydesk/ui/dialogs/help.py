"""Help (F1): what each part does, privacy and the keys, what to do in a crisis, the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.help_content import HelpSection, help_sections
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.translation import current_language, translate

SHORTCUTS_TITLE = QT_TRANSLATE_NOOP("HelpDialog", "Keyboard shortcuts")  # shown through tr()
# Keys that belong to one dialog or page, so no window action lists them.
INSIDE_KEYS = (
    (QT_TRANSLATE_NOOP("HelpDialog", "In a check-in: rate mood or an urge"),
     QT_TRANSLATE_NOOP("HelpDialog", "a digit 0–5, or the arrow keys")),
    (QT_TRANSLATE_NOOP("HelpDialog", "In a check-in: save"), "Ctrl+Enter"),
    (QT_TRANSLATE_NOOP("HelpDialog", "In a skill: next, back, pause, stop"),
     "Alt+N, Alt+B, Alt+P, Alt+T"),
)


def shortcuts_markdown(window_keys: list[tuple[str, str]]) -> str:
    rows = [*window_keys, *((translate("HelpDialog", what), translate("HelpDialog", keys))
                            for what, keys in INSIDE_KEYS)]
    table = "\n".join(f"| {what} | {keys} |" for what, keys in rows)
    what, keys = translate("HelpDialog", "What"), translate("HelpDialog", "Keys")
    return f"| {what} | {keys} |\n|---|---|\n{table}"


class HelpDialog(QDialog):
    def __init__(self, window_keys: list[tuple[str, str]], parent: QWidget | None = None,
                 sections: list[HelpSection] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.sections = [*(sections or help_sections(current_language())),
                         HelpSection(self.tr(SHORTCUTS_TITLE), shortcuts_markdown(window_keys))]
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Help topics"))
        self.contents.addItems([section.title for section in self.sections])
        self.contents.setMaximumWidth(self.contents.sizeHintForColumn(0) + 32)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.setOpenLinks(False)
        self.contents.currentRowChanged.connect(self.show_section)

        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        help_button(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.contents.setCurrentRow(0)
        self.resize(760, 520)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.text.setMarkdown(f"## {self.sections[row].title}\n\n{self.sections[row].markdown}")

    def show_topic(self, title: str) -> None:
        for row, section in enumerate(self.sections):
            if section.title == title:
                self.contents.setCurrentRow(row)
