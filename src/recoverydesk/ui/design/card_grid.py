"""A grid of cards that takes as many columns as the width allows (one on a narrow window),
and the frameless scroll area the card pages sit in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLayout, QScrollArea, QSizePolicy, QWidget

from recoverydesk.ui.design import tokens


class CardGrid(QWidget):
    """Cards in reading order, left to right then down; columns follow the width.

    ``column_width`` is in average characters of the current font, so the grid gives up a
    column as the font grows (200% font: fewer, wider cards) rather than cutting text.
    """

    def __init__(self, column_width: int = 34, max_columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column_chars = column_width
        self._max_columns = max_columns
        self._widgets: list[QWidget] = []
        self._columns = 0
        # Asked many times per layout (every card added, every resize): kept until a card's
        # content or the font changes (a LayoutRequest), or the cards change.
        self._widest: int | None = None
        self._heights: dict[int, int] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(tokens.M)
        # The grid's own minimum would hold on to the columns placed at a wider size; the
        # minimum is one column instead (minimumSizeHint), so a narrower window takes fewer.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._fit_timer = QTimer(self)  # a child: it goes with the grid
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_widgets(self, widgets: list[QWidget]) -> None:
        """Show these widgets (the ones shown before are deleted)."""
        for widget in self._widgets:
            if widget not in widgets:
                widget.deleteLater()
        self._widgets = list(widgets)
        self._columns = 0
        self._forget_sizes()
        self._place()

    def add_widgets(self, widgets: list[QWidget]) -> None:
        """Show these widgets after the ones shown (a page building its cards in turns)."""
        self._widgets.extend(widgets)
        self._forget_sizes()
        self._place()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def columns_for(self, width: int) -> int:
        """As many columns as fit: each at least ``column_width`` characters and as wide as
        the widest card needs (its buttons in a row), never more than ``max_columns``."""
        column = max(self.fontMetrics().averageCharWidth() * self._column_chars,
                     self._widest_card())
        spacing = self._grid.spacing()
        return max(1, min(self._max_columns, (width + spacing) // max(1, column + spacing)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest_card(), self.minimumHeight())

    def _widest_card(self) -> int:
        if self._widest is None:
            self._widest = max((w.minimumSizeHint().width() for w in self._widgets), default=0)
        return self._widest

    def _forget_sizes(self) -> None:
        self._widest = None
        self._heights.clear()

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the cards need at ``width``: each row as tall as its tallest card at
        the column width (word-wrapped text included), so nothing is squeezed."""
        if width not in self._heights:
            self._heights[width] = self._height_for(width)
        return self._heights[width]

    def _height_for(self, width: int) -> int:
        columns = self.columns_for(width)
        spacing = self._grid.spacing()
        column_width = (width - spacing * (columns - 1)) // columns
        total = 0
        for start in range(0, len(self._widgets), columns):
            row = self._widgets[start:start + columns]
            total += max(_height_at(widget, column_width) for widget in row)
        rows = -(-len(self._widgets) // columns)
        return total + spacing * max(0, rows - 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()
        self._fit_height()

    def event(self, event) -> bool:
        if event.type() in _SIZES_CHANGE:  # a card's content or the font changed
            self._forget_sizes()
            if event.type() == QEvent.Type.LayoutRequest:
                self._fit_timer.start()
        return super().event(event)

    def _fit_height(self) -> None:
        """A scroll area sizes its widget by minimum sizes, not by height-for-width: the
        height the cards need at this width becomes the minimum, so rows are never
        squeezed."""
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def _place(self) -> None:
        columns = self.columns_for(self.width())
        placed = self._grid.count()  # cards added since the last placing go after these
        if columns == self._columns and placed == len(self._widgets):
            return
        if columns != self._columns:
            self._columns = columns
            while self._grid.count():
                self._grid.takeAt(0)
            placed = 0
            for column in range(self._max_columns):
                self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index in range(placed, len(self._widgets)):
            widget = self._widgets[index]
            self._grid.addWidget(widget, index // columns, index % columns)
            widget.show()  # now, not on the next turn of the event loop: focus can go there
        self.updateGeometry()


_SIZES_CHANGE = (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.StyleChange)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that scrolls down only (never sideways)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


def _height_at(widget: QWidget, width: int) -> int:
    height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
    return max(height, widget.minimumSizeHint().height())
