"""The skills library: exercises by family, search, favourites, "not for me", "right now"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.skills.effectiveness import effectiveness, helped_before
from recoverydesk.skills.model import FAMILIES, Exercise
from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_ID, meanwhile
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import heading, message_label, paragraph, show_message
from recoverydesk.ui.pages.ride_it_out import RideItOutPlayer
from recoverydesk.ui.pages.skill_player import SkillPlayer

RIGHT_NOW_MINUTES = 4


class SkillsPage(QStackedWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.skills()
        self.setAccessibleName("Skills")
        self._controller = controller
        self.library = controller.skill_library()
        self.player: SkillPlayer | None = None
        self.right_now = False

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search skills")
        self.search.setAccessibleName("Search skills")
        self.search.textChanged.connect(self.refresh)
        self.right_now_button = QPushButton("Right now: short ones first")
        self.right_now_button.setCheckable(True)
        self.right_now_button.toggled.connect(self.set_right_now)
        self.show_hidden = QCheckBox("Show skills I set aside")
        self.show_hidden.toggled.connect(self.refresh)
        self.ride_button = QPushButton("Ride it out: a 5 or 15 minute timer")
        self.ride_button.clicked.connect(self.start_ride_it_out)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.ride_button)
        tools.addWidget(self.right_now_button)
        tools.addWidget(self.show_hidden)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Skills")
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        self.tree.itemActivated.connect(lambda item, _: self.start(item.data(
            0, Qt.ItemDataRole.UserRole)) if item.data(0, Qt.ItemDataRole.UserRole) else None)

        self.title = heading("", 1.2)
        self.when = paragraph("")
        self.detail = paragraph("")
        self.source = paragraph("", selectable=True)
        self.source.setObjectName("source")
        self.history = paragraph("")
        self.start_button = QPushButton("Start")
        self.start_button.clicked.connect(lambda: self.start(self.selected()))
        self.favourite_button = QPushButton()
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.message = message_label()
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.hide_button)
        actions.addStretch(1)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        for widget in (self.title, self.when, self.detail, self.history):
            details_layout.addWidget(widget)
        details_layout.addLayout(actions)
        details_layout.addWidget(self.message)
        self.next_skills = QHBoxLayout()  # after a chain analysis: the skills it pointed to
        details_layout.addLayout(self.next_skills)
        details_layout.addStretch(1)
        details_layout.addWidget(self.source)

        body = QHBoxLayout()
        body.addWidget(self.tree, 2)
        body.addWidget(details, 3)
        library = QWidget()
        layout = QVBoxLayout(library)
        layout.addWidget(heading("Skills"))
        layout.addWidget(paragraph("Things to do, step by step, when a moment is hard, or to "
                                   "practise when it isn't. This can help some people; see "
                                   "what works for you."))
        layout.addLayout(tools)
        layout.addLayout(body, 1)
        self.library_view = library
        self.addWidget(library)
        controller.about_to_lock.connect(self.close_player)
        self.refresh()

    # -- the list -------------------------------------------------------------------------

    def visible_exercises(self) -> list[Exercise]:
        prefs = self.presenter
        hidden = prefs.hidden()
        favourites = prefs.favourites()
        words = self.search.text().lower().split()
        chosen = []
        for exercise in self.library:
            if exercise.id in hidden and not self.show_hidden.isChecked():
                continue
            haystack = " ".join((exercise.title, exercise.when_it_helps,
                                 exercise.family_label)).lower()
            if all(word in haystack for word in words):
                chosen.append(exercise)
        if self.right_now:
            helped = self.helped_before()
            return sorted(chosen, key=lambda e: (
                helped.index(e.id) if e.id in helped else len(helped), e.minutes,
                e.id not in favourites, e.title))
        return sorted(chosen, key=lambda e: (e.id not in favourites, e.title))

    def refresh(self) -> None:
        current = self.selected()
        favourites = self.presenter.favourites()
        self.tree.clear()
        exercises = self.visible_exercises()
        helped = self.helped_before() if self.right_now else []
        others = [e for e in exercises if e.id not in helped]
        groups = ([("What has helped you before", [e for e in exercises if e.id in helped]),
                   ("Short ones first", [e for e in others if e.minutes <= RIGHT_NOW_MINUTES]),
                   ("A little longer", [e for e in others if e.minutes > RIGHT_NOW_MINUTES])]
                  if self.right_now else
                  [(FAMILIES[f], [e for e in exercises if e.family == f]) for f in FAMILIES])
        first = None
        for label, members in groups:
            if not members:
                continue
            parent = QTreeWidgetItem([label])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for exercise in members:
                star = "★ " if exercise.id in favourites else ""
                item = QTreeWidgetItem([f"{star}{exercise.title} — {exercise.minutes} min"])
                item.setData(0, Qt.ItemDataRole.UserRole, exercise)
                parent.addChild(item)
                first = first or item
                if current is not None and exercise.id == current.id:
                    self.tree.setCurrentItem(item)
            parent.setExpanded(True)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._show_details()

    def helped_before(self) -> list[str]:
        """Skills after which this person's urges were lower, when there are enough of their
        own ratings to say so; shown as a group, never with a number."""
        return helped_before(self.presenter.sessions())

    def set_right_now(self, on: bool) -> None:
        self.right_now = on
        if self.right_now_button.isChecked() != on:
            self.right_now_button.setChecked(on)
        self.refresh()

    def selected(self) -> Exercise | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _show_details(self) -> None:
        exercise = self.selected()
        for widget in (self.start_button, self.favourite_button, self.hide_button):
            widget.setEnabled(exercise is not None)
        if exercise is None:
            self.title.setText("")
            self.when.setText("No skills match that search.")
            self.detail.setText("")
            self.history.setText("")
            self.source.setText("")
            return
        prefs = self.presenter
        self.title.setText(exercise.title)
        self.when.setText(exercise.when_it_helps)
        self.detail.setText(f"About {exercise.minutes} minutes · {exercise.family_label}")
        self.source.setText(f"Based on: {exercise.based_on}")
        self.favourite_button.setText("Remove from favourites" if exercise.id in
                                      prefs.favourites() else "Add to favourites")
        self.hide_button.setText("Bring back" if exercise.id in prefs.hidden()
                                 else "Not for me")
        self.history.setText(self._history_text(exercise))
        self.start_button.setAccessibleName(f"Start {exercise.title}")

    def _history_text(self, exercise: Exercise) -> str:
        rows = effectiveness(self.presenter.sessions(exercise.id))
        if not rows:
            return "You haven't tried this one yet."
        row = rows[0]
        parts = [f"You've done this {_times(row.sessions)}."] if row.sessions else []
        if row.stopped:
            also = " also" if row.sessions else ""
            parts.append(f"You{also} started it {_times(row.stopped)} and stopped partway.")
        text = " ".join(parts)
        if row.average_urge_drop is not None and row.average_urge_drop > 0:
            text += (f" Afterwards, urges were on average {row.average_urge_drop:.1f} lower "
                     f"(from {row.rated_urge} rated).")
        return text

    def _toggle_favourite(self) -> None:
        exercise = self.selected()
        prefs = self.presenter
        prefs.set_favourite(exercise.id, exercise.id not in prefs.favourites())
        self.refresh()

    def _toggle_hidden(self) -> None:
        exercise = self.selected()
        prefs = self.presenter
        hide = exercise.id not in prefs.hidden()
        prefs.set_hidden(exercise.id, hide)
        show_message(self.message, f"{exercise.title} is set aside. \"Show skills I set "
                     "aside\" brings it back." if hide else "")
        self.refresh()

    # -- playing --------------------------------------------------------------------------

    def start(self, exercise: Exercise | None) -> SkillPlayer | None:
        if exercise is None:
            return None
        self.close_player()
        reduce_motion = self.presenter.reduce_motion()
        save = self.presenter.save_session
        if exercise.id == RIDE_IT_OUT_ID:
            self.player = RideItOutPlayer(exercise, self._meanwhile(), save, reduce_motion)
        else:
            self.player = SkillPlayer(exercise, save,
                                      lambda body: self.presenter.add_journal_entry(
                                          exercise.title, body, [exercise.title.lower()],
                                          datetime.now(UTC)),
                                      reduce_motion, skills=self.library)
        self.player.finished.connect(self._player_finished)
        self.player.running_changed.connect(self._controller.set_exercise_running)
        self.addWidget(self.player)
        self.setCurrentWidget(self.player)
        return self.player

    def start_ride_it_out(self) -> SkillPlayer | None:
        return self.start(next(e for e in self.library if e.id == RIDE_IT_OUT_ID))

    def _meanwhile(self) -> list[str]:
        help_now = self._controller.personal_help()
        favourites = self.presenter.favourites()
        return meanwhile(help_now.coping if help_now else [],
                         [e.title for e in self.library if e.id in favourites])

    def _player_finished(self, session) -> None:
        exercise = self.player.exercise
        self.close_player()
        if exercise.worksheet == "chain":
            self._chain_finished(exercise, session)
        elif session.completed:
            journal = (" Your answers are in your journal."
                       if exercise.saves_to_journal and session.answers else "")
            show_message(self.message, f"You took the time for {exercise.title}.{journal}")
        else:
            show_message(self.message, "Stopped. What you entered is kept.")
        self.refresh()

    def _chain_finished(self, exercise: Exercise, session) -> None:
        chain = self._controller.keep_chain_analysis(exercise, session)
        if chain is None:
            show_message(self.message,
                         "Stopped. Nothing was written yet, so there is no chain to keep.")
            return
        show_message(self.message, "Your chain is kept in your journal. "
                     + ("You could try a skill you picked:" if chain.skills else ""))
        for exercise_id in chain.skills:
            skill = next((e for e in self.library if e.id == exercise_id), None)
            if skill is not None:
                button = QPushButton(f"Start {skill.title}")
                button.clicked.connect(lambda _=False, e=skill: self.start(e))
                self.next_skills.addWidget(button)
        self.next_skills.addStretch(1)

    def _clear_next_skills(self) -> None:
        while self.next_skills.count():
            widget = self.next_skills.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def close_player(self) -> None:
        self._clear_next_skills()
        if self.player is not None:
            self.player.stop_quietly()
            self.removeWidget(self.player)
            self.player.deleteLater()
            self.player = None
        self.setCurrentWidget(self.library_view)


def _times(count: int) -> str:
    return f"{count} time{'s' if count != 1 else ''}"
