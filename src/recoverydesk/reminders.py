"""Check-in reminders: when the next one is due, as plain data (the tray in ui/shell/ shows it).

Reminders are optional and local: the app, while it runs, offers a quiet note at the times the
person chose, never in their quiet hours. The note's words are fixed and neutral: it says
nothing about what the app is for or what is in it, so it is safe on a shared screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

TITLE = "RecoveryDesk"
MESSAGE = "A moment for a check-in, if you'd like one."


class ReminderFormatError(ValueError):
    pass


def parse_times(text: str) -> tuple[time, ...]:
    """"09:00, 20:30" → two times, sorted, without repeats. Empty text: no reminders."""
    times = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part:
            times.add(_clock(part))
    return tuple(sorted(times))


def format_times(times: tuple[time, ...]) -> str:
    return ", ".join(t.strftime("%H:%M") for t in times)


def parse_quiet_hours(text: str) -> tuple[time, time] | None:
    """"22:00-07:00" → (start, end); it may run past midnight. Empty text: no quiet hours."""
    text = text.strip()
    if not text:
        return None
    start, separator, end = text.partition("-")
    if not separator:
        raise ReminderFormatError(f"Quiet hours look like 22:00-07:00, not {text!r}.")
    return _clock(start.strip()), _clock(end.strip())


def _clock(text: str) -> time:
    hours, separator, minutes = text.partition(":")
    if not (separator and hours.isascii() and hours.isdigit() and minutes.isascii()
            and minutes.isdigit() and len(minutes) == 2):
        raise ReminderFormatError(f"Times look like 09:00 or 20:30, not {text!r}.")
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise ReminderFormatError(f"{text!r} is not a time of day.")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class ReminderPlan:
    times: tuple[time, ...] = ()
    quiet: tuple[time, time] | None = None

    @classmethod
    def from_text(cls, times: str, quiet: str) -> ReminderPlan:
        return cls(parse_times(times), parse_quiet_hours(quiet))

    def in_quiet_hours(self, moment: time) -> bool:
        if self.quiet is None:
            return False
        start, end = self.quiet
        if start <= end:
            return start <= moment < end
        return moment >= start or moment < end  # past midnight

    def next_after(self, now: datetime) -> datetime | None:
        """The first reminder strictly after ``now`` (a local, aware or naive time)."""
        candidates = [
            datetime.combine(now.date() + timedelta(days=day), at, tzinfo=now.tzinfo)
            for day in range(2) for at in self.times if not self.in_quiet_hours(at)]
        later = [moment for moment in candidates if moment > now]
        return min(later) if later else None

    def due(self, last_checked: datetime, now: datetime) -> bool:
        """True when a reminder time fell in (last_checked, now]."""
        upcoming = self.next_after(last_checked)
        return upcoming is not None and upcoming <= now
