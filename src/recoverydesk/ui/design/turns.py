"""Building a page over several turns of the event loop, so the window never waits long.

A page that would take a few hundred milliseconds to build (dozens of cards, each a handful of
widgets) shows what is on screen first and adds the rest a little at a time: each turn runs
steps until ``budget_ms`` has gone by (at least one step), then lets the window paint and
answer input before the next turn.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

BUDGET_MS = 12  # per turn: well under the 100 ms a person notices, even stretched by load


class Turns(QObject):
    """Steps run in order, a few per turn of the event loop. A child of the widget it builds:
    deleted with it, nothing runs after."""

    finished = Signal()  # the last queued step has run

    def __init__(self, parent: QObject, cancel_on: SignalInstance | None = None,
                 budget_ms: float = BUDGET_MS) -> None:
        """``cancel_on``: a signal after which no step may run (the app about to lock: the
        vault closes, the page is being thrown away)."""
        super().__init__(parent)
        self._budget = budget_ms / 1000
        self._steps: deque[Callable[[], None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        if cancel_on is not None:
            cancel_on.connect(self.cancel)

    def add(self, *steps: Callable[[], None]) -> None:
        """Queue ``steps`` after the ones already waiting; the first turn comes soon."""
        self._steps.extend(steps)
        if self._steps:
            self._timer.start()

    def cancel(self) -> None:
        """Drop the steps not run yet (the page starts its build again)."""
        self._steps.clear()
        self._timer.stop()

    def busy(self) -> bool:
        return bool(self._steps)

    def run_first(self, count: int) -> None:
        """Run the first ``count`` waiting steps now (what is on screen at once)."""
        for _ in range(min(count, len(self._steps))):
            self._steps.popleft()()
        if not self._steps:
            self._timer.stop()
            self.finished.emit()

    def finish_now(self) -> None:
        """Run every waiting step at once (the person needs what they would build)."""
        self._timer.stop()
        if self._steps:
            while self._steps:
                self._steps.popleft()()
            self.finished.emit()

    def _turn(self) -> None:
        start = time.perf_counter()
        while self._steps:
            self._steps.popleft()()
            if time.perf_counter() - start >= self._budget:
                break
        if self._steps:
            self._timer.start()
        else:
            self.finished.emit()
