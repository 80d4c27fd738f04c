"""Reminders in the running app: the time is injected, the settings applied at once."""

from __future__ import annotations

from datetime import datetime

from recoverydesk import settings
from recoverydesk.reminders import MESSAGE, TITLE
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.shell.reminders import Reminders
from tests.conftest import PASSPHRASE
from tests.ui.helpers import show_page, unlock, wait_for_state


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_reminder_comes_at_its_time_once_even_while_locked(open_app, created_vault, qtbot):
    folder, _ = created_vault
    window = open_app(folder)
    wait_for_state(qtbot, window, AppState.LOCKED)
    window.controller.set_reminders("09:00", "22:00-07:00")
    clock = Clock(datetime(2026, 11, 27, 8, 59, 30))
    reminders = Reminders(window.controller, clock)
    assert reminders.timer.isActive()
    shown = []
    reminders.reminded.connect(lambda title, text: shown.append((title, text)))

    reminders.check()
    assert shown == []
    clock.now = datetime(2026, 11, 27, 9, 0, 10)
    reminders.check()
    clock.now = datetime(2026, 11, 27, 9, 0, 30)
    reminders.check()
    assert shown == [(TITLE, MESSAGE)]
    clock.now = datetime(2026, 11, 27, 23, 0)  # no time set then, and quiet hours anyway
    reminders.check()
    assert shown == [(TITLE, MESSAGE)]

    window.controller.set_reminders("", "")
    assert not reminders.timer.isActive()


def test_settings_apply_reminders_at_once_and_refuse_a_bad_time(open_app, created_vault, qtbot):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Settings")
    from recoverydesk.ui.pages.settings_reminders import ReminderSettings

    group = page.findChild(ReminderSettings)
    group.times.setText("20:30,09:00")
    group.times.editingFinished.emit()
    assert window.controller.device.get(settings.REMINDER_TIMES) == "09:00, 20:30"
    assert group.times.text() == "09:00, 20:30"

    group.times.setText("25:00")
    group.times.editingFinished.emit()
    assert window.controller.device.get(settings.REMINDER_TIMES) == "09:00, 20:30"
    assert "not a time of day" in group.message.text()
