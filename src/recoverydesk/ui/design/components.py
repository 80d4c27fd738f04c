"""The few pieces every page is built from: header, card, rating, empty state, status, buttons.

Each component names itself (object name and accessible name); how it looks is chosen in
design/theme.py by that name, never here and never in page code. Sizes follow the font, so
text at 200% still fits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.icons import icon
from recoverydesk.ui.design.palette import roles


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """``widget``'s font at ``factor`` of the application's size (see tokens.TYPE)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def restyle(widget: QWidget, **properties) -> None:
    """Set properties the theme selects on (``kind="done"``) and let the style see them (a
    widget not polished yet, not shown so far, is polished with them when it first shows)."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _label(text: str, name: str, factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if factor != 1.0 or bold:
        label.setFont(scaled_font(label, factor, bold))
    return label


class PageHeader(QWidget):
    """A page's title, an optional line under it, and its main actions on the right."""

    def __init__(self, title: str, subtitle: str = "", actions: list[QWidget] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.setAccessibleName(title)
        self.title_label = _label(title, "pageTitle", tokens.TYPE.headline, bold=True)
        self.title_label.setAccessibleName(title)
        self.subtitle_label = _label(subtitle, "pageSubtitle")
        if not subtitle:  # never show() before it has a parent: it would open as a window
            self.subtitle_label.hide()
        words = QVBoxLayout()
        words.setSpacing(tokens.XS)
        words.addWidget(self.title_label)
        words.addWidget(self.subtitle_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, tokens.S)
        row.setSpacing(tokens.S)
        row.addLayout(words, 1)
        for action in actions:
            row.addWidget(action, 0, Qt.AlignmentFlag.AlignTop)

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))


class Card(QFrame):
    """A framed group on a page; put its content in ``card.body``."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title or "Card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(tokens.L, tokens.M, tokens.L, tokens.M)
        outer.setSpacing(tokens.S)
        self.title_label = _label(title, "cardTitle", tokens.TYPE.title, bold=True)
        outer.addWidget(self.title_label)
        self.title_label.setVisible(bool(title))
        self.body = QVBoxLayout()
        self.body.setSpacing(tokens.S)
        outer.addLayout(self.body)


class RatingSegment(QFrame):
    """A 0..maximum rating as a row of segments.

    Mouse: click a number (click it again to skip it). Keyboard: a digit, the arrow keys,
    Home and End, Backspace or Delete to skip. One Tab stop for the whole row. The mouse
    wheel passes through to the page, so scrolling never changes a rating.
    """

    valueChanged = Signal(object)  # noqa: N815 (Qt's spelling, as the API agreed)
    TEN_WINDOW = 1.0  # seconds in which "1" then "0" means 10

    def __init__(self, maximum: int = 5, labels: tuple[str, str] = ("", ""),
                 allow_skip: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab and click; not the wheel
        self.maximum = maximum
        self.allow_skip = allow_skip
        self._value: int | None = None if allow_skip else 0
        self._last_one = 0.0
        self.segments: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(tokens.XS)
        row.setContentsMargins(0, 0, 0, 0)
        width = int(self.fontMetrics().height() * 1.9)
        for n in range(maximum + 1):
            segment = QPushButton(str(n))
            segment.setObjectName("segment")
            segment.setCheckable(True)
            segment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            segment.setAccessibleName(self.tr("{n} of {maximum}").format(n=n, maximum=maximum))
            segment.setMinimumWidth(width)
            segment.setMaximumWidth(width * 2)
            segment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            segment.clicked.connect(lambda _=False, n=n: self._clicked(n))
            row.addWidget(segment)
            self.segments.append(segment)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.XS, tokens.XS, tokens.XS, tokens.XS)
        layout.setSpacing(2)
        layout.addLayout(row)
        self.low_label = self.high_label = None
        if any(labels):
            ends = QHBoxLayout()
            self.low_label = _label(f"0 {labels[0]}".strip(), "scaleEnd", tokens.TYPE.caption)
            self.high_label = _label(f"{maximum} {labels[1]}".strip(), "scaleEnd",
                                     tokens.TYPE.caption)
            self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            ends.addWidget(self.low_label)
            ends.addWidget(self.high_label)
            holder = QWidget()
            holder.setLayout(ends)
            ends.setContentsMargins(0, 0, 0, 0)
            holder.setMaximumWidth(width * 2 * (maximum + 1))
            layout.addWidget(holder)
        self._show()

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is None and not self.allow_skip:
            value = 0
        if value is not None and not 0 <= value <= self.maximum:
            raise ValueError(f"{value} is outside 0–{self.maximum}")
        if value == self._value:
            return
        self._value = value
        self._show()
        self.valueChanged.emit(value)

    def _show(self) -> None:
        for n, segment in enumerate(self.segments):
            segment.setChecked(n == self._value)
        self.setAccessibleDescription(self.tr("Skipped") if self._value is None
                                      else self.tr("{n} of {maximum}").format(
                                          n=self._value, maximum=self.maximum))

    def _clicked(self, n: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(None if n == self._value and self.allow_skip else n)
        self._show()  # a click toggles the button itself; put it back to the value

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            now = time.monotonic()
            if (digit == 0 and self.maximum >= 10 and self._value == 1
                    and now - self._last_one < self.TEN_WINDOW):
                digit = 10
            self._last_one = now if digit == 1 else 0.0
            if digit <= self.maximum:
                self.setValue(digit)
            return
        current = self._value
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1,
                Qt.Key.Key_Up: 1}.get(key)
        if step is not None:
            start = -1 if current is None else current
            self.setValue(max(0, min(self.maximum, start + step)))
        elif key == Qt.Key.Key_Home:
            self.setValue(0)
        elif key == Qt.Key.Key_End:
            self.setValue(self.maximum)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setValue(None)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        event.ignore()  # scrolls the page instead


class EmptyState(QWidget):
    """What a page shows when it has nothing yet: an icon, a kind line, maybe a way in."""

    def __init__(self, icon_name: str, title: str, text: str,
                 action: QPushButton | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(title)
        size = self.fontMetrics().height() * 3
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(size, size)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = _label(title, "emptyTitle", tokens.TYPE.title, bold=True)
        self.text_label = _label(text, "emptyText")
        for label in (self.title_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(tokens.S)
        layout.setContentsMargins(tokens.L, tokens.XL, tokens.L, tokens.XL)
        layout.addWidget(picture)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        self.action = action
        if action is not None:
            layout.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)


class StatusMessage(QLabel):
    """A line that says what just happened; a new message replaces the old, and it clears
    itself after ``seconds`` (0: it stays until replaced or cleared)."""

    KINDS = ("info", "done", "warn")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status")
        self.setAccessibleName(self.tr("Status"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        restyle(self, kind="info")
        self.hide()

    def show_message(self, text: str, kind: str = "info", seconds: float = 6) -> None:
        if kind not in self.KINDS:
            raise ValueError(kind)
        self._timer.stop()
        restyle(self, kind=kind)
        self.setText(text)
        self.setVisible(bool(text))
        if text and seconds > 0:
            self._timer.start(int(seconds * 1000))

    def clear_message(self) -> None:
        self._timer.stop()
        self.setText("")
        self.hide()

    @property
    def kind(self) -> str:
        return self.property("kind")


class IconButton(QPushButton):
    """A button with an icon from our family; without text it is a small square one, and the
    tooltip doubles as its accessible name."""

    def __init__(self, icon_name: str, text: str = "", tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(icon(icon_name), text, parent)
        self.icon_name = icon_name
        self.setObjectName("iconButton" if text else "iconOnly")
        side = round(self.fontMetrics().height() * 1.25)
        self.setIconSize(QSize(side, side))
        if tooltip:
            self.setToolTip(tooltip)
        self.setAccessibleName(text.replace("&", "") or tooltip)


def primary(button: QPushButton) -> QPushButton:
    """Mark the one main action of a page or dialog (Save, Unlock): the theme fills it."""
    button.setObjectName("primary")
    return button


class Chip(QPushButton):
    """A small rounded toggle: filters, or picking from a list (skills used)."""

    def __init__(self, text: str, checkable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("chip")
        self.setCheckable(checkable)
        self.setAccessibleName(text)


class LevelMark(QWidget):
    """A small bar: ``value`` of ``maximum`` in the palette's mood or urge colour, or a dot
    for "nothing recorded". Its accessible name carries the words (set by the page)."""

    def __init__(self, maximum: int, kind: str = "mood", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("mood", "urge"):
            raise ValueError(kind)
        self.setObjectName(f"{kind}Mark")
        self.maximum = maximum
        self.kind = kind
        self._value: float | None = None
        line = self.fontMetrics().height()
        self.setFixedSize(int(line * 0.8), int(line * 3))

    def value(self) -> float | None:
        return self._value

    def setValue(self, value: float | None) -> None:
        self._value = value
        self.update()

    def paintEvent(self, event) -> None:
        r = roles()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        width, height = self.width(), self.height()
        painter.setBrush(QColor(r.surface_alt))
        painter.drawRoundedRect(QRect(0, 0, width, height), width / 2, width / 2)
        if self._value is None:
            return
        colour = QColor(r.mark_mood if self.kind == "mood" else r.mark_urge)
        painter.setBrush(colour)
        filled = max(width, int(height * self._value / self.maximum))
        painter.drawRoundedRect(QRect(0, height - filled, width, filled), width / 2, width / 2)


class _NoWheel(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return False


_no_wheel = None


def ignore_wheel(*widgets: QWidget) -> None:
    """Spin boxes, combo boxes and date fields: a passing wheel scrolls the page instead of
    changing them (unless the field has the keyboard focus)."""
    global _no_wheel
    if _no_wheel is None:
        _no_wheel = _NoWheel()
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_no_wheel)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out (chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = tokens.S) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # width → height, until the items change
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked many times per layout pass with the same width: each answer lays out every item.
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._live_items():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _live_items(self) -> list:
        """The items, less any Qt deleted behind the layout's back (while a page is torn
        down, its chips' items can go before the layout is last asked its height)."""
        self._items = [item for item in self._items if isValid(item)]
        return self._items

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._live_items():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()
