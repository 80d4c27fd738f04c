"""The crisis-line directory shipped in ``assets/crisis-lines.json``.

Every line keeps the source it was checked against and that source's date, and the file
keeps the date it was checked on, so the panel can show where each number comes from.
Imports no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from recoverydesk import paths

DATA_FILE = "crisis-lines.json"
# The words a line shows, translated: crisis-lines.<language>.json (the numbers never are).
WORDS_FILE = "crisis-lines.{language}.json"
LINE_WORDS = ("name", "hours", "audience")
OWN_KIND = "own"  # a line the person added themselves

COUNTRY_NAMES = {
    "AU": "Australia",
    "CA": "Canada",
    "DE": "Germany",
    "ES": "Spain",
    "EU": "European Union (anywhere)",
    "FR": "France",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "IN": "India",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "US": "United States",
    "ZA": "South Africa",
}


@dataclass(frozen=True)
class CrisisLine:
    country: str
    name: str
    kind: str  # "emergency", "crisis" or "support"
    hours: str
    audience: str
    source_url: str
    source_date: str
    phone: str | None = None
    sms: str | None = None
    sms_keyword: str | None = None
    own_id: int | None = None

    @property
    def is_own(self) -> bool:
        return self.kind == OWN_KIND

    @property
    def is_emergency(self) -> bool:
        return self.kind == "emergency"

    @property
    def line_id(self) -> str:
        """How a translation names a shipped line: country, tel or sms, the number, the
        keyword ("US/tel/988", "US/sms/988/AYUDA"); two entries that share one share words."""
        way, number = ("tel", self.phone) if self.phone else ("sms", self.sms or "")
        parts = [self.country, way, dialable(number)] + ([self.sms_keyword]
                                                         if self.sms_keyword else [])
        return "/".join(parts)

    def tel_url(self) -> str | None:
        return tel_url(self.phone) if self.phone else None

    def sms_url(self) -> str | None:
        return sms_url(self.sms, self.sms_keyword) if self.sms else None


def tel_url(number: str) -> str:
    """The one place a ``tel:`` link is built (crisis lines and the person's contacts)."""
    return f"tel:{dialable(number)}"


def sms_url(number: str, keyword: str | None = None) -> str:
    """The one place an ``sms:`` link is built; a line's keyword goes in as the body."""
    body = f"?body={_percent_encode(keyword)}" if keyword else ""
    return f"sms:{dialable(number)}{body}"


@dataclass(frozen=True)
class HelplineDirectory:
    name: str
    url: str
    note: str
    requires_internet: bool


@dataclass(frozen=True)
class CrisisDirectory:
    checked_on: str
    note: str
    lines: tuple[CrisisLine, ...]
    directories: tuple[HelplineDirectory, ...]

    def countries(self) -> list[str]:
        return sorted({line.country for line in self.lines}, key=country_name)

    def lines_for(self, country: str) -> list[CrisisLine]:
        """Emergency numbers first (they lead the panel), then the rest as shipped."""
        mine = [line for line in self.lines if line.country == country]
        return sorted(mine, key=lambda line: not line.is_emergency)

    def emergency_number(self, country: str) -> str | None:
        for line in self.lines_for(country):
            if line.is_emergency and line.phone:
                return line.phone
        return None


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


@dataclass(frozen=True)
class LineText:
    """What the panel shows for a line: its name, hours and who it is for."""

    name: str
    hours: str
    audience: str


@dataclass(frozen=True)
class CrisisWords:
    """The directory's display text in one language, English for anything not translated.

    Only words: a line's number, kind and source, and the data the app keeps (a hidden line's
    key, a printed plan's numbers), always come from the English directory.
    """

    language: str = "en"
    countries: dict[str, str] | None = None
    lines: dict[str, dict[str, str]] | None = None
    notes: dict[str, str] | None = None  # a helpline directory's note, by its name

    def country(self, code: str) -> str:
        return (self.countries or {}).get(code) or country_name(code)

    def line(self, line: CrisisLine) -> LineText:
        words = {} if line.is_own else (self.lines or {}).get(line.line_id, {})
        return LineText(*(words.get(key) or getattr(line, key) for key in LINE_WORDS))

    def directory_note(self, directory: HelplineDirectory) -> str:
        return (self.notes or {}).get(directory.name) or directory.note


def crisis_words(language: str = "en", path: Path | None = None) -> CrisisWords:
    """The crisis panel's words in ``language``; English (the data as shipped) when there is
    no file for it."""
    if path is None:
        if language == "en" or not language.isalpha():
            return CrisisWords()
        path = paths.assets_dir() / WORDS_FILE.format(language=language)
    if not path.exists():
        return CrisisWords()
    data = json.loads(path.read_text("utf-8"))
    return CrisisWords(language, data.get("countries", {}), data.get("lines", {}),
                       data.get("directories", {}))


def load_directory(path: Path | None = None) -> CrisisDirectory:
    data = json.loads((path or paths.asset(DATA_FILE)).read_text("utf-8"))
    lines = tuple(
        CrisisLine(
            country=item["country"],
            name=item["name"],
            kind=item["kind"],
            hours=item.get("hours", ""),
            audience=item.get("audience", ""),
            source_url=item["source_url"],
            source_date=item.get("source_date", ""),
            phone=item.get("phone"),
            sms=item.get("sms"),
            sms_keyword=item.get("sms_keyword"),
        )
        for item in data["lines"]
    )
    directories = tuple(
        HelplineDirectory(d["name"], d["url"], d.get("note", ""), bool(d.get("requires_internet")))
        for d in data.get("directories", [])
    )
    return CrisisDirectory(data["checked_on"], data.get("note", ""), lines, directories)


def _percent_encode(text: str) -> str:
    """URL-encode a text keyword (RFC 3986 unreserved characters stay as they are)."""
    safe = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return "".join(ch if ch in safe else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
                   for ch in text)


def dialable(number: str) -> str:
    """The number as a phone dials it: digits and a leading plus, nothing else."""
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")
