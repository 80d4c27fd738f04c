"""SMART goals in the vault: goals, their steps and reviews, linked measures, and the goals
of a date range for the therapist report. Every change is one transaction.

Linked measures count what the person already logs. Check-ins keep the local offset they
were made at, so they count on the day the person lived them (as on the diary card); journal
entries and skill sessions keep UTC only, so they count on their day in ``tz``, the person's
zone now (None: this computer's zone).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from recoverydesk.goals import (
    STRONG_URGE,
    Goal,
    GoalInRange,
    GoalState,
    Measure,
    MeasureKind,
    Progress,
    Review,
    Step,
    local_date,
    local_midnight,
    progress,
    week_start,
    weekly_counts,
)
from recoverydesk.storage.checkin_store import _local, _utc_text
from recoverydesk.storage.checkin_store import _offset_minutes as _offset
from recoverydesk.storage.database import Connection, forget_deleted, inserted_id, transaction

_GOAL_COLUMNS = ("id, title, specific, measurable, achievable, relevant, time_bound, "
                 "target_date, review_date, state, measure_kind, measure_unit, measure_value, "
                 "measure_target, measure_per, created_at, utc_offset, state_changed_at")


class GoalStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- goals ----------------------------------------------------------------------------

    def save(self, goal: Goal, now: datetime) -> Goal:
        """Add a new goal (with any steps it starts with), or update an existing one's
        words, dates, measure and state. Steps and reviews change through their own calls."""
        if now.tzinfo is None:
            raise ValueError("times must carry their time zone")
        m = goal.measure
        values = (goal.title.strip(), goal.specific.strip(), goal.measurable.strip(),
                  goal.achievable.strip(), goal.relevant.strip(), goal.time_bound.strip(),
                  _day_text(goal.target_date), _day_text(goal.review_date), goal.state.value,
                  m.kind.value, m.unit.strip(), m.value, m.target,
                  "week" if m.per_week else "total")
        with transaction(self._conn):
            if goal.id is None:
                created = goal.created_at or now
                cursor = self._conn.execute(
                    "INSERT INTO goals (title, specific, measurable, achievable, relevant, "
                    "time_bound, target_date, review_date, state, measure_kind, measure_unit, "
                    "measure_value, measure_target, measure_per, created_at, utc_offset, "
                    "state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, _utc_text(created), _offset(created),
                     _utc_text(goal.state_changed_at or created)))
                goal_id = inserted_id(cursor)
                for position, step in enumerate(goal.steps):
                    self._insert_step(goal_id, position, step)
            else:
                goal_id = goal.id
                self._conn.execute(
                    "UPDATE goals SET title = ?, specific = ?, measurable = ?, achievable = ?, "
                    "relevant = ?, time_bound = ?, target_date = ?, review_date = ?, "
                    "state = ?, measure_kind = ?, measure_unit = ?, measure_value = ?, "
                    "measure_target = ?, measure_per = ? WHERE id = ?", (*values, goal_id))
        return self.get(goal_id)

    def get(self, goal_id: int) -> Goal:
        found = self._load("WHERE id = ?", (goal_id,))
        if not found:
            raise KeyError(goal_id)
        return found[0]

    def all(self) -> list[Goal]:
        """Every goal, oldest first."""
        return self._load("", ())

    def set_state(self, goal_id: int, state: GoalState, now: datetime) -> Goal:
        goal = self.get(goal_id).moved_to(state, now)
        with transaction(self._conn):
            self._conn.execute("UPDATE goals SET state = ?, state_changed_at = ? WHERE id = ?",
                               (goal.state.value, _utc_text(goal.state_changed_at or now),
                                goal_id))
        return self.get(goal_id)

    def set_measure_value(self, goal_id: int, value: float) -> None:
        with transaction(self._conn):
            self._conn.execute("UPDATE goals SET measure_value = ? WHERE id = ?",
                               (value, goal_id))

    def delete(self, goal_id: int) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
        forget_deleted(self._conn)

    # -- steps ----------------------------------------------------------------------------

    def add_step(self, goal_id: int, text: str, due: date | None = None) -> Step:
        with transaction(self._conn):
            step = self._append_step(goal_id, Step(text.strip(), due))
        return step

    def update_step(self, step: Step) -> None:
        with transaction(self._conn):
            self._conn.execute("UPDATE goal_steps SET text = ?, due_date = ?, done_on = ? "
                               "WHERE id = ?", (step.text.strip(), _day_text(step.due),
                                                _day_text(step.done_on), step.id))

    def set_step_done(self, step_id: int, done_on: date | None) -> None:
        """Tick a step with the day it was done, or untick it (None)."""
        with transaction(self._conn):
            self._conn.execute("UPDATE goal_steps SET done_on = ? WHERE id = ?",
                               (_day_text(done_on), step_id))

    def move_step(self, step_id: int, by: int) -> None:
        """Move a step up (by < 0) or down among its goal's steps."""
        with transaction(self._conn):
            goal_id = self._conn.execute("SELECT goal_id FROM goal_steps WHERE id = ?",
                                         (step_id,)).fetchone()[0]
            ids = [r[0] for r in self._conn.execute(
                "SELECT id FROM goal_steps WHERE goal_id = ? ORDER BY position, id", (goal_id,))]
            old = ids.index(step_id)
            new = max(0, min(len(ids) - 1, old + by))
            ids.insert(new, ids.pop(old))
            self._conn.executemany("UPDATE goal_steps SET position = ? WHERE id = ?",
                                   list(enumerate(ids)))

    def delete_step(self, step_id: int) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM goal_steps WHERE id = ?", (step_id,))

    # -- reviews --------------------------------------------------------------------------

    def add_review(self, goal_id: int, review: Review, look_again_on: date | None,
                   next_step_as_step: bool = False) -> Review:
        """Keep a review, set the next review date (None: no reminder), and, if asked, add
        the next small step to the goal's steps: all one action."""
        at = review.written_at
        with transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO goal_reviews (goal_id, written_at, utc_offset, went_well, "
                "got_in_the_way, next_step, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (goal_id, _utc_text(at), _offset(at), review.went_well.strip(),
                 review.got_in_the_way.strip(), review.next_step.strip(),
                 review.note.strip()))
            self._conn.execute("UPDATE goals SET review_date = ? WHERE id = ?",
                               (_day_text(look_again_on), goal_id))
            if next_step_as_step and review.next_step.strip():
                self._append_step(goal_id, Step(review.next_step.strip()))
        return replace(review, id=cursor.lastrowid)

    # -- measures -------------------------------------------------------------------------

    def progress(self, goal: Goal, today: date, tz: tzinfo | None = None) -> Progress | None:
        """Progress on ``goal`` up to ``today`` (a local date), counted in local weeks."""
        if goal.measure.kind is MeasureKind.NONE:
            return None
        dates: list[date] = []
        if goal.measure.kind.linked:
            start = week_start(goal.created_at.date() if goal.created_at else today)
            dates = self.linked_dates(goal.measure.kind, start, today, tz)
        return progress(goal, dates, today)

    def linked_dates(self, kind: MeasureKind, first: date, last: date,
                     tz: tzinfo | None = None) -> list[date]:
        """The local days, from ``first`` to ``last`` inclusive, of each thing ``kind`` counts
        (one date per thing)."""
        # A day of margin either side in UTC, then the exact local day in Python.
        since = _utc_text(local_midnight(first, tz) - timedelta(days=1))
        until = _utc_text(local_midnight(last + timedelta(days=1), tz) + timedelta(days=1))
        if kind is MeasureKind.CHECKINS:
            rows = self._conn.execute("SELECT at, utc_offset FROM checkins "
                                      "WHERE at >= ? AND at < ?", (since, until))
            days = [_lived_day(at, offset) for at, offset in rows]
        elif kind is MeasureKind.URGES_NOT_ACTED:
            rows = self._conn.execute(
                "SELECT c.at, c.utc_offset FROM checkin_urges u JOIN checkins c "
                "ON c.id = u.checkin_id WHERE u.level >= ? AND u.acted = 0 "
                "AND c.at >= ? AND c.at < ?", (STRONG_URGE, since, until))
            days = [_lived_day(at, offset) for at, offset in rows]
        elif kind is MeasureKind.SKILL_SESSIONS:
            rows = self._conn.execute("SELECT started_at FROM skill_sessions "
                                      "WHERE completed = 1 AND started_at >= ? "
                                      "AND started_at < ?", (since[:10], until))
            days = [local_date(_aware(text), tz) for (text,) in rows]
        elif kind is MeasureKind.JOURNAL_ENTRIES:
            rows = self._conn.execute("SELECT created_at FROM journal_entries "
                                      "WHERE is_draft = 0 AND created_at >= ? "
                                      "AND created_at < ?", (since[:10], until))
            days = [local_date(_aware(text), tz) for (text,) in rows]
        else:
            raise ValueError(f"{kind} is not a linked measure")
        return sorted(d for d in days if first <= d <= last)

    # -- loading --------------------------------------------------------------------------

    def _load(self, where: str, args: tuple[object, ...]) -> list[Goal]:
        rows = self._conn.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals {where} ORDER BY created_at, id",  # noqa: S608
            args).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        steps: dict[int, list[Step]] = {}
        for goal_id, step_id, text, due, done in self._conn.execute(
                "SELECT goal_id, id, text, due_date, done_on FROM goal_steps "  # noqa: S608
                f"WHERE goal_id IN ({marks}) ORDER BY position, id", ids):
            steps.setdefault(goal_id, []).append(Step(text, _day(due), _day(done), step_id))
        reviews: dict[int, list[Review]] = {}
        for goal_id, review_id, at, offset, well, way, next_step, note in self._conn.execute(
                "SELECT goal_id, id, written_at, utc_offset, went_well, got_in_the_way, "  # noqa: S608
                f"next_step, note FROM goal_reviews WHERE goal_id IN ({marks}) "
                "ORDER BY written_at, id", ids):
            reviews.setdefault(goal_id, []).append(
                Review(_local(at, offset), well, way, next_step, note, review_id))
        return [Goal(
            id=r[0], title=r[1], specific=r[2], measurable=r[3], achievable=r[4],
            relevant=r[5], time_bound=r[6], target_date=_day(r[7]), review_date=_day(r[8]),
            state=GoalState(r[9]),
            measure=Measure(MeasureKind(r[10]), unit=r[11], value=r[12], target=r[13],
                            per_week=r[14] == "week"),
            created_at=_local(r[15], r[16]), state_changed_at=_local(r[17], r[16]),
            steps=tuple(steps.get(r[0], [])), reviews=tuple(reviews.get(r[0], [])))
            for r in rows]

    def _append_step(self, goal_id: int, step: Step) -> Step:
        position = self._conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM goal_steps WHERE goal_id = ?",
            (goal_id,)).fetchone()[0]
        return self._insert_step(goal_id, position, step)

    def _insert_step(self, goal_id: int, position: int, step: Step) -> Step:
        cursor = self._conn.execute(
            "INSERT INTO goal_steps (goal_id, position, text, due_date, done_on) "
            "VALUES (?, ?, ?, ?, ?)",
            (goal_id, position, step.text.strip(), _day_text(step.due), _day_text(step.done_on)))
        return replace(step, id=cursor.lastrowid)


# -- the therapist report -----------------------------------------------------------------

def goals_for_report(conn: Connection, first: date, last: date,
                     tz: tzinfo | None = None) -> list[GoalInRange]:
    """Goals that were open at some point from ``first`` to ``last`` (local dates,
    inclusive), with what happened to them in that time. Plain data; no Qt."""
    store = GoalStore(conn)
    found = []
    for goal in store.all():
        began = (goal.created_at or datetime.now(UTC)).date()  # stored goals have it
        closed = (None if goal.state.open or goal.state_changed_at is None
                  else goal.state_changed_at.date())
        if began > last or (closed is not None and closed < first):
            continue
        weeks: tuple[tuple[date, int], ...] = ()
        if goal.measure.kind.linked:
            dates = store.linked_dates(goal.measure.kind, first, last, tz)
            weeks = tuple(weekly_counts(dates, week_start(first), week_start(last)))
        found.append(GoalInRange(
            goal=goal,
            steps_done=tuple(s for s in goal.steps if s.done_on and first <= s.done_on <= last),
            reviews=tuple(r for r in goal.reviews if first <= r.written_at.date() <= last),
            weeks=weeks))
    return found


def _lived_day(text: str, offset_minutes: int) -> date:
    return _local(text, offset_minutes).date()


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _day_text(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
