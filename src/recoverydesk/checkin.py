"""Check-ins: the record, its default lists, and the DBT skills list. Imports no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

URGE_TARGETS = ("self-harm", "suicidal thoughts", "drugs or alcohol")
EMOTIONS = ("sadness", "shame", "anger", "fear", "joy", "anxiety")

# DBT skills by module (names as commonly taught; a person can add their own).
SKILL_MODULES = {
    "Mindfulness": ("Wise mind", "Observe", "Describe", "Participate", "Non-judgmental stance",
                    "One-mindfully", "Effectively"),
    "Distress tolerance": ("STOP", "Pros and cons", "TIPP", "Distract (ACCEPTS)",
                           "Self-soothe", "IMPROVE the moment", "Radical acceptance",
                           "Turning the mind", "Willingness"),
    "Emotion regulation": ("Check the facts", "Opposite action", "Problem solving",
                           "Accumulate positives", "Build mastery", "Cope ahead",
                           "PLEASE (look after your body)"),
    "Interpersonal effectiveness": ("DEAR MAN", "GIVE", "FAST"),
}


@dataclass(frozen=True)
class Urge:
    target: str
    level: int | None = None  # 0–5, None: not rated
    acted: bool = False


@dataclass(frozen=True)
class CheckIn:
    at: datetime
    mood: int | None = None  # 0–5
    urges: tuple[Urge, ...] = ()
    emotions: dict[str, int] = field(default_factory=dict)  # 0–5 each
    distress: int | None = None  # 0–10
    skills: frozenset[str] = frozenset()
    sleep_hours: float | None = None
    medication: bool | None = None
    note: str = ""
    id: int | None = None

    def urge(self, target: str) -> Urge | None:
        return next((u for u in self.urges if u.target == target), None)
