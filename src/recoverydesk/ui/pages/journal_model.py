"""A Qt list model over the journal: fetches entries page by page as the list scrolls.

With 100,000 entries the view asks only for what it shows; no widget per row.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)
from shiboken6 import isValid

from recoverydesk.ui.background import Ticket
from recoverydesk.ui.presenters.support import HIT_END, HIT_START, EntrySummary
from recoverydesk.ui.translation import translate

log = logging.getLogger(__name__)

PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


_ID, _SNIPPET = 0, 4  # EntrySummary's fields: id, title, created_at, is_draft, snippet


def _as_row(entry: EntrySummary) -> tuple:
    return (entry.id, entry.title, entry.created_at, entry.is_draft, entry.snippet)


def summary_html(entry: EntrySummary) -> str:
    at = entry.created_at.astimezone()
    when = QLocale().toString(QDateTime(QDate(at.year, at.month, at.day),
                                        QTime(at.hour, at.minute)), "d MMM yyyy, HH:mm")
    draft = " · <i>" + translate("JournalListModel", "draft") + "</i>" if entry.is_draft else ""
    title = escape(entry.title) or "<i>" + translate("JournalListModel", "Untitled") + "</i>"
    snippet = escape(entry.snippet or "").replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")
    return f"<b>{title}</b> <small>{when}{draft}</small><br>{snippet}"


Run = Callable[[Callable[[], object], Callable[[object], None], Callable[[Exception], None]],
              None]
NextPage = Callable[[EntrySummary], list[EntrySummary]]  # the rows after this one


class JournalListModel(QAbstractListModel):
    """Rows come from the page (searched on the background runner); further pages (of the
    list or of the matches) are fetched on the runner too as the list scrolls, one at a time,
    and appended when they arrive (each page starts after the last row shown, so page 500 is as
    quick as page 1). Snippets of search results are asked for once, for the rows being
    drawn, with ``snippets_wanted``; the page fetches them off the UI thread and hands them
    back with ``set_snippets``."""

    snippets_wanted = Signal(list)  # entry ids
    fetch_failed = Signal()  # a further page could not be read: the list ends there

    def __init__(self, run: Run, parent=None) -> None:
        super().__init__(parent)
        self._run = run  # the background runner's run()
        self._next_page: NextPage | None = None
        self._page_size = PAGE
        # Each row as a plain tuple of EntrySummary's fields: a tuple of numbers, text and
        # dates is left out of Python's garbage collection, an object is not, and a full
        # collection walked 100,000 rows for 0.3 s once the list reached its end.
        self._rows: list[tuple] = []
        self._row_of: dict[int, int] = {}  # entry id → row: snippets land without a scan
        self._html: dict[int, str] = {}  # row → its HTML, made once
        self._more = False
        self._fetch = Ticket()  # the next page on its way, if not cancelled
        self._fetch.cancel()
        self._asked: set[int] = set()

    def set_rows(self, rows: list[EntrySummary], next_page: NextPage | None = None,
                 page_size: int = PAGE) -> None:
        """New results: the first ``page_size`` rows; ``next_page`` (run on the background
        runner) gives the ones after a row, when the list scrolls there."""
        self.cancel_fetch()
        self.beginResetModel()
        self._rows = [_as_row(entry) for entry in rows]
        self._row_of = {entry.id: row for row, entry in enumerate(rows)}
        self._html = {}
        self._next_page, self._page_size = next_page, page_size
        self._more = next_page is not None and len(rows) >= page_size
        self._asked = set()
        self.endResetModel()

    def set_snippets(self, found: dict[int, str]) -> None:
        for entry_id, text in found.items():
            row = self._row_of.get(entry_id)
            if row is not None and self._rows[row][_SNIPPET] is None:
                self._rows[row] = (*self._rows[row][:_SNIPPET], text)
                self._html.pop(row, None)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetching(self) -> bool:
        """A further page is on its way."""
        return not self._fetch.cancelled

    def cancel_fetch(self) -> None:
        """Drop the page on its way (new results, the page hidden, the app locking)."""
        self._fetch.cancel()

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        """The next page, on the background runner; appended when it comes back. Qt asks
        again and again as the list sits at its end: one fetch at a time."""
        next_page = self._next_page
        if parent.isValid() or not self._more or next_page is None or self.fetching():
            return
        ticket = self._fetch = Ticket()
        after = self.entry_at(len(self._rows) - 1)

        def work():
            return None if ticket.cancelled else next_page(after)

        self._run(work, lambda more: self._append(ticket, more),
                  lambda error: self._fetch_failed(ticket, error))

    def _append(self, ticket: Ticket, more) -> None:
        if ticket.cancelled or more is None or not isValid(self):
            return  # new results, hidden or locked meanwhile
        ticket.cancel()  # done: the next one may go
        self._more = len(more) >= self._page_size
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._row_of.update((entry.id, len(self._rows) + i) for i, entry in enumerate(more))
        self._rows.extend(_as_row(entry) for entry in more)
        self.endInsertRows()

    def _fetch_failed(self, ticket: Ticket, error: Exception) -> None:
        if ticket.cancelled or not isValid(self):
            return
        ticket.cancel()
        self._more = False  # no retry on every scroll; a new list (search, reopen) tries again
        log.error("the journal's next page could not be read", exc_info=error)
        self.fetch_failed.emit()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self.entry_at(index.row())
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
            html = self._html.get(index.row())
            if html is None:
                html = self._html[index.row()] = summary_html(entry)
            return html
        return None

    def _ask_snippets(self, row: int) -> None:
        """Ask once for this row's snippet and the next screenful's."""
        rows = self._rows[row:row + 20]
        batch = [r[_ID] for r in rows if r[_SNIPPET] is None and r[_ID] not in self._asked]
        if batch:
            self._asked.update(batch)
            self.snippets_wanted.emit(batch)

    def entry_at(self, row: int) -> EntrySummary:
        entry_id, title, created_at, is_draft, snippet = self._rows[row]
        return EntrySummary(id=entry_id, title=title, created_at=created_at, is_draft=is_draft,
                            snippet=snippet)


class RichTextDelegate(QStyledItemDelegate):
    """Draws an entry's title, date and snippet, with the searched words marked.

    Every row has the same height (a title line and two lines of snippet, from the font, so
    it grows with the text size): the list then lays out 100,000 rows without measuring
    each one, and only the rows on screen lay out a document, when painted.
    """

    LINES = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, int], tuple[QTextDocument, list[float]]] = \
            OrderedDict()

    @classmethod
    def row_height(cls, metrics) -> int:
        return metrics.lineSpacing() * cls.LINES + 12

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document, lines = self._laid_out(index.data(HTML_ROLE) or "", option.rect.width())
        height = _whole_lines(lines, option.rect.height())
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, option.rect.width(), height))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(max(option.rect.width(), 200), self.row_height(option.fontMetrics))

    def _laid_out(self, html: str, width: int) -> tuple[QTextDocument, list[float]]:
        """The row's document and where its lines end, laid out once and kept for the next
        paints (hover, scrolling back) while it is among the last few hundred drawn."""
        key = (html, width)
        kept = self._documents.get(key)
        if kept is None:
            document = QTextDocument()
            document.setHtml(html)
            document.setTextWidth(width)
            kept = self._documents[key] = (document, _line_bottoms(document))
            if len(self._documents) > 300:
                self._documents.popitem(last=False)
        else:
            self._documents.move_to_end(key)
        return kept


def _line_bottoms(document: QTextDocument) -> list[float]:
    document.size()  # laid out now (Qt lays a document out when first asked)
    bottoms = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        bottoms += [top + layout.lineAt(i).y() + layout.lineAt(i).height()
                    for i in range(layout.lineCount())]
        block = block.next()
    return bottoms


def _whole_lines(bottoms: list[float], height: float) -> float:
    """Only the lines that fit whole (with large text a row's last line would be cut
    through its letters)."""
    fitting = [bottom for bottom in bottoms if bottom <= height]
    return fitting[-1] if fitting else height


class EntryList(QTableView):
    """The entries, one per row: a one-column table rather than a QListView. A table takes
    its rows' heights from its header, one height for all; a QListView lays out every row
    again whenever rows are added, asking the model (Python) about each one, so scrolling
    to the end of 100,000 entries spent seconds per page doing it."""

    def __init__(self, model: JournalListModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(RichTextDelegate(self))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row as tall as a title line and two lines of snippet in this font."""
        height = RichTextDelegate.row_height(self.fontMetrics())
        self.verticalHeader().setMinimumSectionSize(min(height, 10))
        self.verticalHeader().setDefaultSectionSize(height)
