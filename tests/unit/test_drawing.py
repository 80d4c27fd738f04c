"""The drawn charts' axes, read back from the matplotlib Figure (values, not pixels): every
chart over time shows exactly the dates chosen, with date labels that suit their span."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.reports import charts, drawing

TZ = timezone(timedelta(hours=1))
ONE_CHECKIN = [CheckIn(datetime(2026, 11, 24, 20, tzinfo=TZ), mood=3,
                       urges=(Urge("self-harm", 2, acted=True),), emotions={"sadness": 3},
                       sleep_hours=7)]


def drawn(draw, *args):
    """The Figure as the report draws it (7 × 3 in), after a full draw."""
    figure, canvas = drawing._figure(draw, args, (7.0, 3.0), 100)
    canvas.draw()
    return figure


def time_charts(checkins, first: date, last: date, period: str) -> dict:
    """Each chart over time, drawn for ``first``..``last``: name → its main Axes."""
    made = {
        "mood": (drawing.mood_and_urges, charts.mood_and_urges(checkins, first, last, period)),
        "acted": (drawing.acted_on, charts.acted_on(checkins, first, last, period)),
        "emotions": (drawing.emotions, charts.emotions_by_week(checkins, first, last)),
        "sleep": (drawing.sleep, charts.sleep_and_mood(checkins, first, last)),
    }
    return {name: drawn(draw, data, first, last).axes[0]
            for name, (draw, data) in made.items()}


def first_label(ax) -> str:
    return ax.get_xticklabels()[0].get_text()


def tick_days(ax) -> list[date]:
    return [date.fromordinal(round(t)) for t in ax.get_xticks()]


@pytest.mark.parametrize("period", charts.PERIODS)
def test_one_point_over_a_few_days_keeps_the_axis_to_those_days(period):
    first, last = date(2026, 11, 22), date(2026, 11, 26)
    for name, ax in time_charts(ONE_CHECKIN, first, last, period).items():
        assert ax.get_xlim() == (first.toordinal() - 0.5, last.toordinal() + 0.5), name
        assert tick_days(ax)[0] == first
        assert all(first <= d <= last for d in tick_days(ax))
        assert first_label(ax) == "22 Nov"
    mood = time_charts(ONE_CHECKIN, first, last, period)["mood"]
    # The week's or month's value sits inside the dates, not at the period's start (1 Nov).
    assert all(first.toordinal() <= x <= last.toordinal() for x in mood.lines[0].get_xdata())


def test_date_labels_follow_the_span():
    last = date(2026, 11, 26)
    weeks = time_charts(ONE_CHECKIN, last - timedelta(weeks=12), last, "week")["mood"]
    assert {d.weekday() for d in tick_days(weeks)} == {0}  # Mondays, from 3 Sep's week on
    assert first_label(weeks) == "7 Sep"  # i18n.short_date: no leading zero
    years = time_charts(ONE_CHECKIN, date(2025, 1, 1), last, "month")["acted"]
    assert all(d.day == 1 for d in tick_days(years))  # months, "Jan 2025"
    assert first_label(years) == "Jan 2025"
    decade = time_charts(ONE_CHECKIN, date(2016, 11, 22), last, "month")["sleep"]
    assert {(d.month, d.day) for d in tick_days(decade)} == {(1, 1)}  # years, "2017"
    assert first_label(decade) == "2017"
    for ax in (weeks, years, decade):
        assert ax.get_xlim()[1] == last.toordinal() + 0.5


def test_a_single_sleep_day_is_a_bar_not_a_wall():
    first, last = date(2026, 11, 24), date(2026, 11, 24)
    sleep = time_charts(ONE_CHECKIN, first, last, "day")["sleep"]
    assert sleep.collections[0].get_linewidth()[0] == 12.0  # capped: a broad bar at most
    year = time_charts(ONE_CHECKIN, last - timedelta(days=364), last, "day")["sleep"]
    assert 0.5 <= year.collections[0].get_linewidth()[0] < 2
