"""The journal in the vault: entries, drafts that save themselves, and full-text search.

Search uses SQLite's FTS5 inside the encrypted file; its index is encrypted with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from recoverydesk.storage.database import Connection, Row, inserted_id

HIT_START, HIT_END = "\x02", "\x03"  # around matched words in snippets; the UI styles them


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

        The search index is filled in one statement afterwards rather than by the per-row
        trigger (about fifteen times faster for an import of thousands); the trigger is put
        back in the same transaction, so a failure leaves everything as it was.
        """
        trigger = self._conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'journal_fts_insert'").fetchone()[0]
        start = self._conn.execute("SELECT coalesce(max(id), 0) FROM journal_entries"
                                   ).fetchone()[0]
        self._conn.execute("DROP TRIGGER journal_fts_insert")
        self._conn.executemany(
            "INSERT INTO journal_entries (title, body, tags, created_at, edited_at, is_draft) "
            "VALUES (?, ?, ?, ?, ?, 0)",
            [(title, body, _tags_json(tags), _utc(at), _utc(at))
             for title, body, tags, at in entries])
        self._conn.execute("INSERT INTO journal_fts (rowid, title, body, tags) "
                           "SELECT id, title, body, tags FROM journal_entries WHERE id > ?",
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

    def page(self, offset: int, limit: int) -> list[EntrySummary]:
        """Newest first, ``limit`` at a time: the list fetches more as it scrolls."""
        rows = self._conn.execute(
            "SELECT id, title, created_at, is_draft, substr(body, 1, 160) FROM journal_entries "
            "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", (limit, offset))
        return [EntrySummary(r[0], r[1], _time(r[2]), bool(r[3]), _one_line(r[4]))
                for r in rows]

    def search(self, words: str, tag: str | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int = 200,
               newest_first: bool = False, snippets_for: int = 15) -> list[EntrySummary]:
        """Entries (drafts too) with every word, best matches first (or newest first), with
        the matched words marked in a snippet."""
        query = fts_query(words)
        if not query and not tag and not since and not until:
            return self.page(0, limit)
        clauses, args = [], []
        if tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = ?)")
            args.append(tag)
        if since:
            clauses.append("e.created_at >= ?")
            args.append(_utc(since))
        if until:
            clauses.append("e.created_at < ?")
            args.append(_utc(until))
        if not query:
            where = " AND ".join(clauses)
            sql = ("SELECT e.id, e.title, e.created_at, e.is_draft, "  # noqa: S608
                   f"substr(e.body, 1, 160) FROM journal_entries e WHERE {where} "
                   "ORDER BY e.created_at DESC LIMIT ?")
            return [EntrySummary(r[0], r[1], _time(r[2]), bool(r[3]), _one_line(r[4]))
                    for r in self._conn.execute(sql, (*args, limit))]
        # The best ids first (cheap), then snippets only for the first screenful: snippet()
        # re-reads each entry, and 200 of them cost more than the search itself. The list
        # asks for the rest with snippets() as it shows them.
        order = ("journal_fts.rowid DESC" if newest_first
                 else "bm25(journal_fts, 5.0, 1.0, 2.0)")
        if clauses:
            # CROSS JOIN keeps the index as the outer loop (else SQLite walks every entry).
            source = ("journal_fts CROSS JOIN journal_entries e "
                      "ON e.id = journal_fts.rowid")
        else:
            source = "journal_fts"
        where = " AND ".join(["journal_fts MATCH ?", *clauses])
        ids = [r[0] for r in self._conn.execute(
            f"SELECT journal_fts.rowid FROM {source} "  # noqa: S608
            f"WHERE {where} ORDER BY {order} LIMIT ?", (query, *args, limit))]
        if not ids:
            return []
        snippets = self.snippets(words, ids[:snippets_for])
        marks = ",".join("?" * len(ids))
        info = {r[0]: r for r in self._conn.execute(
            "SELECT id, title, created_at, is_draft FROM journal_entries "  # noqa: S608
            f"WHERE id IN ({marks})", ids)}
        return [EntrySummary(i, info[i][1], _time(info[i][2]), bool(info[i][3]),
                             snippets.get(i)) for i in ids]

    def snippets(self, words: str, ids: list[int]) -> dict[int, str]:
        """The matched words, marked, in each of these entries."""
        query = fts_query(words)
        if not query or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {row[0]: _one_line(row[1]) for row in self._conn.execute(
            f"SELECT rowid, snippet(journal_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16) "  # noqa: S608
            f"FROM journal_fts WHERE journal_fts MATCH ? AND rowid IN ({marks})",
            (query, *ids))}

    def tags(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT value FROM journal_entries, json_each(journal_entries.tags) "
            "ORDER BY value")]

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
    terms = [w.replace('"', '""') for w in words.split() if w.strip('"')]
    if not terms:
        return ""
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _tags_json(tags: Iterable[str]) -> str:
    return json.dumps(sorted({t.strip() for t in tags if t.strip()}), ensure_ascii=False)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _entry(row: Row) -> JournalEntry:
    return JournalEntry(row[0], row[1], row[2], tuple(json.loads(row[3])), _time(row[4]),
                        _time(row[5]), bool(row[6]))
