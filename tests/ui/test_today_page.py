"""Today through the real window: its figures are read off the UI thread and follow changes."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.ui.presenters.pages import TodayPresenter
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_today, unlock


def test_todays_figures_come_from_the_runner_and_follow_a_new_checkin(
        qtbot, open_app, created_vault, monkeypatch):
    threads = []
    read = TodayPresenter.glance

    def glance(presenter, now):
        threads.append(threading.current_thread())
        return read(presenter, now)

    monkeypatch.setattr(TodayPresenter, "glance", glance)
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    today = show_today(qtbot, window)
    assert threads
    assert threading.main_thread() not in threads  # read on the background runner
    assert today.cards == []
    assert today.empty.isVisibleTo(today)
    assert today.summary.text().startswith("No check-ins in the last seven days")
    assert today.week.days[-1].accessibleName().endswith("no check-in")

    now = datetime.now().astimezone().replace(microsecond=0)
    stores.checkin_store(window.controller).save(
        CheckIn(at=now, mood=3, urges=(Urge("self-harm", 2),)))
    with qtbot.waitSignal(today.refreshed):
        window.controller.checkins_changed.emit()
    assert [card.checkin_id for card in today.cards] != []
    assert "Mood 3 of 5" in today.cards[0].text()
    assert not today.empty.isVisibleTo(today)
    assert today.summary.text().startswith("In the last seven days: 1 check-in.")
    assert "averaged 2.0 out of 5" in today.summary.text()
    assert today.week.days[-1].accessibleName().endswith(
        "mood 3 of 5, strongest urge 2 of 5")


def test_a_read_arriving_after_a_lock_touches_nothing(qtbot, open_app, created_vault):
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    today = show_today(qtbot, window)
    arrived = []
    today.refreshed.connect(lambda: arrived.append(True))
    window.controller.checkins_changed.emit()  # a read on its way…
    window.controller.lock()  # …and the page deleted before it comes back
    qtbot.waitUntil(lambda: window.shell is None)
    QCoreApplication.processEvents()  # the queued result is delivered, and dropped
    assert arrived == []
