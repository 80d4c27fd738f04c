"""The recovery key's written form: forgiving to type, and a typo is pointed out by group."""

from __future__ import annotations

import pytest

from recoverydesk.storage.recovery_key import (
    InvalidRecoveryKeyError,
    format_recovery_key,
    parse_recovery_key,
)

KEY = bytes.fromhex("00112233445566778899aabbccddeeff" * 2)


def test_format_is_eight_groups_of_nine_and_round_trips():
    text = format_recovery_key(KEY)
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 9 for g in groups)
    assert "".join(g[:8] for g in groups) == KEY.hex().upper()  # the SQLCipher key, in order
    assert parse_recovery_key(text) == KEY


@pytest.mark.parametrize("mangle", [
    str.lower,
    lambda t: t.replace("-", " "),
    lambda t: t.replace("-", ""),
    lambda t: "  " + t.replace("-", " – ") + "\n",
])
def test_spaces_dashes_and_case_do_not_matter(mangle):
    assert parse_recovery_key(mangle(format_recovery_key(KEY))) == KEY


def test_the_old_64_digit_form_still_works():
    assert parse_recovery_key(KEY.hex()) == KEY


@pytest.mark.parametrize("group", range(1, 9))
def test_a_one_character_typo_names_its_group(group):
    groups = format_recovery_key(KEY).split("-")
    typo = groups[group - 1]
    # Change one key digit of that group to another hex digit.
    swapped = "0" if typo[3] != "0" else "1"
    groups[group - 1] = typo[:3] + swapped + typo[4:]
    # 1 in 16 single changes keeps the check digit: then try the next digit instead.
    if groups[group - 1][-1] == _check_of(group, groups[group - 1][:-1]):
        swapped = "2" if typo[3] not in "2" else "3"
        groups[group - 1] = typo[:3] + swapped + typo[4:]
    with pytest.raises(InvalidRecoveryKeyError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.groups == (group,)
    assert f"group {group} " in str(caught.value)


def test_swapped_groups_are_caught():
    groups = format_recovery_key(KEY).split("-")
    groups[0], groups[1] = groups[1], groups[0]
    with pytest.raises(InvalidRecoveryKeyError) as caught:
        parse_recovery_key("-".join(groups))
    assert set(caught.value.groups) <= {1, 2}
    assert caught.value.groups


@pytest.mark.parametrize("text", ["", "not a key", "ABC", "G" * 72, format_recovery_key(KEY)[:-2]])
def test_malformed_text_gets_a_plain_message(text):
    with pytest.raises(InvalidRecoveryKeyError) as caught:
        parse_recovery_key(text)
    assert "recovery key" in str(caught.value)


def _check_of(group: int, digits: str) -> str:
    from recoverydesk.storage.recovery_key import check_digit

    return check_digit(group, digits)
