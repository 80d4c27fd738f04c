"""Ending the chart helpers while they still start leaves nothing broken behind.

The app quits (or a test ends) while the helper is still loading matplotlib; Insights had
cancelled some charts it no longer needed. Python 3.11's process pool, broken by the helper's
end, set an error on those cancelled futures and raised InvalidStateError in its own thread,
which then stopped half-way (seen as an error in whichever test ran next)."""

from __future__ import annotations

import threading
from concurrent.futures.process import BrokenProcessPool

from recoverydesk.reports import painter


def test_quitting_while_the_helper_starts_raises_nothing_and_ends_every_chart(monkeypatch):
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    chart_painter = painter.ChartPainter(workers=1)
    pool = chart_painter.start()  # the helper is loading matplotlib for a second or more
    charts = chart_painter._started + [pool.submit(painter._ready) for _ in range(4)]
    dropped = charts[-1]
    assert dropped.cancel()  # Insights no longer needs it: it waits behind the others
    pool_thread = pool._executor_manager_thread
    del pool  # the app holds only the painter, so the pool can go as soon as it is let go

    chart_painter.quit()
    pool_thread.join(timeout=60)

    assert not pool_thread.is_alive()
    assert raised == []
    assert dropped.cancelled()
    for chart in charts:  # nobody is left waiting for a chart that will never come
        # (one being drawn, queued to the helper, can't be cancelled: it reports the end)
        assert chart.done()
        assert chart.cancelled() or isinstance(chart.exception(), BrokenProcessPool)

