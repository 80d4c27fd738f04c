"""Open formats out and real imports in. One module per format; no Qt.

Exports: ``json_format`` (everything, one document), ``csv_format`` (one file per record
kind), ``markdown_format`` (the journal, one file per entry). Imports: ``json_format`` (our
own), ``daylio`` (a Daylio CSV export), ``jrnl`` (a jrnl JSON export); each gives an
:class:`~recoverydesk.exchange.common.ImportPlan` to preview before anything is written.
"""

from __future__ import annotations

EXPORT_FORMATS = ("json", "csv", "markdown")
IMPORT_SOURCES = ("recoverydesk", "daylio", "jrnl")


def export(fmt: str, conn, out, since=None, until=None, progress=None):
    """Write an export in ``fmt`` (see EXPORT_FORMATS); returns the path written."""
    from recoverydesk.exchange import csv_format, json_format, markdown_format
    from recoverydesk.exchange.common import NO_PROGRESS

    module = {"json": json_format, "csv": csv_format, "markdown": markdown_format}[fmt]
    return module.export(conn, out, since, until, progress or NO_PROGRESS)


def plan_import(source: str, conn, path):
    """What importing ``path`` from ``source`` would add (nothing is written yet)."""
    from recoverydesk.exchange import daylio, jrnl, json_format

    if source == "daylio":
        return daylio.plan_import(path, daylio.existing_checkins(conn))
    if source == "jrnl":
        return jrnl.plan_import(path, jrnl.existing_keys(conn))
    return json_format.plan_import(path)
