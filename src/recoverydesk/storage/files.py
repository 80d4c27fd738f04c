"""Owner-only files and folders, written so that a power cut leaves the old or the new.

Every file RecoveryDesk writes for the person (a PDF, an export, the recovery key) goes
through :func:`private_output`: the place is checked first (a file name, in a folder that
exists, not a folder or a device or a symbolic link), the data goes to a new 0600 file beside
it (created with ``O_EXCL``, so nothing that was already there is followed or opened), and
only a finished file is renamed into place. Nothing we did not create is ever chmod-ed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from recoverydesk.i18n import gettext as _
from recoverydesk.storage.errors import OutputPathError, from_os_error

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(folder: Path) -> None:
    """Make ``folder`` owner-only if we create it. A folder that already exists is left as
    it is: it may be shared (a temporary folder, a home folder) and is not ours to change."""
    if folder.exists() and not folder.is_dir():
        raise OutputPathError(_("{folder} is a file, not a folder. Choose a folder to keep "
                                "your vault in; nothing was changed.").format(folder=folder))
    try:
        folder.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        return
    except OSError as e:
        raise _known(e, folder) from None
    if os.name == "posix":
        folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask


def retighten_own_folder(folder: Path, own_names: Iterable[str]) -> bool:
    """Put ``folder`` back to owner-only when its permissions were loosened, but only when
    everything in it is ours (names starting with one of ``own_names``, or a hidden
    temporary file of ours) and it is not a shared folder by its own mode (sticky, or
    writable by others, as /tmp is). True when it changed anything."""
    if os.name != "posix":
        return False
    names = tuple(own_names)
    try:
        mode = stat.S_IMODE(folder.lstat().st_mode)
        if not mode & 0o077 or mode & (stat.S_ISVTX | 0o002) or folder.is_symlink():
            return False
        if not all(entry.name.lstrip(".").startswith(names) for entry in folder.iterdir()):
            return False
        folder.chmod(PRIVATE_DIR_MODE)
    except OSError:
        return False
    return True


def make_private(path: Path) -> None:
    """Owner-only for a file we created ourselves (the vault's own files). Never for a path
    someone gave us: those are created 0600 from the start by :func:`private_output`."""
    if os.name == "posix" and path.exists() and not path.is_symlink():
        path.chmod(PRIVATE_FILE_MODE)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically with ``data``, readable by the owner only."""
    with private_output(path) as tmp, tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def check_output_path(path: Path | str) -> Path:
    """``path`` as a place a new file can go, or :class:`OutputPathError` saying why not.

    Refused: an empty name, a folder, anything that exists and is not a regular file (a
    device, a pipe), a symbolic link, a folder that does not exist or cannot be written to.
    """
    if not str(path).strip():
        raise OutputPathError(_("The file name is empty. Give a file name, like my-plan.pdf."))
    path = Path(path)
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise _known(e, path) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputPathError(_("{path} is a folder. Give a file name inside it, like "
                                    "{example}.").format(path=path,
                                                         example=path / "my-plan.pdf"))
        if stat.S_ISLNK(info.st_mode):
            raise OutputPathError(_("{path} is a link to somewhere else; RecoveryDesk doesn't "
                                    "write through links. Choose another name.").format(
                                        path=path))
        if not stat.S_ISREG(info.st_mode):
            raise OutputPathError(_("{path} is not an ordinary file. Choose another name.")
                                  .format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise OutputPathError(_("There is no folder {folder}. Choose a folder that exists.")
                              .format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputPathError(_("RecoveryDesk can't write in {folder}. Choose another folder.")
                              .format(folder=folder))
    return path


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[Path]:
    """A new 0600 file beside ``path`` (after :func:`check_output_path`) for a writer to fill.

    On success it replaces ``path`` atomically (a link at ``path`` would be replaced, never
    followed); on failure it is removed and ``path`` is untouched. For writers that want a
    file name (a printer) rather than bytes: others can never read it, not even for a moment.
    """
    path = check_output_path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=".tmp")
    except OSError as e:
        raise _known(e, path.parent) from None
    os.close(fd)  # mkstemp made it 0600 with O_EXCL; the writer opens it by name
    tmp = Path(tmp_name)
    try:
        yield tmp
        tmp.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        known = from_os_error(error, path) if isinstance(error, OSError) else None
        if known is not None:
            raise known from None
        raise
    fsync_dir(path.parent)


@contextlib.contextmanager
def private_binary_file(path: Path) -> Iterator[BinaryIO]:
    """As :func:`private_output`, as an open binary file, flushed to disk before the rename."""
    with private_output(path) as tmp, tmp.open("r+b") as f:
        yield f
        f.flush()
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _known(error: OSError, path: Path) -> Exception:
    return from_os_error(error, path) or OutputPathError(
        f"RecoveryDesk couldn't use {path} ({error.strerror}). Nothing was written.")
