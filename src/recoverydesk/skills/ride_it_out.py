"""Ride it out: wait an urge out for 5 or 15 minutes, with things to do meanwhile. No Qt.

It is the ``ride-it-out`` exercise (one timed step) with the time the person chose, so it
runs in the same engine and is saved like any skill session, ratings before and after.
"""

from __future__ import annotations

from dataclasses import replace

from recoverydesk.safety_plan import skill_title
from recoverydesk.skills.model import Exercise

RIDE_IT_OUT_ID = "ride-it-out"
RIDE_IT_OUT_TITLE = "Ride it out"  # as in ride_it_out.toml (a test keeps them the same)
MINUTES = (5, 15)
MEANWHILE_LIMIT = 6


def timed(exercise: Exercise, minutes: int) -> Exercise:
    """The ride-it-out exercise with its one step lasting ``minutes``."""
    if minutes not in MINUTES:
        raise ValueError(f"ride it out lasts one of {MINUTES} minutes")
    step = replace(exercise.steps[0], timer_seconds=minutes * 60)
    return replace(exercise, minutes=minutes, steps=(step,))


def meanwhile(coping: list[str], favourite_titles: list[str],
              limit: int = MEANWHILE_LIMIT) -> list[str]:
    """Things to do while the time passes: the person's own plan first ('Things I can do on
    my own'), then their favourite skills, each once, at most ``limit``."""
    chosen: list[str] = []
    for text in coping:
        title = skill_title(text)
        chosen.append(f"{title} (a skill)" if title else text.strip())
    chosen += [f"{title} (a skill)" for title in favourite_titles]
    unique = list(dict.fromkeys(t for t in chosen if t))
    return unique[:limit]
