"""The recovery key as people see it: the data key in 8 groups, each with a check character.

A group is 8 hex digits of the key and one check digit (``3F9A02BC-7``): the check is the
first hex digit of SHA-256 over the group's number and its digits, so a mistyped or swapped
group is pointed out by number instead of "that didn't open it". Typing is forgiving: spaces,
dashes and case don't matter. Keys written down before the check digits existed (64 digits)
still work.

To open the database elsewhere, drop the dashes and each group's last character: the other 64
digits are the SQLCipher key (README, "Opening your data without RecoveryDesk").
"""

from __future__ import annotations

import hashlib
import re

from recoverydesk.i18n import gettext as _
from recoverydesk.i18n import ngettext
from recoverydesk.storage.errors import KnownError

GROUPS = 8
GROUP_DIGITS = 8
KEY_DIGITS = GROUPS * GROUP_DIGITS  # 64: 32 bytes
_WITH_CHECKS = GROUPS * (GROUP_DIGITS + 1)
_IGNORED = re.compile(r"[\s\-–—]")


class InvalidRecoveryKeyError(KnownError):
    exit_code = 3

    def __init__(self, message: str = "", groups: tuple[int, ...] = ()) -> None:
        self.groups = groups  # 1-based numbers of the groups that look mistyped
        super().__init__(message or (
            "A recovery key is 8 groups of 9 characters: the digits 0–9 and the letters A–F. "
            "Spaces and dashes don't matter."))


def check_digit(number: int, group: str) -> str:
    """The check character of group ``number`` (1–8) holding 8 hex digits."""
    digest = hashlib.sha256(f"{number}:{group.upper()}".encode()).hexdigest()
    return digest[0].upper()


def format_recovery_key(data_key: bytes) -> str:
    text = bytes(data_key).hex().upper()
    groups = [text[i:i + GROUP_DIGITS] for i in range(0, KEY_DIGITS, GROUP_DIGITS)]
    return "-".join(group + check_digit(n, group) for n, group in enumerate(groups, start=1))


def parse_recovery_key(text: str) -> bytes:
    """The data key from what was typed; a typo is reported with the groups it is in."""
    cleaned = _IGNORED.sub("", text).upper()
    if not re.fullmatch(r"[0-9A-F]*", cleaned):
        bad = sorted({c for c in cleaned if c not in "0123456789ABCDEF"})
        raise InvalidRecoveryKeyError(
            _("A recovery key has only the digits 0–9 and the letters A–F; this has "
              "{characters}.").format(characters=", ".join(repr(c) for c in bad)))
    if len(cleaned) == KEY_DIGITS:  # written down before check characters existed
        return bytes.fromhex(cleaned)
    if len(cleaned) != _WITH_CHECKS:
        raise InvalidRecoveryKeyError(
            _("A recovery key is 8 groups of 9 characters (72 in all); this has {count}. "
              "Spaces and dashes don't matter.").format(count=len(cleaned)))
    size = GROUP_DIGITS + 1
    chunks = [cleaned[i:i + size] for i in range(0, _WITH_CHECKS, size)]
    wrong = tuple(n for n, chunk in enumerate(chunks, start=1)
                  if check_digit(n, chunk[:-1]) != chunk[-1])
    if wrong:
        which = ", ".join(str(n) for n in wrong)
        raise InvalidRecoveryKeyError(
            ngettext("Something looks mistyped in group {which} (counting from the left). "
                     "Compare it with your copy, character by character.",
                     "Something looks mistyped in groups {which} (counting from the left). "
                     "Compare it with your copy, character by character.",
                     len(wrong)).format(which=which), wrong)
    return bytes.fromhex("".join(chunk[:-1] for chunk in chunks))


def copy_text(recovery_key: str) -> str:
    """What a saved or printed copy of the recovery key says."""
    return ("RecoveryDesk recovery key\n\n"
            f"{recovery_key}\n\n"
            "This key opens your RecoveryDesk vault if you forget your passphrase.\n"
            "Keep it private: anyone who has it can open your vault.\n")


def is_last_group(recovery_key: str, typed: str) -> bool:
    """True when ``typed`` is the key's last group (spaces and case don't matter)."""
    return bool(recovery_key) and (
        "".join(typed.split()).upper() == recovery_key.rsplit("-", 1)[-1])
