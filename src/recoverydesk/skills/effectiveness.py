"""Which skills seem to help this person: the average urge and distress drop per skill.

Only sessions with a rating both before and after count for that measure. No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import fmean

from recoverydesk.skills.engine import SkillSession


@dataclass(frozen=True)
class SkillEffect:
    exercise_id: str
    sessions: int  # sessions that reached the end ("done")
    stopped: int  # sessions stopped partway or left at the start (kept, never counted as done)
    rated_urge: int  # how many had an urge rating before and after
    average_urge_drop: float | None  # positive: the urge was lower afterwards
    rated_distress: int
    average_distress_drop: float | None


def effectiveness(sessions: list[SkillSession]) -> list[SkillEffect]:
    """One row per skill, the largest average urge drop first (unrated skills last)."""
    by_skill: dict[str, list[SkillSession]] = defaultdict(list)
    for session in sessions:
        by_skill[session.exercise_id].append(session)
    rows = []
    for exercise_id, group in by_skill.items():
        urge = [s.before.urge - s.after.urge for s in group
                if s.before.urge is not None and s.after.urge is not None]
        distress = [s.before.distress - s.after.distress for s in group
                    if s.before.distress is not None and s.after.distress is not None]
        done = sum(1 for s in group if s.completed)
        rows.append(SkillEffect(exercise_id, done, len(group) - done, len(urge),
                                fmean(urge) if urge else None, len(distress),
                                fmean(distress) if distress else None))
    rows.sort(key=lambda r: (r.average_urge_drop is None, -(r.average_urge_drop or 0),
                             r.exercise_id))
    return rows


MIN_RATED_FOR_RIGHT_NOW = 2  # sessions with an urge rated before and after, per skill


def helped_before(sessions: list[SkillSession],
                  min_rated: int = MIN_RATED_FOR_RIGHT_NOW) -> list[str]:
    """Skills after which this person's urge was lower on average, over at least
    ``min_rated`` rated sessions: the ones "Right now" offers first. Only the ids, in
    the order of the drop; the numbers are not for showing as a score."""
    return [row.exercise_id for row in effectiveness(sessions)
            if row.rated_urge >= min_rated and (row.average_urge_drop or 0) > 0]
