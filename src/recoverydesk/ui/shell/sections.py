"""The sections of the unlocked app, in order, with their shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageInfo:
    title: str  # English: the page's key in code (show_page("Skills")); shown as ``label``
    shortcut: str
    about: str  # for a section still being built: what it will hold
    icon: str = ""  # a name from ui/design/icons.py

    @property
    def label(self) -> str:
        """The title in the person's language."""
        return QCoreApplication.translate("Sections", self.title)

    @property
    def about_text(self) -> str:
        return QCoreApplication.translate("Sections", self.about) if self.about else ""


PAGES = (
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Today"), "Ctrl+1", "", "today"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Journal"), "Ctrl+2", "", "journal"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Skills"), "Ctrl+3", "", "skills"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Safety plan"), "Ctrl+4", "", "plan"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Goals"), "Ctrl+5",
             QT_TRANSLATE_NOOP("Sections", "Small, clear steps towards what matters to you."),
             "goals"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Insights"), "Ctrl+6",
             QT_TRANSLATE_NOOP("Sections",
                               "Patterns over time, and reports you can choose to share."),
             "insights"),
    PageInfo(QT_TRANSLATE_NOOP("Sections", "Settings"), "Ctrl+7", "", "settings"),
)
