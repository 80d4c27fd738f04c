"""Each chart's data function returns the plotted values for known check-ins and sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.reports import charts, sentences
from recoverydesk.skills.engine import Ratings, SkillSession

TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 11, 2)


def at(day: int, hour: int = 20) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=TZ)


CHECKINS = [
    CheckIn(at(2), mood=2, urges=(Urge("self-harm", 4, acted=True),), emotions={"sadness": 3},
            skills=frozenset({"TIPP"}), sleep_hours=5),
    CheckIn(at(2, 9), mood=4, urges=(Urge("self-harm", 2),), emotions={"sadness": 5}),
    CheckIn(at(4), mood=3, urges=(Urge("self-harm", 1), Urge("drugs or alcohol", 3, True)),
            emotions={"joy": 2}, skills=frozenset({"TIPP", "STOP"}), sleep_hours=8),
    CheckIn(at(10), mood=5, emotions={"sadness": 1}, sleep_hours=9),
    CheckIn(at(11), mood=1, urges=(Urge("self-harm", None, True),), sleep_hours=6),
    CheckIn(datetime(2026, 10, 30, 12, tzinfo=TZ), mood=0),  # before the range
]


def session(exercise, day, before, after, completed=True, distress=(None, None)):
    return SkillSession(exercise, datetime(2026, 11, day, 12, tzinfo=UTC), completed=completed,
                        before=Ratings(before, distress[0]), after=Ratings(after, distress[1]))


SESSIONS = [
    session("tipp", 2, 4, 2, distress=(8, 5)),
    session("tipp", 3, 3, 2, distress=(6, None)),
    session("tipp", 4, 5, 5),
    session("tipp", 5, 5, 0, completed=False),  # not completed: left out
    session("urge_surfing", 10, None, 1),
]


def test_mood_and_urges_by_day_with_a_smoothed_line():
    data = charts.mood_and_urges(CHECKINS, MONDAY, MONDAY + timedelta(days=4), "day")
    assert data.starts == tuple(MONDAY + timedelta(days=i) for i in range(5))
    assert data.mood.values == (3.0, None, 3.0, None, None)
    assert data.mood.smoothed == (3.0, None, 3.0, None, None)
    urges = {s.name: s.values for s in data.urges}
    assert urges == {"self-harm": (3.0, None, 1.0, None, None),
                     "drugs or alcohol": (None, None, 3.0, None, None)}
    assert data.checkins == 3


def test_mood_by_week_and_month():
    weekly = charts.mood_and_urges(CHECKINS, MONDAY, date(2026, 11, 15), "week")
    assert weekly.starts == (MONDAY, date(2026, 11, 9))
    assert weekly.mood.values == (3.0, 3.0)
    monthly = charts.mood_and_urges(CHECKINS, date(2026, 10, 1), date(2026, 11, 30), "month")
    assert monthly.starts == (date(2026, 10, 1), date(2026, 11, 1))
    assert monthly.mood.values == (0.0, 3.0)
    assert monthly.mood.smoothed == (0.0, 1.5)


def test_smoothing_is_a_trailing_mean_over_gaps():
    assert charts.smooth([1, None, 3, 5], 2) == [1.0, 1.0, 3.0, 4.0]
    assert charts.smooth([None, None], 3) == [None, None]


def test_acted_on_counts_days_per_week():
    data = charts.acted_on(CHECKINS, MONDAY, date(2026, 11, 15), "week")
    assert data.days == {"self-harm": (1, 1), "drugs or alcohol": (1, 0)}


def test_emotions_by_week_average_each_days_strongest():
    data = charts.emotions_by_week(CHECKINS, MONDAY, date(2026, 11, 15), ["joy", "sadness"])
    assert data.emotions == ("joy", "sadness")
    assert data.levels == ((2.0, None), (5.0, 1.0))


def test_skills_used_and_effectiveness_from_completed_sessions_only():
    titles = {"tipp": "TIPP", "urge_surfing": "Urge surfing"}
    used = charts.skills_used(CHECKINS, SESSIONS, MONDAY, date(2026, 11, 15), titles)
    assert [(u.name, u.checkin_days, u.sessions) for u in used] == [
        ("TIPP", 2, 3), ("STOP", 1, 0), ("Urge surfing", 0, 1)]
    rows = charts.skill_effectiveness(SESSIONS, MONDAY, date(2026, 11, 15), titles)
    tipp = rows[0]
    assert (tipp.name, tipp.sessions, tipp.urge_pairs) == ("TIPP", 3, 3)
    assert (tipp.urge_before, tipp.urge_after) == (4.0, 3.0)
    assert (tipp.distress_pairs, tipp.distress_before, tipp.distress_after) == (1, 8.0, 5.0)
    surfing = rows[1]
    assert (surfing.urge_pairs, surfing.urge_before) == (0, None)
    assert "After TIPP, your urge averaged 3.0 compared with 4.0" in \
        sentences.effectiveness(rows)


def test_sleep_next_to_mood():
    days = charts.sleep_and_mood(CHECKINS, MONDAY, date(2026, 11, 15))
    assert [(d.day.day, d.sleep_hours, d.mood) for d in days] == [
        (2, 5.0, 3.0), (4, 8.0, 3.0), (10, 9.0, 5.0), (11, 6.0, 1.0)]
    assert sentences.sleep(days) == ("On days after 7 hours' sleep or more, mood averaged 4.0; "
                                     "after less, 2.0 (4 days).")


def test_summary_and_sentences_say_only_what_is_there():
    figures = charts.summary(CHECKINS, SESSIONS, MONDAY, date(2026, 11, 15))
    assert (figures.checkins, figures.days_with_checkins, figures.acted_days,
            figures.skill_days, figures.skill_sessions) == (5, 4, 3, 2, 4)
    assert figures.average_mood == 3.0
    empty = charts.mood_and_urges([], MONDAY, MONDAY, "day")
    assert sentences.mood_and_urges(empty).startswith("No check-ins")
    assert sentences.acted_on(charts.acted_on([], MONDAY, MONDAY)) == \
        "No urges were marked as acted on in these dates."
    for text in (sentences.mood_and_urges(charts.mood_and_urges(CHECKINS, MONDAY,
                                                                 date(2026, 11, 15))),
                 sentences.acted_on(charts.acted_on(CHECKINS, MONDAY, date(2026, 11, 15)))):
        assert not any(word in text.lower() for word in ("worse", "bad", "fail", "relapse"))
