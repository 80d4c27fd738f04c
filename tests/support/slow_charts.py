"""A chart drawn slowly, in a helper process: it leaves a mark in ``marks`` (a folder) as it
starts, so a test in the app's process can count the charts that were drawn at all."""

from __future__ import annotations

import os
import time
from pathlib import Path


def slowly(figure, marks: str, draw, *args) -> None:
    Path(marks, str(os.getpid()) + "-" + str(time.monotonic_ns())).touch()
    time.sleep(0.3)
    draw(figure, *args)
