"""Every record kind in the vault, as rows of plain values, for export and for our own import.

One entry per kind names its table and columns. Columns holding JSON in the database come out
as JSON values (not text); check-ins carry their urges, emotions and skills inside them. A
kind with ``id`` keeps it when the vault has none of that kind yet (a fresh vault comes back
exactly), else the database numbers the rows anew; a kind with a ``key`` is merged on it; a
kind with a ``parent`` (a goal's steps and reviews) points at a record of an earlier kind by
its id, and follows that record to its new id; a kind with ``links`` (a chain analysis's
journal entry and skill session) points the same way but may point nowhere: a link to a record
not in the file (an export limited by dates) is imported as no link. New record kinds are added
here, once. No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from recoverydesk.exchange.common import (
    MAX_FIELD_CHARS,
    NO_PROGRESS,
    ImportContentError,
    Progress,
)
from recoverydesk.i18n import gettext as _


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    columns: tuple[str, ...]
    json_columns: tuple[str, ...] = ()
    dated_by: str | None = None  # the column --since/--until look at
    key: tuple[str, ...] = ()  # merge on these instead of adding (settings, preferences)
    parent: tuple[str, str] | None = None  # (column, kind) holding an earlier kind's id
    links: tuple[tuple[str, str], ...] = ()  # (column, kind): an earlier kind's id, or null

    @property
    def numbered(self) -> bool:
        return self.columns[0] == "id"


KINDS = (
    Kind("checkins", "checkins",
         ("id", "at", "utc_offset", "mood", "distress", "sleep_hours", "medication", "note"),
         dated_by="at"),
    Kind("journal_entries", "journal_entries",
         ("id", "title", "body", "tags", "created_at", "edited_at", "is_draft"),
         json_columns=("tags",), dated_by="created_at"),
    Kind("skill_sessions", "skill_sessions",
         ("id", "exercise_id", "started_at", "ended_at", "completed", "urge_before",
          "urge_after", "distress_before", "distress_after", "answers"),
         json_columns=("answers",), dated_by="started_at"),
    Kind("safety_plan_versions", "safety_plan_versions", ("id", "saved_at", "content"),
         json_columns=("content",), dated_by="saved_at"),
    Kind("contacts", "contacts", ("id", "name", "phone", "sms", "notes", "section", "position")),
    Kind("own_crisis_lines", "own_crisis_lines",
         ("id", "country", "name", "phone", "sms", "hours", "notes")),
    Kind("hidden_crisis_lines", "hidden_crisis_lines", ("line_key",), key=("line_key",)),
    Kind("skill_prefs", "skill_prefs", ("exercise_id", "favourite", "hidden"),
         key=("exercise_id",)),
    Kind("journal_templates", "journal_templates", ("name", "body"), key=("name",)),
    Kind("own_list_items", "own_list_items", ("kind", "name", "module"), key=("kind", "name")),
    Kind("settings", "settings", ("key", "value"), json_columns=("value",), key=("key",)),
    Kind("goals", "goals",
         ("id", "title", "specific", "measurable", "achievable", "relevant", "time_bound",
          "target_date", "review_date", "state", "measure_kind", "measure_unit",
          "measure_value", "measure_target", "measure_per", "created_at", "utc_offset",
          "state_changed_at")),
    Kind("goal_steps", "goal_steps", ("id", "goal_id", "position", "text", "due_date",
                                      "done_on"), parent=("goal_id", "goals")),
    Kind("goal_reviews", "goal_reviews",
         ("id", "goal_id", "written_at", "utc_offset", "went_well", "got_in_the_way",
          "next_step", "note"), dated_by="written_at", parent=("goal_id", "goals")),
    Kind("chain_analyses", "chain_analyses",
         ("id", "at", "utc_offset", "vulnerabilities", "prompting_event", "thoughts",
          "feelings", "sensations", "behaviour", "consequences", "skills", "next_time",
          "repair", "session_id", "journal_entry_id"),
         json_columns=("skills",), dated_by="at",
         links=(("session_id", "skill_sessions"), ("journal_entry_id", "journal_entries"))),
)
KIND_NAMES = tuple(kind.name for kind in KINDS)
# Inside each check-in: (field, table, columns other than checkin_id).
CHECKIN_PARTS = (("urges", "checkin_urges", ("target", "level", "acted")),
                 ("emotions", "checkin_emotions", ("emotion", "level")),
                 ("skills", "checkin_skills", ("skill",)))


def read_all(conn, since: datetime | None = None, until: datetime | None = None,
             progress: Progress = NO_PROGRESS) -> dict[str, list[dict]]:
    """Every kind's rows; dated kinds only from ``since`` up to (not including) ``until``."""
    out: dict[str, list[dict]] = {}
    for number, kind in enumerate(KINDS):
        progress.step(number, len(KINDS) + 1)
        order = ", ".join(kind.key or kind.columns[:1])
        rows = [dict(zip(kind.columns, row, strict=True)) for row in conn.execute(
            f"SELECT {', '.join(kind.columns)} FROM {kind.table} ORDER BY {order}"  # noqa: S608
        ).fetchall()]  # fetchall: a cursor's rows one by one each take the connection's turn
        if kind.dated_by and (since or until):
            rows = [r for r in rows if _within(r[kind.dated_by], since, until)]
        for row in rows:
            for column in kind.json_columns:
                row[column] = json.loads(row[column])
        out[kind.name] = rows
    _add_checkin_parts(conn, out["checkins"])
    progress.step(len(KINDS) + 1, len(KINDS) + 1)
    return out


BATCH = 2000  # records fetched at a time by json_records


def json_records(conn, kind: Kind, since: datetime | None = None,
                 until: datetime | None = None, progress: Progress = NO_PROGRESS,
                 step: int = 0) -> Iterator[list[str]]:
    """``kind``'s records as JSON texts (the same records as :func:`read_all`), made by
    SQLite a batch at a time; the progress is asked between batches (a cancel stops it)."""
    fields = [f"'{c}', " + (f"json({c})" if c in kind.json_columns else c)
              for c in kind.columns]
    if kind.name == "checkins":
        for field, table, columns in CHECKIN_PARTS:
            item = (columns[0] if len(columns) == 1 else
                    "json_object(" + ", ".join(f"'{c}', {c}" for c in columns) + ")")
            fields.append(f"'{field}', (SELECT json_group_array({item} ORDER BY rowid) "  # noqa: S608
                          f"FROM {table} WHERE checkin_id = {kind.table}.id)")
    dated = kind.dated_by if kind.dated_by and (since or until) else "NULL"
    order = ", ".join(kind.key or kind.columns[:1])
    cursor = conn.execute(f"SELECT json_object({', '.join(fields)}), {dated} "  # noqa: S608
                          f"FROM {kind.table} ORDER BY {order}")
    while rows := cursor.fetchmany(BATCH):
        progress.step(step, len(KINDS))
        if dated == "NULL":
            yield [text for text, _row in rows]
        else:
            yield [text for text, moment in rows if _within(moment, since, until)]


def _within(text: str, since: datetime | None, until: datetime | None) -> bool:
    moment = datetime.fromisoformat(text)
    return (since is None or moment >= since) and (until is None or moment < until)


def _add_checkin_parts(conn, checkins: list[dict]) -> None:
    by_id = {c["id"]: c for c in checkins}
    for field, table, columns in CHECKIN_PARTS:
        for c in checkins:
            c[field] = []
        for row in conn.execute(f"SELECT checkin_id, {', '.join(columns)} "  # noqa: S608
                                f"FROM {table} ORDER BY rowid").fetchall():
            if row[0] in by_id:
                value = row[1] if len(columns) == 1 else dict(zip(columns, row[1:], strict=True))
                by_id[row[0]][field].append(value)


def _check_row(kind: Kind, number: int, row: dict, expected: set[str]) -> None:
    if set(row) != expected:
        odd = sorted(set(row) ^ expected)
        raise ImportContentError(_("Record {number} of '{kind}' has missing or unknown "
                                   "fields ({fields}). Nothing was imported.").format(
                                       number=number, kind=kind.name, fields=", ".join(odd)))
    for column, value in row.items():
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise ImportContentError(_("Record {number} of '{kind}' has a field ('{field}') "
                                       "that is too long. Nothing was imported.").format(
                                           number=number, kind=kind.name, field=column))
    if kind.dated_by:
        try:
            datetime.fromisoformat(row[kind.dated_by])
        except (TypeError, ValueError):
            raise ImportContentError(_("Record {number} of '{kind}' has a date RecoveryDesk "
                                       "can't read. Nothing was imported.").format(
                                           number=number, kind=kind.name)) from None


def check_rows(data: dict) -> dict[str, list[dict]]:
    """The kinds of a document, each row holding exactly its columns, or a clear error."""
    rows: dict[str, list[dict]] = {}
    for kind in KINDS:
        found = data.get(kind.name, [])
        if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
            raise ImportContentError(_("'{kind}' should be a list of records. "
                                       "Nothing was imported.").format(kind=kind.name))
        expected = set(kind.columns) | ({part[0] for part in CHECKIN_PARTS}
                                        if kind.name == "checkins" else set())
        for number, row in enumerate(found, start=1):
            _check_row(kind, number, row, expected)
        _check_references(kind, found, rows)
        rows[kind.name] = found
    unknown = set(data) - set(KIND_NAMES) - {"format", "format_version", "exported_at"}
    if unknown:
        raise ImportContentError(_("The file has record kinds this version doesn't know "
                                   "({kinds}). Nothing was imported.").format(
                                       kinds=", ".join(sorted(unknown))))
    return rows


def _check_references(kind, found: list[dict], rows: dict[str, list[dict]]) -> None:
    """Each row's parent is a record of the file read before it; each link is a number."""
    if kind.parent:
        column, parent = kind.parent
        known = {r["id"] for r in rows[parent] if isinstance(r["id"], int)}
        for number, row in enumerate(found, start=1):
            if not isinstance(row[column], int) or row[column] not in known:
                raise ImportContentError(_("Record {number} of '{kind}' belongs to a record "
                                           "of '{parent}' that isn't in the file. "
                                           "Nothing was imported.").format(
                                               number=number, kind=kind.name, parent=parent))
    for column, _linked in kind.links:
        for number, row in enumerate(found, start=1):
            if row[column] is not None and not isinstance(row[column], int):
                raise ImportContentError(_("Record {number} of '{kind}' has a '{field}' that "
                                           "isn't a record number. Nothing was imported.")
                                         .format(number=number, kind=kind.name, field=column))


def write_rows(conn, rows: dict[str, list[dict]]) -> None:
    """Add every row (inside the caller's transaction)."""
    new_ids: dict[str, dict[int, int]] = {}  # kind → the file's id → the vault's id
    for kind in KINDS:
        found = rows.get(kind.name, [])
        if not found:
            continue
        keep_ids = kind.numbered and conn.execute(
            f"SELECT count(*) FROM {kind.table}").fetchone()[0] == 0  # noqa: S608
        columns = kind.columns if keep_ids or not kind.numbered else kind.columns[1:]
        sql = (f"INSERT INTO {kind.table} ({', '.join(columns)}) "  # noqa: S608
               f"VALUES ({', '.join('?' * len(columns))})")
        if kind.key:
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in kind.key)
            sql += (f" ON CONFLICT({', '.join(kind.key)}) DO "
                    + (f"UPDATE SET {updates}" if updates else "NOTHING"))
        ids = new_ids.setdefault(kind.name, {})
        for row in found:
            if kind.parent:
                column, parent = kind.parent
                row = {**row, column: new_ids[parent][row[column]]}
            for column, linked in kind.links:
                row = {**row, column: new_ids.get(linked, {}).get(row[column])}
            values = [json.dumps(row[c], ensure_ascii=False) if c in kind.json_columns
                      else row[c] for c in columns]
            new_id = conn.execute(sql, values).lastrowid
            if kind.numbered:
                ids[row["id"]] = row["id"] if keep_ids else new_id
            if kind.name == "checkins":
                _write_checkin_parts(conn, ids[row["id"]], row)


def _write_checkin_parts(conn, checkin_id: int, row: dict) -> None:
    for field, table, columns in CHECKIN_PARTS:
        items = row[field]
        if not isinstance(items, list):
            raise ImportContentError(_("A check-in's '{field}' should be a list. "
                                       "Nothing was imported.").format(field=field))
        for item in items:
            if len(columns) > 1 and not isinstance(item, dict):
                raise ImportContentError(_("A check-in's '{field}' has an entry that isn't "
                                           "a record. Nothing was imported.").format(
                                               field=field))
            values = [item] if len(columns) == 1 else [item.get(c) for c in columns]
            conn.execute(f"INSERT INTO {table} (checkin_id, {', '.join(columns)}) "  # noqa: S608
                         f"VALUES (?, {', '.join('?' * len(columns))})", (checkin_id, *values))
