"""The weekly diary card: seven days of check-ins in the grid therapists know."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
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
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.translation import format_date

# The card's fixed rows and words (reports/diary_card.py, no Qt), shown through tr().
FIXED_ROWS = (QT_TRANSLATE_NOOP("DiaryCardView", "Distress (0–10)"),
              QT_TRANSLATE_NOOP("DiaryCardView", "Skills used (0–7)"),
              QT_TRANSLATE_NOOP("DiaryCardView", "Medication taken"),
              QT_TRANSLATE_NOOP("DiaryCardView", "Notes"))
CELL_WORDS = (QT_TRANSLATE_NOOP("DiaryCardView", "acted"),
              QT_TRANSLATE_NOOP("DiaryCardView", "yes"),
              QT_TRANSLATE_NOOP("DiaryCardView", "no"))


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
        self._row_keys = [label for label, _ in rows]
        self.table.setVerticalHeaderLabels([self._shown_label(label, lists)
                                            for label, _ in rows])
        skills_row = next(i for i, (label, _) in enumerate(rows) if label.startswith("Skills"))
        for r, (label, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text if label == "Notes" else self._shown_cell(text))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == skills_row and card.days[c].skills:
                    item.setToolTip(", ".join(card.days[c].skills))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _shown_label(self, label: str, lists) -> str:
        """A row's English label (reports/diary_card.py) in the person's language."""
        for target in lists.urge_targets:
            if label == f"Urge: {target} (0–5)":
                return self.tr("Urge: {target} (0–5)").format(target=core_tr(target))
        for emotion in lists.emotions:
            if label == f"{emotion.capitalize()} (0–5)":
                name = core_tr(emotion)
                return self.tr("{emotion} (0–5)").format(emotion=name[:1].upper() + name[1:])
        return self.tr(label) if label in FIXED_ROWS else label

    def _shown_cell(self, text: str) -> str:
        return " ".join(self.tr(word) if word in CELL_WORDS else word for word in text.split(" "))

    def cell(self, row_label: str, day_index: int) -> str:
        """The shown text of the row with this English label."""
        if row_label not in self._row_keys:
            raise KeyError(row_label)
        return self.table.item(self._row_keys.index(row_label), day_index).text()
