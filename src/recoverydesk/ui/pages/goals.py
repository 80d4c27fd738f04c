"""Goals: active goals with progress and the next step, steps you tick, kind reviews, what
you reached, and an archive; and the small glance Today shows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.goals import (
    TEMPLATES,
    Goal,
    GoalState,
    MeasureKind,
    Progress,
    Review,
    Step,
    due_soon,
    smart_notes,
)
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.card_grid import scrolling
from recoverydesk.ui.design.components import (
    Card,
    EmptyState,
    FlowLayout,
    IconButton,
    PageHeader,
)
from recoverydesk.ui.design.widgets import (
    centred_column,
    heading,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.dialogs.goal_dialogs import (
    REVIEW_WEEKS,
    GoalEditor,
    OptionalDate,
    ReviewDialog,
    local_today,
)
from recoverydesk.ui.translation import format_date, translate

RECENT_DAYS = 30  # achieved this recently: "Recently achieved"; earlier: the archive


def _day(day: date) -> str:
    return format_date(day, "dd MMM yyyy")


class GoalsPage(QStackedWidget):
    """The empty state (a welcome with starting points) or the goals and one goal's details."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.goals()
        self.setAccessibleName(self.tr("Goals"))
        self._controller = controller
        self._goals: list[Goal] = []
        self._current_id: int | None = None
        self.addWidget(self._empty_state())
        self.addWidget(self._overview())
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_goal)
        controller.goals_changed.connect(self.refresh)
        controller.checkins_changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()  # progress counts what was logged since the page was last shown
        super().showEvent(event)

    # -- layout ---------------------------------------------------------------------------

    def _empty_state(self) -> QWidget:
        own = IconButton("add", self.tr("Write a goal of my own…"))
        own.clicked.connect(lambda: self.new_goal())
        self.empty_own_button = own
        empty = EmptyState(
            "goals", self.tr("No goals yet"),
            self.tr("A goal here is something small and clear that matters to you, with steps you "
            "can tick off. RecoveryDesk can count progress from what you already log, so "
            "there's nothing extra to type."), own)
        starts = Card(self.tr("You could start from one of these and make it your own"))
        for template in TEMPLATES:
            button = QPushButton(core_tr(template.title))
            button.setAccessibleName(self.tr("Start from: {goal}").format(
                goal=core_tr(template.title)))
            button.clicked.connect(lambda _=False, t=template: self.new_goal(t))
            starts.body.addWidget(button)
        column = centred_column(empty, starts, max_width=640)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(PageHeader(self.tr("Goals")))
        layout.addWidget(scrolling(column), 1)
        return page

    def _overview(self) -> QWidget:
        self.new_button = IconButton("add", self.tr("New goal…"), self.tr("New goal (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_goal())
        self.due = paragraph("")
        self.due.setObjectName("message")
        self.due.setAccessibleName(self.tr("Due soon"))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your goals"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(PageHeader(self.tr("Goals"),
            self.tr("Small, clear steps towards what matters to you."),
                                    [self.new_button]))
        layout.addWidget(self.due)
        layout.addWidget(splitter, 1)
        return page

    def _details(self) -> QWidget:
        self.title = heading("", 1.3)
        self.state = paragraph("")
        self.recognition = paragraph("")
        self.recognition.setObjectName("message")
        self.recognition.setAccessibleName(self.tr("Recognition"))
        self.review_prompt = message_label()
        self.review_prompt.setAccessibleName(self.tr("Time to look at this goal"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.progress_text = paragraph("")
        self.manual_value = QDoubleSpinBox()
        self.manual_value.setRange(0, 100000)
        self.manual_value.setDecimals(0)
        self.manual_value.setAccessibleName(self.tr("Where you are now"))
        self.manual_save = QPushButton(self.tr("Update"))
        self.manual_save.setAccessibleName(self.tr("Update the number"))
        self.manual_save.clicked.connect(self.update_manual_value)
        manual = QHBoxLayout()
        manual.addWidget(paragraph(self.tr("Where you are now:")))
        manual.addWidget(self.manual_value)
        manual.addWidget(self.manual_save)
        manual.addStretch(1)
        self.manual_row = QWidget()
        self.manual_row.setLayout(manual)
        manual.setContentsMargins(0, 0, 0, 0)
        self.smart = paragraph("")

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps (Space ticks, Alt+Up and Alt+Down move)"))
        self.steps.itemChanged.connect(self._step_ticked)
        QShortcut(QKeySequence("Alt+Up"), self.steps, activated=lambda: self.move_step(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Down"), self.steps, activated=lambda: self.move_step(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.steps, activated=self.remove_step,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.new_step = QLineEdit()
        self.new_step.setAccessibleName(self.tr("New step"))
        self.new_step.setPlaceholderText(self.tr("A new step: type here and press Enter"))
        self.new_step.returnPressed.connect(self.add_step)
        self.step_due = OptionalDate(self.tr("By"), None, local_today() + timedelta(days=7))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_step, 1)
        add_row.addWidget(self.step_due)
        step_buttons = QHBoxLayout()
        for label, name, action in (
                (self.tr("Up"), self.tr("Up (step)"), lambda: self.move_step(-1)),
                (self.tr("Down"), self.tr("Down (step)"), lambda: self.move_step(1)),
                (self.tr("Remove step"), self.tr("Remove step"), self.remove_step)):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.clicked.connect(action)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)

        self.edit_button = QPushButton(self.tr("Edit goal…"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.review_button = QPushButton(self.tr("Write a review…"))
        self.review_button.clicked.connect(self.write_review)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.achieved_button = QPushButton(self.tr("Mark achieved"))
        self.achieved_button.clicked.connect(lambda: self.set_state(GoalState.ACHIEVED))
        self.let_go_button = QPushButton(self.tr("Let it go"))
        self.let_go_button.setToolTip(self.tr("Set this goal aside. You can pick it up again."))
        self.let_go_button.clicked.connect(lambda: self.set_state(GoalState.LET_GO))
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.delete_button.clicked.connect(self.delete_goal)
        actions = FlowLayout()  # wraps on a narrow window rather than widening it
        for button in (self.edit_button, self.review_button, self.pause_button,
                       self.achieved_button, self.let_go_button, self.delete_button):
            actions.addWidget(button)
        self.reviews = paragraph("")
        self.reviews.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        goal_card = Card()
        for widget in (self.title, self.state, self.recognition, self.review_prompt,
                       self.progress_text, self.progress_bar, self.manual_row):
            goal_card.body.addWidget(widget)
        goal_card.body.addLayout(actions)
        steps_card = Card(self.tr("Steps"))
        steps_card.body.addWidget(self.steps)
        steps_card.body.addLayout(add_row)
        steps_card.body.addLayout(step_buttons)
        steps_card.body.addWidget(self.smart)
        reviews_card = Card(self.tr("Reviews"))
        reviews_card.body.addWidget(self.reviews)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in (goal_card, steps_card, reviews_card):
            layout.addWidget(card)
        layout.addStretch(1)
        scroll = scrolling(column)
        scroll.setAccessibleName(self.tr("The goal"))
        return scroll

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._goals = self.presenter.all()
        self.setCurrentIndex(1 if self._goals else 0)
        today = local_today()
        soon = due_soon(self._goals, today)
        show_message(self.due, self.tr("Due soon: {steps}").format(steps="; ".join(
            (self.tr("{step} ({goal}, was due {day})") if step.due < today
             else self.tr("{step} ({goal}, by {day})")).format(
                step=step.text, goal=goal.name, day=format_date(step.due, "ddd dd MMM"))
            for goal, step in soon[:3])) if soon else "")
        keep = self._current_id
        self.list.blockSignals(True)
        self.list.clear()
        for title, goals in self._groups(today):
            if not goals:
                continue
            header = QListWidgetItem(title)
            font = QFont(self.list.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable
            header.setForeground(self.list.palette().windowText())
            self.list.addItem(header)
            for goal in goals:
                item = QListWidgetItem(goal.name)
                item.setData(Qt.ItemDataRole.UserRole, goal.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self.select_goal(keep if keep in {g.id for g in self._goals} else None)

    def _groups(self, today: date) -> list[tuple[str, list[Goal]]]:
        recent = today - timedelta(days=RECENT_DAYS)

        def recently(goal: Goal) -> bool:
            return goal.state_changed_at.date() >= recent

        return [
            (self.tr("Active"), [g for g in self._goals if g.state is GoalState.ACTIVE]),
            (self.tr("Paused"), [g for g in self._goals if g.state is GoalState.PAUSED]),
            (self.tr("Recently achieved"), [g for g in self._goals
                                            if g.state is GoalState.ACHIEVED and recently(g)]),
            (self.tr("Archive"), [g for g in self._goals if g.state is GoalState.LET_GO
                                  or (g.state is GoalState.ACHIEVED and not recently(g))]),
        ]

    def select_goal(self, goal_id: int | None) -> None:
        """Show this goal (None: the first one)."""
        for row in range(self.list.count()):
            item_id = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if item_id is not None and (goal_id is None or item_id == goal_id):
                self.list.setCurrentRow(row)
                self._show_current()
                return

    def current_goal(self) -> Goal | None:
        return next((g for g in self._goals if g.id == self._current_id), None)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        self._current_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        goal = self.current_goal()
        if goal is None:
            return
        today = local_today()
        self.title.setText(goal.name)
        self.title.setAccessibleName(goal.name)
        state = (self.tr("{state} since {day} · aiming for {target}") if goal.target_date
                 else self.tr("{state} since {day}"))
        self.state.setText(state.format(
            state=core_tr(goal.state.label), day=_day(goal.state_changed_at),
            target=_day(goal.target_date) if goal.target_date else ""))
        show_message(self.recognition, self.tr(
            "You reached this on {day}. That took steady "
            "effort; it's worth taking a moment to notice it.").format(
                day=_day(goal.state_changed_at.date()))
            if goal.state is GoalState.ACHIEVED else
            self.tr("You set this one aside. That's a choice too; you can pick it up again any "
                    "time.")
            if goal.state is GoalState.LET_GO else "")
        show_message(self.review_prompt, self.tr(
            "Time to look at this goal? When you're ready, a short review can help you see "
            "what's working.") if goal.review_due(today) else "")
        shown = self.presenter.progress(goal, today)
        self.progress_text.setVisible(shown is not None)
        self.progress_bar.setVisible(shown is not None and shown.fraction is not None)
        if shown is not None:
            self.progress_text.setText(progress_sentence(shown))
            self.progress_bar.setValue(round(100 * (shown.fraction or 0)))
        self.manual_row.setVisible(goal.measure.kind is MeasureKind.MANUAL)
        self.manual_value.setValue(goal.measure.value)
        notes = smart_notes(goal, today) if goal.state.open else []
        self.smart.setVisible(bool(notes))
        self.smart.setText(self.tr("You could add to this goal when it suits you:") + "\n"
                           + "\n".join(f"• {core_tr(n.text)}" for n in notes))
        self._fill_steps(goal)
        self.pause_button.setText(self.tr("Resume") if goal.state is GoalState.PAUSED
                                  else self.tr("Pick it up again") if not goal.state.open
                                  else self.tr("Pause"))
        self.achieved_button.setVisible(goal.state.open)
        self.let_go_button.setVisible(goal.state.open)
        self.delete_button.setVisible(goal.state is GoalState.LET_GO)
        self.reviews.setText("\n\n".join(_review_text(r) for r in reversed(goal.reviews))
                             or self.tr("No reviews yet. “Write a review…” keeps a short, "
                                        "dated note of how it's going."))

    def _fill_steps(self, goal: Goal) -> None:
        row = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in goal.steps:
            item = QListWidgetItem(_step_text(step))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            self.steps.addItem(item)
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))
        self.steps.blockSignals(False)
        rows = max(3, self.steps.count())
        line = self.steps.sizeHintForRow(0) if self.steps.count() else self.fontMetrics().height()
        self.steps.setFixedHeight(rows * (line + 2) + 2 * self.steps.frameWidth() + 4)

    # -- changing ---------------------------------------------------------------------------

    def new_goal(self, template: Goal | None = None) -> None:
        start = (replace(template, review_date=local_today() + timedelta(weeks=REVIEW_WEEKS))
                 if template else None)
        editor = GoalEditor(start, self)
        if template is not None:
            editor.template.setCurrentIndex(editor.template.findText(template.title))
        self._run(editor, lambda: self._save_goal(editor.goal()))

    def edit_goal(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            editor = GoalEditor(goal, self)
            self._run(editor, lambda: self._save_goal(editor.goal()))

    def write_review(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        dialog = ReviewDialog(goal, self)

        def keep():
            self.presenter.add_review(
                goal.id, dialog.review(), dialog.look_again.value(), dialog.add_step.isChecked())
            self._changed(self.tr("Review kept."))

        self._run(dialog, keep)

    def _run(self, dialog, save) -> None:
        """Show a dialog; Save keeps it. Locking while it is open keeps what was typed."""
        def keep_on_lock():
            if dialog.has_input():
                save()
            dialog.reject()

        self._controller.about_to_lock.connect(keep_on_lock)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                save()
        finally:
            self._controller.about_to_lock.disconnect(keep_on_lock)

    def _save_goal(self, goal: Goal) -> None:
        saved = self.presenter.save(goal, datetime.now().astimezone())
        self._current_id = saved.id
        self._changed(self.tr("Goal saved."))

    def set_state(self, state: GoalState) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        self.presenter.set_state(goal.id, state, datetime.now(UTC).astimezone())
        self._changed({GoalState.ACHIEVED: self.tr("Marked achieved. Well done for getting "
                                                   "here."),
                       GoalState.PAUSED: self.tr("Paused. It'll be here when you're ready."),
                       GoalState.LET_GO: self.tr("Let go. You can pick it up again any time."),
                       GoalState.ACTIVE: self.tr("Active again.")}[state])

    def delete_goal(self) -> None:
        """Only for goals already let go; asks first."""
        goal = self.current_goal()
        if goal is None or goal.state is not GoalState.LET_GO:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete this goal?"),
            self.tr("Delete “{goal}” with its steps and reviews? This can't be undone. "
                    "Goals you let go can also simply stay in the archive.").format(
                goal=goal.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.delete(goal.id)
            self._current_id = None
            self._changed(self.tr("Goal deleted."))

    def _pause_or_resume(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            self.set_state(GoalState.PAUSED if goal.state is GoalState.ACTIVE
                           else GoalState.ACTIVE)

    def update_manual_value(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            self.presenter.set_measure_value(goal.id, self.manual_value.value())
            self._changed(self.tr("Updated."))

    def add_step(self) -> None:
        goal = self.current_goal()
        text = self.new_step.text().strip()
        if goal is None or not text:
            return
        self.presenter.add_step(goal.id, text, self.step_due.value())
        self.new_step.clear()
        self._changed("")
        self.steps.setCurrentRow(self.steps.count() - 1)

    def _selected_step(self) -> int | None:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _step_ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        self.steps.setCurrentItem(item)
        self.presenter.set_step_done(item.data(Qt.ItemDataRole.UserRole),
                                                    local_today() if done else None)
        self._changed("")

    def move_step(self, by: int) -> None:
        step_id = self._selected_step()
        if step_id is None:
            return
        self.presenter.move_step(step_id, by)
        self._changed("")
        for row in range(self.steps.count()):
            if self.steps.item(row).data(Qt.ItemDataRole.UserRole) == step_id:
                self.steps.setCurrentRow(row)

    def remove_step(self) -> None:
        step_id = self._selected_step()
        if step_id is not None:
            self.presenter.delete_step(step_id)
            self._changed("")

    def _changed(self, notice: str) -> None:
        self._controller.goals_changed.emit()
        if notice:
            self._controller.notice.emit(notice)


class GoalGlance(QWidget):
    """On Today: the next step of one active goal, and a gentle word when a review is due."""

    open_requested = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.goals()
        self.setAccessibleName(self.tr("A goal step"))
        self._controller = controller
        self._goal_id: int | None = None
        self.step = paragraph("")
        self.review = message_label()
        self.review.setAccessibleName(self.tr("Time to look at a goal"))
        self.open_button = QPushButton(self.tr("Open goals"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._goal_id or 0))
        row = QHBoxLayout()
        row.addWidget(self.step, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("A next step"), 1.1))
        layout.addLayout(row)
        layout.addWidget(self.review)
        controller.goals_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = local_today()
        goals = self.presenter.all()
        due = next((g for g in goals if g.review_due(today)), None)
        active = [g for g in goals if g.state is GoalState.ACTIVE and g.next_step()]
        active.sort(key=lambda g: (g.next_step().due or date.max, g.id))
        self.setVisible(bool(active or due))
        chosen = due or (active[0] if active else None)  # a due review first, gently
        self._goal_id = chosen.id if chosen else None
        if active:
            step = active[0].next_step()
            text = (self.tr("{step} (by {day}), for “{goal}”.") if step.due
                    else self.tr("{step}, for “{goal}”."))
            self.step.setText(text.format(step=step.text, goal=active[0].name,
                                          day=format_date(step.due, "ddd dd MMM")
                                          if step.due else ""))
        else:
            self.step.setText(self.tr("Your active goals have no open steps right now."))
        show_message(self.review, self.tr(
            "Time to look at “{goal}”? When you're ready, a short review can help.").format(
                goal=due.name) if due else "")


def _step_text(step: Step) -> str:
    if step.done_on is not None:
        return translate("GoalsPage", "{step} (done {day})").format(
            step=step.text, day=format_date(step.done_on, "dd MMM"))
    return translate("GoalsPage", "{step} (by {day})").format(
        step=step.text, day=format_date(step.due, "ddd dd MMM")) if step.due else step.text


def progress_sentence(shown: Progress) -> str:
    """goals.Progress.sentence(), which the core's catalogue says in the person's language."""
    return shown.sentence()


def _review_text(review: Review) -> str:
    parts = [_day(review.written_at)]
    for label, text in ((translate("GoalsPage", "Went well"), review.went_well),
                        (translate("GoalsPage", "Got in the way"), review.got_in_the_way),
                        (translate("GoalsPage", "Next small step"), review.next_step),
                        (translate("GoalsPage", "Note"), review.note)):
        if text.strip():
            parts.append(f"{label}: {text.strip()}")
    return "\n".join(parts)
