"""How long the UI thread could not run: a 1 ms heartbeat timer and the longest gap between its
beats, for any step driven in a real window. A reusable harness for the benches.

    beat = Heartbeat()
    step = beat.measure(lambda: page.search.setText("heron"), until=lambda: not page.busy())
    print(step.longest_block_ms, step.wall_ms)

The step's own call counts (it runs on the UI thread), and so does everything the event loop
does until ``until()`` is true: queued results, painting, timers.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer


@dataclass(frozen=True)
class Step:
    longest_block_ms: float  # the longest time the window could not respond
    wall_ms: float  # from the start of the step until it was done
    finished: bool  # False: ``until`` never came true within the timeout


class Heartbeat:
    def __init__(self, interval_ms: int = 1) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = time.perf_counter()
        self._longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last)
        self._last = now

    def measure(self, action, until=lambda: True, timeout_s: float = 60.0,
                settle_ms: int = 50) -> Step:
        """Run ``action`` on the UI thread, then the event loop until ``until()`` holds (and
        ``settle_ms`` more, for the paint that follows). Returns the longest block and the
        wall time."""
        app = QCoreApplication.instance()
        self._timer.start()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        self._last = start = time.perf_counter()
        self._longest = 0.0
        action()
        self._beat()
        finished = True
        while not until():
            if time.perf_counter() - start > timeout_s:
                finished = False
                break
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        done = time.perf_counter()
        settle_until = done + settle_ms / 1000
        while time.perf_counter() < settle_until:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        self._beat()
        self._timer.stop()
        return Step(self._longest * 1000, (done - start) * 1000, finished)
