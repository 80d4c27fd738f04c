"""Opening the SQLCipher file with the settings every connection must have.

The data key is given to SQLCipher as a raw hex key (``x'…'``), so SQLCipher runs no KDF
of its own and the same key opens the file in the standard ``sqlcipher`` shell. The key
text is built here and nowhere else, and never reaches a log or an error message.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Self, TypeVar, cast

from recoverydesk.i18n import gettext as _
from recoverydesk.storage import search_text
from recoverydesk.storage.errors import (
    BugError,
    DamagedVaultError,
    KnownError,
    NotAVaultError,
    from_os_error,
    from_sqlite,
)

log = logging.getLogger(__name__)

# sqlcipher3 ships no type information and keeps the sqlite3 module's API, so connections
# are typed as sqlite3's (for the type checker only: at run time they are sqlcipher3's).
Connection = sqlite3.Connection
Row = tuple[Any, ...]  # a row as the stores read it
Parameters = Sequence[Any] | Mapping[str, Any]  # what execute() binds to the ?s or :names

SQLITE_MAGIC = b"SQLite format 3\x00"
# 'RDsk': marks a decrypted database as ours, after SQLite's own application_id convention.
APPLICATION_ID = 0x5244736B
# How long a write waits for another process (a command, a second window) to finish its own.
BUSY_TIMEOUT_SECONDS = 5.0


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
    # Off: see docs/ARCHITECTURE.md, "The database" (figures at 100,000 entries).
    Pragma("cipher_memory_security", "OFF", "0"),
)


class PragmaError(RuntimeError):
    """A required setting did not take: a bug or an unexpected SQLCipher build."""


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


def open_database(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open ``path`` with ``data_key``. Never creates the file unless ``create`` is set.

    The key and the file are first checked on a read-only connection, so a file that is not
    ours, or is damaged, or the wrong key, leaves the database and its WAL exactly as they
    were (a read-write connection would fold a leftover WAL in when it closes). SQLite's
    errors come back as KnownErrors by cause, here and on every later call.
    """
    if not create:
        _refuse_damaged_wal(path)
        _probe(path, data_key)
    conn = _connect(path, data_key, "rwc" if create else "rw")
    try:
        apply_required_pragmas(conn)
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        conn.close()
        raise
    return conn


def _probe(path: Path, data_key: bytes) -> None:
    """Check key and file read-only; on refusal, remove the empty -wal/-shm it made."""
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made = [p for p in sidecars if not p.exists()]
    try:
        probe = _connect(path, data_key, "ro")
        try:
            _check_ours(probe, path)
        finally:
            probe.close()
    except BaseException:
        wal = sidecars[0]
        if wal in made and wal.exists() and wal.stat().st_size == 0:
            for p in made:
                with contextlib.suppress(OSError):
                    p.unlink()
        raise


def _connect(path: Path, data_key: bytes, mode: str) -> Connection:
    import sqlcipher3

    if mode != "rwc" and not path.exists():
        raise DamagedVaultError(path, _("the database file is missing."))
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                  timeout=BUSY_TIMEOUT_SECONDS, factory=_connection_class())
    except sqlcipher3.Error as e:
        raise _known(e, path) from None
    conn.vault_path = path
    search_text.register(conn)  # the journal's triggers fold text for search with it
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except NotAVaultError:
            raise _unreadable(path) from None
    except BaseException:
        conn.close()
        raise
    return cast(Connection, conn)  # sqlcipher3 is untyped; its API is sqlite3's


def _check_ours(conn: Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotAVaultError(path, _("it opens, but it is not a RecoveryDesk vault."))
    if _cut_short(conn, path):
        raise DamagedVaultError(path, _("the file looks cut short or damaged."))


def _known(error: Exception, path: Path) -> Exception:
    """The KnownError for an SQLite or OS error on ``path``; the error itself when a bug."""
    if isinstance(error, OSError):
        return from_os_error(error, path) or error
    return from_sqlite(error, path) or error


_CONNECTION_CLASS: type[Connection] | None = None
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _connection_class() -> type[Connection]:  # noqa: C901 - two small classes, made once
    """sqlcipher3's Connection and Cursor, raising KnownErrors by cause (built once, lazily:
    importing sqlcipher3 is left to the first open)."""
    global _CONNECTION_CLASS
    if _CONNECTION_CLASS is not None:
        return _CONNECTION_CLASS
    import sqlcipher3

    def mapped(method: Callable[Concatenate[Any, _P], _R]) -> Callable[Concatenate[Any, _P], _R]:
        def call(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                with _turn_of(self):
                    return method(self, *args, **kwargs)
            except sqlcipher3.Error as e:
                known = from_sqlite(e, getattr(self, "vault_path", None) or _path_of(self))
                if known is None:
                    raise
                raise known from e
        call.__name__ = method.__name__
        return call

    # sqlcipher3 ships no types, so its classes are Any to the type checker; subclassing
    # them is what this module is for (the Connection alias above types what they give).
    class VaultCursor(sqlcipher3.Cursor):  # type: ignore[misc]  # untyped base, see above
        execute = mapped(sqlcipher3.Cursor.execute)
        executemany = mapped(sqlcipher3.Cursor.executemany)
        fetchone = mapped(sqlcipher3.Cursor.fetchone)
        fetchmany = mapped(sqlcipher3.Cursor.fetchmany)
        fetchall = mapped(sqlcipher3.Cursor.fetchall)
        __next__ = mapped(sqlcipher3.Cursor.__next__)

        def __iter__(self) -> Self:
            return self

    class VaultConnection(sqlcipher3.Connection):  # type: ignore[misc]  # untyped base, as above
        vault_path: Path | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.one_at_a_time = threading.RLock()  # see _turn_of()

        def cursor(self, factory: type[VaultCursor] = VaultCursor) -> sqlite3.Cursor:
            return cast(sqlite3.Cursor, super().cursor(factory))  # untyped base, as above

        def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Iterable[Parameters]) -> sqlite3.Cursor:
            return self.cursor().executemany(sql, parameters)

        executescript = mapped(sqlcipher3.Connection.executescript)
        commit = mapped(sqlcipher3.Connection.commit)
        rollback = mapped(sqlcipher3.Connection.rollback)

    _CONNECTION_CLASS = VaultConnection
    return VaultConnection


def _turn_of(owner: object) -> AbstractContextManager[object]:
    """The connection's turn, taken for every call into it from any thread.

    The UI thread and the background runner share the vault's connection. Without turns, one
    thread can hold SQLite's lock on it while a trigger calls our Python function
    (search_fold) and waits for the GIL, as the other thread holds the GIL and waits for
    SQLite's lock (Python's sqlite3 asks some things of SQLite without letting the GIL go):
    both wait for ever. Waiting for a turn lets the GIL go, so the one in SQLite finishes.
    """
    lock = getattr(owner, "one_at_a_time", None)
    if lock is None:  # a cursor: its connection's turn
        lock = getattr(getattr(owner, "connection", None), "one_at_a_time", None)
    return lock if lock is not None else contextlib.nullcontext()


def _path_of(cursor: object) -> Path:
    conn = getattr(cursor, "connection", None)
    return getattr(conn, "vault_path", None) or Path("the vault")


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
def transaction(conn: Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[Connection]:
    """One user action, one transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error.
    ``begin="BEGIN"`` (deferred) for a read that must not hold the app's writers back."""
    conn.execute(begin)
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may have rolled back already (a full disk); the first error is the one to tell.
        if conn.in_transaction:
            with contextlib.suppress(KnownError):
                conn.execute("ROLLBACK")
        raise


def forget_deleted(conn: Connection) -> None:
    """After a delete: every FTS5 index merged (``optimize`` rewrites its segments without the
    deleted words; ``secure_delete`` zeroes the freed pages), then the WAL folded in and
    emptied, so no old copy of a deleted page stays in either file. Inside a transaction the
    WAL is left to the next checkpoint (at latest, lock)."""
    fts_tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND lower(sql) LIKE 'create virtual table%using fts5%'")]
    for name in fts_tables:  # names from sqlite_master, not from anyone's input
        conn.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'optimize\')')  # noqa: S608
    if not conn.in_transaction:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just added."""
    if cursor.lastrowid is None:
        raise BugError("an insert added no row")
    return cursor.lastrowid


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page check, then SQLite's own. An empty list means all is well.

    Either check may stop at damage it cannot read past: that is reported as a problem too,
    never raised. The WAL is folded in first (by the caller's open), so pages waiting in it
    are checked where they belong.
    """
    problems = []
    for pragma in ("cipher_integrity_check", "integrity_check"):
        try:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        except KnownError as e:
            rows = [f"{pragma} could not finish: {e}"]
        if pragma == "integrity_check" and rows == ["ok"]:
            rows = []
        problems.extend(rows)
    return problems


def export_copy(conn: Connection, target: Path, data_key: bytes) -> dict[str, int]:
    """Copy the open database into ``target`` (empty or missing), encrypted with ``data_key``;
    returns the source's row counts of that same moment (``copy_problems`` compares them).

    A logical copy (``sqlcipher_export``): free pages, and anything deleted in them, stay
    behind. The schema version and our application id go with it. Create ``target``
    owner-only first if it must never be readable by others. The copy and the counts are
    read in one transaction: the app may write meanwhile (an automatic backup runs beside
    it), and counts read after the copy then disagree with it.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.execute(f"ATTACH DATABASE ? AS copied KEY \"x'{bytes(data_key).hex()}'\"",
                 (str(target),))
    try:
        with transaction(conn, begin="BEGIN"):
            conn.execute("SELECT sqlcipher_export('copied')")
            counts = row_counts(conn)
        conn.execute(f"PRAGMA copied.user_version = {int(version)}")
        conn.execute(f"PRAGMA copied.application_id = {int(app_id)}")
    finally:
        conn.execute("DETACH DATABASE copied")
    return counts


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows per ordinary table. Table names come from sqlite_master, not from anyone's input."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            for table in tables}


def copy_problems(expected: dict[str, int], copy: Path, data_key: bytes) -> list[str]:
    """What is wrong with ``copy``: both checks, then every row count against ``expected``
    (the source's, from ``export_copy``)."""
    check = open_database(copy, data_key)
    try:
        problems = integrity_problems(check)
        theirs = row_counts(check)
    finally:
        check.close()
    for table, count in expected.items():
        if theirs.get(table) != count:
            problems.append(f"{table}: {theirs.get(table)} rows, expected {count}")
    return problems


def sidecars(db_path: Path) -> list[Path]:
    """The files SQLite keeps beside a database: WAL, shared memory, rollback journal."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _cut_short(conn: Connection, path: Path) -> bool:
    """True when the file is shorter than its own header says and no WAL holds the rest."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    return path.stat().st_size < int(pages) * int(page_size)


def _unreadable(path: Path) -> DamagedVaultError:
    try:
        with path.open("rb") as f:
            head = f.read(16)
        size = path.stat().st_size
    except OSError as e:
        return DamagedVaultError(path, _("the file could not be read ({reason}).").format(
            reason=e.strerror))
    if head == SQLITE_MAGIC:
        return NotAVaultError(path, _("it is an ordinary unencrypted database, not a "
                                "RecoveryDesk vault."))
    if size == 0:
        return DamagedVaultError(path, _("the file is empty."))
    if size % 1024:
        return DamagedVaultError(path, _("the file looks cut short or damaged."))
    return NotAVaultError(path, _("it is not a RecoveryDesk vault, or it is damaged."))


# -- the write-ahead log ------------------------------------------------------------------
#
# SQLite stops reading a WAL at the first frame whose checksum is wrong and silently drops
# everything after it. After a crash that is right (the last, unfinished write), but when a
# later frame of the same WAL generation commits, the bad frame was part of saved work: the
# WAL is damaged, and opening would lose it. Checked before opening, with no key needed
# (SQLCipher writes encrypted pages, and the checksums cover them as written).
# Format: https://www.sqlite.org/fileformat2.html#walformat

_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_WAL_HEADER = 32
_FRAME_HEADER = 24


def wal_problem(db_path: Path) -> str | None:
    """A sentence when the WAL beside ``db_path`` holds saved work SQLite would drop."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        known = from_os_error(e, wal)
        if known is not None:
            raise known from None
        raise
    if len(data) < _WAL_HEADER:
        return None
    magic, _version, page_size = struct.unpack(">III", data[:12])
    order = _WAL_MAGIC.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1):
        return None  # not a WAL SQLite would read either: nothing in it counts as saved
    salts = data[16:24]
    checksum = _wal_checksum(order, data[:24], (0, 0))
    damaged = struct.unpack(">II", data[24:32]) != checksum
    frame_size = _FRAME_HEADER + page_size
    for offset in range(_WAL_HEADER, len(data) - frame_size + 1, frame_size):
        frame = data[offset:offset + frame_size]
        if frame[8:16] != salts:
            continue  # an older generation, already in the database
        if not damaged:
            checksum = _wal_checksum(order, frame[:8] + frame[_FRAME_HEADER:], checksum)
            damaged = struct.unpack(">II", frame[16:24]) != checksum
        elif struct.unpack(">I", frame[4:8])[0] != 0:  # a commit after the damage
            return _("{file} holds saved changes after a damaged part; opening now would lose "
                     "them.").format(file=wal.name)
    return None


def _refuse_damaged_wal(db_path: Path) -> None:
    problem = wal_problem(db_path)
    if problem:
        raise DamagedVaultError(db_path, problem)


def _wal_checksum(order: str, data: bytes, start: tuple[int, int]) -> tuple[int, int]:
    s0, s1 = start
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1
