"""Drawing the Insights charts in helper processes, so the window's Python never waits for them.

A chart drawn on a thread of the app's own process holds Python's lock (the GIL) while
matplotlib works; on a busy machine the thread holding it can be paused by the system for a
while, and the window then cannot run at all (measured: the UI thread stalled 140–250 ms at a
time, using 1–2 ms of CPU meanwhile; with the same charts drawn in a helper process, its
longest stall was 20–30 ms). So the page's charts are drawn by a small pool of helper
processes, started fresh (``spawn``: no copy of this process's memory, no vault key) a moment
after unlocking, each loading matplotlib once. They receive only a chart's numbers (the
dataclasses of ``charts``) and send back its pixels. No Qt.

If the helpers cannot run (a helper dies at start, as in a frozen app started without
``freeze_support``), the charts are drawn on a thread of this process instead, as before: slower
to the eye, never missing. The app's report asks the helper too (:meth:`document_image`); the
command line draws in its own process with ``drawing.document_image``.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import (
    BrokenExecutor,
    Future,
    InvalidStateError,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)
from functools import partial

from recoverydesk import i18n
from recoverydesk.reports import drawing

log = logging.getLogger(__name__)
# One helper: the window never waits for it either way, and on a busy two-core machine a
# second one only doubled the start-up cost (matplotlib loaded twice) and the memory.
WORKERS = 1


def _ready() -> int:
    return os.getpid()


def _start_helper(app: int, language: str = i18n.ENGLISH) -> None:
    """In each helper: end it when the app (process id ``app``) is gone (killed, crashed), since
    nothing else would; speak the app's language (the charts' labels); then load matplotlib.
    The app's id comes from the app: a helper still starting when the app was killed already
    has a new parent by the time this runs."""
    i18n.use(language)

    def watch() -> None:
        while not app_is_gone(app):
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="app-watch", daemon=True).start()
    give_way()
    drawing.warm_up()


HELPER_NICENESS = 10  # added to the app's: the window comes first when both want a core


def give_way() -> None:
    """Run this helper at a lower scheduling priority than the app, where the system has
    one (os.nice: Unix). Loading matplotlib in two helpers takes both cores for ~15 s of CPU
    right after unlocking: the window's thread should not wait behind them for a core."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: the helper runs as it is
            os.nice(HELPER_NICENESS)


def app_is_gone(app: int) -> bool:
    """The helper's parent is no longer the app: the system gave it a new one."""
    return os.getppid() != app


class ChartPainter:
    """A pool of ``workers`` helper processes that draw charts; started by :meth:`start`
    (or the first :meth:`paint`), kept until :meth:`close` (or the app's end)."""

    def __init__(self, workers: int = WORKERS) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._started: list[Future] = []
        self._thread: ThreadPoolExecutor | None = None  # when the helpers can't run

    def start(self) -> ProcessPoolExecutor:
        """Start the helpers and load matplotlib in each (about a second of CPU apiece, none
        of it in this process). Returns at once with the pool; reuses a running one."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self._workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_helper, initargs=(os.getpid(), i18n.current_language()))
            # A pool starts a helper per waiting task: one task each starts them all now.
            self._started = [self._pool.submit(_ready) for _ in range(self._workers)]
        return self._pool

    def ready(self) -> bool:
        """A helper has started and loaded matplotlib."""
        return any(f.done() and not f.exception() for f in self._started)

    def _failed_to_start(self) -> bool:
        return any(f.done() and f.exception() for f in self._started)

    def paint(self, draw, args: tuple, style: drawing.ChartStyle, *, width: int, height: int,
              ratio: float = 1.0) -> Future:
        """A future of ``drawing.pixels(draw, *args, style, …)``, drawn by a helper. A pool
        whose helper died later (killed, out of memory) is replaced; if the helpers could
        not start at all, every chart is drawn on a thread here from then on."""
        job = (drawing.pixels, draw, *args, style)
        size = {"width": width, "height": height, "ratio": ratio}
        if self._thread is None and self._failed_to_start():
            log.warning("chart helpers could not start: drawing charts on a thread")
            self.close()
            self._thread = ThreadPoolExecutor(1, "charts")
        if self._thread is not None:
            return self._thread.submit(*job, **size)
        try:
            return self.start().submit(*job, **size)
        except (BrokenExecutor, RuntimeError):  # a helper died since: a fresh pool
            self.close()
            return self.start().submit(*job, **size)

    def document_image(self, draw, *args, size=(7.0, 3.0), dpi=120) -> Future:
        """A future of ``drawing.document_image(draw, *args, size=size, dpi=dpi)``."""
        return self.paint(draw, args, drawing.LIGHT, width=round(size[0] * 100),
                          height=round(size[1] * 100), ratio=dpi / 100)

    def quit(self) -> None:
        """The app is ending. Helpers still starting (loading matplotlib, seconds on a busy
        machine) are ended at once, so the app's exit never waits for them; started ones stop
        by themselves as the app exits, between two charts."""
        if self._pool is not None and not all(f.done() for f in self._started):
            pool = self._pool
            processes = list(pool._processes.values())  # no public way in 3.11
            _let_go_of_waiting_charts(pool)
            self._pool, self._started = None, []
            pool.shutdown(wait=False)
            for process in processes:
                process.terminate()

    def close(self) -> None:
        """Stop the helpers; charts not yet started are cancelled."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool, self._started = None, []


def _let_go_of_waiting_charts(pool: ProcessPoolExecutor) -> None:
    """Before ``pool``'s helpers are ended: the pool keeps a stand-in future for each chart it
    still holds, and each chart still waiting is cancelled (a chart being drawn gets its
    stand-in's outcome). Ending a helper breaks the pool, and Python 3.11's pool then sets an
    error on every future it holds: on one the app had cancelled (Insights cancels charts it
    no longer needs) that raised InvalidStateError in the pool's own thread, which then
    stopped half-way (CPython gh-107219, fixed in 3.12; seen here as an error in the tests)."""
    for item in list(pool._pending_work_items.values()):  # no public way in 3.11
        wanted, item.future = item.future, Future()
        item.future.add_done_callback(partial(_pass_on, wanted))
        wanted.cancel()  # still waiting: never drawn; being drawn: no effect


def _pass_on(wanted: Future, stand_in: Future) -> None:
    if stand_in.cancelled() or wanted.done():
        return
    try:
        if stand_in.exception() is not None:
            wanted.set_exception(stand_in.exception())
        else:
            wanted.set_result(stand_in.result())
    except InvalidStateError:  # the app cancelled it just now: nobody waits for it
        pass


_shared: ChartPainter | None = None


def shared() -> ChartPainter:
    """The app's one painter (the helpers outlive a lock, so unlocking again costs nothing)."""
    global _shared
    if _shared is None:
        _shared = ChartPainter()
    return _shared
