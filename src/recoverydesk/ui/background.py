"""Run slow work (key derivation, file I/O) off the UI thread, then call back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


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
            _send(self._relay.failed, self._relay, e)
        else:
            _send(self._relay.done, self._relay, result)


def _send(signal, relay: _Relay, value) -> None:
    """Queued to the UI thread; dropped if the app quit while the work ran (the relay is
    deleted with the runner, and nobody is waiting for the answer any more)."""
    if not isValid(relay):
        return
    with suppress(RuntimeError):  # deleted between the check and the emit
        signal.emit(value)


class BackgroundRunner(QObject):
    """Runs one callable at a time per call on Qt's thread pool; results come back queued.

    Work that never uses the vault's connection (``run_beside``: loading code ahead of need,
    an automatic backup on its own connection) has a thread of its own, so vault work queued
    on the runner (a search, a list) never waits behind seconds of importing or copying."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database connection: keep its users in line
        self._beside = QThreadPool(self)
        self._beside.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], object], on_done: Callable[[object], None],
            on_failed: Callable[[Exception], None]) -> None:
        self._pool.start(_Job(work, self._relay(on_done, on_failed)))

    def run_beside(self, work: Callable[[], object], on_done: Callable[[object], None],
                   on_failed: Callable[[Exception], None]) -> None:
        """``work`` must not use the vault's connection: it runs beside the runner's jobs."""
        self._beside.start(_Job(work, self._relay(on_done, on_failed)))

    def when_done(self, future: Future, on_done: Callable[[object], None],
                  on_failed: Callable[[Exception], None]) -> None:
        """``future``'s result (from another process or thread), queued back to the UI thread
        like :meth:`run`'s; nothing at all if the future was cancelled."""
        relay = self._relay(on_done, on_failed)

        def arrived(done: Future) -> None:
            if done.cancelled():
                self._relays.discard(relay)
            elif done.exception() is not None:
                _send(relay.failed, relay, done.exception())
            else:
                _send(relay.done, relay, done.result())

        future.add_done_callback(arrived)

    def _relay(self, on_done, on_failed) -> _Relay:
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler, value):
            self._relays.discard(relay)
            handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_failed, error))
        return relay

    def wait(self, msecs: int = -1, beside: bool = True) -> bool:
        """The runner's work done, and with ``beside`` the other thread's too (a lock waits
        for an automatic backup, as it always has)."""
        done = self._pool.waitForDone(msecs)
        return (self._beside.waitForDone(msecs) if beside else True) and done


class LatestRead(QObject):
    """A view's reads of the vault on the background runner, the newest only: each
    :meth:`fetch` cancels the one before, and a result reaches ``fill`` (on the UI thread)
    only when nothing newer was asked and the view (this object's parent) still exists.
    ``arrived`` follows each ``fill``; tests and benches wait for it. What comes back after
    the app began locking is dropped."""

    arrived = Signal()

    def __init__(self, view: QObject, controller, on_failed: Callable[[], None] | None = None
                 ) -> None:
        super().__init__(view)
        self._run = controller.run_in_background
        self._on_failed = on_failed
        self._ticket = Ticket()
        self._pending = False
        controller.about_to_lock.connect(self.cancel)

    def cancel(self) -> None:
        self._ticket.cancel()
        self._pending = False

    def fetch(self, work: Callable[[], object], fill: Callable[[object], None]) -> None:
        self._ticket.cancel()
        ticket = self._ticket = Ticket()
        self._pending = True

        def read():
            return None if ticket.cancelled else (work(),)

        def done(got) -> None:
            if ticket.cancelled or got is None or not isValid(self):
                return  # newer asked, or the view is gone (a lock)
            self._pending = False
            fill(got[0])
            self.arrived.emit()

        def failed(error: Exception) -> None:
            if ticket.cancelled or not isValid(self):
                return
            self._pending = False
            log.error("a view's read failed", exc_info=error)
            if self._on_failed is not None:
                self._on_failed()

        self._run(read, done, failed)

    def busy(self) -> bool:
        """A read is on its way."""
        return self._pending
