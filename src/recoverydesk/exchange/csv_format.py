"""One CSV file per record kind, in a new folder. No Qt.

Columns are the kind's fields (docs/export-format.md); JSON-valued fields, and a check-in's
urges, emotions and skills, are JSON text in their cell.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from recoverydesk.exchange import kinds
from recoverydesk.exchange.common import NO_PROGRESS, Progress, private_folder, write_new_file


def export(conn, out: Path, since=None, until=None, progress: Progress = NO_PROGRESS) -> Path:
    data = kinds.read_all(conn, since, until, progress)
    with private_folder(out) as folder:
        for kind in kinds.KINDS:
            progress.step(0, 1)
            columns = list(kind.columns)
            if kind.name == "checkins":
                columns += [field for field, _, _ in kinds.CHECKIN_PARTS]
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(columns)
            for row in data[kind.name]:
                writer.writerow([_cell(row[c]) for c in columns])
            write_new_file(folder / f"{kind.name}.csv", text.getvalue().encode("utf-8"))
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
