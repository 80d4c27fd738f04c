"""The chart helper process never outlives the app, even when the app is killed while the
helper is still starting (it then already has a new parent when its start-up code runs)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.support.subprocess_env import PYTHON, child_env

APP = """
import os, signal
from recoverydesk.reports import painter
painter.shared().start()
print("helper started", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
DEADLINE_S = 180  # a guard against a helper that never ends, on a busy machine


def processes_marked(mark: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if f"RD_TEST_MARK={mark}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # ended meanwhile, or not ours to read
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_helper_started_just_before_the_app_is_killed_ends_by_itself():
    mark = uuid.uuid4().hex
    app = subprocess.run([PYTHON, "-c", APP], env=child_env(RD_TEST_MARK=mark),
                         capture_output=True, text=True, timeout=120, check=False)
    assert "helper started" in app.stdout, app.stderr[-2000:]
    assert app.returncode == -9
    deadline = time.monotonic() + DEADLINE_S
    left = processes_marked(mark)
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = processes_marked(mark)
    for pid in left:  # don't leave it behind for the rest of the run
        os.kill(pid, 9)
    assert left == [], "the chart helper outlived the app"
