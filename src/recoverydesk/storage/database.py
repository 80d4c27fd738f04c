"""Opening the SQLCipher file with the settings every connection must have.

The data key is given to SQLCipher as a raw hex key (``x'…'``), so SQLCipher runs no KDF
of its own and the same key opens the file in the standard ``sqlcipher`` shell. The key
text is built here and nowhere else, and never reaches a log or an error message.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recoverydesk.storage.errors import BugError, DamagedVaultError

log = logging.getLogger(__name__)

# sqlcipher3 ships no type information and keeps the sqlite3 module's API, so connections
# are typed as sqlite3's (for the type checker only: at run time they are sqlcipher3's).
Connection = sqlite3.Connection
Row = tuple[Any, ...]  # a row as the stores read it

SQLITE_MAGIC = b"SQLite format 3\x00"
# 'RDsk': marks a decrypted database as ours, after SQLite's own application_id convention.
APPLICATION_ID = 0x5244736B


@dataclass(frozen=True)
class Pragma:
    name: str
    value: str
    expected: str


# Asserted on every open: a connection without them is not used.
REQUIRED_PRAGMAS = (
    Pragma("journal_mode", "WAL", "wal"),
    Pragma("synchronous", "FULL", "2"),
    Pragma("temp_store", "MEMORY", "2"),
    Pragma("foreign_keys", "ON", "1"),
    Pragma("secure_delete", "ON", "1"),
    Pragma("cipher_memory_security", "ON", "1"),
)


class PragmaError(RuntimeError):
    """A required setting did not take: a bug or an unexpected SQLCipher build."""


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


def open_database(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open ``path`` with ``data_key``. Never creates the file unless ``create`` is set.

    Reading comes before any setting that could write, so a file that is not ours, or
    is damaged, or the wrong key, leaves the file exactly as it was.
    """
    import sqlcipher3

    if not create and not path.exists():
        raise DamagedVaultError(path, "the database file is missing.")
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise DamagedVaultError(path, _unreadable_reason(path)) from None
        if not create:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DamagedVaultError(path, "it opens, but it is not a RecoveryDesk vault.")
            if _cut_short(conn, path):
                raise DamagedVaultError(path, "the file looks cut short or damaged.")
        apply_required_pragmas(conn)
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        conn.close()
        raise
    return conn  # type: ignore[no-any-return]  # sqlcipher3 is untyped


def apply_required_pragmas(conn: Connection) -> None:
    for pragma in REQUIRED_PRAGMAS:
        conn.execute(f"PRAGMA {pragma.name} = {pragma.value}")
    check_required_pragmas(conn)


def check_required_pragmas(conn: Connection) -> None:
    for pragma in REQUIRED_PRAGMAS:
        row = conn.execute(f"PRAGMA {pragma.name}").fetchone()
        got = str(row[0]).lower() if row else ""
        if got != pragma.expected:
            raise PragmaError(f"PRAGMA {pragma.name} is {got!r}, expected {pragma.expected!r}")


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One user action, one transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just added."""
    if cursor.lastrowid is None:
        raise BugError("an insert added no row")
    return cursor.lastrowid


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page check, then SQLite's own. An empty list means all is well."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    sqlite_rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if sqlite_rows != ["ok"]:
        problems.extend(sqlite_rows)
    return problems


def _cut_short(conn: Connection, path: Path) -> bool:
    """True when the file is shorter than its own header says and no WAL holds the rest."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    return path.stat().st_size < int(pages) * int(page_size)


def _unreadable_reason(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(16)
        size = path.stat().st_size
    except OSError as e:
        return f"the file could not be read ({e.strerror})."
    if head == SQLITE_MAGIC:
        return "it is an ordinary unencrypted database, not a RecoveryDesk vault."
    if size == 0:
        return "the file is empty."
    if size % 1024:
        return "the file looks cut short or damaged."
    return "it is not a RecoveryDesk vault, or it is damaged."
