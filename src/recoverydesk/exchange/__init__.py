"""Open formats out and real imports in. One module per format; no Qt.

Exports: ``json_format`` (everything, one document), ``csv_format`` (one file per record
kind), ``markdown_format`` (the journal, one file per entry). Imports: ``json_format`` (our
own), ``daylio`` (a Daylio CSV export), ``jrnl`` (a jrnl JSON export); each gives an
:class:`~recoverydesk.exchange.common.ImportPlan` to preview before anything is written.
"""
