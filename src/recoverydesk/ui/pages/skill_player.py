"""One generic player for every exercise: before, the steps, after. Keyboard all the way.

Alt+N next, Alt+B back, Alt+P pause or resume, Alt+T stop; Enter on the rating pages. What
is entered is saved as it goes, so stopping midway keeps it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.skills.engine import SkillRun
from recoverydesk.skills.model import Exercise
from recoverydesk.ui.design.components import RatingSegment
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.pages.breathing_pacer import BreathingPacer

TICK_MS = 100
STEP_TEXT_SCALE = 1.4
GAP = 16  # between the parts of a step: room to breathe
PLAYER_WIDTH = 760  # the player's column on a wide window


class SkillPlayer(QWidget):
    finished = Signal(object)  # the SkillSession, completed or not
    running_changed = Signal(bool)  # on the steps and not paused: the app counts as in use

    def __init__(self, exercise: Exercise, save_session, save_journal, reduce_motion: bool,
                 parent: QWidget | None = None, skills: list[Exercise] = ()) -> None:
        super().__init__(parent)
        self._skills = sorted((e for e in skills if e.id != exercise.id),  # choose_skills
                              key=lambda e: e.title.lower())
        self.setAccessibleName(self.tr("Skill: {skill}").format(skill=exercise.title))
        self.exercise = exercise
        self.run = SkillRun(exercise, datetime.now(UTC))
        self._save_session = save_session
        self._save_journal = save_journal
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(TICK_MS)
        self.clock_timer.timeout.connect(lambda: self.advance_time(TICK_MS / 1000))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._ratings_page(before=True))
        self.pages.addWidget(self._step_page(reduce_motion))
        self.pages.addWidget(self._ratings_page(before=False))
        column = QWidget()  # a reading width, centred: room either side on a wide window
        column.setMaximumWidth(PLAYER_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(GAP)
        column_layout.addWidget(heading(exercise.title))
        column_layout.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 100)
        layout.addStretch(1)
        self.urge_before.setFocus()

    # -- pages ----------------------------------------------------------------------------

    def _ratings_page(self, before: bool) -> QWidget:
        page = QWidget()
        urge = RatingSegment(5, (self.tr("none"), self.tr("strongest")))
        urge.setAccessibleName(self.tr("Urge to self-harm, 0 to 5"))
        distress = RatingSegment(10, (self.tr("calm"), self.tr("the most")))
        distress.setAccessibleName(self.tr("Distress, 0 to 10"))
        button = QPushButton(self.tr("Start") if before else self.tr("Done"))
        button.setDefault(True)
        button.clicked.connect(self.start if before else self.done)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), page, activated=button.click,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(page)
        layout.setSpacing(GAP)
        if before and self.exercise.caution:
            caution = paragraph(self.tr("Take care: {caution}").format(
                caution=self.exercise.caution))
            caution.setObjectName("message")
            caution.setAccessibleName(self.tr("Caution"))
            layout.addWidget(caution)
        layout.addWidget(paragraph(
            self.tr("Before you start: how strong are things right now? You can skip these.")
            if before else self.tr("How are things now? You can skip these too.")))
        for label, segment in ((self.tr("Urge to self-harm (0 none – 5 strongest)"), urge),
                               (self.tr("Distress (0 calm – 10 the most)"), distress)):
            layout.addWidget(QLabel(label))
            layout.addWidget(segment, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(GAP)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        if before:
            self.urge_before, self.distress_before, self.start_button = urge, distress, button
        else:
            self.urge_after, self.distress_after, self.done_button = urge, distress, button
        return page

    def _step_page(self, reduce_motion: bool) -> QWidget:
        page = QWidget()
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.step_text = paragraph("")
        self.step_text.setObjectName("stepText")
        font = QFont(self.step_text.font())
        font.setPointSizeF(font.pointSizeF() * STEP_TEXT_SCALE)
        self.step_text.setFont(font)
        self.note = paragraph("")
        self.note.setObjectName("message")
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Time left"))
        self.pacer = BreathingPacer(reduce_motion)
        self.prompt = QPlainTextEdit()
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMaximumHeight(140)
        self.rating_label = paragraph("")
        self.rating = RatingSegment(10, allow_skip=False)
        rating_row = QHBoxLayout()
        rating_row.setContentsMargins(0, 0, 0, 0)
        rating_row.addWidget(self.rating)
        rating_row.addStretch(1)
        self.rating_box = QWidget()
        self.rating_box.setLayout(rating_row)
        self.skill_choice = QListWidget()  # space ticks a skill
        for skill in self._skills:
            item = QListWidgetItem(skill.title)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.skill_choice.addItem(item)
        self.skill_choice.hide()  # shown on a choose_skills step only

        self.back_button = QPushButton(self.tr("Back"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        for button, action, keys, tip in (
                (self.back_button, self.back, "Alt+B", self.tr("Back")),
                (self.pause_button, self.toggle_pause, "Alt+P", self.tr("Pause or resume")),
                (self.next_button, self.next, "Alt+N", self.tr("Next")),
                (self.stop_button, self.stop, "Alt+T",
                 self.tr("Stop here. What you've entered is kept."))):
            button.clicked.connect(action)
            button.setToolTip(f"{tip} ({keys})")
            QShortcut(QKeySequence(keys), page, activated=button.click,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(page)
        layout.setSpacing(GAP)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_text)
        layout.addWidget(self.note)
        layout.addWidget(self.clock)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.rating_label)
        layout.addWidget(self.rating_box)
        layout.addWidget(self.skill_choice, 2)
        layout.addStretch(0)
        layout.addSpacing(GAP)
        layout.addLayout(buttons)
        return page

    # -- flow -----------------------------------------------------------------------------

    def start(self) -> None:
        self.run.rate_before(self.urge_before.value(), self.distress_before.value())
        self._save_session(self.run.session)
        self.pages.setCurrentIndex(1)
        self._show_step()
        self.clock_timer.start()
        self.running_changed.emit(True)

    def next(self) -> None:
        self._keep_answer()
        if not self.run.next():
            self._to_after()
            return
        self._show_step()

    def back(self) -> None:
        self._keep_answer()
        self.run.back()
        self._show_step()

    def toggle_pause(self) -> None:
        if self.run.paused:
            self.run.resume()
        else:
            self.run.pause()
        self.pause_button.setText(self.tr("Resume") if self.run.paused else self.tr("Pause"))
        self._show_clock()
        self.running_changed.emit(not self.run.paused)

    def advance_time(self, seconds: float) -> None:
        if self.pages.currentIndex() != 1:
            return
        before = self.run.index
        moved = self.run.tick(seconds)
        if moved:
            self._save_session(self.run.session)
            self._show_step()
        elif self.run.step.seconds and self.run.seconds_left == 0 and self.run.is_last:
            self._to_after()
        elif before == self.run.index:
            self._show_clock()

    def stop(self) -> None:
        self._keep_answer()
        self.clock_timer.stop()
        self.running_changed.emit(False)
        session = self.run.finish(completed=False, ended_at=datetime.now(UTC))
        self._save_session(session)
        self.finished.emit(session)

    def stop_quietly(self) -> None:
        """The page is going away (lock, another skill): keep what was entered, say nothing."""
        self.clock_timer.stop()
        self.running_changed.emit(False)
        if not self.run.finished:
            self._keep_answer()
            self._save_session(self.run.finish(completed=False, ended_at=datetime.now(UTC)))

    def done(self) -> None:
        self.run.rate_after(self.urge_after.value(), self.distress_after.value())
        session = self.run.finish(completed=True, ended_at=datetime.now(UTC))
        self._save_session(session)
        if self.exercise.saves_to_journal and session.answers:
            self._save_journal(self.journal_text())
        self.finished.emit(session)

    def _to_after(self) -> None:
        self.clock_timer.stop()
        self.running_changed.emit(False)
        self._save_session(self.run.session)
        self.pages.setCurrentIndex(2)
        self.urge_after.setFocus()

    def journal_text(self) -> str:
        lines = []
        for index, value in sorted(self.run.session.answers.items()):
            step = self.exercise.steps[index]
            if step.rating:
                lines.append(f"{step.text} {value} ({step.rating})\n")
            else:
                lines.append(f"{step.prompt}\n{value}\n")
        return "\n".join(lines)

    # -- showing a step -------------------------------------------------------------------

    def _keep_answer(self) -> None:
        step = self.run.step
        if step.prompt is not None and self.prompt.toPlainText().strip():
            self.run.answer(self.prompt.toPlainText().strip())
        elif step.rating is not None:
            self.run.answer(self.rating.value())
        elif step.choose_skills is not None:
            self.run.answer(self.chosen_skills())
        else:
            return
        self._save_session(self.run.session)

    def _show_step(self) -> None:
        step = self.run.step
        total = len(self.exercise.steps)
        self.progress.setText(self.tr("Step {number} of {total}").format(
            number=self.run.index + 1, total=total))
        self.step_text.setText(step.text)
        self.note.setText(step.note or "")
        self.note.setVisible(bool(step.note))
        self.pacer.setVisible(step.breathing is not None)
        self.prompt.setVisible(step.prompt is not None)
        self.rating_label.setVisible(step.rating is not None)
        self.rating_box.setVisible(step.rating is not None)
        self.skill_choice.setVisible(step.choose_skills is not None)
        answer = self.run.session.answers.get(self.run.index)
        if step.prompt is not None:
            self.prompt.setPlaceholderText(step.prompt)
            self.prompt.setAccessibleName(step.prompt)
            self.prompt.setPlainText(answer if isinstance(answer, str) else "")
            self.prompt.setFocus()
        elif step.rating is not None:
            self.rating_label.setText(step.rating)
            self.rating.setAccessibleName(f"{step.text} {step.rating}")
            self.rating.setValue(answer if isinstance(answer, int) else 5)
            self.rating.setFocus()
        elif step.choose_skills is not None:
            self._show_choice(step.choose_skills, answer if isinstance(answer, list) else [])
        else:
            self.next_button.setFocus()
        self.back_button.setEnabled(self.run.index > 0)
        self.pause_button.setEnabled(bool(step.seconds))
        self.next_button.setText(self.tr("Finish") if self.run.is_last else self.tr("Next"))
        self._show_clock()

    def chosen_skills(self) -> list[str]:
        items = (self.skill_choice.item(row) for row in range(self.skill_choice.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _show_choice(self, label: str, chosen: list[str]) -> None:
        self.skill_choice.setAccessibleName(self.tr("{label}: Space ticks a skill").format(
            label=label))
        for row in range(self.skill_choice.count()):
            item = self.skill_choice.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        self.skill_choice.setCurrentRow(0)
        self.skill_choice.setFocus()

    def _show_clock(self) -> None:
        step = self.run.step
        if not step.seconds:
            self.clock.setText("")
        else:
            left = int(self.run.seconds_left + 0.999)
            clock = f"{left // 60}:{left % 60:02d}"
            self.clock.setText((self.tr("{clock} left (paused)") if self.run.paused
                                else self.tr("{clock} left")).format(clock=clock))
        if step.breathing is not None:
            self.pacer.show_phase(self.run.breath())
