"""One presenter per page: what the page asks of the vault, as plain calls and plain data.

Each presenter opens its stores on the vault's connection at the moment of the call (the
connection is new after every unlock), so a presenter never outlives what it reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from recoverydesk import settings
from recoverydesk.checkin import CheckIn
from recoverydesk.crisis import CrisisLine
from recoverydesk.goals import Goal, GoalState, Progress, Review, Step
from recoverydesk.safety_plan import Contact, SafetyPlan
from recoverydesk.settings import Setting
from recoverydesk.skills.engine import SkillSession
from recoverydesk.storage.checkin_store import CheckInStore, OwnLists
from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import EntrySummary, JournalEntry, JournalStore
from recoverydesk.storage.safety_plan_store import (
    ContactStore,
    PlanVersion,
    SafetyPlanStore,
    review_due,
)
from recoverydesk.storage.skill_store import SkillPrefs, SkillSessionStore

if TYPE_CHECKING:
    from recoverydesk.storage.database import Connection
    from recoverydesk.ui.controller import AppController


class _Page:
    def __init__(self, controller: AppController) -> None:
        self._controller = controller

    @property
    def _conn(self) -> Connection:
        return self._controller.vault.connection


@dataclass(frozen=True)
class TodayGlance:
    """What Today shows, read in one go on the background runner."""
    today: list[CheckIn]  # since midnight, oldest first
    week_first: date  # the first of the seven days at a glance (today is the last)
    week: list[CheckIn]  # those seven days
    last_seven_days: list[CheckIn]  # the 7 × 24 hours up to now, for the summary
    seven_before: list[CheckIn]  # the 7 × 24 hours before those


class TodayPresenter(_Page):
    """Today's check-ins: the day's list, the week's summary, delete and undo."""

    def glance(self, now: datetime) -> TodayGlance:
        """Today's check-ins and the week's, as of ``now`` (local, with its offset)."""
        store = CheckInStore(self._conn)
        midnight = datetime.combine(now.date(), time(), tzinfo=now.tzinfo)
        first = midnight - timedelta(days=6)
        week_ago = now - timedelta(days=7)
        return TodayGlance(
            today=store.between(midnight, midnight + timedelta(days=1)),
            week_first=first.date(),
            week=store.between(first, midnight + timedelta(days=1)),
            last_seven_days=store.between(week_ago, now + timedelta(minutes=1)),
            seven_before=store.between(week_ago - timedelta(days=7), week_ago))

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        return CheckInStore(self._conn).between(start, end)

    def get(self, checkin_id: int) -> CheckIn:
        return CheckInStore(self._conn).get(checkin_id)

    def delete(self, checkin_id: int) -> None:
        CheckInStore(self._conn).delete(checkin_id)

    def save(self, checkin: CheckIn) -> CheckIn:
        return CheckInStore(self._conn).save(checkin)


@dataclass(frozen=True)
class OwnListNames:
    urge_targets: list[str]
    emotions: list[str]


class DiaryCardPresenter(TodayPresenter):
    def own_lists(self) -> OwnListNames:
        lists = OwnLists(self._conn)
        return OwnListNames(lists.urge_targets(), lists.emotions())


class CheckInPresenter(_Page):
    """The check-in dialog's lists (the defaults and the person's own) and its save."""

    def urge_targets(self) -> list[str]:
        return OwnLists(self._conn).urge_targets()

    def emotions(self) -> list[str]:
        return OwnLists(self._conn).emotions()

    def skills(self) -> dict[str, list[str]]:
        return OwnLists(self._conn).skills()

    def add(self, kind: str, name: str, module: str = "") -> None:
        OwnLists(self._conn).add(kind, name, module)

    def get(self, checkin_id: int) -> CheckIn:
        return CheckInStore(self._conn).get(checkin_id)

    def save(self, checkin: CheckIn) -> CheckIn:
        return CheckInStore(self._conn).save(checkin)


class JournalPresenter(_Page):
    """Entries, drafts, search, tags and templates."""

    def count(self) -> int:
        return JournalStore(self._conn).count()

    def page(self, limit: int, after: EntrySummary | None = None) -> list[EntrySummary]:
        """Newest first, ``limit`` at a time, each page starting after the last one shown."""
        return JournalStore(self._conn).page(limit, after=after)

    def search(self, *args: Any, **kwargs: Any) -> list[EntrySummary]:
        return JournalStore(self._conn).search(*args, **kwargs)

    def snippets(self, words: str, ids: list[int]) -> dict[int, str]:
        return JournalStore(self._conn).snippets(words, ids)

    def get(self, entry_id: int) -> JournalEntry:
        return JournalStore(self._conn).get(entry_id)

    def latest_draft(self) -> JournalEntry | None:
        return JournalStore(self._conn).latest_draft()

    def save(self, entry_id: int | None, title: str, body: str, tags: list[str],
             now: datetime | None = None) -> int | None:
        """Save the entry being written: a new one is added, an open one (or its draft)
        updated and no longer a draft. None, and nothing written, when it is empty."""
        if not (body.strip() or title.strip()):
            return None
        now = now or datetime.now(UTC)
        store = JournalStore(self._conn)
        if entry_id is None:
            return store.add(title, body, tags, now)
        store.update(entry_id, title, body, tags, now, draft=False)
        return entry_id

    def keep_draft(self, entry_id: int | None, title: str, body: str, tags: list[str],
                   now: datetime | None = None) -> int | None:
        """Keep what is typed as it is (a new entry becomes a draft; an open one is updated
        in place). None, and nothing written, for a new entry with nothing in it yet."""
        if entry_id is None and not (body.strip() or title.strip()):
            return None
        return JournalStore(self._conn).save_draft(entry_id, title, body, tags,
                                                   now or datetime.now(UTC))

    def delete(self, entry_id: int) -> None:
        JournalStore(self._conn).delete(entry_id)

    def restore(self, entry: JournalEntry) -> None:
        JournalStore(self._conn).restore(entry)

    def tags(self) -> list[str]:
        return JournalStore(self._conn).tags()

    def templates(self) -> list[tuple[str, str]]:
        return JournalStore(self._conn).templates()

    def save_template(self, name: str, body: str) -> None:
        JournalStore(self._conn).save_template(name, body)


class SkillsPresenter(_Page):
    """Favourites and hidden skills, sessions, and what a finished skill writes."""

    def favourites(self) -> set[str]:
        return SkillPrefs(self._conn).favourites()

    def hidden(self) -> set[str]:
        return SkillPrefs(self._conn).hidden()

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        SkillPrefs(self._conn).set_favourite(exercise_id, on)

    def set_hidden(self, exercise_id: str, on: bool) -> None:
        SkillPrefs(self._conn).set_hidden(exercise_id, on)

    def sessions(self, exercise_id: str | None = None) -> list[SkillSession]:
        return SkillSessionStore(self._conn).all(exercise_id)

    def save_session(self, session: SkillSession) -> SkillSession:
        return SkillSessionStore(self._conn).save(session)

    def add_journal_entry(self, title: str, body: str, tags: list[str], now: datetime) -> int:
        return JournalStore(self._conn).add(title, body, tags, now)

    def reduce_motion(self) -> bool:
        return bool(self._controller.vault.settings().get(settings.REDUCE_MOTION))


class SafetyPlanPresenter(_Page):
    """The plan and its versions, the contacts, and whether a review is due."""

    def current(self) -> SafetyPlan:
        return SafetyPlanStore(self._conn).current()

    def latest(self) -> PlanVersion | None:
        return SafetyPlanStore(self._conn).latest()

    def save(self, plan: SafetyPlan) -> PlanVersion:
        return SafetyPlanStore(self._conn).save(plan)

    def keep_working(self, plan: SafetyPlan, open_id: int | None) -> int | None:
        """Keep the plan as it is being edited, in this visit's version (see the store)."""
        return SafetyPlanStore(self._conn).keep_working(plan, open_id)

    def history(self) -> list[PlanVersion]:
        return SafetyPlanStore(self._conn).history()

    def restore(self, version_id: int) -> PlanVersion:
        return SafetyPlanStore(self._conn).restore(version_id)

    def review_due(self, now: datetime) -> bool:
        latest = self.latest()
        weeks = self._controller.vault.settings().get(settings.PLAN_REVIEW_WEEKS)
        return latest is not None and review_due(latest.saved_at, now, weeks)

    def contacts(self, section: str | None = None) -> list[Contact]:
        return ContactStore(self._conn).all(section)

    def add_contact(self, contact: Contact) -> Contact:
        return ContactStore(self._conn).add(contact)

    def update_contact(self, contact: Contact) -> None:
        ContactStore(self._conn).update(contact)

    def delete_contact(self, contact_id: int) -> None:
        ContactStore(self._conn).delete(contact_id)


class GoalsPresenter(_Page):
    """Goals, their steps and reviews, and progress (linked measures counted for the page)."""

    def all(self) -> list[Goal]:
        return GoalStore(self._conn).all()

    def progress(self, goal: Goal, today: date) -> Progress | None:
        return GoalStore(self._conn).progress(goal, today)

    def save(self, goal: Goal, now: datetime) -> Goal:
        return GoalStore(self._conn).save(goal, now)

    def set_state(self, goal_id: int, state: GoalState, now: datetime) -> Goal:
        return GoalStore(self._conn).set_state(goal_id, state, now)

    def set_measure_value(self, goal_id: int, value: float) -> None:
        GoalStore(self._conn).set_measure_value(goal_id, value)

    def delete(self, goal_id: int) -> None:
        GoalStore(self._conn).delete(goal_id)

    def add_step(self, goal_id: int, text: str, due: date | None = None) -> Step:
        return GoalStore(self._conn).add_step(goal_id, text, due)

    def set_step_done(self, step_id: int, done_on: date | None) -> None:
        GoalStore(self._conn).set_step_done(step_id, done_on)

    def move_step(self, step_id: int, by: int) -> None:
        GoalStore(self._conn).move_step(step_id, by)

    def delete_step(self, step_id: int) -> None:
        GoalStore(self._conn).delete_step(step_id)

    def add_review(self, goal_id: int, review: Review, look_again_on: date | None,
                   next_step_as_step: bool = False) -> Review:
        return GoalStore(self._conn).add_review(goal_id, review, look_again_on,
                                                next_step_as_step)


class SettingsPresenter(_Page):
    """Settings kept inside the vault."""

    def get(self, setting: Setting) -> Any:
        return self._controller.vault.settings().get(setting)

    def set(self, setting: Setting, value: object) -> None:
        self._controller.vault.settings().set(setting, value)


class CrisisLinesPresenter(_Page):
    """The person's own crisis lines and the shipped ones they hid."""

    def add_line(self, country: str, name: str, **fields: str) -> int:
        return CrisisLinePrefs(self._conn).add_line(country, name, **fields)

    def remove_line(self, line_id: int) -> None:
        CrisisLinePrefs(self._conn).remove_line(line_id)

    def hide(self, line: CrisisLine) -> None:
        CrisisLinePrefs(self._conn).hide(line)

    def unhide_all(self) -> None:
        CrisisLinePrefs(self._conn).unhide_all()
