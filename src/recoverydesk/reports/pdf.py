"""Rendering HTML to PDF with Qt (QTextDocument + QPrinter). Qt is imported only here."""

from __future__ import annotations

import sys
from pathlib import Path

from recoverydesk.storage.files import private_binary_file

WALLET_CARD_MM = (85.0, 55.0)


def ensure_gui_application():
    """Qt's text layout needs an application object; the command line gets an offscreen one.

    It is a ``QApplication``, not a bare ``QGuiApplication``: a process has one application
    object for good, and whatever runs next in it (the window, pytest-qt) needs widgets. A
    bare one made here made every widget test after a PDF test error out.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "recoverydesk", "-platform",
                            "offscreen"])
    return app


def configure_printer(printer, wallet_card: bool) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    if wallet_card:
        size = QPageSize(QSizeF(*WALLET_CARD_MM), QPageSize.Unit.Millimeter, "Wallet card")
        margins = QMarginsF(4, 4, 4, 4)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
        margins = QMarginsF(15, 15, 15, 15)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    if not printer.setPageSize(size):
        raise RuntimeError("the printer refused the page size")
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)


def print_html(html: str, printer) -> None:
    """Lay the HTML out on the printer's own page, inside its margins.

    A QTextDocument without a page size is printed with 2 cm margins of Qt's choosing, which
    leaves almost nothing of a wallet card; giving it the printable area avoids that.
    """
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    document = QTextDocument()
    document.setHtml(html)
    # The document measures in the screen's logical pixels; the page is given in the same.
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    area = printer.pageRect(QPrinter.Unit.Inch)
    document.setPageSize(QSizeF(area.width() * dpi, area.height() * dpi))
    document.setDocumentMargin(0)
    document.print_(printer)


def write_pdf(html: str, path: Path, *, wallet_card: bool = False) -> Path:
    """The HTML as a PDF at ``path``: through QPdfWriter (no print system plugin, so no
    connection to a print server), owner-only from the first byte."""
    return _write_private(html_pdf_bytes(html, wallet_card=wallet_card), path)


def html_pdf_bytes(html: str, *, wallet_card: bool = False) -> bytes:
    from PySide6.QtGui import QTextDocument

    ensure_gui_application()
    document = QTextDocument()
    document.setHtml(html)
    return _render(document, 1200, lambda writer: configure_printer(writer, wallet_card))


def _render(text, resolution: int, lay_out) -> bytes:
    """``text`` (a QTextDocument) as PDF bytes from a QPdfWriter that ``lay_out`` sets up."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(resolution)
    lay_out(writer)
    # The document measures in the screen's logical pixels; the page is given in the same.
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    text.setPageSize(QSizeF(area.width() * dpi, area.height() * dpi))
    text.setDocumentMargin(0)
    text.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def _write_private(pdf: bytes, path: Path) -> Path:
    """Owner-only from the start (a 0600 file beside it, renamed into place)."""
    with private_binary_file(path) as f:
        f.write(pdf)
    return path


def write_safety_plan(plan, contacts, options, path: Path) -> Path:
    """The safety plan as a PDF, on A4 or on wallet-card pages as ``options`` say."""
    from recoverydesk.reports.safety_plan_doc import build_html

    return write_pdf(build_html(plan, contacts, options), path, wallet_card=options.wallet_card)


def document_page_layout(document):
    """A4, 12 mm margins, landscape if the document asks (the diary card)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    orientation = (QPageLayout.Orientation.Landscape if document.landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def print_document(document, device) -> None:
    """Lay a :class:`~recoverydesk.reports.documents.Document` out on ``device`` (a PDF
    writer, or the printer of a print preview) inside its page layout, chart images given to
    Qt as resources."""
    from PySide6.QtCore import QSizeF, QUrl
    from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QTextDocument

    text = QTextDocument()
    for name, image in document.images.items():
        pixels = QImage(image.rgba, image.width, image.height, QImage.Format.Format_RGBA8888)
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                         pixels.copy())  # its own copy: the bytes may go first
    text.setHtml(document.html)
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    text.setPageSize(QSizeF(area.width() * dpi, area.height() * dpi))
    text.setDocumentMargin(0)
    text.print_(device)


def document_pdf_bytes(document) -> bytes:
    """A document as PDF bytes. QPdfWriter, not QPrinter: no print system plugin is loaded."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(document_page_layout(document))
    print_document(document, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def write_document(document, path: Path) -> Path:
    """Write the PDF owner-only from the start (a 0600 file beside it, renamed into place)."""
    return _write_private(document_pdf_bytes(document), path)
