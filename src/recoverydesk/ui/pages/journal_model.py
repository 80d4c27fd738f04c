"""A Qt list model over the journal: fetches entries page by page as the list scrolls.

With 100,000 entries the view asks only for what it shows; no widget per row.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from recoverydesk.ui.presenters.pages import JournalPresenter
from recoverydesk.ui.presenters.support import HIT_END, HIT_START, EntrySummary
from recoverydesk.ui.translation import translate

PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def summary_html(entry: EntrySummary) -> str:
    at = entry.created_at.astimezone()
    when = QLocale().toString(QDateTime(QDate(at.year, at.month, at.day),
                                        QTime(at.hour, at.minute)), "d MMM yyyy, HH:mm")
    draft = " · <i>" + translate("JournalListModel", "draft") + "</i>" if entry.is_draft else ""
    title = escape(entry.title) or "<i>" + translate("JournalListModel", "Untitled") + "</i>"
    snippet = escape(entry.snippet or "").replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")
    return f"<b>{title}</b> <small>{when}{draft}</small><br>{snippet}"


class JournalListModel(QAbstractListModel):
    """Rows come from the page (searched on the background runner); more pages of the
    unfiltered list are fetched here as the list scrolls (each page starts after the last row
    shown, so page 500 is as quick as page 1). Snippets of search results are asked for once,
    for the rows being drawn, with ``snippets_wanted``; the page fetches them off the UI thread
    and hands them back with ``set_snippets``."""

    snippets_wanted = Signal(list)  # entry ids

    def __init__(self, store: JournalPresenter, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[EntrySummary] = []
        self._row_of: dict[int, int] = {}  # entry id → row: snippets land without a scan
        self._more = False
        self._asked: set[int] = set()

    def set_rows(self, rows: list[EntrySummary], paged: bool) -> None:
        """New results. ``paged``: the unfiltered list, so more can be fetched on scrolling."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {entry.id: row for row, entry in enumerate(self._rows)}
        self._more = paged and len(rows) >= PAGE
        self._asked = set()
        self.endResetModel()

    def set_snippets(self, found: dict[int, str]) -> None:
        for entry_id, text in found.items():
            row = self._row_of.get(entry_id)
            if row is not None and self._rows[row].snippet is None:
                self._rows[row] = replace(self._rows[row], snippet=text)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        more = self._store.page(PAGE, after=self._rows[-1]) if self._rows else []
        self._more = len(more) >= PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._row_of.update((entry.id, len(self._rows) + i) for i, entry in enumerate(more))
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title or self.tr("Untitled")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = entry.title or self.tr("Untitled")
            return f"{title}, {entry.snippet or ''}"
        if role == ENTRY_ROLE:
            return entry
        if role == HTML_ROLE:
            if entry.snippet is None:
                self._ask_snippets(index.row())
            return summary_html(entry)
        return None

    def _ask_snippets(self, row: int) -> None:
        """Ask once for this row's snippet and the next screenful's."""
        batch = [self._rows[r].id for r in range(row, min(row + 20, len(self._rows)))
                 if self._rows[r].snippet is None and self._rows[r].id not in self._asked]
        if batch:
            self._asked.update(batch)
            self.snippets_wanted.emit(batch)

    def entry_at(self, row: int) -> EntrySummary:
        return self._rows[row]


class RichTextDelegate(QStyledItemDelegate):
    """Draws an entry's title, date and snippet, with the searched words marked.

    Every row has the same height (a title line and two lines of snippet, from the font, so
    it grows with the text size): the list then lays out 100,000 rows without measuring
    each one, and only the rows on screen lay out a document, when painted.
    """

    LINES = 3

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = _laid_out(index.data(HTML_ROLE) or "", option.rect.width())
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(max(option.rect.width(), 200),
                     option.fontMetrics.lineSpacing() * self.LINES + 12)


def _laid_out(html: str, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    return document
