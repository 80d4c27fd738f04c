"""The sections of the unlocked app, in order, with their shortcuts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    title: str
    shortcut: str
    about: str  # for a section still being built: what it will hold
    icon: str = ""  # a name from ui/design/icons.py


PAGES = (
    PageInfo("Today", "Ctrl+1", "", "today"),
    PageInfo("Journal", "Ctrl+2", "", "journal"),
    PageInfo("Skills", "Ctrl+3", "", "skills"),
    PageInfo("Safety plan", "Ctrl+4", "", "plan"),
    PageInfo("Goals", "Ctrl+5", "Small, clear steps towards what matters to you.", "goals"),
    PageInfo("Insights", "Ctrl+6", "Patterns over time, and reports you can choose to share.",
             "insights"),
    PageInfo("Settings", "Ctrl+7", "", "settings"),
)
