"""Today: the quickest ways in, today's check-ins, and a calm look at the last week."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from statistics import fmean

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.checkin import CheckIn
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import (
    UNDO_SECONDS,
    heading,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.pages.goals import GoalGlance


def describe(checkin: CheckIn) -> str:
    parts = [checkin.at.strftime("%H:%M")]
    if checkin.mood is not None:
        parts.append(f"mood {checkin.mood}/5")
    for urge in checkin.urges:
        level = "" if urge.level is None else f" {urge.level}/5"
        acted = ", acted on" if urge.acted else ""
        parts.append(f"urge ({urge.target}){level}{acted}")
    if checkin.distress is not None:
        parts.append(f"distress {checkin.distress}/10")
    if checkin.skills:
        parts.append(f"{len(checkin.skills)} skill{'s' if len(checkin.skills) != 1 else ''}")
    return " · ".join(parts)


def week_summary(this_week: list[CheckIn], week_before: list[CheckIn]) -> str:
    """A gentle sentence about the last seven days, with the week before for context."""
    if not this_week:
        return ("No check-ins in the last seven days. Whenever you're ready, a check-in takes "
                "a few seconds.")
    text = f"In the last seven days: {len(this_week)} check-in{'s' * (len(this_week) != 1)}."
    now = _average_urge(this_week)
    before = _average_urge(week_before)
    if now is not None:
        text += f" Urges to self-harm averaged {now:.1f} out of 5"
        text += f" ({before:.1f} the week before)." if before is not None else "."
    days_with_skills = len({c.at.date() for c in this_week if c.skills})
    if days_with_skills:
        text += (f" You used skills on {days_with_skills} "
                 f"day{'s' * (days_with_skills != 1)}.")
    return text


def _average_urge(checkins: list[CheckIn]) -> float | None:
    levels = [u.level for c in checkins for u in c.urges
              if u.target == "self-harm" and u.level is not None]
    return fmean(levels) if levels else None


class TodayPage(QWidget):
    checkin_requested = Signal()
    journal_requested = Signal()
    skill_requested = Signal()
    ride_requested = Signal()
    plan_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.today()
        self.setAccessibleName("Today")
        self._controller = controller
        self._deleted: CheckIn | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)

        quick = QHBoxLayout()
        for text, signal, tip in (("Check in", self.checkin_requested, "Ctrl+K"),
                                  ("Write in my journal", self.journal_requested, "Ctrl+2"),
                                  ("Do a skill now", self.skill_requested, ""),
                                  ("Ride it out", self.ride_requested, ""),
                                  ("Open my safety plan", self.plan_requested, "Ctrl+4")):
            button = QPushButton(text)
            if tip:
                button.setToolTip(f"{text} ({tip})")
            button.clicked.connect(signal)
            quick.addWidget(button)
        quick.addStretch(1)

        self.list = QListWidget()
        self.list.setAccessibleName("Today's check-ins")
        self.list.itemActivated.connect(lambda _: self.edit_selected())
        self.edit_button = QPushButton("Edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton("Undo")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.message = message_label()
        rows = QHBoxLayout()
        rows.addWidget(self.edit_button)
        rows.addWidget(self.delete_button)
        rows.addWidget(self.undo_button)
        rows.addStretch(1)
        self.summary = paragraph("")
        self.summary.setObjectName("weekSummary")

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Today"))
        layout.addWidget(paragraph("How are you right now?"))
        layout.addLayout(quick)
        layout.addWidget(heading("Today's check-ins", 1.1))
        layout.addWidget(self.list, 1)
        layout.addLayout(rows)
        layout.addWidget(self.message)
        layout.addWidget(heading("This week", 1.1))
        layout.addWidget(self.summary)
        self.goal = GoalGlance(controller)  # the next step of one active goal
        layout.addWidget(self.goal)
        controller.checkins_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        store = self.presenter
        now = datetime.now().astimezone()
        midnight = datetime.combine(now.date(), time(), tzinfo=now.tzinfo)
        self.list.clear()
        for checkin in store.between(midnight, midnight + timedelta(days=1)):
            item = QListWidgetItem(describe(checkin))
            item.setData(Qt.ItemDataRole.UserRole, checkin.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.list.count() > 0)
        week_ago = now - timedelta(days=7)
        self.summary.setText(week_summary(store.between(week_ago, now + timedelta(minutes=1)),
                                          store.between(week_ago - timedelta(days=7), week_ago)))

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def edit_selected(self) -> None:
        checkin_id = self._selected_id()
        if checkin_id is not None:
            self._controller.checkin_requested.emit(checkin_id)

    def delete_selected(self) -> None:
        checkin_id = self._selected_id()
        if checkin_id is None:
            return
        store = self.presenter
        self._deleted = store.get(checkin_id)
        store.delete(checkin_id)
        self.undo_button.show()
        show_message(self.message, "Check-in deleted.")
        self._undo_timer.start()
        self._controller.checkins_changed.emit()

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self.presenter.save(self._deleted)
            show_message(self.message, "The check-in is back.")
        self._forget_undo()
        self._controller.checkins_changed.emit()

    def _forget_undo(self) -> None:
        self._deleted = None
        self.undo_button.hide()
