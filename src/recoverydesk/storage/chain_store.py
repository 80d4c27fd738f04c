"""Chain analyses in the vault, each saved with the journal entry that shows it.

``between()`` is the plain-Python way in for a therapist report: the person's chains in a
date range, oldest first, as ``ChainAnalysis`` records (``as_dict()`` for plain data).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from recoverydesk.skills.chain import CHAIN_FIELDS, ChainAnalysis
from recoverydesk.storage.checkin_store import _local, _offset_minutes, _utc_text
from recoverydesk.storage.database import Connection, transaction
from recoverydesk.storage.journal_store import JournalStore

_TEXT_COLUMNS = [name for name in CHAIN_FIELDS if name != "skills"]
_COLUMNS = ["at", "utc_offset", *_TEXT_COLUMNS, "skills", "session_id", "journal_entry_id"]
JOURNAL_TAG = "chain analysis"


class ChainAnalysisStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, chain: ChainAnalysis, journal_title: str, journal_body: str) -> ChainAnalysis:
        """Keep the chain and its journal entry together: one action, one transaction."""
        with transaction(self._conn):
            entry_id = JournalStore(self._conn).add(journal_title, journal_body, [JOURNAL_TAG],
                                                    chain.at)
            chain = replace(chain, journal_entry_id=entry_id)
            values = [_utc_text(chain.at), _offset_minutes(chain.at),
                      *(getattr(chain, name) for name in _TEXT_COLUMNS),
                      json.dumps(list(chain.skills)), chain.session_id, entry_id]
            cursor = self._conn.execute(
                f"INSERT INTO chain_analyses ({', '.join(_COLUMNS)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(_COLUMNS))})", values)
        return replace(chain, id=cursor.lastrowid)

    def between(self, start: datetime, end: datetime) -> list[ChainAnalysis]:
        """Chains written with start <= at < end, oldest first."""
        return self._load("WHERE at >= ? AND at < ?", (_utc_text(start), _utc_text(end)))

    def all(self) -> list[ChainAnalysis]:
        return self._load("", ())

    def for_journal_entry(self, entry_id: int) -> ChainAnalysis | None:
        found = self._load("WHERE journal_entry_id = ?", (entry_id,))
        return found[0] if found else None

    def _load(self, where: str, args: tuple[object, ...]) -> list[ChainAnalysis]:
        rows = self._conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM chain_analyses {where} "  # noqa: S608
            "ORDER BY at, id", args)
        chains = []
        for row in rows:
            data = dict(zip(["id", *_COLUMNS], row, strict=True))
            at = _local(data.pop("at"), data.pop("utc_offset"))
            skills = tuple(json.loads(data.pop("skills")))
            chains.append(ChainAnalysis(at=at, skills=skills, **data))
        return chains
