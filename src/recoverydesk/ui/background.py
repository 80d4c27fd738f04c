"""Run slow work (key derivation, file I/O) off the UI thread, then call back on it."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class Ticket:
    """One round of background work for a view. Cancelled when its result would no longer
    fit (newer input, the view hidden, the app locking): the work may skip itself, and the
    result is dropped on the UI thread before it touches a widget."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as e:  # noqa: BLE001 - handed to the UI thread, which decides what to say
            self._send(self._relay.failed, e)
        else:
            self._send(self._relay.done, result)

    def _send(self, signal, value) -> None:
        """Queued to the UI thread; dropped if the app quit while the work ran (the relay is
        deleted with the runner, and nobody is waiting for the answer any more)."""
        if not isValid(self._relay):
            return
        with suppress(RuntimeError):  # deleted between the check and the emit
            signal.emit(value)


class BackgroundRunner(QObject):
    """Runs one callable at a time per call on Qt's thread pool; results come back queued.

    Loading code ahead of need (``warm_up``: imports, matplotlib) has a thread of its own,
    so vault work queued on the runner (a search, a list) never waits behind seconds of
    importing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database connection: keep its users in line
        self._warm_pool = QThreadPool(self)
        self._warm_pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], object], on_done: Callable[[object], None],
            on_failed: Callable[[Exception], None]) -> None:
        self._start(self._pool, work, on_done, on_failed)

    def warm_up(self, work: Callable[[], object], on_done: Callable[[object], None],
                on_failed: Callable[[Exception], None]) -> None:
        """``work`` must not touch the vault: it runs beside the runner's own jobs."""
        self._start(self._warm_pool, work, on_done, on_failed)

    def _start(self, pool: QThreadPool, work, on_done, on_failed) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler, value):
            self._relays.discard(relay)
            handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_failed, error))
        pool.start(_Job(work, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Both threads' work done (a warm-up is one import at a time: not long)."""
        done = self._pool.waitForDone(msecs)
        return self._warm_pool.waitForDone(msecs) and done
