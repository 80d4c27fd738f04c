"""Importing a jrnl JSON export (``jrnl --format json``): entries and tags. No Qt.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
"time": "HH:MM", "tags": ["@tag", …], "starred": bool, …}]}``, times in local time. Tags
lose their leading ``@``/``#``; a starred entry gets the tag ``starred``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from recoverydesk.exchange.common import (
    ImportContentError,
    ImportFormatError,
    ImportPlan,
    checked_text,
    date_range,
    read_json,
)
from recoverydesk.i18n import N_
from recoverydesk.i18n import gettext as _
from recoverydesk.storage.journal_store import JournalStore


def plan_import(path: Path, existing: set[tuple[str, str]] | None = None) -> ImportPlan:
    """``existing``: (created_at as UTC ISO text, body) of entries already in the vault."""
    data = read_json(path)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ImportFormatError(_("{name} doesn't look like a jrnl JSON export (no list of "
                                  "entries). Nothing was imported.").format(name=path.name))
    parsed = [_entry(raw, number) for number, raw in enumerate(entries, start=1)]
    seen = existing or set()
    new = [e for e in parsed if (_key(e[3]), e[1]) not in seen]
    first, last = date_range([e[3].date() for e in new])
    mapping = [_("title and body → a journal entry, dated as in jrnl"),
               _("tags → tags (without @ or #); starred → the tag 'starred'")]

    def write(conn) -> None:
        JournalStore(conn).add_many(new)

    return ImportPlan(N_("jrnl JSON export"), {"journal entries": len(new)}, first, last, mapping,
                      skipped=len(parsed) - len(new), writer=write)


def existing_keys(conn) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in conn.execute(
        "SELECT created_at, body FROM journal_entries")}


def _key(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")  # as the journal keeps it


def _entry(raw, number: int) -> tuple[str, str, list[str], datetime]:
    if not isinstance(raw, dict):
        raise ImportContentError(_("Entry {number} isn't a record. Nothing was imported.")
                                 .format(number=number))
    title = checked_text(raw.get("title"),
                         _("The title of entry {number}").format(number=number)).strip()
    body = checked_text(raw.get("body"),
                        _("The body of entry {number}").format(number=number)).strip("\n")
    day = checked_text(raw.get("date"), _("The date of entry {number}").format(number=number))
    clock = checked_text(raw.get("time", "00:00"),
                         _("The time of entry {number}").format(number=number))
    try:
        at = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        raise ImportContentError(_("Entry {number} has a date RecoveryDesk can't read "
                                   "({day} {clock}). Nothing was imported.").format(
                                       number=number, day=repr(day), clock=repr(clock))) from None
    tags = raw.get("tags") or []
    if not isinstance(tags, list):
        raise ImportContentError(_("The tags of entry {number} should be a list. "
                                   "Nothing was imported.").format(number=number))
    a_tag = _("A tag of entry {number}").format(number=number)
    names = [checked_text(t, a_tag).lstrip("@#").strip() for t in tags]
    if raw.get("starred") is True:
        names.append("starred")
    return title, body, [n for n in names if n], at
