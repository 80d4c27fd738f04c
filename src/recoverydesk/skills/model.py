"""Exercises as plain data: what a skill is, step by step. Imports no Qt."""

from __future__ import annotations

from dataclasses import dataclass

FAMILIES = {
    "distress_tolerance":
        "Distress tolerance: getting through a hard moment without making it worse",
    "mindfulness": "Mindfulness: noticing what is here, now, without judging it",
    "emotion_regulation": "Emotion regulation: understanding and easing strong feelings",
    "act": "Acceptance and commitment: making room for thoughts and moving towards what matters",
    "self_compassion": "Self-compassion: treating yourself as you would a friend",
    "cbt": "Thoughts and feelings: looking at a thought from more than one side",
    "interpersonal": "People: asking for what you need, and wondering what others feel",
    "relaxation": "Relaxation: helping your body and mind settle",
    "looking_back": "Looking back: understanding what led to a hard moment, without blame",
}


@dataclass(frozen=True)
class Breathing:
    """One breath: inhale, hold, exhale, hold (seconds), repeated ``cycles`` times."""

    inhale: float
    hold_in: float
    exhale: float
    hold_out: float
    cycles: int

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def total_seconds(self) -> float:
        return self.cycle_seconds * self.cycles


@dataclass(frozen=True)
class Step:
    text: str
    timer_seconds: float = 0
    breathing: Breathing | None = None
    prompt: str | None = None  # a free-text question
    rating: str | None = None  # a 0–10 question
    note: str | None = None  # a safety note shown with the step
    choose_skills: str | None = None  # pick skills from the library (answer: list of ids)
    field: str | None = None  # where a worksheet keeps this step's answer

    @property
    def seconds(self) -> float:
        """How long the step runs by itself (0: until the person moves on)."""
        return self.breathing.total_seconds if self.breathing else self.timer_seconds


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    family: str
    when_it_helps: str
    minutes: int
    steps: tuple[Step, ...]
    based_on: str = ""
    saves_to_journal: bool = False
    body: bool = False  # the body is involved (cold, movement, breath, tensing): needs a caution
    caution: str = ""  # shown before the exercise starts
    worksheet: str = ""  # "chain": the answers are also kept as a structured record
    family_title: str = ""  # the family's label in a translation ("": the English one)

    @property
    def family_label(self) -> str:
        return self.family_title or FAMILIES[self.family]
