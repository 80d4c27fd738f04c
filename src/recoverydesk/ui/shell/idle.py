"""Auto-lock: lock after a set time with no keyboard or mouse input in the app.

The event filter sees every event of the application, so it does as little as it can: it
notes the time of the last input in a Python float and makes no Qt call. One single-shot
timer wakes up when the time could have run out and checks; if there was input since, it
sleeps again for what is left. A running guided exercise (``hold``) counts as activity the
whole time it runs, so a long body scan is never cut off; the idle time counts from the
moment it ends or pauses (``release``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
})

DEFAULT_TIMEOUT_MS = 5 * 60_000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_ms = DEFAULT_TIMEOUT_MS
        self._last_input = clock()
        self._holds: set[Hashable] = set()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def set_timeout_ms(self, msecs: int) -> None:
        """A new time applies at once, counted from the last input."""
        self._timeout_ms = msecs
        if self._running:
            self.check()

    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self._last_input = self._clock()
        self._sleep(self._timeout_ms / 1000)

    def stop(self) -> None:
        self._running = False
        self._holds.clear()
        self._timer.stop()

    def hold(self, holder: Hashable) -> None:
        """While ``holder`` holds, the app counts as in use (a guided exercise running)."""
        self._holds.add(holder)

    def release(self, holder: Hashable) -> None:
        if holder in self._holds:
            self._holds.discard(holder)
            self._last_input = self._clock()

    def note_activity(self) -> None:
        self._last_input = self._clock()

    def check(self) -> None:
        """Lock if the time has run out, or sleep for what is left of it."""
        if not self._running:
            return
        now = self._clock()
        if self._holds:
            self._last_input = now
        left = self._last_input + self._timeout_ms / 1000 - now
        if left <= 0:
            self._running = False
            self.idle.emit()
        else:
            self._sleep(left)

    def _sleep(self, seconds: float) -> None:
        self._timer.start(max(1, math.ceil(seconds * 1000)))

    def saw(self, kind: QEvent.Type) -> None:
        """An event of this type reached the app (ui/shell/app_events.py hands each on)."""
        if kind in _ACTIVITY:
            self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.saw(event.type())
        return False
