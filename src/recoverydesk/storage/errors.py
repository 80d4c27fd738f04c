"""Errors the storage layer raises.

Two families, after qutebrowser's ``misc/sql.py``: a :class:`KnownError` is something a
person can meet in ordinary use (a wrong passphrase, a missing or damaged file) and is shown
to them as a kind, plain message; anything else that escapes is a bug. No message ever
contains a passphrase, a key or anything the person wrote.
"""

from __future__ import annotations

from pathlib import Path


class KnownError(Exception):
    """An expected failure with a message fit to show the person."""

    exit_code = 1


class BugError(Exception):
    """Something that must never happen (our own state is not what it should be).

    It is refused before anything is written; the person is told something went wrong on our
    side, and the details go to the log (never anything they wrote).
    """


class WrongPassphraseError(KnownError):
    exit_code = 3

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(
            f"That {what} didn't open your vault. Check for typos or Caps Lock and try again."
        )


class NoVaultError(KnownError):
    exit_code = 4

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(f"There is no RecoveryDesk vault in {folder} yet.")


class VaultExistsError(KnownError):
    exit_code = 6

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            f"{folder} already holds a RecoveryDesk vault. Nothing was changed."
        )


class DamagedVaultError(KnownError):
    """The file is not ours, or is ours but cannot be read. It is never touched."""

    exit_code = 5

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"RecoveryDesk can't read {path}: {reason} The file has not been changed. "
            "If you have a backup or your recovery key, you can still use them."
        )


class NewerVaultError(KnownError):
    exit_code = 5

    def __init__(self, path: Path, found: int | str, known: int | str) -> None:
        super().__init__(
            f"{path} was saved by a newer version of RecoveryDesk (format {found}; this "
            f"version knows up to {known}). Please update the app. The file has not been changed."
        )


class VaultLockedError(KnownError):
    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class KeychainError(KnownError):
    """The OS keychain is missing, refused, or failed. The vault itself is unaffected."""
