"""Owner-only files and folders, written so that a power cut leaves the old or the new."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        folder.chmod(PRIVATE_DIR_MODE)


def make_private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE_MODE)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically with ``data``, readable by the owner only."""
    with private_output(path) as tmp, tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``, owner-only from the start, for a writer to fill.

    On success it replaces ``path`` atomically; on failure it is removed. For writers that
    want a file name (a printer writing a PDF) rather than bytes: the file is never readable
    by others, not even for a moment.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)  # mkstemp made it 0600; the writer opens it by name
    tmp = Path(tmp_name)
    try:
        yield tmp
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
