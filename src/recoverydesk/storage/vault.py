"""The vault: one SQLCipher database and its key header, in one private folder.

``Vault`` creates, unlocks and locks; it owns the single database connection while
unlocked. See ``docs/ARCHITECTURE.md`` for the key design.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recoverydesk.i18n import gettext as _
from recoverydesk.storage.errors import (
    BugError,
    DamagedVaultError,
    KnownError,
    NotAVaultError,
    NoVaultError,
    VaultExistsError,
    VaultLockedError,
    WrongPassphraseError,
)
from recoverydesk.storage.files import (
    ensure_private_dir,
    fsync_dir,
    make_private,
    retighten_own_folder,
)
from recoverydesk.storage.keychain import Keychain

# The database, key and backup code (SQLCipher, the KDF, the migrations: about a tenth of a
# second to import) is loaded when first used: the lock screen, which makes a Vault to know
# whether one exists, shows without it, and the app loads it in the background right after
# (AppController.warm_up_unlock).
if TYPE_CHECKING:
    from recoverydesk.storage import backup
    from recoverydesk.storage.database import Connection
    from recoverydesk.storage.keyheader import KdfParams, KeyHeader
    from recoverydesk.storage.settings_store import VaultSettings

log = logging.getLogger(__name__)

_CREATING = ".creating"
# Every name RecoveryDesk keeps in its folder: a folder holding nothing else is ours, and its
# permissions are put back to owner-only when found looser. A folder the person shares with
# other files (their home, a shared temporary folder) is never changed.
OWN_NAMES = ("recoverydesk.db", "recoverydesk-key.json", "device.json", "backups")


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "recoverydesk.db"

    @property
    def header(self) -> Path:
        return self.folder / "recoverydesk-key.json"

    @property
    def device_settings(self) -> Path:
        return self.folder / "device.json"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    def vault_files(self) -> list[Path]:
        return [self.database, self.header]

    def vault_exists(self) -> bool:
        """True when anything of a vault is here: then setup must never run over it."""
        return any(p.exists() for p in self.vault_files())


class Vault:
    def __init__(self, folder: Path, keychain: Keychain | None = None) -> None:
        self.paths = VaultPaths(Path(folder))
        self.keychain = keychain or Keychain()
        self._conn: Connection | None = None
        # The key is read by background work (a passphrase change) and zeroed by lock() on
        # the UI thread: both happen under this lock, so no one ever reads a half-zeroed key.
        self._key_lock = threading.Lock()
        self._key: bytearray | None = None
        self._header: KeyHeader | None = None
        # Set when the recovery key opened the database past a key file whose key check
        # disagreed: that file, not the key in memory, is the damaged one.
        self._header_disproved = False

    # -- state ----------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.paths.vault_exists()

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError()
        return self._conn

    @property
    def header(self) -> KeyHeader:
        if self._header is None:
            from recoverydesk.storage.keyheader import KeyHeader

            self._header = KeyHeader.load(self.paths.header)
        return self._header

    def settings(self) -> VaultSettings:
        from recoverydesk.storage.settings_store import VaultSettings

        return VaultSettings(self.connection)

    # -- create ---------------------------------------------------------------------------

    def create(self, passphrase: str, kdf: KdfParams | None = None) -> str:
        """Make a new vault and leave it unlocked. Returns the recovery key, to show once."""
        from recoverydesk.storage import database, migrations
        from recoverydesk.storage.keyheader import KeyHeader, calibrate, new_data_key
        from recoverydesk.storage.recovery_key import format_recovery_key

        if self.exists():
            raise VaultExistsError(self.paths.folder)
        ensure_private_dir(self.paths.folder)
        kdf = kdf or calibrate()
        data_key = new_data_key()
        header = KeyHeader.create(data_key, passphrase, kdf)

        staged_db = _staged(self.paths.database)
        staged_header = _staged(self.paths.header)
        for leftover in (staged_db, staged_header, *_sidecars(staged_db)):
            leftover.unlink(missing_ok=True)
        conn = database.open_database(staged_db, data_key, create=True)
        try:
            migrations.migrate(conn, staged_db, self.paths.backups)
        finally:
            conn.close()
        make_private(staged_db)
        header.save(staged_header)
        # The database goes into place first: should the machine stop between the two
        # renames, the recovery key still opens it.
        staged_db.replace(self.paths.database)
        staged_header.replace(self.paths.header)
        fsync_dir(self.paths.folder)
        self._header = header
        self._open(data_key)
        log.info("created a new vault")
        return format_recovery_key(data_key)

    # -- unlock ---------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        self._tidy()
        self._require_files()
        self._finish_key_change(passphrase)
        header = self.header
        self._open(header.unwrap(passphrase))
        if not header.kdf.at_or_above_floor():
            self._raise_key_cost(header, passphrase)

    def _raise_key_cost(self, header: KeyHeader, passphrase: str) -> None:
        """The key file asked for less work than today's floor (an older build, or an edited
        file): wrap the key again at the floor. The vault is open either way."""
        stronger = header.rewrapped(self._unlocked_key(), passphrase,
                                    header.kdf.raised_to_floor())
        try:
            stronger.save(self.paths.header)
        except (OSError, KnownError) as e:
            log.warning("could not rewrap the key at today's floor: %s", type(e).__name__)
            return
        self._header = stronger
        log.info("rewrapped the key at today's floor")

    def unlock_with_recovery_key(self, text: str) -> None:
        """Open with the recovery key. A key file that is gone, or damaged even if it still
        reads, never stands in the way: when its key check disagrees, the database itself
        decides (a read-only try that changes nothing). A new passphrase then writes a fresh
        key file at today's floor (:meth:`change_passphrase`)."""
        from recoverydesk.storage.recovery_key import parse_recovery_key

        data_key = parse_recovery_key(text)
        self._tidy()
        if not self.paths.database.exists():
            self._require_files()
        self._finish_key_change_with(data_key)
        try:
            header = self.header
        except DamagedVaultError:
            header = None  # the key file is gone or damaged: the key can still open the data
        disagrees = header is not None and not header.is_data_key(data_key)
        if disagrees:
            log.info("the recovery key does not match the key file; trying the database")
            self._header = None
        try:
            self._open(data_key)
        except NotAVaultError:
            # With a wrong key the database reads as noise: the key, not the file, is wrong.
            raise WrongPassphraseError("recovery key") from None
        # The database proved the key: the key file that disagreed is the damaged one.
        self._header_disproved = disagrees

    @property
    def needs_new_passphrase(self) -> bool:
        """True when the key file does not open with the key in use (opened by recovery key
        past a damaged key file): choosing a passphrase writes a fresh one."""
        try:
            return not self.header.is_data_key(self._unlocked_key())
        except DamagedVaultError:
            return True

    def unlock_from_keychain(self) -> bool:
        """Open with the key kept in the OS keychain. False when there is none to use."""
        self._tidy()
        self._require_files()
        data_key = self.keychain.load(self.header.vault_id)
        if data_key is None or not self.header.is_data_key(data_key):
            return False
        self._open(data_key)
        return True

    def _tidy(self) -> None:
        """A restore the machine stopped midway is finished or forgotten."""
        from recoverydesk.storage.restore_staging import drop_interrupted_restore

        if self._conn is None:
            drop_interrupted_restore(self.paths)
            self._header = None

    def _require_files(self) -> None:
        if not self.exists():
            raise NoVaultError(self.paths.folder)
        if not self.paths.database.exists():
            raise DamagedVaultError(self.paths.database, _("the database file is missing."))

    def _open(self, data_key: bytes) -> None:
        from recoverydesk.storage import database, migrations

        self.lock()
        conn = database.open_database(self.paths.database, data_key)
        try:
            migrations.migrate(conn, self.paths.database, self.paths.backups)
        except BaseException:
            conn.close()
            raise
        for path in (self.paths.database, *_sidecars(self.paths.database)):
            make_private(path)
        retighten_own_folder(self.paths.folder, OWN_NAMES)
        self._conn = conn
        with self._key_lock:
            self._key = bytearray(data_key)

    # -- while unlocked -------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key; the database itself is not rewritten.

        The key in memory must pass the header's key check: a key that does not (our own
        state gone wrong) is refused with a ``BugError`` and nothing is written, so the old
        passphrase keeps opening the vault. Only a header that is missing or damaged (the
        vault was opened with the recovery key) is replaced by a fresh one.
        """
        from recoverydesk.storage.keyheader import KeyHeader, calibrate

        key = self._unlocked_key()
        try:
            current = self.header
        except DamagedVaultError:
            current = None
        if current is None or (self._header_disproved and not current.is_data_key(key)):
            header = KeyHeader.create(key, new_passphrase, kdf or calibrate())
            self._keep_damaged_header_aside()
        elif not current.is_data_key(key):
            raise BugError("the key in memory does not match the key header")
        else:
            # Never below today's floor, whatever the old file asked for.
            header = current.rewrapped(key, new_passphrase,
                                       (kdf or current.kdf).raised_to_floor())
        header.save(self.paths.header)
        self._header = header
        self._header_disproved = False

    def _keep_damaged_header_aside(self) -> None:
        """A key file we could not trust is never written over: it is kept as
        ``recoverydesk-key.json.damaged`` (the first one) before a fresh one is written."""
        path = self.paths.header
        aside = path.with_name(path.name + ".damaged")
        if path.exists() and not aside.exists():
            path.replace(aside)

    # -- a new recovery key ---------------------------------------------------------------
    #
    # The data key itself is replaced, so an old recovery key stops opening the vault. The
    # database is copied under the new key (sqlcipher_export) beside the old one and checked;
    # then the new header is staged, and the two files go into place, database first. Should
    # the machine stop in between, the next unlock with the passphrase finishes the change
    # (the new database is in place: put its header in place too) or forgets it (the old
    # database is still there: drop what was staged). Backups made before keep the old key.

    def prepare_new_key(self, passphrase: str) -> NewKey:
        """Check the passphrase and wrap a fresh data key under it. Slow (the KDF); no I/O."""
        from recoverydesk.storage.keyheader import KeyHeader, new_data_key

        current = self.header
        if current.unwrap(passphrase) != self._unlocked_key():
            raise BugError("the key in memory does not match the key header")
        data_key = new_data_key()
        return NewKey(data_key, KeyHeader.create(data_key, passphrase, current.kdf,
                                                 vault_id=current.vault_id))

    def replace_key(self, new: NewKey) -> str:
        """Re-encrypt the database under ``new`` and swap it in. Returns the recovery key."""
        from recoverydesk.storage import database
        from recoverydesk.storage.recovery_key import format_recovery_key

        conn = self.connection
        self._drop_staged_key_change()
        rekeyed, staged_header = self._rekey_paths()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = database.export_copy(conn, rekeyed, new.data_key)
        make_private(rekeyed)
        problems = database.copy_problems(counts, rekeyed, new.data_key)
        if problems:
            rekeyed.unlink(missing_ok=True)
            raise BugError("the re-encrypted copy did not check out: " + "; ".join(problems))
        new.header.save(staged_header)
        remembered = self.keychain_has_key()
        self.lock()
        rekeyed.replace(self.paths.database)
        staged_header.replace(self.paths.header)
        fsync_dir(self.paths.folder)
        self._header = new.header
        self._open(new.data_key)
        if remembered:
            self.remember_in_keychain()
        log.info("replaced the data key")
        return format_recovery_key(new.data_key)

    def _rekey_paths(self) -> tuple[Path, Path]:
        return (self.paths.database.with_name(self.paths.database.name + ".rekeyed"),
                self.paths.header.with_name(self.paths.header.name + ".rekeyed"))

    def _drop_staged_key_change(self) -> None:
        rekeyed, staged_header = self._rekey_paths()
        for leftover in (rekeyed, staged_header, *_sidecars(rekeyed)):
            leftover.unlink(missing_ok=True)

    def _finish_key_change(self, passphrase: str) -> None:
        """A key change that a power cut interrupted is finished or forgotten here."""
        from recoverydesk.storage.keyheader import KeyHeader

        rekeyed, staged_header = self._rekey_paths()
        if not staged_header.exists():
            rekeyed.unlink(missing_ok=True)
            return
        if rekeyed.exists():  # stopped before the database moved: the old key still rules
            self._drop_staged_key_change()
            return
        staged = KeyHeader.load(staged_header)
        staged.unwrap(passphrase)  # a wrong passphrase changes nothing
        self._promote(staged, staged_header)

    def _finish_key_change_with(self, data_key: bytes) -> None:
        """As ``_finish_key_change``, for the new recovery key itself."""
        from recoverydesk.storage.keyheader import KeyHeader

        rekeyed, staged_header = self._rekey_paths()
        if staged_header.exists() and not rekeyed.exists():
            staged = KeyHeader.load(staged_header)
            if staged.is_data_key(data_key):
                self._promote(staged, staged_header)

    def _promote(self, staged: KeyHeader, staged_path: Path) -> None:
        """The staged header of a finished key change goes into place."""
        staged_path.replace(self.paths.header)
        fsync_dir(self.paths.folder)
        self._header = staged

    # -- backups (storage/backup.py) ------------------------------------------------------

    def back_up(self, out: Path, passphrase: str | None = None,
                kdf: KdfParams | None = None) -> backup.BackupResult:
        """An encrypted backup at ``out``: under today's passphrase, or ``passphrase``."""
        from recoverydesk.storage import backup

        return backup.make_backup(self.paths.database, self._unlocked_key(), self.header, out,
                                  passphrase, kdf)

    def back_up_automatically(self, keep: int) -> backup.BackupResult | None:
        """A rotating backup in ``backups/`` when the last is old enough; None when not due."""
        from recoverydesk.storage import backup

        if not backup.automatic_backup_due(self.paths.backups):
            return None
        return backup.make_automatic_backup(self.paths.database, self._unlocked_key(),
                                            self.header, self.paths.backups, keep)

    def backup_key(self, found: backup.BackupFile) -> bytes | None:
        """This vault's key, when it is open and opens ``found`` (no passphrase needed)."""
        if self._key is None:
            return None
        key = self._unlocked_key()
        return key if found.opens_with(key) else None

    def restore(self, found: backup.BackupFile, backup_key: bytes,
                passphrase: str | None = None,
                step: backup.Step | None = None) -> backup.RestoreResult:
        """Put the backup's records in place of this vault's; the vault is open afterwards.

        An open vault keeps its key (its passphrase, recovery key and keychain entry stay
        valid). A folder with no vault gets the backup's key, under ``passphrase``.
        """
        from recoverydesk.storage import backup

        steps = {"step": step} if step else {}
        if self.is_unlocked:
            key = self._unlocked_key()
            self.lock()
            try:
                result = backup.restore(self.paths.folder, found, backup_key, key,
                                        new_header=None, **steps)  # it keeps its own key
            finally:
                self._open(key)
            return result
        if self.exists():
            raise VaultLockedError()
        if passphrase is None:
            raise ValueError("a new vault needs a passphrase")
        header = found.key_header.rewrapped(backup_key, passphrase)
        result = backup.restore(self.paths.folder, found, backup_key, None, header, **steps)
        self._header = header
        self._open(backup_key)
        return result

    def keychain_has_key(self) -> bool:
        try:
            return self.keychain.load(self.header.vault_id) is not None
        except KnownError:
            return False

    def remember_in_keychain(self) -> None:
        self.keychain.store(self.header.vault_id, self._unlocked_key())

    def forget_in_keychain(self) -> None:
        self.keychain.forget(self.header.vault_id)

    def recovery_key(self) -> str:
        from recoverydesk.storage.recovery_key import format_recovery_key

        return format_recovery_key(self._unlocked_key())

    def integrity_problems(self) -> list[str]:
        from recoverydesk.storage import database

        return database.integrity_problems(self.connection)

    def _unlocked_key(self) -> bytes:
        with self._key_lock:
            if self._key is None:
                raise VaultLockedError()
            return bytes(self._key)

    # -- lock -----------------------------------------------------------------------------

    def lock(self) -> None:
        if self._conn is not None:
            import sqlcipher3

            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except (KnownError, sqlcipher3.Error) as error:
                # Locking goes on: the WAL keeps every commit and is folded in at next open.
                log.warning("could not fold the WAL in before locking: %s",
                            type(error).__name__)
            self._conn.close()
            self._conn = None
        with self._key_lock:
            if self._key is not None:
                for i in range(len(self._key)):
                    self._key[i] = 0
                self._key = None
            self._header_disproved = False


@dataclass(frozen=True)
class NewKey:
    """A fresh data key and its header, ready to replace the vault's key."""

    data_key: bytes
    header: KeyHeader


def _staged(path: Path) -> Path:
    return path.with_name(path.name + _CREATING)

def _sidecars(path: Path) -> list[Path]:
    from recoverydesk.storage import database

    return database.sidecars(path)
