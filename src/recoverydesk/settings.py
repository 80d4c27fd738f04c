"""Every setting, declared once with its default.

A setting lives either on this *device* (a small owner-only JSON file beside the vault,
readable before unlocking, so it must never hold anything private: the crisis-line country
is there so the lock screen can show the right numbers) or in the encrypted *vault*.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Scope(Enum):
    DEVICE = "device"
    VAULT = "vault"


@dataclass(frozen=True)
class Setting:
    key: str
    default: bool | int | str
    scope: Scope
    minimum: int | None = None
    maximum: int | None = None
    max_chars: int = 2000  # text settings: anything longer is not ours (an edited file)

    def coerce(self, value: object) -> bool | int | str:
        """``value`` as this setting's type, or the default when it does not fit."""
        kind = type(self.default)
        if kind is bool:
            return value if isinstance(value, bool) else self.default
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return self.default
            if self.minimum is not None and value < self.minimum:
                return self.minimum
            if self.maximum is not None and value > self.maximum:
                return self.maximum
            return value
        if isinstance(value, str) and len(value) <= self.max_chars and "\0" not in value:
            return value
        return self.default


COUNTRY = Setting("crisis_country", "", Scope.DEVICE, max_chars=8)
REMEMBERED_IN_KEYCHAIN = Setting("remembered_in_keychain", False, Scope.DEVICE)
# Shown on the lock screen's crisis panel, so it is kept outside the vault, only if written.
LOCK_SCREEN_CARD = Setting("lock_screen_card", "", Scope.DEVICE)
AUTO_LOCK_MINUTES = Setting("auto_lock_minutes", 5, Scope.VAULT, minimum=1, maximum=240)
PLAN_REVIEW_WEEKS = Setting("plan_review_weeks", 12, Scope.VAULT, minimum=0, maximum=104)
REDUCE_MOTION = Setting("reduce_motion", False, Scope.VAULT)  # a counting bar, not a moving shape

ALL = (COUNTRY, REMEMBERED_IN_KEYCHAIN, LOCK_SCREEN_CARD, AUTO_LOCK_MINUTES, PLAN_REVIEW_WEEKS,
       REDUCE_MOTION)
