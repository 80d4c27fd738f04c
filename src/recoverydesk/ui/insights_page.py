"""Insights: charts of check-ins and skills over a date range, and the weekly diary card.

matplotlib is imported only when the page is first shown; the numbers are computed off the UI
thread (controller.run_in_background), and the page only draws them. Each chart has a plain
sentence beside it and the same sentence as its accessible description.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recoverydesk.reports import charts, drawing, sentences
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.diary_card_view import DiaryCardView
from recoverydesk.ui.insights_dialogs import (
    ImportFlow,
    ReportDialog,
    run_export,
    save_diary_card,
)
from recoverydesk.ui.widgets import heading, message_label, paragraph, show_message

log = logging.getLogger(__name__)

CHARTS = (  # name, title
    ("mood", "Mood and urges"),
    ("acted", "Urges acted on"),
    ("emotions", "Feelings by week"),
    ("skills", "Skills used, and your urge before and after"),
    ("sleep", "Sleep and mood"),
)


def compute(data, period: str) -> dict:
    """Everything the charts draw, with each sentence: plain Python, run off the UI thread."""
    first, last = data.first, data.last
    mood = charts.mood_and_urges(data.checkins, first, last, period)
    acted = charts.acted_on(data.checkins, first, last, "week" if period == "day" else period)
    feelings = charts.emotions_by_week(data.checkins, first, last, data.emotions)
    used = charts.skills_used(data.checkins, data.sessions, first, last, data.titles)
    changes = charts.skill_effectiveness(data.sessions, first, last, data.titles)
    sleep = charts.sleep_and_mood(data.checkins, first, last)
    return {
        "mood": (drawing.mood_and_urges, (mood,), sentences.mood_and_urges(mood)),
        "acted": (drawing.acted_on, (acted,), sentences.acted_on(acted)),
        "emotions": (drawing.emotions, (feelings,), sentences.emotions(feelings)),
        "skills": (drawing.skills, (used, changes),
                   sentences.skills_used(used) + " " + sentences.effectiveness(changes)),
        "sleep": (drawing.sleep, (sleep,), sentences.sleep(sleep)),
    }


class ChartCard(QFrame):
    def __init__(self, title: str, canvas_class, figure_class) -> None:
        super().__init__()
        self.setObjectName("lineCard")
        self.setAccessibleName(title)
        self.figure = figure_class(figsize=(7, 2.8))
        self.canvas = canvas_class(self.figure)
        self.canvas.setMinimumHeight(240)
        self.canvas.setAccessibleName(f"Chart: {title}")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sentence = paragraph("", selectable=True)
        self.sentence.setAccessibleName(f"About {title}")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.1))
        row = QHBoxLayout()
        row.addWidget(self.canvas, 3)
        row.addWidget(self.sentence, 1)
        layout.addLayout(row)

    def show_chart(self, draw, args, sentence: str, style) -> None:
        draw(self.figure, *args, style)
        self.figure.tight_layout()
        self.canvas.draw_idle()
        self.sentence.setText(sentence)
        self.canvas.setAccessibleDescription(sentence)


class InsightsPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Insights")
        self._controller = controller
        self.cards: dict[str, ChartCard] = {}
        self.charts_ready = False
        self._pending = False
        today = date.today()
        self.first_edit = self._date_edit("From", today - timedelta(weeks=12) + timedelta(1))
        self.last_edit = self._date_edit("To", today)
        self.period = QComboBox()
        self.period.setAccessibleName("Show by")
        for label, key in (("By day", "day"), ("By week", "week"), ("By month", "month")):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        ranges = QHBoxLayout()
        for label, widget in (("From", self.first_edit), ("to", self.last_edit)):
            ranges.addWidget(QLabel(label))
            ranges.addWidget(widget)
        for label, weeks in (("4 weeks", 4), ("12 weeks", 12), ("A year", 52)):
            button = QPushButton(label)
            button.setAccessibleName(f"Show the last {label.lower()}")
            button.clicked.connect(lambda _=False, w=weeks: self.set_range(w))
            ranges.addWidget(button)
        ranges.addWidget(self.period)
        ranges.addStretch(1)

        actions = QHBoxLayout()
        for text, slot in (("Save diary card as PDF…", self.save_card),
                           ("Report for your therapist…", self.make_report),
                           ("Export…", self.export), ("Import…", self.import_file)):
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = message_label()
        self.status = paragraph("")
        self.status.setAccessibleName("Charts status")
        self.chart_column = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.chart_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        charts_tab = QWidget()
        charts_layout = QVBoxLayout(charts_tab)
        charts_layout.addLayout(ranges)
        charts_layout.addWidget(self.status)
        charts_layout.addWidget(scroll, 1)
        self.diary_card = DiaryCardView(controller)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Insights views")
        self.tabs.addTab(charts_tab, "Charts")
        self.tabs.addTab(self.diary_card, "Diary card")

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Insights", 1.3))
        layout.addWidget(paragraph("How things have been, from your check-ins and skills. "
                                   "Only you see this, unless you choose to share it."))
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        controller.checkins_changed.connect(self.refresh)

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
            self._build_cards()
            self.refresh()

    def _build_cards(self) -> None:
        # Imported here, on first show: the rest of the app starts without matplotlib.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        for name, title in CHARTS:
            card = ChartCard(title, FigureCanvasQTAgg, Figure)
            card.canvas.setMinimumHeight(int((380 if name == "skills" else 240)
                                             * self.font_scale()))
            self.cards[name] = card
            self.chart_column.addWidget(card)
        self.chart_column.addStretch(1)

    def refresh(self) -> None:
        if not self.cards:
            return  # not shown yet: drawn on first show
        if self._pending:
            self._again = True
            return
        self._pending, self._again = True, False
        self.charts_ready = False
        self.status.setText("Getting your charts ready…")
        first, last = self.dates()
        period = self.period.currentData()

        def work():
            return compute(self._controller.insights_data(first, last), period)

        self._controller.run_in_background(work, self._draw, self._failed)

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

    def _draw(self, computed: dict) -> None:
        if not isValid(self):
            return  # locked meanwhile: the page is gone
        self._pending = False
        if self._again:
            self.refresh()
            return
        self._queue = list(computed.items())
        self._draw_next(self._style())

    def _draw_next(self, style) -> None:
        """One chart per turn of the event loop, so the window stays responsive between them."""
        if not isValid(self) or self._pending:
            return
        if self._queue:
            name, (draw, args, sentence) = self._queue.pop(0)
            self.cards[name].show_chart(draw, args, sentence, style)
            QTimer.singleShot(0, lambda: self._draw_next(style))
            return
        first, last = self.dates()
        self.status.setText(f"From {first:%d %b %Y} to {last:%d %b %Y}.")
        self.charts_ready = True

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._pending = False
        log.error("charts failed", exc_info=error)
        self.status.setText("The charts couldn't be drawn this time.")

    # -- actions --------------------------------------------------------------------------

    def save_card(self) -> None:
        save_diary_card(self, self._controller, self.diary_card.week, self._say)

    def make_report(self) -> None:
        first, last = self.dates()
        ReportDialog(self._controller, first, last, self._say, self).open()

    def export(self) -> None:
        run_export(self, self._controller, self.dates(), self._say)

    def import_file(self) -> None:
        ImportFlow(self, self._controller, self._imported).start()

    def _imported(self, text: str) -> None:
        self._controller.checkins_changed.emit()
        self._say(text)

    def _say(self, text: str) -> None:
        show_message(self.message, text)
