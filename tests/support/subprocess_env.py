"""Environment for running RecoveryDesk in a child process under test."""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

NO_NETWORK_DIR = Path(__file__).parent / "no_network"


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(NO_NETWORK_DIR),
                                                      env.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


PYTHON = sys.executable


def lines_within(stream, seconds: float) -> Iterator[str]:
    """The lines a child writes to ``stream``, until it closes; raises ``TimeoutError`` once
    ``seconds`` have passed in all, so a child that hangs cannot hold the test."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        try:
            for line in stream:
                lines.put(line)
        except (OSError, ValueError):  # the test closed the pipe after killing the child
            pass
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + seconds
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError(f"the child wrote nothing more within {seconds} s") from None
        if line is None:
            return
        yield line
