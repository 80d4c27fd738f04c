"""A Qt list model over the journal: fetches entries page by page as the list scrolls.

With 20,000 entries the view asks only for what it shows; no widget per row.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from recoverydesk.ui.presenters.pages import JournalPresenter
from recoverydesk.ui.presenters.support import HIT_END, HIT_START, EntrySummary

PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def summary_html(entry: EntrySummary) -> str:
    when = entry.created_at.astimezone().strftime("%d %b %Y, %H:%M")
    draft = " · <i>draft</i>" if entry.is_draft else ""
    title = escape(entry.title) or "<i>Untitled</i>"
    snippet = escape(entry.snippet or "").replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")
    return f"<b>{title}</b> <small>{when}{draft}</small><br>{snippet}"


class JournalListModel(QAbstractListModel):
    def __init__(self, store: JournalPresenter, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[EntrySummary] = []
        self._total = 0
        self._search: tuple | None = None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = self._store.count() if self._search is None else 0
        if self._search is not None:
            self._rows = self._store.search(*self._search)
        else:
            self._rows = self._store.page(0, PAGE)  # the first screenful, at once
        self.endResetModel()

    def set_search(self, words: str, tag: str | None, since, until) -> None:
        empty = not words.strip() and not tag and since is None and until is None
        self._search = None if empty else (words, tag, since, until)
        self.reload()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._search is None and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        more = self._store.page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title or "Untitled"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title or 'Untitled'}, {entry.snippet or ''}"
        if role == ENTRY_ROLE:
            return entry
        if role == HTML_ROLE:
            if entry.snippet is None:
                entry = self._fill_snippets(index.row())
            return summary_html(entry)
        return None

    def _fill_snippets(self, row: int) -> EntrySummary:
        """Snippets for this row and the next screenful, asked for as the list shows them."""
        batch = [r for r in range(row, min(row + 20, len(self._rows)))
                 if self._rows[r].snippet is None]
        found = self._store.snippets(self._search[0], [self._rows[r].id for r in batch])
        for r in batch:
            self._rows[r] = replace(self._rows[r], snippet=found.get(self._rows[r].id, ""))
        return self._rows[row]

    def entry_at(self, row: int) -> EntrySummary:
        return self._rows[row]


class RichTextDelegate(QStyledItemDelegate):
    """Draws an entry's title, date and snippet, with the searched words marked.

    The view asks for sizes far more often than rows change (every scroll, every resize), so
    the laid-out size of each (text, width) is kept; only painting lays a document out.
    """

    SIZE_CACHE = 2048

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        html, width = index.data(HTML_ROLE) or "", max(option.rect.width(), 200)
        size = self._sizes.get((html, width))
        if size is None:
            document = _laid_out(html, width)
            size = QSize(int(document.idealWidth()), int(document.size().height()) + 4)
            if len(self._sizes) >= self.SIZE_CACHE:
                self._sizes.clear()
            self._sizes[(html, width)] = size
        return size

    def _document(self, index, width: int) -> QTextDocument:
        return _laid_out(index.data(HTML_ROLE) or "", width)


def _laid_out(html: str, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    return document
