"""The charts' numbers counted by SQLite (reports/chart_queries.py) are exactly what the Python
data functions (reports/charts.py, pinned by test_charts.py) give for the same check-ins:
every period, ranges cutting weeks and months, check-ins made in other time zones (their own
day counts), urges met in order, gaps."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.reports import chart_queries, charts
from recoverydesk.reports.gather import local_range
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.database import transaction
from tests.unit.test_charts import CHECKINS, SESSIONS

TARGETS = ("self-harm", "drugs or alcohol", "bingeing", "skipping meals")
EMOTIONS = ("sadness", "joy", "shame", "anger", "fear")
SKILLS = ("TIPP", "STOP", "Check the facts", "Opposite action")


def random_checkins(count: int, seed: int) -> list[CheckIn]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = []
    for _ in range(count):
        zone = timezone(timedelta(minutes=rng.choice((-600, -300, 0, 60, 330, 780, 840))))
        at = (start + timedelta(minutes=rng.randrange(0, 200 * 24 * 60))).astimezone(zone)
        urges = tuple(Urge(t, rng.choice((None, 0, 1, 2, 3, 4, 5)), rng.random() < 0.2)
                      for t in rng.sample(TARGETS, rng.randrange(0, 4)))
        made.append(CheckIn(
            at.replace(second=0, microsecond=0), mood=rng.choice((None, 0, 1, 2, 3, 4, 5)),
            urges=urges,
            emotions={e: rng.randrange(0, 6) for e in rng.sample(EMOTIONS, rng.randrange(3))},
            skills=frozenset(rng.sample(SKILLS, rng.randrange(3))),
            sleep_hours=rng.choice((None, None, 5, 6.25, 7.3, 8.1, 9.75))))
    return made


@pytest.fixture
def stored(unlocked_vault):
    conn = unlocked_vault.connection
    with transaction(conn):
        for checkin in [*CHECKINS, *random_checkins(400, seed=7)]:
            CheckInStore(conn).write(checkin)
    return conn


RANGES = [(date(2026, 11, 2), date(2026, 11, 15)), (date(2026, 10, 28), date(2026, 11, 11)),
          (date(2026, 1, 1), date(2026, 7, 31)), (date(2026, 2, 11), date(2026, 4, 3)),
          (date(2026, 3, 5), date(2026, 3, 5)), (date(2025, 5, 1), date(2025, 6, 1))]


@pytest.mark.parametrize(("first", "last"), RANGES)
def test_sql_counts_equal_the_python_functions(stored, first, last):
    checkins = CheckInStore(stored).between(*local_range(first, last))  # as the page read them
    titles = {"tipp": "TIPP"}
    for period in charts.PERIODS:
        assert chart_queries.mood_and_urges(stored, first, last, period) == \
            charts.mood_and_urges(checkins, first, last, period)
        assert chart_queries.acted_on(stored, first, last, period) == \
            charts.acted_on(checkins, first, last, period)
    for order in ((), ("joy", "sadness")):
        assert chart_queries.emotions_by_week(stored, first, last, order) == \
            charts.emotions_by_week(checkins, first, last, order)
    assert chart_queries.skills_used(stored, SESSIONS, first, last, titles) == \
        charts.skills_used(checkins, SESSIONS, first, last, titles)
    assert chart_queries.sleep_and_mood(stored, first, last) == \
        charts.sleep_and_mood(checkins, first, last)
    assert chart_queries.summary(stored, SESSIONS, first, last) == \
        charts.summary(checkins, SESSIONS, first, last)


def test_the_known_week_gives_the_values_test_charts_pins(stored):
    """Not only equal: the plotted values themselves, for the hand-made check-ins' range."""
    first = date(2026, 11, 2)
    weekly = chart_queries.mood_and_urges(stored, first, date(2026, 11, 15), "week")
    assert weekly.mood.values == (3.0, 3.0)
    assert chart_queries.acted_on(stored, first, date(2026, 11, 15)).days == \
        {"self-harm": (1, 1), "drugs or alcohol": (1, 0)}
