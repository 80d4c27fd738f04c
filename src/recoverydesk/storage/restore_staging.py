"""Where a restore stages its files beside the vault, and tidying up after a stop midway.

Kept apart from storage/backup.py so that every unlock, which tidies first, does not load
the backup code (and hashlib's OpenSSL with it: about 3.4 MiB of a command's memory).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from recoverydesk.storage import database
from recoverydesk.storage.files import fsync_dir

if TYPE_CHECKING:
    from recoverydesk.storage.vault import VaultPaths

RESTORING = ".restoring"


def restore_paths(paths: VaultPaths) -> tuple[Path, Path]:
    """The staged database and key header a restore writes before it swaps them in."""
    return (paths.database.with_name(paths.database.name + RESTORING),
            paths.header.with_name(paths.header.name + RESTORING))


def drop_interrupted_restore(paths: VaultPaths) -> None:
    """After a stop mid-restore: a staged key header whose database is already in place goes
    in too (a new vault); anything else staged is dropped, and the vault is as it was."""
    staged_db, staged_header = restore_paths(paths)
    if staged_header.exists() and not staged_db.exists() and not paths.header.exists():
        staged_header.replace(paths.header)
        fsync_dir(paths.folder)
    for leftover in (staged_db, staged_header, *database.sidecars(staged_db)):
        leftover.unlink(missing_ok=True)
