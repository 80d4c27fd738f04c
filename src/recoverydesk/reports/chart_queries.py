"""The Insights charts' numbers counted by SQLite: grouped by day, week or month in the query,
so a year of check-ins is never loaded into Python as records. No Qt.

Each function returns exactly what its namesake in ``charts`` returns for the same check-ins
(tests/unit/test_chart_queries.py holds them together): a check-in's day is its own local day
(``at`` is UTC text, ``utc_offset`` the minutes it was ahead), weeks start on Monday, means are
of whole numbers summed exactly, and lists come in the order the Python functions meet them
(check-ins by time, then id; urges as they were written). The indexes they need are there
already: check-ins by time, and each part's primary key (check-in id first). Queries are put
together from the fixed pieces below only; values always go in as parameters (the S608 noqas).
"""

from __future__ import annotations

import json
from datetime import UTC, date
from statistics import fmean

from recoverydesk.reports import charts
from recoverydesk.skills.engine import SkillSession

_DAY = "date(at, utc_offset || ' minutes')"
_WEEK = "date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days')"
_PERIOD = {"day": "day", "week": _WEEK, "month": "date(day, 'start of month')"}


def _within(period: str = "day") -> str:
    """A ``WITH`` naming ``w``: the check-ins of the range with their day and period; its
    arguments are :func:`_range`'s."""
    return (f"WITH c AS (SELECT id, at, mood, sleep_hours, {_DAY} AS day FROM checkins "  # noqa: S608
            "WHERE at >= ? AND at < ?), "
            f"w AS (SELECT *, {_PERIOD[period]} AS p FROM c WHERE day BETWEEN ? AND ?) ")


def _range(first: date, last: date) -> tuple[str, str, str, str]:
    from recoverydesk.reports.gather import local_range

    start, end = local_range(first, last)
    return (start.astimezone(UTC).isoformat(timespec="seconds"),
            end.astimezone(UTC).isoformat(timespec="seconds"), first.isoformat(),
            last.isoformat())


def _mean(total: int | None, count: int) -> float | None:
    """``charts._mean`` of whole numbers: their exact sum over their count, to 3 places."""
    return round(total / count, 3) if count and total is not None else None


def _by_target(rows, starts: list[date], value) -> dict[str, list]:
    """(target, period, …, first seen) rows → target → a value per period, the targets in
    the order first seen."""
    index = {start.isoformat(): i for i, start in enumerate(starts)}
    seen: dict[str, int] = {}
    cells: dict[str, dict[int, object]] = {}
    for row in rows:
        target, period, first_seen = row[0], row[1], row[-1]
        seen[target] = min(first_seen, seen.get(target, first_seen))
        cells.setdefault(target, {})[index[period]] = value(*row[2:-1])
    empty = value(None, 0)
    return {target: [cells[target].get(i, empty) for i in range(len(starts))]
            for target in sorted(seen, key=seen.__getitem__)}


def mood_and_urges(conn, first: date, last: date, period: str = "day") -> charts.MoodAndUrges:
    starts = charts.period_starts(first, last, period)
    args = _range(first, last)
    index = {start.isoformat(): i for i, start in enumerate(starts)}
    moods: list[float | None] = [None] * len(starts)
    counted = 0
    for p, total, rated, count in conn.execute(
            _within(period) + "SELECT p, sum(mood), count(mood), count(*) FROM w GROUP BY p",  # noqa: S608
            args).fetchall():
        moods[index[p]] = _mean(total, rated)
        counted += count
    rows = conn.execute(
        _within(period) + "SELECT target, p, sum(level), count(*), min(n) FROM ("  # noqa: S608
        "SELECT u.target, w.p, u.level, row_number() OVER (ORDER BY w.at, w.id, u.rowid) AS n "
        "FROM w JOIN checkin_urges u ON u.checkin_id = w.id WHERE u.level IS NOT NULL) "
        "GROUP BY target, p", args).fetchall()
    return charts.mood_and_urges_of(period, starts, moods, _by_target(rows, starts, _mean),
                                    counted)


def acted_on(conn, first: date, last: date, period: str = "week") -> charts.ActedOn:
    starts = charts.period_starts(first, last, period)
    rows = conn.execute(
        _within(period) + "SELECT target, p, count(DISTINCT day), min(n) FROM ("  # noqa: S608
        "SELECT u.target, w.p, w.day, row_number() OVER (ORDER BY w.at, w.id, u.rowid) AS n "
        "FROM w JOIN checkin_urges u ON u.checkin_id = w.id WHERE u.acted) "
        "GROUP BY target, p", _range(first, last)).fetchall()
    days = _by_target(rows, starts, lambda count, _=0: count or 0)
    return charts.ActedOn(period, tuple(starts), {t: tuple(v) for t, v in days.items()})


def emotions_by_week(conn, first: date, last: date, emotion_order=()) -> charts.EmotionWeeks:
    weeks = charts.period_starts(first, last, "week")
    index = {week.isoformat(): i for i, week in enumerate(weeks)}
    levels: dict[str, list[float | None]] = {}
    for emotion, week, total, days in conn.execute(
            _within("week") + "SELECT emotion, p, sum(level), count(*) FROM ("  # noqa: S608
            "SELECT e.emotion, w.p, max(e.level) AS level FROM w "
            "JOIN checkin_emotions e ON e.checkin_id = w.id GROUP BY e.emotion, w.day) "
            "GROUP BY emotion, p", _range(first, last)).fetchall():
        levels.setdefault(emotion, [None] * len(weeks))[index[week]] = _mean(total, days)
    names = [e for e in emotion_order if e in levels]
    names += sorted(e for e in levels if e not in names)
    return charts.EmotionWeeks(tuple(weeks), tuple(names), tuple(tuple(levels[n]) for n in names))


def skills_used(conn, sessions: list[SkillSession], first: date, last: date,
                titles: dict[str, str] | None = None) -> list[charts.SkillUse]:
    days = dict(conn.execute(
        _within() + "SELECT s.skill, count(DISTINCT w.day) FROM w "  # noqa: S608
        "JOIN checkin_skills s ON s.checkin_id = w.id GROUP BY s.skill",
        _range(first, last)).fetchall())
    return charts.skills_used_of(days, sessions, first, last, titles)


def sleep_and_mood(conn, first: date, last: date) -> list[charts.SleepDay]:
    """Sleep hours are not whole numbers: each day's answers come back as they are (a JSON
    list, exact) and are averaged as ``charts`` does."""
    return [charts.SleepDay(date.fromisoformat(day), round(fmean(json.loads(hours)), 3),
                            _mean(mood, rated))
            for day, hours, mood, rated in conn.execute(
                _within() + "SELECT day, json_group_array(sleep_hours) FILTER "  # noqa: S608
                "(WHERE sleep_hours IS NOT NULL), sum(mood), count(mood) FROM w "
                "GROUP BY day HAVING count(sleep_hours) ORDER BY day",
                _range(first, last)).fetchall()]


def summary(conn, sessions: list[SkillSession], first: date, last: date) -> charts.Summary:
    args = _range(first, last)
    count, days, mood, rated = conn.execute(
        _within() + "SELECT count(*), count(DISTINCT day), sum(mood), count(mood) FROM w",  # noqa: S608
        args).fetchone()
    acted = conn.execute(_within() + "SELECT count(DISTINCT day) FROM w WHERE EXISTS ("  # noqa: S608
                         "SELECT 1 FROM checkin_urges u WHERE u.checkin_id = w.id AND u.acted)",
                         args).fetchone()[0]
    skilled = conn.execute(_within() + "SELECT count(DISTINCT day) FROM w WHERE EXISTS ("  # noqa: S608
                           "SELECT 1 FROM checkin_skills s WHERE s.checkin_id = w.id)",
                           args).fetchone()[0]
    return charts.Summary(first, last, count, days, _mean(mood, rated), acted, skilled,
                          charts.completed_sessions(sessions, first, last))
