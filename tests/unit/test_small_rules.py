"""The unlock pause and the passphrase rules."""

from __future__ import annotations

import itertools

import pytest

from recoverydesk import passphrase
from recoverydesk.storage.throttle import FREE_TRIES, MAX_DELAY_SECONDS, UnlockThrottle


def test_first_tries_are_free_then_the_pause_doubles_up_to_a_minute():
    throttle = UnlockThrottle()
    delays = [throttle.record_failure() for _ in range(12)]
    assert delays[:FREE_TRIES - 1] == [0.0] * (FREE_TRIES - 1)
    growing = delays[FREE_TRIES - 1:]
    assert growing[0] > 0
    assert all(b >= a for a, b in itertools.pairwise(growing))
    assert growing[1] == 2 * growing[0]
    assert max(delays) == MAX_DELAY_SECONDS
    throttle.record_success()
    assert throttle.delay() == 0.0


def test_passphrase_problems_are_named_kindly():
    assert passphrase.problem("short") is not None
    assert "match" in passphrase.problem("long enough words", "long enough wordz")
    assert passphrase.problem(" spaced phrase here") is not None
    assert passphrase.problem("long enough words", "long enough words") is None


@pytest.mark.parametrize("weak", ["password", "Password1", "qwertyuiop", "iloveyou1"])
def test_common_passwords_are_called_easy_to_guess(weak):
    assert passphrase.strength_score(weak) <= 1
    assert "easy to guess" in passphrase.strength_hint(weak)


def test_a_long_phrase_is_strong_even_past_the_estimators_limit():
    assert passphrase.strength_hint("quiet lantern by the river").startswith("Strong")
    assert passphrase.strength_hint("the slow grey heron waits " * 4).startswith("Strong")


def test_strength_hint_grows_with_length():
    weak = passphrase.strength_hint("abcdefgh")
    strong = passphrase.strength_hint("quiet lantern by the river")
    assert "easy to guess" in weak
    assert strong.startswith("Strong")
