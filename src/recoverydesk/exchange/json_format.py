"""One JSON document of everything, and importing it back. No Qt.

``{"format": "recoverydesk-export", "format_version": 1, "exported_at": …, "<kind>": [...]}``
(docs/export-format.md). Importing it into a fresh vault gives the same records.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from recoverydesk.exchange import kinds
from recoverydesk.exchange.common import (
    NO_PROGRESS,
    ImportFormatError,
    ImportPlan,
    Progress,
    date_range,
    private_file,
    read_json,
)
from recoverydesk.i18n import N_
from recoverydesk.i18n import gettext as _

FORMAT = "recoverydesk-export"
FORMAT_VERSION = 2  # 2: chain analyses (docs/export-format.md)


def document(conn, since=None, until=None, progress: Progress = NO_PROGRESS) -> dict:
    return {"format": FORMAT, "format_version": FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            **kinds.read_all(conn, since, until, progress)}


def export(conn, out: Path, since=None, until=None, progress: Progress = NO_PROGRESS) -> Path:
    """The document of :func:`document`, written as it is read: SQLite makes each record's
    JSON text (``json_object``), so Python handles one string per record, never a dict."""
    head = {"format": FORMAT, "format_version": FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds")}
    with private_file(out) as f:
        f.write(("{\n" + "".join(f"{json.dumps(k)}: {json.dumps(v)},\n"
                                  for k, v in head.items())).encode("utf-8"))
        for number, kind in enumerate(kinds.KINDS):
            progress.step(number, len(kinds.KINDS))
            f.write(f"{json.dumps(kind.name)}: [".encode())
            first = True
            for texts in kinds.json_records(conn, kind, since, until, progress, number):
                if texts:
                    f.write((("\n" if first else ",\n") + ",\n".join(texts)).encode("utf-8"))
                    first = False
            last = number == len(kinds.KINDS) - 1
            f.write(("]" if first else "\n]") .encode() + (b"\n}\n" if last else b",\n"))
        progress.step(len(kinds.KINDS), len(kinds.KINDS))
    return out


def encode(doc: dict) -> str:
    """The document as JSON text, each top-level field on a line of its own."""
    return "{\n" + ",\n".join(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
                                for key, value in doc.items()) + "\n}\n"


def plan_import(path: Path) -> ImportPlan:
    data = read_json(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(_("{name} isn't a RecoveryDesk export. Nothing was imported.")
                                .format(name=path.name))
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise ImportFormatError(_("{name} is export format {found}; this version of "
                                  "RecoveryDesk reads format {known}. Nothing was imported.")
                                .format(name=path.name, found=repr(version), known=FORMAT_VERSION))
    rows = kinds.check_rows(data)
    days = [datetime.fromisoformat(r[k.dated_by]).date() for k in kinds.KINDS if k.dated_by
            for r in rows[k.name]]
    first, last = date_range(days)
    return ImportPlan(
        N_("RecoveryDesk JSON export"),
        {k.replace("_", " "): len(v) for k, v in rows.items() if v},
        first, last, [_("every record kind → the same kind in your vault")],
        writer=lambda conn: kinds.write_rows(conn, rows))
