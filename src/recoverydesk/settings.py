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
# Backups (storage/backup.py). The time of the last backup you made yourself (ISO, UTC):
# automatic ones stay on this disk, so only your own count for the note on Today.
LAST_BACKUP_AT = Setting("last_backup_at", "", Scope.VAULT)
BACKUP_NOTE_DAYS = Setting("backup_note_days", 30, Scope.VAULT, minimum=0, maximum=365)  # 0: never
AUTO_BACKUP = Setting("auto_backup", True, Scope.VAULT)
AUTO_BACKUP_KEEP = Setting("auto_backup_keep", 5, Scope.VAULT, minimum=1, maximum=50)
# Quick-hide (ui/shell/quick_hide.py). Kept on this device: needed before unlocking.
NEUTRAL_TITLE = Setting("neutral_window_title", False, Scope.DEVICE)
LOCK_ON_MINIMISE = Setting("lock_on_minimise", False, Scope.DEVICE)
LOCK_ON_SCREEN_LOCK = Setting("lock_on_screen_lock", True, Scope.DEVICE)
CLIPBOARD_CLEAR_SECONDS = Setting("clipboard_clear_seconds", 60, Scope.DEVICE, minimum=10,
                                  maximum=600)

# Check-in reminders work while the app is locked, so they live on the device; their words are
# fixed and neutral (reminders.py). Times as "09:00, 20:30"; quiet hours as "22:00-07:00".
REMINDER_TIMES = Setting("reminder_times", "", Scope.DEVICE)
QUIET_HOURS = Setting("quiet_hours", "22:00-07:00", Scope.DEVICE)
CLOSE_TO_TRAY = Setting("close_to_tray", False, Scope.DEVICE)
# The window's language, read before it opens ("system": as the computer is set; i18n.py).
LANGUAGE = Setting("language", "system", Scope.DEVICE, max_chars=16)

ALL = (COUNTRY, REMEMBERED_IN_KEYCHAIN, LOCK_SCREEN_CARD, AUTO_LOCK_MINUTES, PLAN_REVIEW_WEEKS,
       REDUCE_MOTION, REMINDER_TIMES, QUIET_HOURS, CLOSE_TO_TRAY, LAST_BACKUP_AT,
       BACKUP_NOTE_DAYS, AUTO_BACKUP, AUTO_BACKUP_KEEP, NEUTRAL_TITLE, LOCK_ON_MINIMISE,
       LOCK_ON_SCREEN_LOCK, CLIPBOARD_CLEAR_SECONDS, LANGUAGE)
