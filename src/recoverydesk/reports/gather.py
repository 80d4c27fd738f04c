"""Reading what Insights, the diary card and the report need from an open vault. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from recoverydesk.checkin import CheckIn
from recoverydesk.reports import charts
from recoverydesk.reports.documents import ReportContent
from recoverydesk.skills.engine import SkillSession


@dataclass(frozen=True)
class InsightsData:
    first: date
    last: date
    checkins: list[CheckIn]
    sessions: list[SkillSession]
    titles: dict[str, str]
    urge_targets: tuple[str, ...]
    emotions: tuple[str, ...]


def local_range(first: date, last: date) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the end of ``last``, in local time."""
    return (datetime.combine(first, time()).astimezone(),
            datetime.combine(last + timedelta(days=1), time()).astimezone())


def skill_titles() -> dict[str, str]:
    """Exercise id → title in the current language (``i18n``)."""
    from recoverydesk import i18n

    return _skill_titles(i18n.current_language())


@cache
def _skill_titles(language: str) -> dict[str, str]:
    """Read from the shipped files once a language (parsing them every time cost about a
    tenth of a second of each refresh of the charts)."""
    from recoverydesk.skills.loader import load_library

    return {e.id: e.title for e in load_library(language)}


def insights_data(conn, first: date, last: date) -> InsightsData:
    from recoverydesk.storage.checkin_store import CheckInStore, OwnLists

    start, end = local_range(first, last)
    lists = OwnLists(conn)
    return InsightsData(first, last, CheckInStore(conn).between(start, end),
                        _sessions(conn, first, last),
                        dict(skill_titles()),
                        tuple(lists.urge_targets()), tuple(lists.emotions()))


@dataclass(frozen=True)
class ChartValues:
    """What the Insights page's charts plot, for one range and period."""
    first: date
    last: date
    mood: charts.MoodAndUrges
    acted: charts.ActedOn
    feelings: charts.EmotionWeeks
    used: list[charts.SkillUse]
    changes: list[charts.SkillChange]
    sleep: list[charts.SleepDay]


def chart_values(conn, first: date, last: date, period: str) -> ChartValues:
    """The charts' numbers, counted by SQLite (chart_queries): no check-in is loaded."""
    from recoverydesk.reports import chart_queries as counted
    from recoverydesk.storage.checkin_store import OwnLists

    sessions = _sessions(conn, first, last)
    titles = dict(skill_titles())
    return ChartValues(
        first, last, counted.mood_and_urges(conn, first, last, period),
        counted.acted_on(conn, first, last, "week" if period == "day" else period),
        counted.emotions_by_week(conn, first, last, tuple(OwnLists(conn).emotions())),
        counted.skills_used(conn, sessions, first, last, titles),
        charts.skill_effectiveness(sessions, first, last, titles),
        counted.sleep_and_mood(conn, first, last))


def _sessions(conn, first: date, last: date) -> list[SkillSession]:
    from recoverydesk.storage.skill_store import SkillSessionStore

    start, end = local_range(first, last)
    return [s for s in SkillSessionStore(conn).all() if start <= s.started_at < end]


def report_content(conn, first: date, last: date, sections, journal_ids=(),
                   name: str = "") -> ReportContent:
    """Only what the ticked ``sections`` need is read; journal entries only by id."""
    from recoverydesk.storage.goal_store import goals_for_report
    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore

    data = insights_data(conn, first, last)
    sections = frozenset(sections)
    plan = contacts = None
    if "safety-plan" in sections:
        plan = SafetyPlanStore(conn).current()
        contacts = ContactStore(conn).all()
    goals = goals_for_report(conn, first, last) if "goals" in sections else []
    journal = ([JournalStore(conn).get(i) for i in journal_ids] if "journal" in sections
               else [])
    return ReportContent(first, last, sections, data.checkins, data.sessions, data.titles,
                         data.urge_targets, data.emotions, plan, contacts or [], goals,
                         journal, name)
