"""When a check-in reminder is due: times, quiet hours past midnight, bad input."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from recoverydesk.reminders import (
    MESSAGE,
    TITLE,
    ReminderFormatError,
    ReminderPlan,
    format_times,
    parse_quiet_hours,
    parse_times,
)


def at(hour, minute=0, day=27):
    return datetime(2026, 11, day, hour, minute)


def test_times_are_read_sorted_and_without_repeats():
    assert parse_times(" 20:30, 09:00;09:00 ") == (time(9), time(20, 30))
    assert parse_times("") == ()
    assert format_times((time(9), time(20, 30))) == "09:00, 20:30"


@pytest.mark.parametrize("text", ["9", "24:00", "12:60", "ab:cd", "١٢:٠٠", "9:5"])
def test_a_time_that_is_not_a_clock_time_is_refused(text):
    with pytest.raises(ReminderFormatError):
        parse_times(text)


def test_quiet_hours_need_a_start_and_an_end():
    assert parse_quiet_hours("22:00-07:00") == (time(22), time(7))
    assert parse_quiet_hours("") is None
    with pytest.raises(ReminderFormatError):
        parse_quiet_hours("22:00")


def test_the_next_reminder_is_the_first_later_time_even_tomorrow():
    plan = ReminderPlan((time(9), time(20, 30)))
    assert plan.next_after(at(8, 59)) == at(9)
    assert plan.next_after(at(9)) == at(20, 30)  # strictly after
    assert plan.next_after(at(21)) == at(9, day=28)
    assert ReminderPlan().next_after(at(9)) is None


def test_quiet_hours_past_midnight_skip_late_and_early_times():
    plan = ReminderPlan.from_text("06:30, 12:00, 23:00", "22:00-07:00")
    assert plan.in_quiet_hours(time(23))
    assert plan.in_quiet_hours(time(6, 30))
    assert not plan.in_quiet_hours(time(7))
    assert plan.next_after(at(13)) == at(12, day=28)


def test_due_once_per_time_passed():
    plan = ReminderPlan((time(9),))
    assert not plan.due(at(8, 0), at(8, 59))
    assert plan.due(at(8, 59), at(9, 0))
    assert not plan.due(at(9, 0), at(9, 1))
    # The computer slept through two reminders: one note, not two.
    assert plan.due(at(8, 0, day=26), at(10, 0, day=27))


def test_the_note_says_nothing_private():
    words = f"{TITLE} {MESSAGE}".lower()
    for private in ("self-harm", "harm", "urge", "suicid", "crisis", "mood", "journal"):
        assert private not in words
