"""What every format shares: errors, progress with cancel, limits, owner-only output, and
the preview-then-write plan of an import. No Qt."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from recoverydesk.i18n import N_, short_date, whole_number
from recoverydesk.i18n import gettext as _
from recoverydesk.storage.database import transaction
from recoverydesk.storage.errors import KnownError, MissingFileError, from_os_error
from recoverydesk.storage.files import fsync_dir, private_binary_file

MAX_FILE_BYTES = 256 * 1024 * 1024  # an import file larger than this is refused
MAX_FIELD_CHARS = 1_000_000  # one text (a note, an entry) longer than this is refused


class ExchangeError(KnownError):
    """An import or export that cannot go ahead; nothing was written."""


class ImportFormatError(ExchangeError):
    """The file to import is not the kind named (not UTF-8, not JSON, not that app's export,
    too large): nothing was read into the vault."""

    exit_code = 16
    kind = "Not that kind of file"


class ImportContentError(ExchangeError):
    """The file is of the right kind but something in it can't be kept (a record without its
    fields, a date that can't be read): nothing was imported."""

    exit_code = 17
    kind = "Something in the file can't be used"


class Cancelled(Exception):  # noqa: N818 (not an error: the person chose to stop)
    """The person stopped an export or import; whatever was half-written is gone."""


@dataclass
class Progress:
    """Told how far the work is; raises :class:`Cancelled` at the next step once cancelled."""

    report: Callable[[int, int], None] | None = None
    cancelled: bool = False

    def step(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        if self.report is not None:
            self.report(done, total)


NO_PROGRESS = Progress()


# How a count's record kind is shown, one and many (the counts keep the importers' own names).
_KIND_LABELS = {
    "checkins": (N_("check-in"), N_("check-ins")),
    "check-ins": (N_("check-in"), N_("check-ins")),
    "journal entries": (N_("journal entry"), N_("journal entries")),
    "skill sessions": (N_("skill session"), N_("skill sessions")),
    "safety plan versions": (N_("safety plan version"), N_("safety plan versions")),
    "contacts": (N_("contact"), N_("contacts")),
    "own crisis lines": (N_("crisis line of your own"), N_("crisis lines of your own")),
    "hidden crisis lines": (N_("hidden crisis line"), N_("hidden crisis lines")),
    "skill prefs": (N_("skill preference"), N_("skill preferences")),
    "journal templates": (N_("journal template"), N_("journal templates")),
    "own list items": (N_("item of your own lists"), N_("items of your own lists")),
    "settings": (N_("setting"), N_("settings")),
    "goals": (N_("goal"), N_("goals")),
    "goal steps": (N_("goal step"), N_("goal steps")),
    "goal reviews": (N_("goal review"), N_("goal reviews")),
    "chain analyses": (N_("chain analysis"), N_("chain analyses")),
}


def kind_count(kind: str, count: int) -> str:
    """ "1 check-in", "3 journal entries", in the person's language."""
    one, many = _KIND_LABELS.get(kind, (kind, kind))
    return f"{whole_number(count)} {_(one if count == 1 else many)}"


@dataclass
class ImportPlan:
    """What an import would write, for the person to see first; :meth:`write` does it in one
    transaction, or not at all."""

    source: str  # "RecoveryDesk JSON export", …: marked with N_, shown in the person's language
    counts: dict[str, int]  # record kind → how many will be added
    first: date | None
    last: date | None
    mapping: list[str]  # "Daylio moods → mood (0–5): …", in the person's language
    skipped: int = 0  # already in the vault (same time and text)
    writer: Callable[[object], None] = field(default=lambda conn: None, repr=False)

    def describe(self) -> str:
        lines = [_("From a {source}:").format(source=_(self.source))]
        lines += [f"  {kind_count(kind, count)}" for kind, count in self.counts.items()]
        if self.first and self.last:
            lines.append("  " + _("dated {first} to {last}").format(
                first=short_date(self.first), last=short_date(self.last)))
        if self.skipped:
            lines.append("  " + _("{count} already in your vault, left out").format(
                count=whole_number(self.skipped)))
        lines += [f"  {line}" for line in self.mapping]
        return "\n".join(lines)

    def count_text(self) -> str:
        """ "3 check-ins, 2 journal entries", in the person's language."""
        return ", ".join(kind_count(kind, count) for kind, count in self.counts.items())

    def write(self, conn) -> None:
        try:
            with transaction(conn):
                self.writer(conn)
        except (ValueError, TypeError) as e:  # the database's own checks (sqlite errors too)
            raise _value_not_kept(e) from None
        except Exception as e:
            if type(e).__module__.startswith("sqlcipher3"):
                raise _value_not_kept(e) from None
            raise


def _value_not_kept(error: Exception) -> ImportContentError:
    return ImportContentError(_("The file has a value RecoveryDesk can't keep ({reason}). "
                                "Nothing was imported.").format(reason=error))


def read_import_bytes(path: Path) -> bytes:
    """The whole file, or an error by cause: not there (or a folder), no permission, the
    disk's error, too large to import."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFormatError(_("{name} is larger than {mib} MiB, more than "
                                      "RecoveryDesk imports at once. Nothing was imported.")
                                    .format(name=path.name, mib=MAX_FILE_BYTES // 2**20))
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise MissingFileError(path, _("Nothing was imported.")) from None
    except OSError as e:
        known = from_os_error(e, path)
        if known is not None:
            raise known from None
        raise ExchangeError(_("Couldn't read {path} ({reason}). Nothing was imported.").format(
            path=path, reason=e.strerror)) from None


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ImportFormatError(_("{name} isn't UTF-8 text (byte {byte} can't be read). "
                                  "Nothing was imported.").format(name=name, byte=e.start)) \
            from None


def read_json(path: Path):
    """The parsed JSON of an import file, or a clear error."""
    import json

    text = decode(read_import_bytes(path), path.name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFormatError(_("{name} isn't valid JSON ({reason}, line {line}). "
                                  "Nothing was imported.").format(
                                      name=path.name, reason=e.msg, line=e.lineno)) from None
    except (ValueError, RecursionError):  # a number too long to read, nesting too deep
        raise ImportFormatError(_("{name} isn't JSON RecoveryDesk can read. "
                                  "Nothing was imported.").format(name=path.name)) from None


def checked_text(value, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportContentError(_("{what} should be text. Nothing was imported.").format(
            what=what))
    if len(value) > MAX_FIELD_CHARS:
        raise ImportContentError(_("{what} is longer than {limit} characters. "
                                   "Nothing was imported.").format(
                                       what=what, limit=whole_number(MAX_FIELD_CHARS)))
    return value


def date_range(days: list[date]) -> tuple[date | None, date | None]:
    return (min(days), max(days)) if days else (None, None)


# -- owner-only output: a temporary name beside the target, renamed into place at the end ---


def private_file(path: Path):
    """A binary file object for ``path``: made 0600 from the start, renamed into place only
    when the block finishes; on any error or cancel the temporary file is removed and
    ``path`` is untouched (storage/files.py)."""
    return private_binary_file(path)


@contextlib.contextmanager
def private_folder(path: Path) -> Iterator[Path]:
    """A new folder (0700) to fill with :func:`write_new_file`; it appears as ``path`` only
    when the block finishes, and ``path`` must not exist yet (or be an empty folder)."""
    if not str(path).strip() or path == Path():
        raise ExchangeError(_("The folder name is empty. Give a name for a new folder."))
    if path.is_symlink() or (path.exists() and not (path.is_dir() and not any(path.iterdir()))):
        raise ExchangeError(_("{path} already exists. Choose a new folder name.").format(
            path=path))
    try:
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part"))
    except OSError as e:
        raise ExchangeError(_("Couldn't write in {folder} ({reason}).").format(
            folder=path.parent, reason=e.strerror)) from None
    try:
        yield tmp
        tmp.replace(path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fsync_dir(path.parent)


def write_new_file(path: Path, data: bytes) -> None:
    """A file that must not exist yet, created owner-only (0600) from the start."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
