"""Importing a Daylio CSV export: moods, activities and notes become check-ins. No Qt.

Daylio writes one row per entry with the columns ``full_date, date, weekday, time, mood,
activities, note_title, note`` (older versions have no ``note_title``); dates are
``YYYY-MM-DD``, times ``HH:MM`` or ``h:mm am/pm`` in local time, activities are joined by
`` | ``. Daylio's five moods map onto RecoveryDesk's 0–5 mood; a mood name the person
renamed in Daylio is kept in the note and the mood is left empty.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

from recoverydesk.checkin import CheckIn
from recoverydesk.exchange.common import (
    MAX_FIELD_CHARS,
    ImportContentError,
    ImportFormatError,
    ImportPlan,
    checked_text,
    date_range,
    decode,
    read_import_bytes,
)
from recoverydesk.i18n import N_
from recoverydesk.i18n import gettext as _
from recoverydesk.storage.checkin_store import CheckInStore

REQUIRED = ("full_date", "time", "mood", "activities", "note")
MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 1, "awful": 0}
TIME_FORMATS = ("%H:%M", "%I:%M %p", "%I:%M%p")


def plan_import(path: Path, existing: list[CheckIn] | None = None) -> ImportPlan:
    """``existing``: check-ins already in the vault, so importing the same file twice adds
    nothing the second time."""
    text = decode(read_import_bytes(path), path.name)
    csv.field_size_limit(MAX_FIELD_CHARS + 1)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFormatError(_("{name} doesn't look like a Daylio CSV export (no {columns} "
                                  "column). Nothing was imported.").format(
                                      name=path.name, columns=", ".join(missing)))
    reader.fieldnames = header
    checkins, unknown_moods = [], set()
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ImportContentError(_("Line {line} of {name} has more cells than the "
                                           "header. Nothing was imported.").format(
                                               line=line, name=path.name))
            checkin, mood_name = _checkin(row, line, path.name)
            if mood_name:
                unknown_moods.add(mood_name)
            checkins.append(checkin)
    except csv.Error as e:
        raise ImportContentError(_("{name} can't be read as CSV near line {line} ({reason}). "
                                   "Nothing was imported.").format(
                                       name=path.name, line=reader.line_num, reason=e)) from None
    seen = {_fingerprint(c) for c in existing or []}
    new = [c for c in checkins if _fingerprint(c) not in seen]
    first, last = date_range([c.at.date() for c in new])
    moods = ", ".join(f"{name} {value}" for name, value in MOODS.items())
    mapping = [_("Daylio moods → mood (0–5): {moods}").format(moods=moods),
               _("note title and note → the check-in's note"),
               _("activities → a line 'Activities: …' in the note")]
    if unknown_moods:
        mapping.append(_("moods with names of your own ({names}) → written in the note; mood "
                         "left empty").format(names=", ".join(sorted(unknown_moods))))

    def write(conn) -> None:
        store = CheckInStore(conn)
        for checkin in new:
            store.write(checkin)

    return ImportPlan(N_("Daylio CSV export"), {"check-ins": len(new)}, first, last, mapping,
                      skipped=len(checkins) - len(new), writer=write)


def existing_checkins(conn) -> list[CheckIn]:
    from datetime import UTC

    return CheckInStore(conn).between(datetime(1, 1, 2, tzinfo=UTC),
                                      datetime(9999, 12, 30, tzinfo=UTC))


def _checkin(row: dict, line: int, name: str) -> tuple[CheckIn, str | None]:
    day = (row.get("full_date") or "").strip()
    clock = (row.get("time") or "").strip()
    at = None
    for fmt in TIME_FORMATS:
        try:
            at = datetime.strptime(f"{day} {clock.upper()}", f"%Y-%m-%d {fmt}")
            break
        except ValueError:
            continue
    if at is None:
        raise ImportContentError(_("Line {line} of {name} has a date or time RecoveryDesk "
                                   "can't read ({day} {clock}). Nothing was imported.").format(
                                       line=line, name=name, day=repr(day), clock=repr(clock)))
    mood_name = checked_text(row.get("mood"), _("The mood on line {line}").format(line=line))
    mood_name = mood_name.strip()
    mood = MOODS.get(mood_name.lower())
    parts = []
    title = checked_text(row.get("note_title"),
                         _("The note title on line {line}").format(line=line)).strip()
    note = _plain(checked_text(row.get("note"), _("The note on line {line}").format(line=line)))
    parts += [p for p in (title, note) if p]
    listed = checked_text(row.get("activities"),
                          _("The activities on line {line}").format(line=line))
    activities = [a.strip() for a in listed.split("|")]
    if any(activities):
        parts.append("Activities: " + ", ".join(a for a in activities if a))
    odd_mood = mood_name if mood is None and mood_name else None
    if odd_mood:
        parts.append(f"Mood in Daylio: {odd_mood}")
    return CheckIn(at=at.astimezone(), mood=mood, note="\n".join(parts)), odd_mood


def _plain(note: str) -> str:
    """Daylio writes line breaks in notes as <br>."""
    return re.sub(r"<br\s*/?>", "\n", note, flags=re.IGNORECASE).strip()


def _fingerprint(checkin: CheckIn) -> tuple:
    return checkin.at.timestamp(), checkin.mood, checkin.note
