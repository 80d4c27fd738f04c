"""A grid of cards that takes as many columns as the width allows (one on a narrow window)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

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
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(tokens.M)

    def set_widgets(self, widgets: list[QWidget]) -> None:
        """Show these widgets (the ones shown before are deleted)."""
        for widget in self._widgets:
            if widget not in widgets:
                widget.deleteLater()
        self._widgets = list(widgets)
        self._columns = 0
        self._place()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def columns_for(self, width: int) -> int:
        column = self.fontMetrics().averageCharWidth() * self._column_chars
        return max(1, min(self._max_columns, width // max(1, column)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        columns = self.columns_for(self.width())
        if columns == self._columns and self._grid.count() == len(self._widgets):
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
            widget.show()  # now, not on the next turn of the event loop: focus can go there
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
