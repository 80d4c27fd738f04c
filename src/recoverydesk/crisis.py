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
