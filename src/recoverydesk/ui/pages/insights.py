"""Insights: charts of check-ins and skills over a date range, and the weekly diary card.

The numbers are read and computed off the UI thread (controller.run_in_background); each chart
is then drawn by a helper process (reports/painter.py: matplotlib's Agg on a Figure of its own,
at its label's size), and shown here as an image as it arrives, one per event-loop turn: the UI
thread only sets pixmaps, and never waits for Python's lock while a chart is drawn. The helpers
start a moment after unlocking (the shell starts them), while the person is elsewhere.
Each chart has a plain sentence beside it and the same sentence as its accessible description.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recoverydesk.reports import drawing, sentences
from recoverydesk.ui.background import Ticket
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.components import FlowLayout
from recoverydesk.ui.design.widgets import heading, message_label, paragraph, show_message
from recoverydesk.ui.translation import format_date, translate

if TYPE_CHECKING:
    from recoverydesk.ui.pages.diary_card_view import DiaryCardView

log = logging.getLogger(__name__)

CHARTS = (  # name, title (shown through translate("InsightsPage", …))
    ("mood", QT_TRANSLATE_NOOP("InsightsPage", "Mood and urges")),
    ("acted", QT_TRANSLATE_NOOP("InsightsPage", "Urges acted on")),
    ("emotions", QT_TRANSLATE_NOOP("InsightsPage", "Feelings by week")),
    ("skills", QT_TRANSLATE_NOOP("InsightsPage", "Skills used, and your urge before and after")),
    ("sleep", QT_TRANSLATE_NOOP("InsightsPage", "Sleep and mood")),
)


def compute(values) -> dict:
    """Each chart's drawing function, its arguments and its sentence, from the numbers
    (reports/gather.ChartValues, counted by SQLite off the UI thread)."""
    first, last = values.first, values.last
    mood, acted, feelings = values.mood, values.acted, values.feelings
    used, changes, sleep = values.used, values.changes, values.sleep
    return {
        "mood": (drawing.mood_and_urges, (mood, first, last), sentences.mood_and_urges(mood)),
        "acted": (drawing.acted_on, (acted, first, last), sentences.acted_on(acted)),
        "emotions": (drawing.emotions, (feelings, first, last), sentences.emotions(feelings)),
        "skills": (drawing.skills, (used, changes),
                   sentences.skills_used(used) + " " + sentences.effectiveness(changes)),
        "sleep": (drawing.sleep, (sleep, first, last), sentences.sleep(sleep)),
    }




class ChartImage(QLabel):
    """The chart's picture; says when its width changes (window resized, text reflowed)."""

    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


class ChartCard(QFrame):
    """One chart as an image (drawn off the UI thread), its title, and the sentence beside it."""

    def __init__(self, title: str, base_height: int) -> None:
        super().__init__()
        self.setObjectName("lineCard")
        title = translate("InsightsPage", title)
        self.setAccessibleName(title)
        self.base_height = base_height
        self.chart = ChartImage()
        self.chart.setAccessibleName(self.tr("Chart: {title}").format(title=title))
        self.chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The image follows the label's size, never the other way round.
        self.chart.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chart.setMinimumWidth(200)
        self.sentence = paragraph("", selectable=True)
        self.sentence.setAccessibleName(self.tr("About {title}").format(title=title))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.1))
        row = QHBoxLayout()
        row.addWidget(self.chart, 3)
        row.addWidget(self.sentence, 1)
        layout.addLayout(row)

    def image_size(self, scale: float) -> tuple[int, int]:
        """The size (logical pixels) to draw at: the label's width, a height for the text size."""
        height = int(self.base_height * scale)
        self.chart.setFixedHeight(height)
        return max(self.chart.width(), 200), height

    def set_sentence(self, sentence: str) -> None:
        self.sentence.setText(sentence)
        self.chart.setAccessibleDescription(sentence)

    def show_pixels(self, pixels: drawing.Pixels, ratio: float) -> None:
        image = QImage(pixels.rgba, pixels.width, pixels.height, pixels.width * 4,
                       QImage.Format.Format_RGBA8888).copy()  # owns its bytes
        image.setDevicePixelRatio(ratio)
        self.chart.setPixmap(QPixmap.fromImage(image))


class _Round(Ticket):
    """One round of chart work. Cancelled when its results would no longer fit the page (new
    dates, hidden, locked, resized): charts not yet started are never drawn, and what comes
    back is dropped on the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.futures: list = []

    def cancel(self) -> None:
        super().cancel()
        for future in self.futures:
            future.cancel()


class InsightsPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Insights"))
        self._controller = controller
        self.cards: dict[str, ChartCard] = {}
        self.charts_ready = False
        self._round = _Round()
        self._computed: dict | None = None  # the last data, kept to redraw at a new size
        self._waiting: set[str] = set()
        self._stale = True  # the charts don't show the current dates yet
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(150)  # resizing: draw once it settles
        self._redraw_timer.timeout.connect(self._redraw)
        today = date.today()
        self.first_edit = self._date_edit(self.tr("From"),
                                          today - timedelta(weeks=12) + timedelta(1))
        self.last_edit = self._date_edit(self.tr("To"), today)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Show by"))
        for label, key in ((self.tr("By day"), "day"), (self.tr("By week"), "week"),
                           (self.tr("By month"), "month")):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        ranges_row = QWidget()  # wraps on a narrow window (design: every page fits 800 px)
        ranges = FlowLayout(ranges_row)
        for label, widget in ((self.tr("From"), self.first_edit),
                              (self.tr("to", "from one date to another"), self.last_edit)):
            ranges.addWidget(QLabel(label))
            ranges.addWidget(widget)
        for label, name, weeks in (
                (self.tr("4 weeks"), self.tr("Show the last 4 weeks"), 4),
                (self.tr("12 weeks"), self.tr("Show the last 12 weeks"), 12),
                (self.tr("A year"), self.tr("Show the last year"), 52)):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, w=weeks: self.set_range(w))
            ranges.addWidget(button)
        ranges.addWidget(self.period)

        actions_row = QWidget()  # wraps on a narrow window instead of widening it
        actions = FlowLayout(actions_row)
        for text, slot in ((self.tr("Save diary card as PDF…"), self.save_card),
                           (self.tr("Print diary card…"), self.print_card),
                           (self.tr("Report for your therapist…"), self.make_report),
                           (self.tr("Export…"), self.export),
                           (self.tr("Import…"), self.import_file)):
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            actions.addWidget(button)

        self.message = message_label()
        self.status = paragraph("")
        self.status.setAccessibleName(self.tr("Charts status"))
        self.chart_column = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.chart_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Five charts never fit without scrolling: a scroll bar that comes and goes would
        # change every chart's width, and have them all drawn twice.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(holder)
        charts_tab = QWidget()
        charts_layout = QVBoxLayout(charts_tab)
        charts_layout.addWidget(ranges_row)
        charts_layout.addWidget(self.status)
        charts_layout.addWidget(scroll, 1)
        self._diary_card: DiaryCardView | None = None  # built when first shown or asked for
        self._card_tab = QWidget()
        QVBoxLayout(self._card_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Insights views"))
        self.tabs.addTab(charts_tab, self.tr("Charts"))
        self.tabs.addTab(self._card_tab, self.tr("Diary card"))
        self.tabs.currentChanged.connect(
            lambda index: self.diary_card if self.tabs.widget(index) is self._card_tab else None)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Insights"), 1.3))
        layout.addWidget(paragraph(self.tr("How things have been, from your check-ins and skills. "
                                   "Only you see this, unless you choose to share it.")))
        layout.addWidget(actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        controller.checkins_changed.connect(self.refresh)
        controller.about_to_lock.connect(self._cancel)

    @property
    def diary_card(self) -> DiaryCardView:
        """The diary card tab, built the first time it is shown or used: opening Insights
        stays quick (it reads a week of check-ins and lays out a table)."""
        if self._diary_card is None:
            from recoverydesk.ui.pages.diary_card_view import DiaryCardView

            self._diary_card = DiaryCardView(self._controller)
            self._card_tab.layout().addWidget(self._diary_card)
            self._diary_card.show()  # shown with its tab (at once, not a turn later)
        return self._diary_card

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self.refresh)
        return edit

    def set_range(self, weeks: int) -> None:
        today = date.today()
        for edit, day in ((self.last_edit, today),
                          (self.first_edit, today - timedelta(weeks=weeks) + timedelta(1))):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self.refresh()

    def dates(self) -> tuple[date, date]:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        return (first, last) if first <= last else (last, first)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.cards:
            # The first opening paints the page's top (heading, dates, "Getting your charts
            # ready…") in this turn, and builds the chart cards in the next: two short waits
            # for the window instead of one long one.
            QTimer.singleShot(0, self, self._first_cards)
        elif self._stale:
            self.refresh()

    def _first_cards(self) -> None:
        if not self.cards:
            self._build_cards()
        if self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not self.charts_ready and self.cards:
            self._cancel()  # what comes back now is dropped; drawn again when shown
            self._stale = True

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) \
                and self._computed is not None:
            self._redraw_timer.start()  # light ⇄ dark, or a new text size

    def _build_cards(self) -> None:
        for name, title in CHARTS:
            card = ChartCard(title, 380 if name == "skills" else 240)
            card.chart.resized.connect(self._resized)
            self.cards[name] = card
            self.chart_column.addWidget(card)
        self.chart_column.addStretch(1)

    def _resized(self) -> None:
        if self._computed is not None:
            self._redraw_timer.start()

    def _cancel(self) -> None:
        self._round.cancel()
        self._redraw_timer.stop()

    def _new_round(self) -> _Round:
        self._cancel()
        self._round = _Round()
        self.charts_ready = False
        self.status.setText(self.tr("Getting your charts ready…"))
        return self._round

    def refresh(self) -> None:
        """New dates or new check-ins: compute the data again, then draw."""
        if not self.cards or not self.isVisible():
            self._stale = True  # drawn when next shown
            return
        self._stale = False
        self._computed = None
        current = self._new_round()
        first, last = self.dates()
        period = self.period.currentData()
        controller = self._controller

        def work():
            if current.cancelled:
                return None
            return compute(controller.chart_values(first, last, period))

        controller.run_in_background(work, lambda computed: self._got_data(current, computed),
                                     lambda error: self._failed(current, error))

    def _redraw(self) -> None:
        """Same data, new size or colours: draw the images again."""
        if self._computed is not None and self.isVisible():
            self._draw(self._new_round())

    def _got_data(self, current: _Round, computed: dict | None) -> None:
        if current.cancelled or computed is None or not isValid(self):
            return  # new dates, hidden or locked meanwhile
        self._computed = computed
        for name, (_, _, sentence) in computed.items():
            self.cards[name].set_sentence(sentence)
        self._draw(current)

    def _draw(self, current: _Round) -> None:
        """Each chart drawn by a helper process at its label's size; shown as it comes."""
        style, ratio = self._style(), self.devicePixelRatioF()
        self._waiting = set(self._computed)
        try:
            for name, (draw, args, _) in self._computed.items():
                current.futures.append(self._controller.draw_chart(
                    draw, args, style, self.cards[name].image_size(style.scale), ratio,
                    lambda pixels, name=name: self._show(current, name, pixels, ratio),
                    lambda error: self._failed(current, error)))
        except Exception as error:  # noqa: BLE001 - the helpers could not start: said kindly
            self._failed(current, error)

    def _show(self, current: _Round, name: str, pixels, ratio: float) -> None:
        if current.cancelled or pixels is None or not isValid(self):
            return
        self.cards[name].show_pixels(pixels, ratio)
        self._waiting.discard(name)
        if not self._waiting:
            first, last = self.dates()
            self.status.setText(self.tr("From {first} to {last}.").format(
                first=format_date(first, "dd MMM yyyy"), last=format_date(last, "dd MMM yyyy")))
            self.charts_ready = True

    def _style(self):
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        base = drawing.DARK if dark else drawing.LIGHT
        return drawing.ChartStyle(palette.color(QPalette.ColorRole.WindowText).name(),
                                  palette.color(QPalette.ColorRole.Base).name(),
                                  palette.color(QPalette.ColorRole.Mid).name(), base.heat,
                                  self.font_scale())

    def font_scale(self) -> float:
        """Chart text follows the app's font size (9 pt is matplotlib's 8 pt labels)."""
        return max(1.0, self.font().pointSizeF() / 9)

    def _failed(self, current: _Round, error: Exception) -> None:
        if current.cancelled or not isValid(self):
            return
        self._cancel()  # one message, not one per chart
        log.error("charts failed", exc_info=error)
        self.status.setText(self.tr("The charts couldn't be drawn this time."))

    # -- actions --------------------------------------------------------------------------

    # The dialogs (and the documents they print) are imported when first asked for: opening
    # the page stays quick.

    def save_card(self) -> None:
        from recoverydesk.ui.dialogs.insights_dialogs import save_diary_card

        save_diary_card(self, self._controller, self.diary_card.week, self._say)

    def print_card(self) -> None:
        from recoverydesk.ui.dialogs.insights_dialogs import print_diary_card

        print_diary_card(self, self._controller, self.diary_card.week)

    def make_report(self) -> None:
        from recoverydesk.ui.dialogs.insights_dialogs import ReportDialog

        first, last = self.dates()
        ReportDialog(self._controller, first, last, self._say, self).open()

    def export(self) -> None:
        from recoverydesk.ui.dialogs.insights_dialogs import run_export

        run_export(self, self._controller, self.dates(), self._say)

    def import_file(self) -> None:
        from recoverydesk.ui.dialogs.insights_dialogs import ImportFlow

        ImportFlow(self, self._controller, self._imported).start()

    def _imported(self, text: str) -> None:
        self._controller.checkins_changed.emit()
        self._say(text)

    def _say(self, text: str) -> None:
        show_message(self.message, text)
