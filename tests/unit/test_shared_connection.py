"""The UI thread and the background runner share the vault's connection: they never
deadlock, even while a trigger calls our Python search function (storage/database.py)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.journal_store import JournalStore

ROUNDS = 400
DEADLINE_S = 60


def test_writing_with_a_python_trigger_beside_reading_never_deadlocks(unlocked_vault):
    conn = unlocked_vault.connection
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    errors: list[BaseException] = []

    def write() -> None:  # each add runs the search trigger, which calls search_fold
        try:
            journal = JournalStore(conn)
            for i in range(ROUNDS):
                journal.add(f"Walk {i}", "Straße, café and a long way home", ["outside"], now)
        except BaseException as e:  # noqa: BLE001 - handed to the test below
            errors.append(e)

    def read() -> None:  # queries whose column names Python asks SQLite for
        try:
            checkins = CheckInStore(conn)
            journal = JournalStore(conn)
            for _ in range(ROUNDS):
                checkins.count()
                journal.page(20)
        except BaseException as e:  # noqa: BLE001 - handed to the test below
            errors.append(e)

    threads = [threading.Thread(target=write, daemon=True),
               threading.Thread(target=read, daemon=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_S)
    assert not any(thread.is_alive() for thread in threads), "the two threads deadlocked"
    assert errors == []
    assert JournalStore(conn).count() == ROUNDS
