"""Running an exercise: steps, timers, breathing phases, ratings and answers. No Qt.

Time comes from the caller (``tick(seconds)``), so the same engine runs under a Qt timer in
the window and under a plain loop in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from recoverydesk.skills.model import Breathing, Exercise, Step

PHASES = ("Breathe in", "Hold", "Breathe out", "Hold")


@dataclass(frozen=True)
class TimelineEntry:
    step: int
    start: float
    end: float
    phase: str
    cycle: int = 0


def timeline(exercise: Exercise) -> list[TimelineEntry]:
    """When each timed part happens, if the person moves on from untimed steps at once."""
    entries: list[TimelineEntry] = []
    clock = 0.0
    for index, step in enumerate(exercise.steps):
        if step.breathing:
            for cycle in range(1, step.breathing.cycles + 1):
                for phase, seconds in zip(PHASES, _phase_seconds(step.breathing), strict=True):
                    if seconds > 0:
                        entries.append(TimelineEntry(index, clock, clock + seconds, phase, cycle))
                        clock += seconds
        elif step.timer_seconds:
            entries.append(TimelineEntry(index, clock, clock + step.timer_seconds, "timer"))
            clock += step.timer_seconds
    return entries


@dataclass(frozen=True)
class BreathPhase:
    name: str
    progress: float  # 0 → 1 through this phase
    seconds_left: float
    cycle: int
    size: float  # 0 (empty lungs) → 1 (full): what a pacer draws


def breathing_phase(pattern: Breathing, elapsed: float) -> BreathPhase | None:
    """Where a breath is, ``elapsed`` seconds into the pattern; None once it is over."""
    if elapsed >= pattern.total_seconds:
        return None
    cycle, into = divmod(max(0.0, elapsed), pattern.cycle_seconds)
    for name, seconds, start_size, end_size in zip(
            PHASES, _phase_seconds(pattern), (0, 1, 1, 0), (1, 1, 0, 0), strict=True):
        if seconds > 0 and into < seconds:
            progress = into / seconds
            size = start_size + (end_size - start_size) * progress
            return BreathPhase(name, progress, seconds - into, int(cycle) + 1, size)
        into -= seconds
    return None


def _phase_seconds(pattern: Breathing) -> tuple[float, float, float, float]:
    return pattern.inhale, pattern.hold_in, pattern.exhale, pattern.hold_out


@dataclass(frozen=True)
class Ratings:
    urge: int | None = None  # 0–5
    distress: int | None = None  # 0–10


@dataclass
class SkillSession:
    exercise_id: str
    started_at: datetime
    ended_at: datetime | None = None
    completed: bool = False
    before: Ratings = field(default_factory=Ratings)
    after: Ratings = field(default_factory=Ratings)
    answers: dict[int, str | int | list[str]] = field(default_factory=dict)
    id: int | None = None


class SkillRun:
    """One person doing one exercise, step by step."""

    def __init__(self, exercise: Exercise, started_at: datetime) -> None:
        self.exercise = exercise
        self.session = SkillSession(exercise.id, started_at)
        self.index = 0
        self.step_elapsed = 0.0
        self.paused = False
        self.finished = False

    @property
    def step(self) -> Step:
        return self.exercise.steps[self.index]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.exercise.steps) - 1

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.step.seconds - self.step_elapsed)

    def breath(self) -> BreathPhase | None:
        return breathing_phase(self.step.breathing, self.step_elapsed) if self.step.breathing \
            else None

    def rate_before(self, urge: int | None, distress: int | None) -> None:
        self.session.before = Ratings(_clamp(urge, 5), _clamp(distress, 10))

    def rate_after(self, urge: int | None, distress: int | None) -> None:
        self.session.after = Ratings(_clamp(urge, 5), _clamp(distress, 10))

    def answer(self, value: str | int | list[str]) -> None:
        if self.step.rating is not None and isinstance(value, int):
            value = max(0, min(10, value))
        self.session.answers[self.index] = value

    def tick(self, seconds: float) -> bool:
        """Let time pass. Returns True when a timed step ran out and the run moved on."""
        if self.paused or self.finished or not self.step.seconds:
            return False
        self.step_elapsed += seconds
        if self.step_elapsed >= self.step.seconds:
            return self.next()
        return False

    def next(self) -> bool:
        """Move on; False at the last step (the player then asks the after-ratings)."""
        if self.is_last:
            return False
        self.index += 1
        self.step_elapsed = 0.0
        return True

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.step_elapsed = 0.0

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def finish(self, completed: bool, ended_at: datetime) -> SkillSession:
        self.finished = True
        self.session.completed = completed
        self.session.ended_at = ended_at
        return self.session


def _clamp(value: int | None, top: int) -> int | None:
    return None if value is None else max(0, min(top, int(value)))
