"""One app per vault: an advisory lock the running app holds for as long as it is open.

The lock is a file in the person's runtime folder (not the data folder, which may not exist yet
at first start), named after the data folder's resolved path, so a second app on the same
vault knows the first is running and asks it to come forward, and the command line refuses to
write while the app has the vault. The operating system drops the lock when the process ends,
however it ends: a crash never leaves a stale lock behind. No Qt here.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

from recoverydesk.storage.errors import KnownError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class VaultInUseError(KnownError):
    exit_code = 14

    def __init__(self) -> None:
        super().__init__(
            "RecoveryDesk is open on this vault, so nothing was written. Close the app (or use "
            "it to make this change), then try again.")


# FNV-1a, 64 bits (offset basis and prime from its authors' page,
# http://www.isthe.com/chongo/tech/comp/fnv/): a name for a folder, not a secret, and the
# lock screen's start does not load hashlib's OpenSSL for it (about 5 ms).
FNV_OFFSET, FNV_PRIME, BITS_64 = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1


def instance_key(data_dir: Path) -> str:
    """A short name for this vault's folder, the same in every process of this user."""
    digest = FNV_OFFSET
    for byte in str(Path(data_dir).resolve()).encode("utf-8"):
        digest = ((digest ^ byte) * FNV_PRIME) & BITS_64
    return f"recoverydesk-{digest:016x}"


def runtime_dir() -> Path:
    from platformdirs import user_runtime_dir

    with warnings.catch_warnings():  # "XDG_RUNTIME_DIR is not set": the fallback is private too
        warnings.simplefilter("ignore")
        return Path(user_runtime_dir("RecoveryDesk", appauthor=False))


class InstanceLock:
    """``acquire()`` without waiting; ``release()`` (or the process ending) lets go."""

    def __init__(self, data_dir: Path, folder: Path | None = None) -> None:
        self.key = instance_key(data_dir)
        self.path = (folder or runtime_dir()) / f"{self.key}.lock"
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise VaultInUseError()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
