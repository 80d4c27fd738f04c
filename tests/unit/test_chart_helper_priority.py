"""The chart helpers give way to the window: they run at a lower scheduling priority."""

from __future__ import annotations

import os

import pytest

from recoverydesk.reports import painter


@pytest.mark.skipif(not hasattr(os, "nice"), reason="os.nice is Unix's")
def test_a_chart_helper_runs_at_a_lower_priority_than_the_app():
    helpers = painter.ChartPainter(workers=1)
    try:
        helper_niceness = helpers.start().submit(os.nice, 0).result(timeout=120)
    finally:
        helpers.quit()
    assert helper_niceness == min(19, os.nice(0) + painter.HELPER_NICENESS)
