"""Numbered schema migrations: ``NNNN_name.sql`` files beside this module.

The schema version lives in ``PRAGMA user_version`` in two parts, as qutebrowser's
``misc/sql.py`` keeps it: the major part in the high 16 bits, the minor part in the low 16.
A migration is *minor* when a build that does not know it can still use the vault (a new
table, a new index, a column with a default): its file says so in a line
``-- schema change: minor``. Any other migration is *major* (the safe default): it starts a
new major version at minor 0. A build opens a vault of a newer minor version as it is, and
refuses a newer major one with a clear message, untouched. Vaults from before the split
(user_version 1..6) read as 0.1..0.6, which is what migrations 0001..0006 (all minor) give.

Each migration runs in one transaction together with the version bump, so a crash leaves the
old version or the new one. Before migrating a vault that already holds data, an encrypted
copy of it is kept in ``backups/`` beside it.
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from recoverydesk.i18n import gettext as _
from recoverydesk.storage.database import Connection, transaction
from recoverydesk.storage.errors import DamagedVaultError, NewerVaultError
from recoverydesk.storage.files import ensure_private_dir, fsync_dir, make_private

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_MINOR = re.compile(r"^-- schema change: minor\b", re.MULTILINE)


@dataclass(frozen=True, order=True)
class UserVersion:
    """``PRAGMA user_version`` as major.minor (a signed 32-bit number in SQLite)."""

    major: int
    minor: int

    @classmethod
    def from_int(cls, number: int) -> UserVersion:
        if not 0 <= number <= 0x7FFF_FFFF:
            raise ValueError(f"user_version out of range: {number}")
        return cls(number >> 16, number & 0xFFFF)

    def to_int(self) -> int:
        if not (0 <= self.major <= 0x7FFF and 0 <= self.minor <= 0xFFFF):
            raise ValueError(f"schema version out of range: {self}")
        return self.major << 16 | self.minor

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


@dataclass(frozen=True)
class Migration:
    version: int  # its place in the sequence (NNNN), not the user_version it leads to
    name: str
    sql: str
    minor: bool = False  # older builds can still use the vault after it

    def after(self, before: UserVersion) -> UserVersion:
        if self.minor:
            return UserVersion(before.major, before.minor + 1)
        return UserVersion(before.major + 1, 0)


def available() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            sql = entry.read_text("utf-8")
            found.append(Migration(int(match.group(1)), entry.name, sql,
                                   minor=bool(_MINOR.search(sql))))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence")
    return found


def latest_version() -> int:
    """The number of the last migration (its place in the sequence)."""
    migrations = available()
    return migrations[-1].version if migrations else 0


def versions(migrations: list[Migration]) -> list[UserVersion]:
    """The user_version after each migration, starting with 0.0 for an empty database."""
    reached = [UserVersion(0, 0)]
    for migration in migrations:
        reached.append(migration.after(reached[-1]))
    return reached


def schema_version(conn: Connection) -> int:
    """The raw ``PRAGMA user_version`` (copied as it is when the vault is re-keyed)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def stored_version(conn: Connection) -> UserVersion:
    return UserVersion.from_int(schema_version(conn))


def applied(conn: Connection, known: list[Migration] | None = None) -> int:
    """How many of the known migrations this database has had (a newer minor: all of them)."""
    migrations = available() if known is None else known
    return _step_of(stored_version(conn), versions(migrations), None)


def migrate(conn: Connection, db_path: Path, backup_dir: Path,
            known: list[Migration] | None = None) -> list[Path]:
    """Bring the schema up to date. Returns the backups made (none for a new vault).

    A newer major version is refused, untouched; a newer minor one is used as it is.
    """
    migrations = available() if known is None else known
    reached = versions(migrations)
    current = stored_version(conn)
    step = _step_of(current, reached, db_path)
    pending = migrations[step:]
    if not pending and current != reached[-1]:
        log.info("schema %s is newer than %s but compatible: opened as it is",
                 current, reached[-1])
    backups = []
    if pending and step > 0:
        backups.append(backup_before_migration(conn, db_path, backup_dir, current.to_int()))
    for migration, version in zip(pending, reached[step + 1:], strict=True):
        log.info("applying migration %s (schema %s)", migration.name, version)
        with transaction(conn):
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version.to_int()}")
    return backups


def _step_of(current: UserVersion, reached: list[UserVersion], db_path: Path | None) -> int:
    """Where ``current`` is in our sequence; refuses what this build cannot use."""
    latest = reached[-1]
    if current.major > latest.major:
        raise NewerVaultError(db_path or Path(_("the vault")), str(current), f"{latest.major}.x")
    if current.major == latest.major and current.minor >= latest.minor:
        return len(reached) - 1  # ours, or a newer minor: nothing to apply
    if current not in reached:
        raise DamagedVaultError(db_path or Path(_("the vault")),
                                _("its schema version {version} is not one this version made.")
                                .format(version=current))
    return reached.index(current)


def backup_before_migration(conn: Connection, db_path: Path, backup_dir: Path,
                            version: int) -> Path:
    """Copy the (still encrypted) file aside after folding the WAL into it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ensure_private_dir(backup_dir)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{db_path.stem}-schema{version}-{stamp}{db_path.suffix}"
    shutil.copyfile(db_path, target)
    make_private(target)
    fsync_dir(backup_dir)
    return target


def _statements(sql: str) -> list[str]:
    import sqlcipher3

    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise RuntimeError("migration ends in an unfinished statement")
    return statements
