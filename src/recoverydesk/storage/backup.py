"""Encrypted backups of the vault, and restoring one. No Qt.

A backup is one file::

    b"RecoveryDesk backup\\n"              magic
    4 bytes, big-endian                    length of the JSON header
    JSON header                            format, when, schema version, how it is protected,
                                           and a key header (the data key, Argon2id-wrapped)
    the database                           a SQLCipher copy under the vault's data key
    32 bytes                               HMAC-SHA256 over everything before it

The database inside is encrypted with the vault's data key, exactly as the vault is (so the
recovery key opens it too). The key header inside is the vault's own (it opens with the
passphrase you had when it was made) or, with a backup passphrase, a new wrap of the same
key under that passphrase. The HMAC key is derived from the data key (HKDF), so a backup
changed in any byte after it was written is refused before anything is restored, and the
preview (dates, counts) comes from the verified copy, never from the file's own say-so.

Restoring replaces the database only after the copy passed the HMAC, SQLCipher's and
SQLite's checks; the old file is kept in ``backups/``; every step leaves a vault that opens
(``tests/unit/test_backup.py`` kills a process at each one).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, overload

from recoverydesk.i18n import gettext as _
from recoverydesk.storage import database, migrations
from recoverydesk.storage.errors import (
    DamagedVaultError,
    KnownError,
    MissingFileError,
    WrongPassphraseError,
    from_os_error,
)
from recoverydesk.storage.files import ensure_private_dir, fsync_dir, private_output
from recoverydesk.storage.keyheader import HeaderFormatError, KdfParams, KeyHeader
from recoverydesk.storage.restore_staging import drop_interrupted_restore, restore_paths

if TYPE_CHECKING:
    from recoverydesk.storage.vault import VaultPaths  # vault.py imports this module

log = logging.getLogger(__name__)

MAGIC = b"RecoveryDesk backup\n"
FORMAT = 1
SUFFIX = ".rdbackup"
AUTOMATIC_PREFIX = "automatic-"
MAC_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
_CHUNK = 1 << 20
_MAC_INFO = b"RecoveryDesk backup mac v1"
VAULT_KEY = "vault"
SEPARATE_KEY = "backup passphrase"

Step = Callable[[str], None]


def _no_step(_name: str) -> None:
    pass


class BackupError(KnownError):
    """A backup that cannot be made or used. Nothing was written over anything."""

    exit_code = 5


class TamperedBackupError(BackupError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} has been changed or damaged since it was made, so RecoveryDesk won't "
            "use it. Nothing was restored: your vault is as it was.")


class BackupPassphraseError(KnownError):
    exit_code = WrongPassphraseError.exit_code

    def __init__(self) -> None:
        super().__init__(
            "That didn't open this backup. It opens with the passphrase you had when it was "
            "made, or the backup passphrase you chose for it, or your recovery key.")


# -- what a backup holds ------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    """A backup's header, read and checked for shape; the content is checked on use."""

    path: Path
    created_at: datetime
    schema_version: int
    protected_by: str  # VAULT_KEY or SEPARATE_KEY
    key_header: KeyHeader
    header_end: int  # where the database starts
    database_bytes: int
    mac_salt: bytes

    def key_from_passphrase(self, passphrase: str) -> bytes:
        try:
            return self.key_header.unwrap(passphrase)
        except WrongPassphraseError:
            raise BackupPassphraseError() from None

    def opens_with(self, data_key: bytes) -> bool:
        return self.key_header.is_data_key(data_key)

    def require_key(self, data_key: bytes) -> bytes:
        if not self.opens_with(data_key):
            raise BackupPassphraseError()
        return data_key


@dataclass(frozen=True)
class Preview:
    """What a verified backup holds: shown before anything is replaced."""

    created_at: datetime
    protected_by: str
    counts: dict[str, int]  # a plain label → how many
    first: date | None
    last: date | None
    size_bytes: int

    def lines(self) -> list[str]:
        made = self.created_at.astimezone()
        lines = [f"Backup made on {day_text(made)}, {made:%H:%M} ({_size(self.size_bytes)})."]
        if self.first and self.last:
            lines.append(f"It holds records from {day_text(self.first)} to "
                         f"{day_text(self.last)}:")
        else:
            lines.append("It holds:")
        lines += [f"  {count} {_SINGULAR.get(label, label) if count == 1 else label}"
                  for label, count in self.counts.items()]
        return lines


_SINGULAR = {"check-ins": "check-in", "journal entries": "journal entry",
             "skill sessions": "skill session", "goals": "goal",
             "safety plan versions": "safety plan version", "contacts": "contact"}
# The preview's counts: (label, table, condition, dated by).
_PREVIEW = (
    ("check-ins", "checkins", "", "at"),
    ("journal entries", "journal_entries", "WHERE is_draft = 0", "created_at"),
    ("skill sessions", "skill_sessions", "", "started_at"),
    ("goals", "goals", "", "created_at"),
    ("safety plan versions", "safety_plan_versions", "", "saved_at"),
    ("contacts", "contacts", "", None),
)


def read_backup(path: Path) -> BackupFile:  # noqa: C901 - one check after another, each a plain message
    """Parse a backup's header. Anything odd is refused with a plain message."""
    def damaged(reason: str) -> BackupError:
        return BackupError(_("{path} can't be used as a backup: {reason} Nothing was "
                             "changed.").format(path=path, reason=reason))

    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            magic = f.read(len(MAGIC))
            if magic != MAGIC:
                raise damaged(_("it is not a RecoveryDesk backup."))
            (length,) = struct.unpack(">I", f.read(4).rjust(4, b"\0"))
            if not 2 <= length <= MAX_HEADER_BYTES:
                raise damaged(_("its header is damaged."))
            raw = f.read(length)
    except (FileNotFoundError, IsADirectoryError):
        raise MissingFileError(path) from None
    except OSError as e:
        raise from_os_error(e, path) or damaged(
            _("it could not be read ({reason}).").format(reason=e.strerror)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if data["format"] != FORMAT:
            raise damaged(_("it uses backup format {format}, which this version does not "
                            "know. A newer RecoveryDesk may open it.").format(
                                format=repr(data["format"])))
        protected_by = data["protected_by"]
        if protected_by not in (VAULT_KEY, SEPARATE_KEY):
            raise damaged(_("its header is damaged."))
        # The key file's own validation, KDF bounds included: one place for those limits,
        # checked before any derivation can run.
        header = KeyHeader.from_json(json.dumps(data["key_header"]).encode())
        backup = BackupFile(
            path=path,
            created_at=datetime.fromisoformat(data["created_at"]).astimezone(UTC),
            schema_version=int(data["schema_version"]),
            protected_by=protected_by,
            key_header=header,
            header_end=len(MAGIC) + 4 + length,
            database_bytes=int(data["database_bytes"]),
            mac_salt=base64.b64decode(data["mac_salt"], validate=True),
        )
    except BackupError:
        raise
    except HeaderFormatError as e:
        raise damaged(_("its key header is not usable: {reason}").format(reason=e)) from None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            OverflowError, RecursionError):
        raise damaged(_("its header is damaged.")) from None
    if backup.database_bytes <= 0 or backup.header_end + backup.database_bytes + MAC_BYTES != size:
        raise damaged(_("the file looks cut short or has bytes added."))
    return backup


# -- making one ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    seconds: float


def make_backup(db_path: Path, data_key: bytes, vault_header: KeyHeader, out: Path,
                passphrase: str | None = None, kdf: KdfParams | None = None) -> BackupResult:
    """Write a backup of the vault at ``db_path`` to ``out``, checked, owner-only throughout.

    Uses its own connection (a consistent snapshot under WAL), so the app may keep working.
    With ``passphrase`` the backup opens with it (and the recovery key); otherwise with the
    vault's passphrase of today.
    """
    started = time.perf_counter()
    out = _writable_target(out)
    if passphrase is None:
        header, protected_by = vault_header, VAULT_KEY
    else:
        header = vault_header.rewrapped(data_key, passphrase, kdf)
        protected_by = SEPARATE_KEY
    with _private_temp(out.parent, out.name, ".copy") as copy:
        conn = database.open_database(db_path, data_key)
        try:
            counts = database.export_copy(conn, copy, data_key)
            problems = database.copy_problems(counts, copy, data_key)
            version = migrations.schema_version(conn)
        finally:
            conn.close()
        if problems:
            log.error("backup copy did not check out: %s", "; ".join(problems))
            raise BackupError(_("The backup copy did not check out, so it was not kept. Your "
                                "vault is unchanged; you could try again."))
        mac_salt = os.urandom(16)
        meta = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema_version": version,
            "protected_by": protected_by,
            "key_header": json.loads(header.to_json()),
            "database_bytes": copy.stat().st_size,
            "mac_salt": base64.b64encode(mac_salt).decode("ascii"),
        }
        meta_bytes = json.dumps(meta, indent=1).encode("utf-8")
        mac = hmac.new(_mac_key(data_key, mac_salt), digestmod=hashlib.sha256)
        with private_output(out) as tmp:
            with tmp.open("wb") as f:
                for piece in (MAGIC, struct.pack(">I", len(meta_bytes)), meta_bytes):
                    f.write(piece)
                    mac.update(piece)
                with copy.open("rb") as source:
                    while chunk := source.read(_CHUNK):
                        f.write(chunk)
                        mac.update(chunk)
                f.write(mac.digest())
                f.flush()
                os.fsync(f.fileno())
            # Read back what reached the disk: the backup must verify before it is kept.
            written = read_backup(tmp)
            _verify(written, data_key, None)
    size = out.stat().st_size
    log.info("backup written (%d bytes)", size)
    return BackupResult(out, size, time.perf_counter() - started)


def automatic_backups(backup_dir: Path) -> list[Path]:
    """The automatic backups in ``backup_dir``, oldest first (their names sort by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{AUTOMATIC_PREFIX}*{SUFFIX}") if p.is_file())


def automatic_backup_due(backup_dir: Path, every: timedelta = timedelta(hours=20),
                         now: datetime | None = None) -> bool:
    found = automatic_backups(backup_dir)
    if not found:
        return True
    newest = datetime.fromtimestamp(found[-1].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= every


def make_automatic_backup(db_path: Path, data_key: bytes, vault_header: KeyHeader,
                          backup_dir: Path, keep: int) -> BackupResult:
    """A backup in ``backup_dir`` under the vault's key; only the newest ``keep`` stay."""
    ensure_private_dir(backup_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    result = make_backup(db_path, data_key, vault_header,
                         backup_dir / f"{AUTOMATIC_PREFIX}{stamp}{SUFFIX}")
    for old in automatic_backups(backup_dir)[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    fsync_dir(backup_dir)
    return result


def oldest_record(conn: database.Connection) -> datetime | None:
    """When the person's first check-in or journal entry was made (UTC), for the backup note."""
    row = conn.execute("SELECT min(t) FROM (SELECT min(at) AS t FROM checkins "
                       "UNION ALL SELECT min(created_at) FROM journal_entries)").fetchone()
    try:
        return datetime.fromisoformat(row[0]).astimezone(UTC) if row and row[0] else None
    except ValueError:
        return None


# -- checking and restoring ---------------------------------------------------------------


def preview(backup: BackupFile, data_key: bytes) -> Preview:
    """Verify the whole backup and read what it holds. Writes only in a private temp folder."""
    folder = Path(tempfile.mkdtemp(prefix="recoverydesk-check-"))
    try:
        return _verify(backup, data_key, folder / "backup.db")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class RestoreResult:
    preview: Preview
    kept_aside: Path | None  # the vault's old database, if there was one
    seconds: float


def restore(folder: Path, backup: BackupFile, backup_key: bytes, vault_key: bytes | None,
            new_header: KeyHeader | None = None, step: Step = _no_step) -> RestoreResult:
    """Replace the database in ``folder`` with the backup's, after it passed every check.

    The vault must be locked (its connection closed). ``vault_key`` is the key of the vault
    in place, under which the restored database is put, so the passphrase, the recovery key
    and the keychain keep working; ``None`` when ``folder`` holds no vault yet, and then
    ``new_header`` (the backup's key wrapped under the passphrase that opened it) goes in
    with it.
    """
    from recoverydesk.storage.vault import VaultPaths

    started = time.perf_counter()
    paths = VaultPaths(folder)
    staged_db, staged_header = restore_paths(paths)
    drop_interrupted_restore(paths)
    if vault_key is None and new_header is None:
        raise ValueError("a new vault needs a key header")
    ensure_private_dir(folder)
    key = vault_key if vault_key is not None else backup_key
    if key == backup_key:
        _touch_private(staged_db)
        shown = _verify(backup, backup_key, staged_db)
    else:
        with _private_temp(folder, staged_db.name, ".raw") as raw:
            shown = _verify(backup, backup_key, raw)
            conn = database.open_database(raw, backup_key)
            try:
                _touch_private(staged_db)
                counts = database.export_copy(conn, staged_db, key)
                problems = database.copy_problems(counts, staged_db, key)
            finally:
                conn.close()
            if problems:
                staged_db.unlink(missing_ok=True)
                raise BackupError(_("The restored copy did not check out. Nothing was "
                                    "changed."))
    for sidecar in database.sidecars(staged_db):
        sidecar.unlink(missing_ok=True)
    step("staged")
    kept = None
    if paths.database.exists():
        _require_quiet(paths.database)
        kept = _keep_aside(paths)
        step("kept aside")
        for sidecar in database.sidecars(paths.database):
            sidecar.unlink(missing_ok=True)
        step("sidecars dropped")
    if new_header is not None:
        new_header.save(staged_header)
        step("header staged")
    staged_db.replace(paths.database)
    fsync_dir(folder)
    step("database in place")
    if new_header is not None:
        staged_header.replace(paths.header)
        fsync_dir(folder)
        step("header in place")
    log.info("restored a backup")
    return RestoreResult(shown, kept, time.perf_counter() - started)


@overload
def _verify(backup: BackupFile, data_key: bytes, target: Path) -> Preview: ...
@overload
def _verify(backup: BackupFile, data_key: bytes, target: None) -> None: ...
def _verify(backup: BackupFile, data_key: bytes, target: Path | None) -> Preview | None:
    """Check the HMAC over the whole file (copying the database to ``target`` on the way),
    then open the copy and run both integrity checks. Nothing of a bad backup is kept."""
    backup.require_key(data_key)
    mac = hmac.new(_mac_key(data_key, backup.mac_salt), digestmod=hashlib.sha256)
    sink = target.open("r+b" if target.exists() else "xb") if target else None
    try:
        with backup.path.open("rb") as f:
            mac.update(f.read(backup.header_end))
            remaining = backup.database_bytes
            while remaining > 0:
                chunk = f.read(min(_CHUNK, remaining))
                if not chunk:
                    break
                remaining -= len(chunk)
                mac.update(chunk)
                if sink:
                    sink.write(chunk)
            stored = f.read(MAC_BYTES)
        if sink:
            sink.truncate()
            sink.flush()
            os.fsync(sink.fileno())
    except OSError as e:
        _drop(target)
        raise BackupError(_("{path} could not be read ({reason}). Nothing was changed.")
                          .format(path=backup.path, reason=e.strerror)) from None
    finally:
        if sink:
            sink.close()
    if remaining or not hmac.compare_digest(mac.digest(), stored):
        _drop(target)
        raise TamperedBackupError(backup.path)
    if target is None:
        return None
    try:
        return _check_database(backup, data_key, target)
    except BaseException:
        _drop(target)
        raise


def _check_database(backup: BackupFile, data_key: bytes, copy: Path) -> Preview:
    try:
        conn = database.open_database(copy, data_key)
    except DamagedVaultError:
        raise TamperedBackupError(backup.path) from None
    try:
        if migrations.schema_version(conn) > migrations.latest_version():
            raise BackupError(_("{path} was made by a newer version of RecoveryDesk. Please "
                                "update the app. Nothing was changed.").format(path=backup.path))
        # The HMAC already proved every byte is as written, and the full checks ran when it
        # was written: SQLite's quick check is enough here (a full one doubles restore time).
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            log.error("backup failed its integrity check: %s", "; ".join(problems[:5]))
            raise TamperedBackupError(backup.path)
        return _preview_of(conn, backup, copy.stat().st_size)
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def _preview_of(conn: database.Connection, backup: BackupFile, size: int) -> Preview:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts, days = {}, []
    for label, table, where, dated_by in _PREVIEW:
        if table not in tables:
            continue
        counts[label] = conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]  # noqa: S608
        if dated_by:
            low, high = conn.execute(
                f"SELECT min({dated_by}), max({dated_by}) FROM {table} {where}").fetchone()  # noqa: S608
            days += [value for value in (low, high) if value]
    parsed = []
    for value in days:
        with contextlib.suppress(ValueError, TypeError):
            parsed.append(datetime.fromisoformat(str(value)).date())
    return Preview(backup.created_at, backup.protected_by, counts,
                   min(parsed) if parsed else None, max(parsed) if parsed else None, size)


def _keep_aside(paths: VaultPaths) -> Path:
    """Copy the vault's database (WAL already folded in) into ``backups/``, owner-only."""
    ensure_private_dir(paths.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"{paths.database.stem}-before-restore-{stamp}{paths.database.suffix}"
    with private_output(target) as tmp, paths.database.open("rb") as source, \
            tmp.open("wb") as sink:
        shutil.copyfileobj(source, sink, _CHUNK)
        sink.flush()
        os.fsync(sink.fileno())
    return target


def _require_quiet(db_path: Path) -> None:
    """A WAL still holding pages means another process has the vault open."""
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(_("Your vault seems to be open in another RecoveryDesk window or "
                            "command. Close it and try again. Nothing was changed."))


def _writable_target(out: Path) -> Path:
    out = Path(out).expanduser()
    if not out.name or out.is_dir():
        raise BackupError(_("{path} is a folder. Please name a file for the backup.").format(
            path=out))
    if out.is_symlink():
        raise BackupError(_("{path} is a link. Please name a plain file for the backup.")
                          .format(path=out))
    if not out.parent.is_dir():
        raise BackupError(_("The folder {folder} doesn't exist.").format(folder=out.parent))
    if not os.access(out.parent, os.W_OK):
        raise BackupError(_("RecoveryDesk can't write in {folder}. Nothing was written.").format(
            folder=out.parent))
    return out


@contextlib.contextmanager
def _private_temp(folder: Path, name: str, suffix: str) -> Iterator[Path]:
    """An owner-only empty file in ``folder`` (SQLite may fill it), removed afterwards."""
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=suffix)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
    finally:
        for path in (tmp, *database.sidecars(tmp)):
            path.unlink(missing_ok=True)


def _touch_private(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _drop(path: Path | None) -> None:
    if path is not None:
        for p in (path, *database.sidecars(path)):
            p.unlink(missing_ok=True)


def _mac_key(data_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_MAC_INFO).derive(
        bytes(data_key))


def day_text(day: date) -> str:
    """"3 March 2026" (strftime's %-d is not on every platform)."""
    return f"{day.day} {day:%B %Y}"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} KB"
