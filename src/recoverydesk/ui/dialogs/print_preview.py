"""Printing with a preview, for the safety plan, the diary card and the therapist report.

Only when the person asks to print: QPrinter loads the print system's plugin, so it is
imported here and nowhere else (PDFs are written with QPdfWriter, which needs none).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from recoverydesk.ui.translation import translate


def print_with_preview(parent: QWidget, set_up: Callable[[object], None],
                       paint: Callable[[object], None]) -> None:
    """Show the pages as they will print; the dialog's own Print button sends them.

    ``set_up(printer)`` gives the printer its page size, orientation and margins;
    ``paint(printer)`` lays the pages out on whatever printer the preview hands it."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up(printer)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(translate("PrintPreview", "Preview and print"))
    preview.paintRequested.connect(paint)
    preview.exec()
