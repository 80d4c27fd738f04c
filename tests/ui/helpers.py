"""What a person does in the window, as small steps for tests."""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from recoverydesk.ui.controller import AppState


def type_and_enter(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def wait_for_state(qtbot, window, state: AppState, timeout=15000):
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=timeout)
    if state is AppState.UNLOCKED:  # and its first page, built on the next turn
        qtbot.waitUntil(lambda: window.shell is not None
                        and window.shell.is_built(window.shell.current_title()))


def unlock(qtbot, window, passphrase):
    type_and_enter(qtbot, window.lock_view.secret_edit, passphrase)
    wait_for_state(qtbot, window, AppState.UNLOCKED)
    qtbot.waitUntil(lambda: window.shell is not None and window.shell.isVisible())
    qtbot.waitUntil(lambda: window.shell.is_built(window.shell.current_title()))


def press_shortcut(qtbot, window, key, modifiers):
    """A key combination as the window system delivers it, so Qt's shortcuts see it.

    The offscreen platform does not hand activation back when a dialog closes, as a
    desktop does, so the window is made active first.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.windowHandle(), key, modifiers)


def show_page(window, title):
    """Go to a section of the unlocked app; returns its page widget once it is built (a
    page with many cards builds them over a few turns of the event loop)."""
    window.shell.show_page(title)
    page = window.shell.pages.currentWidget()
    building = getattr(page, "building", None)
    deadline = QDeadlineTimer(DIALOG_DEADLINE_MS)
    while building is not None and building() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return page


def show_today(qtbot, window):
    """Go to Today and wait for its figures (read on the background runner)."""
    today = show_page(window, "Today")
    qtbot.waitUntil(lambda: not today.busy())
    return today


DIALOG_DEADLINE_MS = 120_000  # well inside the per-test timeout, generous on a busy machine


def when_dialog_opens(qtbot, kind, act, deadline_ms: int = DIALOG_DEADLINE_MS):
    """Run ``act(dialog)`` as soon as a modal dialog of ``kind`` is up and active.

    It stops looking after ``deadline_ms``, so a dialog that never opens cannot keep a
    timer going for the rest of the run (the test then fails on what ``act`` did not do).
    """
    deadline = QDeadlineTimer(deadline_ms)

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and QApplication.activeWindow() is dialog:
            act(dialog)
        elif not deadline.hasExpired():
            QTimer.singleShot(30, poll)
    QTimer.singleShot(30, poll)


def show_journal(qtbot, window):
    """Go to the journal and wait for its list, tags and any kept draft."""
    journal = show_page(window, "Journal")
    qtbot.waitUntil(lambda: not journal.busy())
    return journal


def search_journal(qtbot, journal, words):
    """Type words into the journal's search and wait for the list to show their results."""
    qtbot.keyClicks(journal.search, words)
    qtbot.waitUntil(lambda: not journal.busy())


BACKGROUND_DEADLINE_MS = 15_000


def settle_background(window, deadline_ms: int = BACKGROUND_DEADLINE_MS) -> None:
    """Let background work finish, its queued results arrive and deleted widgets go,
    without sleeping.

    A result may start more work (a chart after its data): go round until none is left,
    within ``deadline_ms``.
    """
    deadline = QDeadlineTimer(deadline_ms)
    while True:
        assert window.controller.wait_for_background(max(1, deadline.remainingTime()))
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        if window.controller.wait_for_background(0):
            return
        assert not deadline.hasExpired(), "background work still running at the deadline"
