"""The weekly diary card: seven days of check-ins in the grid therapists know."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.reports.diary_card import build_card, card_rows, week_start_of
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.translation import format_date


class DiaryCardView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.diary_card()
        self.setAccessibleName(self.tr("Weekly diary card"))
        self._controller = controller
        self.week = week_start_of(date.today())
        previous = QPushButton(self.tr("‹ Previous week"))
        previous.clicked.connect(lambda: self.show_week(self.week - timedelta(days=7)))
        following = QPushButton(self.tr("Next week ›"))
        following.clicked.connect(lambda: self.show_week(self.week + timedelta(days=7)))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self.show_week(week_start_of(date.today())))
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        week_of = self.tr("Week of")
        self.picker.setDisplayFormat("'" + week_of.replace("'", "''") + "' d MMM yyyy")
        self.picker.setAccessibleName(week_of)
        self.picker.dateChanged.connect(lambda d: self.show_week(week_start_of(d.toPython())))
        tools = QHBoxLayout()
        for widget in (previous, this_week, following, self.picker):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Diary card"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Weekly diary card"), 1.2))
        layout.addWidget(paragraph(
            self.tr("Built from your check-ins: the strongest urge and feeling of "
                                   "each day, whether an urge was acted on, and the skills you "
                                   "used. You could bring it to a session.")))
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        # A bound method, not a lambda: Qt lets go of it when this view is deleted on lock.
        controller.checkins_changed.connect(self.refresh)
        self.show_week(self.week)

    def refresh(self) -> None:
        self.show_week(self.week)

    def show_week(self, monday: date) -> None:
        self.week = monday
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(monday))
        self.picker.blockSignals(False)
        start = datetime.combine(monday, time()).astimezone()
        checkins = self.presenter.between(start, start + timedelta(days=7))
        lists = self.presenter.own_lists()
        card = build_card(checkins, monday, lists.urge_targets, lists.emotions)
        rows = card_rows(card)
        self.table.clear()
        self.table.setColumnCount(7)
        self.table.setRowCount(len(rows))
        # Two lines (day, date): seven columns stay readable beside long row labels.
        self.table.setHorizontalHeaderLabels([format_date(d.day, "ddd") + "\n"
                                              + format_date(d.day, "d MMM") for d in card.days])
        self._row_keys = [label for label, _ in rows]  # already in the person's language
        self.table.setVerticalHeaderLabels(self._row_keys)
        skills_row = len(rows) - 3  # then medication, then notes (card_rows' order)
        for r, (_label, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == skills_row and card.days[c].skills:
                    item.setToolTip(", ".join(card.days[c].skills))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def cell(self, row_label: str, day_index: int) -> str:
        """The shown text of the row with this label (as shown: English in English)."""
        if row_label not in self._row_keys:
            raise KeyError(row_label)
        return self.table.item(self._row_keys.index(row_label), day_index).text()
