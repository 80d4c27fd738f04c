"""The ride-it-out timer: the skill player with a choice of 5 or 15 minutes, an optional
sound at the end, and the person's own things to do meanwhile.

Sound: PySide6-Essentials has no QtMultimedia, so the only sound is the system's beep
(``QApplication.beep``), and "No sound" is the default. Time comes from the player's
``advance_time`` (a QTimer in the window; tests call it themselves).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QButtonGroup, QComboBox, QHBoxLayout, QRadioButton

from recoverydesk.skills.engine import SkillRun
from recoverydesk.skills.model import Exercise
from recoverydesk.skills.ride_it_out import MINUTES, timed
from recoverydesk.ui.design.widgets import heading, paragraph
from recoverydesk.ui.pages.skill_player import SkillPlayer

CLOCK_SCALE = 3.0
NO_SOUND, BEEP = "none", "beep"


class RideItOutPlayer(SkillPlayer):
    def __init__(self, exercise: Exercise, meanwhile: list[str], save_session, reduce_motion: bool,
                 beep=QApplication.beep, parent=None) -> None:
        self._base = exercise
        self.beep = beep  # injectable: tests count the calls
        super().__init__(timed(exercise, MINUTES[0]), save_session, lambda _: None,
                         reduce_motion, parent)
        self.setAccessibleName(self.tr("Ride it out: a timer"))
        self._add_choices()
        self._add_meanwhile(meanwhile)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * CLOCK_SCALE)
        font.setBold(True)
        self.clock.setFont(font)
        for unused in (self.progress, self.back_button, self.pacer, self.prompt, self.note,
                       self.rating_label, self.rating_box):
            unused.hide()  # one timed step: none of these ever shows, nor takes room

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.pages.currentIndex() == 0:
            self.minute_buttons[0].setFocus()

    def _add_choices(self) -> None:
        self.minute_buttons = []
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for minutes in MINUTES:
            button = QRadioButton(self.tr("%n minute(s)", "", minutes))
            button.setAccessibleName(self.tr("Ride it out for %n minute(s)", "", minutes))
            group.addButton(button)
            row.addWidget(button)
            self.minute_buttons.append(button)
        row.addStretch(1)
        self.minute_buttons[0].setChecked(True)
        self.sound = QComboBox()
        self.sound.setAccessibleName(self.tr("Sound at the end"))
        self.sound.addItem(self.tr("No sound"), NO_SOUND)
        self.sound.addItem(self.tr("A short beep at the end (your computer's own sound)"), BEEP)
        sound_row = QHBoxLayout()
        sound_row.addWidget(paragraph(self.tr("Sound:")))
        sound_row.addWidget(self.sound, 1)
        layout = self.pages.widget(0).layout()
        layout.insertWidget(0, paragraph(self._base.when_it_helps))
        layout.insertWidget(1, heading(self.tr("How long?"), 1.1))
        layout.insertLayout(2, row)
        layout.insertLayout(3, sound_row)

    def _add_meanwhile(self, things: list[str]) -> None:
        text = ("\n".join(f"•  {thing}" for thing in things) if things else
                self.tr("You could breathe slowly, hold something comforting, or watch the "
                        "clock. Things from your safety plan and your favourite skills show "
                        "here."))
        self.meanwhile = paragraph(text)
        self.meanwhile.setAccessibleName(self.tr("Things you could do meanwhile"))
        layout = self.pages.widget(1).layout()
        at = layout.indexOf(self.clock) + 1
        layout.insertWidget(at, heading(self.tr("Things you could do meanwhile"), 1.1))
        layout.insertWidget(at + 1, self.meanwhile)

    @property
    def minutes(self) -> int:
        return next(m for m, b in zip(MINUTES, self.minute_buttons, strict=True)
                    if b.isChecked())

    def start(self) -> None:
        self.exercise = timed(self._base, self.minutes)
        self.run = SkillRun(self.exercise, self.run.session.started_at)
        super().start()

    def _to_after(self) -> None:
        ran_out = self.run.seconds_left == 0
        super()._to_after()
        if ran_out and self.sound.currentData() == BEEP:
            self.beep()
