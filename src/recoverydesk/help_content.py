"""The in-app help and the About facts, as plain data (the dialogs in ui/dialogs/ only show it).

Help text lives in ``assets/help/<language>.md``, one ``## `` heading per section; the keyboard
shortcuts section is made by the window from its real actions, so it can never drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recoverydesk import __version__, paths

LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class HelpSection:
    title: str
    markdown: str


def help_sections(language: str = "en") -> list[HelpSection]:
    """The help in ``language`` (a code from i18n.SUPPORTED); English when there is none."""
    folder = paths.assets_dir() / "help"
    source = folder / f"{language}.md"
    if not language.isalpha() or not source.exists():
        source = folder / "en.md"
    return parse_sections(source.read_text(encoding="utf-8"))


def parse_sections(text: str) -> list[HelpSection]:
    sections: list[HelpSection] = []
    title, lines = None, []
    for line in text.splitlines():
        if line.startswith("## "):
            if title is not None:
                sections.append(HelpSection(title, "\n".join(lines).strip()))
            title, lines = line[3:].strip(), []
        elif title is not None:
            lines.append(line)
    if title is not None:
        sections.append(HelpSection(title, "\n".join(lines).strip()))
    return sections


@dataclass(frozen=True)
class Source:
    what: str
    where: str  # a citation, or the page an entry was checked against
    when: str = ""


@dataclass(frozen=True)
class AboutFacts:
    version: str
    licence: str
    data_dir: Path
    skill_sources: tuple[str, ...]
    crisis_checked_on: str
    crisis_sources: tuple[Source, ...]


def about_facts(data_dir: Path, language: str = "en") -> AboutFacts:
    from recoverydesk.crisis import load_directory
    from recoverydesk.skills.loader import load_library

    directory = load_directory()
    return AboutFacts(
        version=__version__,
        licence=LICENCE,
        data_dir=data_dir,
        skill_sources=tuple(sorted({e.based_on for e in load_library(language) if e.based_on})),
        crisis_checked_on=directory.checked_on,
        crisis_sources=tuple(Source(line.name, line.source_url, line.source_date)
                             for line in directory.lines if not line.is_own),
    )
