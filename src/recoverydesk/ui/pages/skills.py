"""The skills library: exercises by family, search, favourites, "not for me", "right now"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.skills.effectiveness import effectiveness, helped_before
from recoverydesk.skills.model import FAMILIES, Exercise
from recoverydesk.skills.ride_it_out import RIDE_IT_OUT_ID, meanwhile
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design import tokens
from recoverydesk.ui.design.card_grid import CardGrid, scrolling
from recoverydesk.ui.design.components import (
    Card,
    Chip,
    EmptyState,
    FlowLayout,
    IconButton,
    PageHeader,
    StatusMessage,
    scaled_font,
)
from recoverydesk.ui.design.turns import Turns
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.pages.ride_it_out import RideItOutPlayer
from recoverydesk.ui.pages.skill_player import SkillPlayer
from recoverydesk.ui.translation import translate

RIGHT_NOW_MINUTES = 4
FIRST_CARDS = 1  # built with the page (the others follow, in reading order, a few per turn)
RIGHT_NOW = QT_TRANSLATE_NOOP("SkillsPage", "Right now: short ones first")  # shown through tr()


def family_name(family: str) -> str:
    """The family's short name, for a chip: the words before the colon."""
    return core_tr(FAMILIES[family]).split(":")[0]


class SkillCard(Card):
    """One skill: what it is for, how long, what you've seen with it; Start, favourite and
    "not for me" on the card itself."""

    def __init__(self, exercise: Exercise, favourite: bool, hidden: bool, history: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(exercise.title, parent)
        self.exercise = exercise
        self.setAccessibleName(exercise.title)
        meta = paragraph((self.tr("About {minutes} min · {family} · a favourite") if favourite
                          else self.tr("About {minutes} min · {family}")).format(
            minutes=exercise.minutes, family=family_name(exercise.family)))
        meta.setProperty("tone", "muted")
        when = paragraph(exercise.when_it_helps)
        self.history = paragraph(history)
        self.history.setProperty("tone", "muted")
        source = paragraph(self.tr("Based on: {source}").format(source=exercise.based_on),
                           selectable=True)
        source.setObjectName("source")
        source.setProperty("tone", "muted")
        source.setFont(scaled_font(source, tokens.TYPE.caption))
        start = self.tr("Start {skill}").format(skill=exercise.title)
        self.start_button = IconButton("play", self.tr("Start"), start)
        self.start_button.setAccessibleName(start)
        self.start_button.setAutoDefault(True)
        self.favourite_button = IconButton(
            "favourite", "", self.tr("Remove from favourites") if favourite
            else self.tr("Add to favourites"))
        self.favourite_button.setCheckable(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setAccessibleName(
            (self.tr("Remove {skill} from favourites") if favourite
             else self.tr("Add {skill} to favourites")).format(skill=exercise.title))
        self.hide_button = QPushButton(self.tr("Bring back") if hidden else self.tr("Not for me"))
        self.hide_button.setAccessibleName(
            (self.tr("Bring back {skill}") if hidden else self.tr("{skill}: not for me")).format(
                skill=exercise.title))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.favourite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        for widget in (meta, when, self.history, source):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.body.addLayout(buttons)


class SkillsPage(QStackedWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.skills()
        self.setAccessibleName(self.tr("Skills"))
        self._controller = controller
        self.library = controller.skill_library()
        self.player: SkillPlayer | None = None
        self.right_now = False
        self.cards: dict[str, SkillCard] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search skills"))
        self.search.setAccessibleName(self.tr("Search skills (Enter goes to the first one)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.focus_first)
        self.right_now_button = Chip(self.tr(RIGHT_NOW))
        self.right_now_button.toggled.connect(self.set_right_now)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.right_now_button)

        self.all_chip = Chip(self.tr("All"))
        self.all_chip.setChecked(True)
        self.all_chip.clicked.connect(self._show_all_families)
        self.family_chips = {family: Chip(family_name(family)) for family in FAMILIES
                             if any(e.family == family for e in self.library)}
        for chip in self.family_chips.values():
            chip.setAccessibleName(self.tr("Only {family}").format(family=chip.text()))
            chip.toggled.connect(self._family_toggled)
        self.show_hidden = Chip(self.tr("Show skills I set aside"))
        self.show_hidden.toggled.connect(self.refresh)
        chips = FlowLayout()
        for chip in (self.all_chip, *self.family_chips.values(), self.show_hidden):
            chips.addWidget(chip)

        self.ride_button = IconButton("timer", self.tr("Ride it out"),
            self.tr("Ride it out: a 5 or 15 minute "
                                      "timer"))
        self.ride_button.setAccessibleName(self.tr("Ride it out: a 5 or 15 minute timer"))
        self.ride_button.clicked.connect(self.start_ride_it_out)
        self.message = StatusMessage()
        self.next_skills = QHBoxLayout()  # after a chain analysis: the skills it pointed to

        self.groups = QVBoxLayout()  # a heading and a grid of cards per group
        self.groups.setSpacing(16)
        self.empty = EmptyState("search", self.tr("No skills match"),
                                self.tr("You could try another word, or show every family."),
                                self._clear_filters_button())
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addLayout(self.groups)
        column_layout.addWidget(self.empty)
        column_layout.addStretch(1)
        scroll = scrolling(column)
        self.scroll = scroll

        library = QWidget()
        layout = QVBoxLayout(library)
        layout.addWidget(PageHeader(
            self.tr("Skills"),
                self.tr("Things to do, step by step, when a moment is hard, or to practise when "
            "it isn't. This can help some people; see what works for you."),
            [self.ride_button]))
        layout.addLayout(top)
        layout.addLayout(chips)
        layout.addWidget(self.message)
        layout.addLayout(self.next_skills)
        layout.addWidget(scroll, 1)
        self.library_view = library
        self.addWidget(library)
        controller.about_to_lock.connect(self.close_player)
        self._turns = Turns(self, controller.about_to_lock)
        self.cards_built = self._turns.finished
        self.refresh()

    def _clear_filters_button(self) -> QPushButton:
        button = QPushButton(self.tr("Show all skills"))
        button.clicked.connect(self.clear_filters)
        return button

    # -- the cards ------------------------------------------------------------------------

    def chosen_families(self) -> set[str]:
        return {family for family, chip in self.family_chips.items() if chip.isChecked()}

    def visible_exercises(self) -> list[Exercise]:
        prefs = self.presenter
        hidden = prefs.hidden()
        favourites = prefs.favourites()
        families = self.chosen_families()
        words = self.search.text().lower().split()
        chosen = []
        for exercise in self.library:
            if exercise.id in hidden and not self.show_hidden.isChecked():
                continue
            if families and exercise.family not in families:
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
        return sorted(chosen, key=lambda e: (not _in_title(words, e), e.id not in favourites,
                                             e.title))

    def shown_groups(self) -> list[tuple[str, list[Exercise]]]:
        """The headings and skills shown, in order (groups with no skills left out)."""
        exercises = self.visible_exercises()
        if self.right_now:
            helped = self.helped_before()
            others = [e for e in exercises if e.id not in helped]
            groups = [(self.tr("What has helped you before"),
                       [e for e in exercises if e.id in helped]),
                      (self.tr("Short ones first"), [e for e in others
                                                     if e.minutes <= RIGHT_NOW_MINUTES]),
                      (self.tr("A little longer"),
                       [e for e in others if e.minutes > RIGHT_NOW_MINUTES])]
        else:
            groups = [(core_tr(FAMILIES[f]), [e for e in exercises if e.family == f])
                      for f in FAMILIES]
        return [(label, members) for label, members in groups if members]

    def refresh(self) -> None:
        """The groups at once, their cards over the next turns of the event loop (a few per
        turn, in reading order: the ones on screen first), so the window never waits for all
        of them. A newer refresh drops the cards still waiting."""
        self._turns.cancel()
        prefs = self.presenter
        favourites, hidden = prefs.favourites(), prefs.hidden()
        sessions = self.presenter.sessions()
        while self.groups.count():
            self.groups.takeAt(0).widget().deleteLater()
        self.cards = {}
        groups = self.shown_groups()
        for label, members in groups:
            grid = CardGrid(column_width=30, max_columns=3)
            group = QWidget()
            group.setAccessibleName(label)
            group_layout = QVBoxLayout(group)
            group_layout.setContentsMargins(0, 0, 0, 0)
            group_layout.addWidget(heading(label, 1.15))
            group_layout.addWidget(grid)
            self.groups.addWidget(group)
            group.show()
            self._turns.add(*(lambda g=grid, e=exercise: self._add_card(
                g, e, e.id in favourites, e.id in hidden, _history_text(e, sessions))
                for exercise in members))
        self.empty.setVisible(not groups)
        self._turns.run_first(FIRST_CARDS)

    def _add_card(self, grid: CardGrid, exercise: Exercise, favourite: bool, hidden: bool,
                  history: str) -> None:
        card = SkillCard(exercise, favourite, hidden, history)
        card.start_button.clicked.connect(lambda _=False: self.start(exercise))
        card.favourite_button.clicked.connect(lambda _=False: self._toggle_favourite(exercise))
        card.hide_button.clicked.connect(lambda _=False: self._toggle_hidden(exercise))
        self.cards[exercise.id] = card
        grid.add_widgets([card])

    def building(self) -> bool:
        """Cards still to be added (``cards_built`` is emitted when the last one is)."""
        return self._turns.busy()

    def focus_first(self) -> None:
        """Enter in the search field: to the first skill's Start button."""
        self._turns.finish_now()
        exercises = self.visible_exercises()
        if exercises:
            card = self.cards[exercises[0].id]
            card.start_button.setFocus()
            self.scroll.ensureWidgetVisible(card)

    def clear_filters(self) -> None:
        self.search.clear()
        self._show_all_families()

    def _show_all_families(self) -> None:
        for chip in self.family_chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.all_chip.setChecked(True)
        self.refresh()

    def _family_toggled(self) -> None:
        self.all_chip.setChecked(not self.chosen_families())
        self.refresh()

    def show_family(self, family: str) -> None:
        """Only this family's skills (as a click on its chip, alone)."""
        self._show_all_families()
        self.family_chips[family].setChecked(True)

    def helped_before(self) -> list[str]:
        """Skills after which this person's urges were lower, when there are enough of their
        own ratings to say so; shown as a group, never with a number."""
        return helped_before(self.presenter.sessions())

    def set_right_now(self, on: bool) -> None:
        self.right_now = on
        if self.right_now_button.isChecked() != on:
            self.right_now_button.setChecked(on)
        self.refresh()

    def _toggle_favourite(self, exercise: Exercise) -> None:
        prefs = self.presenter
        prefs.set_favourite(exercise.id, exercise.id not in prefs.favourites())
        self.refresh()

    def _toggle_hidden(self, exercise: Exercise) -> None:
        prefs = self.presenter
        hide = exercise.id not in prefs.hidden()
        prefs.set_hidden(exercise.id, hide)
        self.message.show_message(self.tr("{skill} is set aside. \u201cShow skills I set "
                                          "aside\u201d brings it back.").format(
            skill=exercise.title) if hide else "", seconds=10)
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
            text = (self.tr("You took the time for {skill}. Your answers are in your journal.")
                    if exercise.saves_to_journal and session.answers
                    else self.tr("You took the time for {skill}."))
            self.message.show_message(text.format(skill=exercise.title), "done", seconds=10)
        else:
            self.message.show_message(self.tr("Stopped. What you entered is kept."))
        self.refresh()

    def _chain_finished(self, exercise: Exercise, session) -> None:
        chain = self._controller.keep_chain_analysis(exercise, session)
        if chain is None:
            self.message.show_message(
                self.tr("Stopped. Nothing was written yet, so there is no chain to keep."))
            return
        self.message.show_message(
            self.tr("Your chain is kept in your journal. You could try a skill you picked:")
            if chain.skills else self.tr("Your chain is kept in your journal."),
            "done", seconds=0)
        for exercise_id in chain.skills:
            skill = next((e for e in self.library if e.id == exercise_id), None)
            if skill is not None:
                button = QPushButton(self.tr("Start {skill}").format(skill=skill.title))
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


def _in_title(words: list[str], exercise: Exercise) -> bool:
    """A search's words all in the title: shown before skills that match only elsewhere."""
    return bool(words) and all(word in exercise.title.lower() for word in words)


def _history_text(exercise: Exercise, sessions) -> str:
    rows = effectiveness([s for s in sessions if s.exercise_id == exercise.id])
    if not rows:
        return translate("SkillsPage", "You haven't tried this one yet.")
    row = rows[0]
    done, stopped, rated = row.sessions, row.stopped, row.rated_urge  # plain names for lupdate
    parts = [translate("SkillsPage", "You've done this %n time(s).", None, done)
             ] if done else []
    if stopped:
        parts.append(translate("SkillsPage", "You also started it %n time(s) and stopped "
                                             "partway.", None, stopped) if done
                     else translate("SkillsPage", "You started it %n time(s) and stopped "
                                                  "partway.", None, stopped))
    if row.average_urge_drop is not None and row.average_urge_drop > 0:
        parts.append(translate("SkillsPage", "Afterwards, urges were on average {drop} lower "
                                             "(from %n rated).", None, rated).format(
            drop=QLocale().toString(row.average_urge_drop, "f", 1)))
    return " ".join(parts)
