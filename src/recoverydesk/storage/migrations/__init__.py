"""Numbered schema migrations: ``NNNN_name.sql`` files beside this module.

The schema version lives in ``PRAGMA user_version``. Each migration runs in one transaction
together with the version bump, so a crash leaves the old version or the new one. Before
migrating a vault that already holds data, an encrypted copy of it is kept in
``backups/`` beside it. A file from a newer version is never opened for writing.
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from recoverydesk.storage.database import transaction
from recoverydesk.storage.errors import NewerVaultError
from recoverydesk.storage.files import ensure_private_dir, fsync_dir, make_private

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence")
    return found


def latest_version() -> int:
    migrations = available()
    return migrations[-1].version if migrations else 0


def schema_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, db_path: Path, backup_dir: Path,
            known: list[Migration] | None = None) -> list[Path]:
    """Bring the schema up to date. Returns the backups made (none for a new vault)."""
    migrations = available() if known is None else known
    current = schema_version(conn)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise NewerVaultError(db_path, current, latest)
    pending = [m for m in migrations if m.version > current]
    backups = []
    if pending and current > 0:
        backups.append(backup_before_migration(conn, db_path, backup_dir, current))
    for migration in pending:
        log.info("applying migration %s", migration.name)
        with transaction(conn):
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
    return backups


def backup_before_migration(conn, db_path: Path, backup_dir: Path, version: int) -> Path:
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
