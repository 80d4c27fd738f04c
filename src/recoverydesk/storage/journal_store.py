"""The journal in the vault: entries, drafts that save themselves, and full-text search.

Search uses SQLite's FTS5 inside the encrypted file; its index is encrypted with the rest.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from recoverydesk.storage.database import Connection, Row, forget_deleted, inserted_id
from recoverydesk.storage.search_text import match_query, snippet

HIT_START, HIT_END = "\x02", "\x03"  # around matched words in snippets; the UI styles them
# The search index's rowid, counting down with the date (migration 0007):
# (DATE_KEY_END - unixepoch(created_at)) * DATE_KEY + DATE_KEY - 1 - id.
DATE_KEY = 10_000_000
DATE_KEY_END = 4_102_444_800  # 2100-01-01
SEARCH_PAGE = 50  # search results at a time: five screenfuls; the list asks for more
_DATE_KEY_SQL = f"({DATE_KEY_END} - unixepoch(created_at)) * {DATE_KEY} + {DATE_KEY - 1} - id"


@dataclass(frozen=True)
class JournalEntry:
    id: int
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    edited_at: datetime
    is_draft: bool


@dataclass(frozen=True)
class EntrySummary:
    id: int
    title: str
    created_at: datetime
    is_draft: bool
    snippet: str | None  # the start of the body, or the matched words (None: not asked yet)


class JournalStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- writing --------------------------------------------------------------------------

    def add(self, title: str, body: str, tags: Iterable[str], now: datetime,
            draft: bool = False) -> int:
        cursor = self._conn.execute(
            "INSERT INTO journal_entries (title, body, tags, created_at, edited_at, is_draft) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (title, body, _tags_json(tags), _utc(now), _utc(now), int(draft)))
        return inserted_id(cursor)

    def update(self, entry_id: int, title: str, body: str, tags: Iterable[str], now: datetime,
               draft: bool | None = None) -> None:
        self._conn.execute(
            "UPDATE journal_entries SET title = ?, body = ?, tags = ?, edited_at = ?, "
            "is_draft = coalesce(?, is_draft) WHERE id = ?",
            (title, body, _tags_json(tags), _utc(now), None if draft is None else int(draft),
             entry_id))

    def add_many(self, entries: Iterable[tuple[str, str, Iterable[str], datetime]]) -> None:
        """Add (title, body, tags, created) entries at once, inside the caller's transaction.

        The search index and tag counts are filled in one statement each afterwards rather
        than by the per-row trigger (much faster for an import of thousands); the trigger is
        put back in the same transaction, so a failure leaves everything as it was.
        """
        trigger = self._conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'journal_insert'").fetchone()[0]
        start = self._conn.execute("SELECT coalesce(max(id), 0) FROM journal_entries"
                                   ).fetchone()[0]
        self._conn.execute("DROP TRIGGER journal_insert")
        self._conn.executemany(
            "INSERT INTO journal_entries (title, body, tags, created_at, edited_at, is_draft) "
            "VALUES (?, ?, ?, ?, ?, 0)",
            [(title, body, _tags_json(tags), _utc(at), _utc(at))
             for title, body, tags, at in entries])
        self._conn.execute("INSERT INTO journal_fts (rowid, title, body, tags) "  # noqa: S608
                           f"SELECT {_DATE_KEY_SQL}, search_fold(title), search_fold(body), "
                           "search_fold(tags) FROM journal_entries WHERE id > ? "
                           "ORDER BY 1", (start,))  # FTS5 flushes at a rowid not above the last
        self._conn.execute("INSERT INTO journal_tag_counts (tag, uses) "
                           "SELECT value, count(*) FROM journal_entries e, json_each(e.tags) "
                           "WHERE e.id > ? GROUP BY value "
                           "ON CONFLICT (tag) DO UPDATE SET uses = uses + excluded.uses",
                           (start,))
        self._conn.execute(trigger)

    def save_draft(self, entry_id: int | None, title: str, body: str, tags: Iterable[str],
                   now: datetime) -> int:
        """Keep what is being typed. A new entry becomes a draft row; an existing one is
        updated in place (it is the person's own text; nothing is lost)."""
        if entry_id is None:
            return self.add(title, body, tags, now, draft=True)
        self.update(entry_id, title, body, tags, now)
        return entry_id

    def delete(self, entry_id: int) -> None:
        self._conn.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))
        forget_deleted(self._conn)

    def restore(self, entry: JournalEntry) -> None:
        """Put a deleted entry back as it was (Undo): same id, times, tags and draft flag."""
        self._conn.execute(
            "INSERT INTO journal_entries (id, title, body, tags, created_at, edited_at, "
            "is_draft) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entry.id, entry.title, entry.body, _tags_json(entry.tags), _utc(entry.created_at),
             _utc(entry.edited_at), int(entry.is_draft)))

    # -- reading --------------------------------------------------------------------------

    def get(self, entry_id: int) -> JournalEntry:
        row = self._conn.execute(
            "SELECT id, title, body, tags, created_at, edited_at, is_draft "
            "FROM journal_entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return _entry(row)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0])

    def latest_draft(self) -> JournalEntry | None:
        row = self._conn.execute(
            "SELECT id, title, body, tags, created_at, edited_at, is_draft FROM journal_entries "
            "WHERE is_draft = 1 ORDER BY edited_at DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def page(self, limit: int, after: EntrySummary | None = None) -> list[EntrySummary]:
        """Newest first by date, ``limit`` at a time, from the entry ``after`` (the last one
        shown): the list fetches more as it scrolls, each page as quick as the first."""
        where = ""
        args: tuple[str | int, ...] = ()
        if after is not None:
            where = "WHERE (created_at, id) < (?, ?) "
            args = (_utc(after.created_at), after.id)
        rows = self._conn.execute(
            "SELECT id, title, created_at, is_draft, substr(body, 1, 160) "  # noqa: S608
            f"FROM journal_entries {where}ORDER BY created_at DESC, id DESC LIMIT ?",
            (*args, limit)).fetchall()  # one call, not one per row (see database._turn_of)
        return [EntrySummary(r[0], r[1], _time(r[2]), bool(r[3]), _one_line(r[4]))
                for r in rows]

    def search(self, words: str, tag: str | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int = SEARCH_PAGE,
               snippets_for: int = 15, after: EntrySummary | None = None,
               ) -> list[EntrySummary]:
        """Entries (drafts too) with every word, newest first by date, ``limit`` at a time
        from the entry ``after`` (the last one shown), with the matched words marked in a
        snippet for the first ``snippets_for``."""
        query = fts_query(words)
        if not query and not tag and not since and not until:
            return self.page(limit, after=after)
        if not query:
            return self._filtered(tag, since, until, limit, after)
        # The index's rowid is the date key, counting down: its own order is newest first,
        # and dates and "after this entry" are rowid ranges.
        clauses = ["journal_fts MATCH ?"]
        args: list[str | int] = [query]
        if since:
            clauses.append("journal_fts.rowid <= ?")
            args.append(_date_key(since, DATE_KEY - 1))
        if until:
            clauses.append("journal_fts.rowid >= ?")
            args.append(_date_key(until - timedelta(seconds=1), 0))
        if after:
            clauses.append("journal_fts.rowid > ?")
            args.append(_date_key(after.created_at, DATE_KEY - 1 - after.id))
        source = "journal_fts"
        if tag:
            # CROSS JOIN keeps the index as the outer loop (else SQLite walks every entry).
            source += (" CROSS JOIN journal_entries e "
                       f"ON e.id = {DATE_KEY - 1} - journal_fts.rowid % {DATE_KEY}")
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = ?)")
            args.append(tag)
        where = " AND ".join(clauses)
        ids = [DATE_KEY - 1 - r[0] % DATE_KEY for r in self._conn.execute(
            f"SELECT journal_fts.rowid FROM {source} "  # noqa: S608
            f"WHERE {where} ORDER BY journal_fts.rowid LIMIT ?", (*args, limit)).fetchall()]
        if not ids:
            return []
        snippets = self.snippets(words, ids[:snippets_for])
        marks = ",".join("?" * len(ids))
        info = {r[0]: r for r in self._conn.execute(
            "SELECT id, title, created_at, is_draft FROM journal_entries "  # noqa: S608
            f"WHERE id IN ({marks})", ids).fetchall()}
        return [EntrySummary(i, info[i][1], _time(info[i][2]), bool(info[i][3]),
                             snippets.get(i)) for i in ids if i in info]

    def _filtered(self, tag: str | None, since: datetime | None, until: datetime | None,
                  limit: int, after: EntrySummary | None) -> list[EntrySummary]:
        """A tag or dates with no words: newest first, from the entries themselves."""
        clauses: list[str] = []
        args: list[str | int] = []
        if tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ?)")
            args.append(tag)
        if since:
            clauses.append("created_at >= ?")
            args.append(_utc(since))
        if until:
            clauses.append("created_at < ?")
            args.append(_utc(until))
        if after:
            clauses.append("(created_at, id) < (?, ?)")
            args += [_utc(after.created_at), after.id]
        sql = ("SELECT id, title, created_at, is_draft, substr(body, 1, 160) "  # noqa: S608
               f"FROM journal_entries WHERE {' AND '.join(clauses)} "
               "ORDER BY created_at DESC, id DESC LIMIT ?")
        return [EntrySummary(r[0], r[1], _time(r[2]), bool(r[3]), _one_line(r[4]))
                for r in self._conn.execute(sql, (*args, limit)).fetchall()]

    def snippets(self, words: str, ids: list[int]) -> dict[int, str]:
        """The matched words, marked, in each of these entries (made from the entry's own
        text: the index keeps only folded words)."""
        if not fts_query(words) or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {row[0]: snippet(row[1], words, HIT_START, HIT_END) for row in self._conn.execute(
            f"SELECT id, body FROM journal_entries WHERE id IN ({marks})",  # noqa: S608
            ids).fetchall()}

    def tags(self) -> list[str]:
        """Every tag in use (kept counted by triggers: no scan of the journal)."""
        return [r[0] for r in self._conn.execute(
            "SELECT tag FROM journal_tag_counts ORDER BY tag")]

    def templates(self) -> list[tuple[str, str]]:
        return self._conn.execute("SELECT name, body FROM journal_templates ORDER BY id").fetchall()

    def save_template(self, name: str, body: str) -> None:
        self._conn.execute("INSERT INTO journal_templates (name, body) VALUES (?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET body = excluded.body", (name, body))

    def all(self) -> list[tuple[int, str, str, list[str]]]:
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in self._conn.execute(
            "SELECT id, title, body, tags FROM journal_entries ORDER BY created_at, id")]


def fts_query(words: str) -> str:
    """Each word must appear (the last one as a prefix, for search as you type)."""
    return match_query(words)


def _tags_json(tags: Iterable[str]) -> str:
    return json.dumps(sorted({t.strip() for t in tags if t.strip()}), ensure_ascii=False)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _date_key(moment: datetime, low_part: int) -> int:
    return (DATE_KEY_END - math.floor(moment.timestamp())) * DATE_KEY + low_part


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _entry(row: Row) -> JournalEntry:
    return JournalEntry(row[0], row[1], row[2], tuple(json.loads(row[3])), _time(row[4]),
                        _time(row[5]), bool(row[6]))
