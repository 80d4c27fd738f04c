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
    ui_cpu_ms: float = 0.0  # the UI thread's CPU time within the longest block (see Block)


@dataclass(frozen=True)
class Block:
    """The longest gap between beats, and the CPU time used within it by the UI thread and by
    the whole process. UI-thread CPU near the gap's length: the UI thread was busy. Much less,
    with the process's CPU near the gap: another of our threads held Python's lock. Both much
    less: the process waited for a core (a loaded machine)."""
    ms: float
    ui_cpu_ms: float
    process_cpu_ms: float

    def __str__(self) -> str:
        return (f"{self.ms:.0f} ms (UI thread CPU {self.ui_cpu_ms:.0f} ms, process CPU "
                f"{self.process_cpu_ms:.0f} ms)")


def _clocks() -> tuple[float, float, float]:
    return time.perf_counter(), time.thread_time(), time.process_time()


class Heartbeat:
    def __init__(self, interval_ms: int = 1) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = _clocks()
        self._longest = Block(0, 0, 0)

    def _beat(self) -> None:
        now = _clocks()
        gap, ui, process = (a - b for a, b in zip(now, self._last, strict=True))
        if gap * 1000 > self._longest.ms:
            self._longest = Block(gap * 1000, ui * 1000, process * 1000)
        self._last = now

    def start(self) -> None:
        """Beat from now on; :meth:`stop` gives the longest block since."""
        self._longest = Block(0, 0, 0)
        self._last = _clocks()
        self._timer.start()

    def stop(self) -> Block:
        self._timer.stop()
        self._beat()
        return self._longest

    def measure(self, action, until=lambda: True, timeout_s: float = 60.0,
                settle_ms: int = 50) -> Step:
        """Run ``action`` on the UI thread, then the event loop until ``until()`` holds (and
        ``settle_ms`` more, for the paint that follows). Returns the longest block and the
        wall time."""
        app = QCoreApplication.instance()
        self._timer.start()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        self.start()
        start = self._last[0]
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
        longest = self.stop()
        return Step(longest.ms, (done - start) * 1000, finished, longest.ui_cpu_ms)
