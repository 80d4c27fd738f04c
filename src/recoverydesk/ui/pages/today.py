"""Today: the quickest ways in, the last seven days at a glance, and today's check-ins."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from statistics import fmean

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.checkin import CheckIn
from recoverydesk.ui.background import LatestRead
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.components import (
    Card,
    EmptyState,
    FlowLayout,
    IconButton,
    LevelMark,
    PageHeader,
    StatusMessage,
    scaled_font,
)
from recoverydesk.ui.design.turns import Turns
from recoverydesk.ui.design.widgets import UNDO_SECONDS, paragraph
from recoverydesk.ui.pages.goals import GoalGlance
from recoverydesk.ui.pages.settings_backup import BackupNote
from recoverydesk.ui.presenters.pages import TodayGlance
from recoverydesk.ui.translation import translate


def describe(checkin: CheckIn) -> list[str]:
    """A check-in as short lines for its card (the time is the card's title)."""
    lines = []
    if checkin.mood is not None:
        lines.append(translate("TodayPage", "Mood {level} of 5").format(level=checkin.mood))
    for urge in checkin.urges:
        target = core_tr(urge.target)
        if urge.level is None:
            text = (translate("TodayPage", "Urge to {target}, acted on it") if urge.acted
                    else translate("TodayPage", "Urge to {target}"))
        else:
            text = (translate("TodayPage", "Urge to {target} {level} of 5, acted on it")
                    if urge.acted else translate("TodayPage", "Urge to {target} {level} of 5"))
        lines.append(text.format(target=target, level=urge.level))
    if checkin.distress is not None:
        lines.append(translate("TodayPage", "Distress {level} of 10").format(
            level=checkin.distress))
    if checkin.emotions:
        lines.append(", ".join(f"{core_tr(name)} {level}"
                               for name, level in checkin.emotions.items()))
    if checkin.skills:
        lines.append(translate("TodayPage", "Skills: {skills}").format(
            skills=", ".join(sorted(core_tr(s) for s in checkin.skills))))
    if checkin.note:
        lines.append(f"“{checkin.note}”")
    return lines


def week_summary(this_week: list[CheckIn], week_before: list[CheckIn]) -> str:
    """A gentle sentence about the last seven days, with the week before for context."""
    if not this_week:
        return translate("TodayPage", "No check-ins in the last seven days. Whenever you're "
                         "ready, a check-in takes a few seconds.")
    count = len(this_week)  # (lupdate reads a plain name as the count)
    text = translate("TodayPage", "In the last seven days: %n check-in(s).", None, count)
    now = _average_urge(this_week)
    before = _average_urge(week_before)
    locale = QLocale()
    if now is not None and before is not None:
        text += " " + translate("TodayPage", "Urges to self-harm averaged {now} out of 5 "
                                "({before} the week before).").format(
            now=locale.toString(now, "f", 1), before=locale.toString(before, "f", 1))
    elif now is not None:
        text += " " + translate("TodayPage", "Urges to self-harm averaged {now} out of 5.").format(
            now=locale.toString(now, "f", 1))
    days_with_skills = len({c.at.date() for c in this_week if c.skills})
    if days_with_skills:
        text += " " + translate("TodayPage", "You used skills on %n day(s).", None,
                                days_with_skills)
    return text


def _average_urge(checkins: list[CheckIn]) -> float | None:
    levels = [u.level for c in checkins for u in c.urges
              if u.target == "self-harm" and u.level is not None]
    return fmean(levels) if levels else None


def day_glance(day: date, checkins: list[CheckIn]) -> tuple[float | None, int | None, str]:
    """One day's average mood, strongest urge, and the words a screen reader says for them."""
    moods = [c.mood for c in checkins if c.mood is not None]
    urges = [u.level for c in checkins for u in c.urges if u.level is not None]
    mood = round(fmean(moods), 1) if moods else None
    urge = max(urges) if urges else None
    words = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM") + ": "
    if not checkins:
        return None, None, words + translate("TodayPage", "no check-in")
    parts = [translate("TodayPage", "mood {level} of 5").format(level=f"{mood:g}")
             if mood is not None else translate("TodayPage", "no mood"),
             translate("TodayPage", "strongest urge {level} of 5").format(level=urge)
             if urge is not None else translate("TodayPage", "no urge recorded")]
    return mood, urge, words + ", ".join(parts)


class WeekGlance(QWidget):
    """Seven days side by side, each with a mood mark and a strongest-urge mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The last seven days"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(tokens.S)
        self.days: list[QWidget] = []
        for column in range(7):
            day = QWidget()
            day.setObjectName("weekDay")
            marks = QHBoxLayout()
            marks.setSpacing(tokens.XS)
            day.mood, day.urge = LevelMark(5, "mood"), LevelMark(5, "urge")
            marks.addWidget(day.mood)
            marks.addWidget(day.urge)
            day.label = QLabel()
            day.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day.label.setProperty("tone", "muted")
            box = QVBoxLayout(day)
            box.setContentsMargins(0, 0, 0, 0)
            box.addLayout(marks)
            box.addWidget(day.label)
            self.grid.addWidget(day, 0, column, Qt.AlignmentFlag.AlignHCenter)
            self.days.append(day)
        legend = QHBoxLayout()
        for kind, text in (("mood", self.tr("Mood")), ("urge", self.tr("Strongest urge"))):
            mark = LevelMark(5, kind)
            mark.setValue(5)
            mark.setFixedSize(mark.width(), mark.width())
            legend.addWidget(mark)
            words = QLabel(text)
            words.setProperty("tone", "muted")
            legend.addWidget(words)
            legend.addSpacing(tokens.M)
        legend.addStretch(1)
        self.grid.addLayout(legend, 1, 0, 1, 7)

    def show_days(self, first: date, checkins: list[CheckIn]) -> None:
        for offset, day in enumerate(self.days):
            when = first + timedelta(days=offset)
            mood, urge, words = day_glance(when, [c for c in checkins
                                                  if c.at.astimezone().date() == when])
            day.mood.setValue(mood)
            day.urge.setValue(urge)
            day.label.setText(QLocale().toString(QDate(when.year, when.month, when.day),
                                                  "ddd") + f"\n{when.day}")
            day.setAccessibleName(words)
            day.setToolTip(words)


class CheckInCard(Card):
    """One of today's check-ins: its time, what was recorded, and Edit / Delete."""

    def __init__(self, checkin: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("checkinCard")
        self.checkin_id = checkin.id
        self.lines = describe(checkin) or [self.tr("Nothing else recorded")]
        self.setAccessibleName(self.tr("Check-in at {time}: {what}").format(
            time=f"{checkin.at:%H:%M}", what="; ".join(self.lines)))
        when = QLabel(checkin.at.strftime("%H:%M"))
        when.setFont(scaled_font(when, tokens.TYPE.title, bold=True))
        self.edit_button = IconButton("edit", self.tr("Edit"))
        self.delete_button = IconButton("delete", self.tr("Delete"))
        self.edit_button.setAccessibleName(self.tr("Edit the check-in at {time}").format(
            time=f"{checkin.at:%H:%M}"))
        self.delete_button.setAccessibleName(self.tr("Delete the check-in at {time}").format(
            time=f"{checkin.at:%H:%M}"))
        top = QHBoxLayout()
        top.addWidget(when, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        self.body.addLayout(top)
        self.body.setSpacing(tokens.XS)
        for line in self.lines:
            self.body.addWidget(paragraph(line))

    def text(self) -> str:
        return " · ".join(self.lines)


class TodayPage(QWidget):
    checkin_requested = Signal()
    journal_requested = Signal()
    skill_requested = Signal()
    ride_requested = Signal()
    plan_requested = Signal()
    goal_requested = Signal(int)  # a goal's id, 0 for the Goals page

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.today()
        self.setAccessibleName(self.tr("Today"))
        self._controller = controller
        self._deleted: CheckIn | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.cards: list[CheckInCard] = []

        self.header = PageHeader(self.tr("Today"), self.tr("How are you right now?"))
        quick_holder = QWidget()
        quick = FlowLayout(quick_holder)
        for name, text, signal, tip in (
                ("checkin", self.tr("Check in"), self.checkin_requested, "Ctrl+K"),
                ("journal", self.tr("Write in my journal"), self.journal_requested, "Ctrl+2"),
                ("skills", self.tr("Do a skill now"), self.skill_requested, ""),
                ("ride", self.tr("Ride it out"), self.ride_requested, ""),
                ("plan", self.tr("Open my safety plan"), self.plan_requested, "Ctrl+4")):
            button = IconButton(name, text, f"{text} ({tip})" if tip else "")
            button.clicked.connect(signal)
            quick.addWidget(button)
        quick_holder.setAccessibleName(self.tr("Quick actions"))

        start_button = IconButton("checkin", self.tr("Check in now"))
        start_button.clicked.connect(self.checkin_requested)
        self.empty = EmptyState("calm", self.tr("No check-ins yet today"),
                                self.tr("Whenever you're ready, a check-in takes a few seconds. "
                                "However today is going, it's welcome here."), start_button)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(tokens.S)
        self.undo_button = IconButton("undo", self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.message = StatusMessage()
        status_row = QHBoxLayout()
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.undo_button)
        checkins_title = QLabel(self.tr("Today's check-ins"))
        checkins_title.setFont(scaled_font(checkins_title, tokens.TYPE.title, bold=True))

        column = QWidget()
        layout = self._column = QVBoxLayout(column)
        layout.setContentsMargins(tokens.XL, tokens.L, tokens.XL, tokens.L)
        layout.setSpacing(tokens.L)
        layout.addWidget(self.header)
        layout.addWidget(quick_holder)
        layout.addLayout(status_row)
        layout.addWidget(checkins_title)
        layout.addWidget(self.empty)
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.empty.hide()  # until today's check-ins are known
        self._read = LatestRead(self, controller)
        self.refreshed = self._read.arrived
        controller.checkins_changed.connect(self.refresh)
        # What is below the first screenful comes on the next turns (unlocking paints the
        # top of Today sooner), then the figures are read.
        self._turns = Turns(self, controller.about_to_lock)
        self._turns.add(self._add_week, self._add_goal_and_backup, self.refresh)

    def _add_week(self) -> None:
        self.week = WeekGlance()
        self.summary = paragraph("")
        self.summary.setObjectName("weekSummary")
        week_card = Card(self.tr("The last seven days"))
        week_card.body.addWidget(self.week)
        week_card.body.addWidget(self.summary)
        self._column.insertWidget(self._column.count() - 1, week_card)

    def _add_goal_and_backup(self) -> None:
        self.goal = GoalGlance(self._controller)  # the next step of one active goal
        self.goal.open_requested.connect(self.goal_requested)
        self.backup_note = BackupNote(self._controller)  # only when the last backup is old
        for widget in (self.goal, self.backup_note):
            self._column.insertWidget(self._column.count() - 1, widget)

    def refresh(self) -> None:
        """Read today's check-ins and the week's on the background runner; the page shows
        them when they arrive (``refreshed``)."""
        if self._turns.busy():
            return  # the page is still being built: it reads them when it is
        presenter = self.presenter
        self._read.fetch(lambda: presenter.glance(datetime.now().astimezone()), self._show)

    def building(self) -> bool:
        """The parts below the first screenful are still to be built."""
        return self._turns.busy()

    def busy(self) -> bool:
        """Today's figures are still on their way (or the page is still being built)."""
        return self._turns.busy() or self._read.busy()

    def _show(self, glance: TodayGlance) -> None:
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for checkin in glance.today:
            card = CheckInCard(checkin)
            card.edit_button.clicked.connect(lambda _=False, i=checkin.id: self.edit(i))
            card.delete_button.clicked.connect(lambda _=False, i=checkin.id: self.delete(i))
            self.cards_box.addWidget(card)
            self.cards.append(card)
        self.empty.setVisible(not self.cards)
        self.week.show_days(glance.week_first, glance.week)
        self.summary.setText(week_summary(glance.last_seven_days, glance.seven_before))

    def edit(self, checkin_id: int) -> None:
        self._controller.checkin_requested.emit(checkin_id)  # the window runs the dialog

    def delete(self, checkin_id: int) -> None:
        store = self.presenter
        self._deleted = store.get(checkin_id)
        store.delete(checkin_id)
        self.undo_button.show()
        self.message.show_message(self.tr("Check-in deleted."), "info", UNDO_SECONDS)
        self._undo_timer.start()
        self._controller.checkins_changed.emit()

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self.presenter.save(self._deleted)
            self.message.show_message(self.tr("The check-in is back."), "done")
        self._forget_undo()
        self._controller.checkins_changed.emit()

    def _forget_undo(self) -> None:
        self._deleted = None
        self.undo_button.hide()
