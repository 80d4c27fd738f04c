"""Key derivation: never below the floor; calibration lands in the target band."""

from __future__ import annotations

import pytest

from recoverydesk.storage.keyheader import (
    MAX_CALIBRATED_MEMORY_KIB,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    KdfParams,
    KeyHeader,
    calibrate,
)


def cost_model(seconds_per_gib_pass):
    """A machine on which time grows with memory × passes, as Argon2's does."""
    def measure(params: KdfParams) -> float:
        return params.memory_cost_kib / (1024 * 1024) * params.time_cost * seconds_per_gib_pass
    return measure


@pytest.mark.parametrize("speed", [0.3, 1.0, 2.5, 5.0])
def test_calibration_lands_in_the_band_on_ordinary_machines(speed):
    measure = cost_model(speed)
    params = calibrate(measure=measure, target=(0.5, 1.0))
    assert params.at_or_above_floor()
    assert params.memory_cost_kib <= MAX_CALIBRATED_MEMORY_KIB
    assert 0.5 <= measure(params) <= 1.0


@pytest.mark.parametrize("speed", [0.3, 1.0, 2.5, 5.0])
def test_calibration_measures_at_most_three_times(speed):
    """The floor, then a check (and at most one correction): setup waits about 2 s, not 12."""
    calls = []
    model = cost_model(speed)

    def measure(params):
        calls.append(params)
        return model(params) * (1.3 if len(calls) == 1 else 1.0)  # fresh pages, first time

    params = calibrate(measure=measure, target=(0.5, 1.0))
    assert len(calls) <= 3
    assert 0.5 <= model(params) <= 1.0
    assert sum(model(p) for p in calls) <= 2.0


def test_a_slow_machine_keeps_the_floor_rather_than_going_below_it():
    params = calibrate(measure=cost_model(40.0), target=(0.5, 1.0))
    assert params.memory_cost_kib == MIN_MEMORY_KIB
    assert params.time_cost == MIN_TIME_COST


def test_parameters_below_the_floor_are_refused():
    with pytest.raises(ValueError, match="below the floor"):
        KeyHeader.create(b"\0" * 32, "passphrase", KdfParams(time_cost=2))
    with pytest.raises(ValueError, match="below the floor"):
        KeyHeader.create(b"\0" * 32, "passphrase", KdfParams(memory_cost_kib=19 * 1024))


def test_a_very_fast_machine_gets_settings_its_own_next_unlock_accepts():
    """At 0.05 s per GiB-pass the target would want 240 passes; a key file may ask for 64."""
    params = calibrate(measure=cost_model(0.05), target=(0.5, 1.0))
    assert params.at_or_above_floor()
    assert params.within_accepted_bounds()
    header = KeyHeader.create(b"\1" * 32, "passphrase", params)
    assert KeyHeader.from_json(header.to_json().encode()).kdf == params


@pytest.mark.parametrize(("memory_kib", "passes", "accepted"), [
    (MIN_MEMORY_KIB, 64, True),  # the most calibration ever asks for
    (256 * 1024, 16, True),  # an older build's more memory, fewer passes: the same work
    (256 * 1024, 17, False),
    (1024 * 1024, 64, False),  # each within its own bound; together minutes of work
])
def test_memory_and_passes_are_bounded_together(memory_kib, passes, accepted):
    params = KdfParams(time_cost=passes, memory_cost_kib=memory_kib)
    assert params.within_accepted_bounds() is accepted
