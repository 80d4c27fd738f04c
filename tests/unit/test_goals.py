"""SMART goals: the kind completeness check, states, steps and reviews in a real vault, and
linked measures counted in local weeks across a DST change and a change of time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.goals import (
    TEMPLATES,
    Goal,
    GoalState,
    Measure,
    MeasureKind,
    Review,
    Step,
    due_soon,
    local_midnight,
    progress,
    smart_notes,
)
from recoverydesk.skills.engine import SkillSession
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.goal_store import GoalStore, goals_for_report
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.skill_store import SkillSessionStore

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=LONDON)


@pytest.fixture
def conn(unlocked_vault):
    return unlocked_vault.connection


def utc(text):
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- the SMART check ------------------------------------------------------------------------

def test_a_well_written_goal_has_nothing_to_add():
    goal = replace(TEMPLATES[0], target_date=date(2026, 4, 30))
    assert smart_notes(goal, today=date(2026, 3, 10)) == []


def test_a_weak_goal_names_each_missing_letter_kindly():
    notes = smart_notes(Goal(title="Feel better"), today=date(2026, 3, 10))
    assert [n.letter for n in notes] == ["S", "M", "A", "R", "T"]
    assert "what exactly you'll do" in notes[0].text
    assert "no date yet" in notes[4].text
    words = " ".join(n.text for n in notes).lower()
    for unkind in ("fail", "missing", "invalid", "must", "error", "bad"):
        assert unkind not in words


def test_partial_goals_get_only_the_notes_that_apply():
    linked_no_target = Goal(specific="Check in every evening", achievable="It takes seconds",
                            relevant="I notice patterns", target_date=date(2026, 3, 1),
                            measure=Measure(MeasureKind.CHECKINS))
    notes = smart_notes(linked_no_target, today=date(2026, 3, 10))
    assert [n.letter for n in notes] == ["M", "T"]
    assert "number to aim for" in notes[0].text
    assert "has passed" in notes[1].text
    # A written measure or time frame is enough without a linked measure or a date.
    words_only = replace(linked_no_target, measurable="Most evenings", measure=Measure(),
                         target_date=None, time_bound="Over the next month")
    assert smart_notes(words_only, today=date(2026, 3, 10)) == []
    # A date in the past is no concern once the goal is achieved.
    done = replace(linked_no_target, measure=Measure(MeasureKind.CHECKINS, target=5),
                   state=GoalState.ACHIEVED)
    assert smart_notes(done, today=date(2026, 3, 10)) == []


# -- states ----------------------------------------------------------------------------------

def test_states_and_transitions(conn):
    store = GoalStore(conn)
    goal = store.save(Goal(title="Walk on Sundays"), NOW)
    assert goal.state is GoalState.ACTIVE
    assert goal.state_changed_at == NOW
    later = NOW + timedelta(days=3)
    paused = store.set_state(goal.id, GoalState.PAUSED, later)
    assert paused.state is GoalState.PAUSED
    assert paused.state_changed_at == later
    assert store.set_state(goal.id, GoalState.ACTIVE, later).state is GoalState.ACTIVE
    achieved = store.set_state(goal.id, GoalState.ACHIEVED, later)
    assert achieved.state is GoalState.ACHIEVED
    with pytest.raises(ValueError, match="achieved can't be marked paused"):
        store.set_state(goal.id, GoalState.PAUSED, later)
    with pytest.raises(ValueError, match="can't be marked"):
        store.set_state(goal.id, GoalState.LET_GO, later)
    assert store.get(goal.id).state is GoalState.ACHIEVED  # unchanged by the refusals
    again = store.set_state(goal.id, GoalState.ACTIVE, later)  # picked up again
    let_go = store.set_state(again.id, GoalState.LET_GO, later)
    assert let_go.state is GoalState.LET_GO
    assert not let_go.state.open


# -- goals, steps and reviews in the vault ------------------------------------------------

def test_a_goal_from_a_template_round_trips_with_its_steps(conn):
    store = GoalStore(conn)
    template = TEMPLATES[1]
    saved = store.save(replace(template, target_date=date(2026, 4, 1)), NOW)
    again = store.get(saved.id)
    assert again.title == template.title
    assert again.specific == template.specific
    assert again.measure == template.measure
    assert [s.text for s in again.steps] == [s.text for s in template.steps]
    assert again.target_date == date(2026, 4, 1)
    assert again.created_at == NOW
    edited = store.save(replace(again, title="Sleep by midnight",
                                measure=replace(again.measure, value=4)), NOW)
    assert edited.title == "Sleep by midnight"
    assert edited.measure.value == 4
    assert [s.id for s in edited.steps] == [s.id for s in again.steps]  # steps kept


def test_steps_add_tick_with_a_date_reorder_and_remove(conn):
    store = GoalStore(conn)
    goal = store.save(Goal(title="Call Gran"), NOW)
    first = store.add_step(goal.id, "Find her number", due=date(2026, 3, 12))
    second = store.add_step(goal.id, "Pick a day")
    third = store.add_step(goal.id, "Call")
    assert store.get(goal.id).next_step() == first
    store.set_step_done(first.id, date(2026, 3, 11))
    goal = store.get(goal.id)
    assert goal.steps[0].done_on == date(2026, 3, 11)
    assert goal.next_step().id == second.id
    store.move_step(third.id, -1)
    assert [s.text for s in store.get(goal.id).steps] == ["Find her number", "Call", "Pick a day"]
    store.move_step(third.id, -5)  # past the top: stays first
    assert store.get(goal.id).steps[0].id == third.id
    store.set_step_done(first.id, None)
    store.delete_step(second.id)
    assert [(s.text, s.done) for s in store.get(goal.id).steps] == [
        ("Call", False), ("Find her number", False)]
    store.update_step(Step("Call on Sunday", date(2026, 3, 15), None, third.id))
    assert store.get(goal.id).steps[0] == Step("Call on Sunday", date(2026, 3, 15), None,
                                               third.id)


def test_a_review_sets_the_next_look_and_can_add_the_next_step(conn):
    store = GoalStore(conn)
    goal = store.save(Goal(title="Journal twice a week", review_date=date(2026, 3, 9)), NOW)
    assert goal.review_due(date(2026, 3, 9))
    assert not goal.review_due(date(2026, 3, 8))
    at = datetime(2026, 3, 10, 20, 15, tzinfo=timezone(timedelta(hours=-5)))
    store.add_review(goal.id, Review(at, "Wrote on Tuesday", "A long shift", "Write at lunch"),
                     look_again_on=date(2026, 3, 24), next_step_as_step=True)
    goal = store.get(goal.id)
    [review] = goal.reviews
    assert (review.went_well, review.got_in_the_way, review.next_step) == (
        "Wrote on Tuesday", "A long shift", "Write at lunch")
    assert review.written_at == at
    assert review.written_at.utcoffset() == timedelta(hours=-5)
    assert goal.review_date == date(2026, 3, 24)
    assert not goal.review_due(date(2026, 3, 10))
    assert [s.text for s in goal.steps] == ["Write at lunch"]
    paused = store.set_state(goal.id, GoalState.ACHIEVED, NOW)
    assert not paused.review_due(date(2026, 4, 1))  # no reminders once achieved


def test_due_soon_lists_open_steps_of_active_goals_soonest_first():
    today = date(2026, 3, 10)
    active = Goal(title="A", steps=(Step("later", date(2026, 3, 30)),
                                    Step("soon", date(2026, 3, 12)),
                                    Step("past", date(2026, 3, 8)),
                                    Step("done", date(2026, 3, 11), date(2026, 3, 9))))
    paused = Goal(title="B", state=GoalState.PAUSED, steps=(Step("resting", date(2026, 3, 11)),))
    assert [s.text for _, s in due_soon([active, paused], today)] == ["past", "soon"]


# -- linked measures: local weeks, DST and a change of time zone --------------------------

def add_checkin(conn, at, *urges):
    CheckInStore(conn).save(CheckIn(at=at, urges=tuple(urges)))


def add_session(conn, started_utc, completed=True):
    SkillSessionStore(conn).save(SkillSession("box-breathing", started_utc,
                                              started_utc + timedelta(minutes=4), completed))


def add_entry(conn, created_utc, draft=False):
    JournalStore(conn).add("", "words", [], created_utc, draft=draft)


def weeks_of(store, kind, first, last, tz):
    goal = Goal(measure=Measure(kind, target=3), created_at=local_midnight(first, tz))
    return dict(store.progress(goal, last, tz).weeks)


def test_a_dst_week_is_an_hour_short_and_boundaries_follow_local_midnight():
    def hours(first, last):
        span = local_midnight(last, LONDON).astimezone(UTC) - local_midnight(first, LONDON)
        return span / timedelta(hours=1)

    assert hours(date(2026, 3, 23), date(2026, 3, 30)) == 167
    assert hours(date(2026, 10, 19), date(2026, 10, 26)) == 169
    assert local_midnight(date(2026, 3, 30), LONDON).astimezone(UTC) == utc("2026-03-29T23:00")


def test_skill_sessions_count_completed_ones_by_local_week_across_spring_dst(conn):
    store = GoalStore(conn)
    add_session(conn, utc("2026-03-23T00:30"))  # Mon 23 Mar, 00:30 GMT
    add_session(conn, utc("2026-03-29T22:30"))  # Sun 29 Mar, 23:30 BST: still that week
    add_session(conn, utc("2026-03-29T23:30"))  # Mon 30 Mar, 00:30 BST: the next week
    add_session(conn, utc("2026-03-25T12:00"), completed=False)  # started, not finished
    weeks = weeks_of(store, MeasureKind.SKILL_SESSIONS, date(2026, 3, 16), date(2026, 4, 1),
                     LONDON)
    assert weeks == {date(2026, 3, 16): 0, date(2026, 3, 23): 2, date(2026, 3, 30): 1}


def test_journal_entries_count_only_kept_entries_across_autumn_dst(conn):
    store = GoalStore(conn)
    add_entry(conn, utc("2026-10-18T23:30"))  # Mon 19 Oct, 00:30 BST
    add_entry(conn, utc("2026-10-25T00:30"))  # Sun 25 Oct, 01:30 BST (first time round)
    add_entry(conn, utc("2026-10-25T01:30"))  # Sun 25 Oct, 01:30 GMT (second time round)
    add_entry(conn, utc("2026-10-25T23:30"))  # Sun 25 Oct, 23:30 GMT: still that week
    add_entry(conn, utc("2026-10-26T00:30"))  # Mon 26 Oct: the next week
    add_entry(conn, utc("2026-10-21T12:00"), draft=True)  # a draft does not count
    weeks = weeks_of(store, MeasureKind.JOURNAL_ENTRIES, date(2026, 10, 12),
                     date(2026, 10, 27), LONDON)
    assert weeks == {date(2026, 10, 12): 0, date(2026, 10, 19): 4, date(2026, 10, 26): 1}


def test_checkins_and_strong_urges_not_acted_on_count_by_the_day_they_were_lived(conn):
    store = GoalStore(conn)
    bst = timezone(timedelta(hours=1))
    add_checkin(conn, datetime(2026, 3, 29, 23, 30, tzinfo=bst),  # Sun, late
                Urge("self-harm", 3), Urge("drugs or alcohol", 4))  # two ridden out
    add_checkin(conn, datetime(2026, 3, 30, 0, 30, tzinfo=bst),  # Mon, just after midnight
                Urge("self-harm", 5, acted=True))  # acted on: not counted
    add_checkin(conn, datetime(2026, 3, 31, 9, 0, tzinfo=bst),
                Urge("self-harm", 2), Urge("suicidal thoughts", 3))  # 2 is below strong
    checkins = weeks_of(store, MeasureKind.CHECKINS, date(2026, 3, 23), date(2026, 4, 1), LONDON)
    assert checkins == {date(2026, 3, 23): 1, date(2026, 3, 30): 2}
    urges = weeks_of(store, MeasureKind.URGES_NOT_ACTED, date(2026, 3, 23), date(2026, 4, 1),
                     LONDON)
    assert urges == {date(2026, 3, 23): 2, date(2026, 3, 30): 1}


def test_a_change_of_time_zone(conn):
    """Sunday 22:30 in New York is Monday 03:30 in London. A check-in made there keeps its
    own day; a journal entry (UTC only) counts on its day in the zone the person is in now."""
    store = GoalStore(conn)
    moment = datetime(2026, 3, 29, 22, 30, tzinfo=NEW_YORK)
    add_checkin(conn, moment, Urge("self-harm", 4))
    add_entry(conn, moment.astimezone(UTC))
    first, last = date(2026, 3, 23), date(2026, 4, 5)
    sunday_week, monday_week = date(2026, 3, 23), date(2026, 3, 30)
    for tz in (LONDON, NEW_YORK):
        assert weeks_of(store, MeasureKind.CHECKINS, first, last, tz) == {
            sunday_week: 1, monday_week: 0}
        assert weeks_of(store, MeasureKind.URGES_NOT_ACTED, first, last, tz) == {
            sunday_week: 1, monday_week: 0}
    assert weeks_of(store, MeasureKind.JOURNAL_ENTRIES, first, last, LONDON) == {
        sunday_week: 0, monday_week: 1}
    assert weeks_of(store, MeasureKind.JOURNAL_ENTRIES, first, last, NEW_YORK) == {
        sunday_week: 1, monday_week: 0}


def test_progress_per_week_in_total_and_by_hand():
    created = datetime(2026, 3, 2, 10, 0, tzinfo=LONDON)  # a Monday
    dates = [date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 11), date(2026, 2, 20)]
    weekly = Goal(measure=Measure(MeasureKind.SKILL_SESSIONS, target=3), created_at=created)
    shown = progress(weekly, dates, today=date(2026, 3, 12))
    assert shown.weeks == ((date(2026, 3, 2), 1), (date(2026, 3, 9), 2))
    assert shown.sentence() == "This week: 2 of 3 skills (last week 1)."
    assert shown.fraction == pytest.approx(2 / 3)
    total = replace(weekly, measure=Measure(MeasureKind.JOURNAL_ENTRIES, 10, per_week=False))
    shown = progress(total, dates, today=date(2026, 3, 12))
    assert shown.sentence() == "So far: 3 of 10 journal entries."  # not the one before it began
    by_hand = replace(weekly, measure=Measure(MeasureKind.MANUAL, 15, False, "nights", 4.5))
    assert progress(by_hand, [], date(2026, 3, 12)).sentence() == "So far: 4.5 of 15 nights."
    assert progress(replace(weekly, measure=Measure()), dates, date(2026, 3, 12)) is None


# -- for the therapist report -------------------------------------------------------------

def test_goals_for_a_report_hold_what_happened_in_the_range(conn):
    store = GoalStore(conn)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)
    kept = store.save(Goal(title="Skills", measure=Measure(MeasureKind.SKILL_SESSIONS, 2)),
                      start)
    done_early = store.add_step(kept.id, "Pick skills")
    done_in = store.add_step(kept.id, "Try box breathing")
    store.set_step_done(done_early.id, date(2026, 3, 3))
    store.set_step_done(done_in.id, date(2026, 3, 12))
    store.add_review(kept.id, Review(datetime(2026, 3, 4, 20, tzinfo=LONDON), "early"), None)
    store.add_review(kept.id, Review(datetime(2026, 3, 13, 20, tzinfo=LONDON), "in range"),
                     None)
    add_session(conn, utc("2026-03-11T10:00"))
    gone = store.save(Goal(title="Let go before"), start)
    store.set_state(gone.id, GoalState.LET_GO, datetime(2026, 3, 5, 9, tzinfo=LONDON))
    store.save(Goal(title="After"), datetime(2026, 3, 20, 9, tzinfo=LONDON))

    [found] = goals_for_report(conn, date(2026, 3, 9), date(2026, 3, 15), LONDON)
    assert found.goal.title == "Skills"
    assert len(found.goal.steps) == 2
    assert [s.text for s in found.steps_done] == ["Try box breathing"]
    assert [r.went_well for r in found.reviews] == ["in range"]
    assert found.weeks == ((date(2026, 3, 9), 1),)
