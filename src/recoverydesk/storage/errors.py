"""Errors the storage layer raises.

Two families, after qutebrowser's ``misc/sql.py``: a :class:`KnownError` is something a
person can meet in ordinary use (a wrong passphrase, a missing or damaged file) and is shown
to them as a kind, plain message; anything else that escapes is a bug. No message ever
contains a passphrase, a key or anything the person wrote.
"""

from __future__ import annotations

import errno
from pathlib import Path

from recoverydesk.i18n import N_
from recoverydesk.i18n import gettext as _


class KnownError(Exception):
    """An expected failure with a message fit to show the person.

    ``kind`` names the cause in a word or two (for a dialog's title or a log line);
    ``exit_code`` is the command line's (README, "Command line").
    """

    exit_code = 1
    kind = "Something needs your attention"


class BugError(Exception):
    """Something that must never happen (our own state is not what it should be).

    It is refused before anything is written; the person is told something went wrong on our
    side, and the details go to the log (never anything they wrote).
    """


class WrongPassphraseError(KnownError):
    exit_code = 3
    kind = "Wrong passphrase"

    def __init__(self, what: str = "passphrase") -> None:
        if what == "recovery key":
            text = _("That recovery key didn't open your vault. Check for typos or Caps Lock "
                     "and try again.")
        else:
            text = _("That passphrase didn't open your vault. Check for typos or Caps Lock and "
                     "try again.")
        super().__init__(text)


class NoVaultError(KnownError):
    exit_code = 4
    kind = "No vault yet"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(_("There is no RecoveryDesk vault in {folder} yet.").format(folder=folder))


class VaultExistsError(KnownError):
    exit_code = 6
    kind = "A vault is already there"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            _("{folder} already holds a RecoveryDesk vault. Nothing was changed.").format(
                folder=folder))


class DamagedVaultError(KnownError):
    """The file is not ours, or is ours but cannot be read. It is never touched."""

    exit_code = 5
    kind = "The file is damaged"

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(  # the reason is given already in the current language
            _("RecoveryDesk can't read {path}: {reason} The file has not been changed. If you "
              "have a backup or your recovery key, you can still use them.").format(
                path=path, reason=reason))


class NewerVaultError(KnownError):
    exit_code = 5
    kind = "Made by a newer version"

    def __init__(self, path: Path, found: int | str, known: int | str) -> None:
        super().__init__(
            _("{path} was saved by a newer version of RecoveryDesk (format {found}; this version "
              "knows up to {known}). Please update the app. The file has not been changed.")
            .format(path=path, found=found, known=known))


class VaultLockedError(KnownError):
    def __init__(self) -> None:
        super().__init__(_("The vault is locked."))


class KeychainError(KnownError):
    """The OS keychain is missing, refused, or failed. The vault itself is unaffected."""


class NotAVaultError(DamagedVaultError):
    """The file opens as no database at all with this key's format: not ours, or scrambled."""

    exit_code = 12
    kind = "Not a RecoveryDesk vault"


class StorageError(KnownError):
    """Reading or writing a file went wrong for a reason outside RecoveryDesk.

    Every subclass says what happened, that what was saved before is safe, and what could
    help. ``path`` may be None when the cause is known but not the file.
    """

    kind = "The disk"
    sentence = N_("RecoveryDesk couldn't read or write {where}.")
    advice = ""

    def __init__(self, path: Path | None = None, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        where = str(path) if path is not None else _("its files")
        text = _(self.sentence).format(where=where)
        if self.advice:
            text += " " + _(self.advice)
        super().__init__(text)


class DiskFullError(StorageError):
    exit_code = 8
    kind = "The disk is full"
    sentence = N_("The disk is full, so RecoveryDesk couldn't save to {where}.")
    advice = N_("Everything saved before is safe. Freeing some space and trying again "
              "will help.")


class ReadOnlyError(StorageError):
    exit_code = 9
    kind = "Read-only"
    sentence = N_("{where} can only be read, not written to, so nothing new was saved.")
    advice = N_("Everything saved before is safe. The folder or disk may be read-only "
              "(a locked USB stick, a backup copy, a mount option).")


class VaultBusyError(StorageError):
    exit_code = 10
    kind = "In use"
    sentence = N_("{where} is busy: another RecoveryDesk (a window or a command) is writing "
                  "to it.")
    advice = N_("Nothing was lost. Try again in a moment, or close the other one first.")


class PermissionDeniedError(StorageError):
    exit_code = 11
    kind = "No permission"
    sentence = N_("This computer's permissions don't let RecoveryDesk use {where}.")
    advice = N_("Nothing was changed. It may belong to another user account.")


class DiskError(StorageError):
    exit_code = 13
    kind = "The disk had trouble"
    sentence = N_("The disk reported an error while RecoveryDesk was using {where}.")
    advice = N_("Everything saved before is safe as far as RecoveryDesk can tell. The disk may "
              "be full, failing or unplugged; `recoverydesk check` can look at the vault.")


class MissingFileError(KnownError):
    """A file the person named to read (an import, a backup) isn't there, or is a folder."""

    exit_code = 15
    kind = "The file isn't there"

    def __init__(self, path: Path, then: str = "") -> None:
        """``then``: what became of the work, in the current language ("Nothing was changed."
        when not given)."""
        self.path = path
        where = (_("{path} is a folder, not a file.") if path.is_dir()
                 else _("There is no file at {path}.")).format(path=path)
        super().__init__(_("{where} Check its name and folder. {then}").format(
            where=where, then=then or _("Nothing was changed.")))


class OutputPathError(KnownError):
    """A place given to write a file (a PDF, an export, the recovery key) that can't take one."""

    exit_code = 2
    kind = "Can't save there"


def plain_reason(error: BaseException) -> str:
    """What to say in brackets after "That file couldn't be saved": the OS's words for an
    OSError, our own message for a KnownError."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26

# When a build gives no result code, its message names the cause.
_SQLITE_MESSAGES = (
    ("database or disk is full", _SQLITE_FULL),
    ("readonly database", _SQLITE_READONLY),
    ("database is locked", _SQLITE_BUSY),
    ("database table is locked", _SQLITE_LOCKED),
    ("disk i/o error", _SQLITE_IOERR),
    ("malformed", _SQLITE_CORRUPT),
    ("file is not a database", _SQLITE_NOTADB),
    ("unable to open database file", _SQLITE_CANTOPEN),
    ("access permission denied", _SQLITE_PERM),
)


def sqlite_result_code(error: Exception) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    for fragment, found in _SQLITE_MESSAGES:
        if fragment in text:
            return found
    return None


def from_sqlite(error: Exception, path: Path) -> KnownError | None:
    """The :class:`KnownError` for an SQLite error on the vault at ``path``, or None (a bug)."""
    code = sqlite_result_code(error)
    if code == _SQLITE_FULL:
        return DiskFullError(path)
    if code == _SQLITE_READONLY:
        return ReadOnlyError(path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return VaultBusyError(path)
    if code in (_SQLITE_PERM, _SQLITE_AUTH):
        return PermissionDeniedError(path)
    if code == _SQLITE_CANTOPEN:
        return _cant_open(path)
    if code == _SQLITE_IOERR:
        return DiskFullError(path) if _no_space_left(path.parent) else DiskError(path)
    if code == _SQLITE_CORRUPT:
        return DamagedVaultError(path, _("part of the file is damaged."))
    if code == _SQLITE_NOTADB:
        return NotAVaultError(path, _("it is not a RecoveryDesk vault, or it is damaged."))
    return None


def _cant_open(path: Path) -> KnownError:
    import os

    folder = path.parent
    if _read_only_filesystem(folder):
        return ReadOnlyError(path)
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists()
                                                    and not os.access(path, os.R_OK | os.W_OK)):
        return PermissionDeniedError(path)
    return DiskError(path)


def _no_space_left(folder: Path) -> bool:
    """SQLite says "disk I/O error" when the shared-memory file cannot grow: look."""
    import os

    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def _read_only_filesystem(folder: Path) -> bool:
    import os

    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


_OS_ERRORS: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EFBIG: DiskFullError,
    errno.EROFS: ReadOnlyError,
    errno.EACCES: PermissionDeniedError,
    errno.EPERM: PermissionDeniedError,
    errno.EIO: DiskError,
}


def from_os_error(error: OSError, path: Path | None = None) -> StorageError | None:
    """The :class:`StorageError` for an operating-system error, or None when it is not one
    of the causes a person can meet (then it stays what it is)."""
    kind = _OS_ERRORS.get(error.errno or 0)
    if kind is None:
        return None
    where = path if path is not None else (Path(error.filename) if error.filename else None)
    return kind(where, error.strerror or "")
