"""The sections of the unlocked app, in order, with their shortcuts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    title: str
    shortcut: str
    about: str  # for a section still being built: what it will hold


PAGES = (
    PageInfo("Today", "Ctrl+1", ""),
    PageInfo("Journal", "Ctrl+2", ""),
    PageInfo("Skills", "Ctrl+3", ""),
    PageInfo("Safety plan", "Ctrl+4", ""),
    PageInfo("Goals", "Ctrl+5", "Small, clear steps towards what matters to you."),
    PageInfo("Insights", "Ctrl+6", "Patterns over time, and reports you can choose to share."),
    PageInfo("Settings", "Ctrl+7", ""),
)
