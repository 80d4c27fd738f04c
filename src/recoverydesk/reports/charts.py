"""What the Insights charts plot, as plain numbers. Imports no Qt and no matplotlib.

Every function takes records already read from the vault (check-ins, skill sessions) and
returns frozen dataclasses; the page and the report only draw them. Days are the person's
own (each check-in keeps the local time it was), weeks start on Monday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from recoverydesk.checkin import CheckIn
from recoverydesk.skills.engine import SkillSession

PERIODS = ("day", "week", "month")
# How many periods the smoothed line averages over (the period itself and those before it).
SMOOTHING = {"day": 7, "week": 4, "month": 3}


def period_start(day: date, period: str) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"no period {period!r}")


def period_starts(first: date, last: date, period: str) -> list[date]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    starts, current = [], period_start(first, period)
    while current <= last:
        starts.append(current)
        if period == "day":
            current += timedelta(days=1)
        elif period == "week":
            current += timedelta(days=7)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return starts


def smooth(values: list[float | None], window: int) -> list[float | None]:
    """A trailing mean over ``window`` places, skipping gaps; None where all were gaps."""
    out: list[float | None] = []
    for i in range(len(values)):
        seen = [v for v in values[max(0, i - window + 1):i + 1] if v is not None]
        out.append(round(fmean(seen), 3) if seen else None)
    return out


def _mean(values: Sequence[float]) -> float | None:
    return round(fmean(values), 3) if values else None


# -- mood and urges over time -------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per period; None: nothing recorded
    smoothed: tuple[float | None, ...]


@dataclass(frozen=True)
class MoodAndUrges:
    period: str
    starts: tuple[date, ...]
    mood: Series
    urges: tuple[Series, ...]  # one per urge target that has any rating in the range
    checkins: int


def mood_and_urges(checkins: list[CheckIn], first: date, last: date,
                   period: str = "day") -> MoodAndUrges:
    """The average mood and the average level of each urge, per period, with a smoothed line."""
    starts = period_starts(first, last, period)
    index = {start: i for i, start in enumerate(starts)}
    moods: list[list[float]] = [[] for _ in starts]
    urges: dict[str, list[list[float]]] = {}
    counted = 0
    for checkin in _within(checkins, first, last):
        counted += 1
        i = index[period_start(checkin.at.date(), period)]
        if checkin.mood is not None:
            moods[i].append(checkin.mood)
        for urge in checkin.urges:
            if urge.level is not None:
                urges.setdefault(urge.target, [[] for _ in starts])[i].append(urge.level)
    return mood_and_urges_of(period, starts, [_mean(b) for b in moods],
                             {t: [_mean(b) for b in v] for t, v in urges.items()}, counted)


def mood_and_urges_of(period: str, starts: list[date], moods: list[float | None],
                      urges: dict[str, list[float | None]], counted: int) -> MoodAndUrges:
    """The chart from each period's means (mood, and each urge target in the order met)."""
    window = SMOOTHING[period]
    return MoodAndUrges(period, tuple(starts), _series("mood", moods, window),
                        tuple(_series(t, v, window) for t, v in urges.items()), counted)


def _series(name: str, values: list[float | None], window: int) -> Series:
    """The smoothed line is drawn only where the period itself has a value: it never runs on
    through weeks with nothing recorded."""
    smoothed = [s if v is not None else None
                for v, s in zip(values, smooth(values, window), strict=True)]
    return Series(name, tuple(values), tuple(smoothed))


# -- urges acted on -----------------------------------------------------------------------


@dataclass(frozen=True)
class ActedOn:
    period: str
    starts: tuple[date, ...]
    days: dict[str, tuple[int, ...]]  # target → days in each period with that urge acted on


def acted_on(checkins: list[CheckIn], first: date, last: date, period: str = "week") -> ActedOn:
    starts = period_starts(first, last, period)
    index = {start: i for i, start in enumerate(starts)}
    found: dict[str, set[date]] = defaultdict(set)
    for checkin in _within(checkins, first, last):
        for urge in checkin.urges:
            if urge.acted:
                found[urge.target].add(checkin.at.date())
    days = {}
    for target, seen in found.items():
        counts = [0] * len(starts)
        for day in seen:
            counts[index[period_start(day, period)]] += 1
        days[target] = tuple(counts)
    return ActedOn(period, tuple(starts), days)


# -- emotions by week (a heat map) --------------------------------------------------------


@dataclass(frozen=True)
class EmotionWeeks:
    weeks: tuple[date, ...]
    emotions: tuple[str, ...]
    levels: tuple[tuple[float | None, ...], ...]  # [emotion][week]: mean of each day's strongest


def emotions_by_week(checkins: list[CheckIn], first: date, last: date,
                     emotion_order: Iterable[str] = ()) -> EmotionWeeks:
    weeks = period_starts(first, last, "week")
    strongest: dict[str, dict[date, int]] = defaultdict(dict)
    for checkin in _within(checkins, first, last):
        day = checkin.at.date()
        for name, level in checkin.emotions.items():
            strongest[name][day] = max(level, strongest[name].get(day, 0))
    names = [e for e in emotion_order if e in strongest]
    names += sorted(e for e in strongest if e not in names)
    levels = []
    for name in names:
        per_week: dict[date, list[int]] = defaultdict(list)
        for day, level in strongest[name].items():
            per_week[period_start(day, "week")].append(level)
        levels.append(tuple(_mean(per_week.get(w, [])) for w in weeks))
    return EmotionWeeks(tuple(weeks), tuple(names), tuple(levels))


# -- skills -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillUse:
    name: str
    checkin_days: int  # days a check-in said this skill was used
    sessions: int  # completed guided sessions of it in RecoveryDesk


def skills_used(checkins: list[CheckIn], sessions: list[SkillSession], first: date,
                last: date, titles: dict[str, str] | None = None) -> list[SkillUse]:
    """Skills ticked in check-ins and skills done in the app, most used first."""
    days: dict[str, set[date]] = defaultdict(set)
    for checkin in _within(checkins, first, last):
        for skill in checkin.skills:
            days[skill].add(checkin.at.date())
    return skills_used_of({name: len(seen) for name, seen in days.items()}, sessions, first,
                          last, titles)


def skills_used_of(days: dict[str, int], sessions: list[SkillSession], first: date,
                   last: date, titles: dict[str, str] | None = None) -> list[SkillUse]:
    """The rows from how many days check-ins named each skill, and the sessions."""
    titles = titles or {}
    done: dict[str, int] = defaultdict(int)
    for session in _completed(sessions, first, last):
        done[titles.get(session.exercise_id, session.exercise_id)] += 1
    rows = [SkillUse(name, days.get(name, 0), done.get(name, 0))
            for name in set(days) | set(done)]
    rows.sort(key=lambda r: (-(r.checkin_days + r.sessions), r.name))
    return rows


@dataclass(frozen=True)
class SkillChange:
    name: str
    sessions: int  # completed sessions in the range
    urge_pairs: int  # of those, how many had an urge rating before and after
    urge_before: float | None
    urge_after: float | None
    distress_pairs: int
    distress_before: float | None
    distress_after: float | None


def skill_effectiveness(sessions: list[SkillSession], first: date, last: date,
                        titles: dict[str, str] | None = None) -> list[SkillChange]:
    """Average urge and distress before and after, per skill, from completed sessions only;
    only sessions rated both before and after count for each measure."""
    titles = titles or {}
    groups: dict[str, list[SkillSession]] = defaultdict(list)
    for session in _completed(sessions, first, last):
        groups[titles.get(session.exercise_id, session.exercise_id)].append(session)
    rows = []
    for name, group in groups.items():
        urge = [(s.before.urge, s.after.urge) for s in group
                if s.before.urge is not None and s.after.urge is not None]
        distress = [(s.before.distress, s.after.distress) for s in group
                    if s.before.distress is not None and s.after.distress is not None]
        rows.append(SkillChange(name, len(group), len(urge), _mean([b for b, _ in urge]),
                                _mean([a for _, a in urge]), len(distress),
                                _mean([b for b, _ in distress]),
                                _mean([a for _, a in distress])))
    rows.sort(key=lambda r: (-r.sessions, r.name))
    return rows


# -- sleep next to mood -------------------------------------------------------------------


@dataclass(frozen=True)
class SleepDay:
    day: date
    sleep_hours: float | None  # the mean of that day's answers
    mood: float | None


def sleep_and_mood(checkins: list[CheckIn], first: date, last: date) -> list[SleepDay]:
    """Days with a sleep answer, with that day's average mood beside it."""
    sleep: dict[date, list[float]] = defaultdict(list)
    mood: dict[date, list[float]] = defaultdict(list)
    for checkin in _within(checkins, first, last):
        day = checkin.at.date()
        if checkin.sleep_hours is not None:
            sleep[day].append(checkin.sleep_hours)
        if checkin.mood is not None:
            mood[day].append(checkin.mood)
    return [SleepDay(day, _mean(sleep[day]), _mean(mood.get(day, [])))
            for day in sorted(sleep)]


# -- summary figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    first: date
    last: date
    checkins: int
    days_with_checkins: int
    average_mood: float | None
    acted_days: int  # days with any urge acted on
    skill_days: int  # days a check-in named a skill
    skill_sessions: int  # completed sessions in the app


def summary(checkins: list[CheckIn], sessions: list[SkillSession], first: date,
            last: date) -> Summary:
    within = list(_within(checkins, first, last))
    days = {c.at.date() for c in within}
    return Summary(first, last, len(within), len(days),
                   _mean([c.mood for c in within if c.mood is not None]),
                   len({c.at.date() for c in within if any(u.acted for u in c.urges)}),
                   len({c.at.date() for c in within if c.skills}),
                   completed_sessions(sessions, first, last))


def completed_sessions(sessions: list[SkillSession], first: date, last: date) -> int:
    return sum(1 for _ in _completed(sessions, first, last))


def _within(checkins: list[CheckIn], first: date, last: date):
    return (c for c in checkins if first <= c.at.date() <= last)


def _completed(sessions: list[SkillSession], first: date, last: date):
    return (s for s in sessions
            if s.completed and first <= s.started_at.astimezone().date() <= last)
