"""Run a Python script inside the frozen bundle, with what the bundle ships and nothing else.

The bundle has no Python prompt. Its one way in is the entry multiprocessing keeps for the
charts' helper process: ``recoverydesk --multiprocessing-fork pipe_handle=N`` (freeze_support in
``__main__``) reads two pickles from file descriptor N, the spawn's preparation data and the
process to run. Here the second is ``exec(script)``, which runs while it is read; the script
ends with ``raise SystemExit(0)`` (else the entry goes on and fails, as it has no process).
"""

from __future__ import annotations

import os
import pickle
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


class _Exec:
    """Pickles as a call of exec(script): the unpickling in the bundle runs the script."""

    def __init__(self, script: str) -> None:
        self.script = script

    def __reduce__(self):
        return exec, (self.script, {"__name__": "__in_bundle__"})


def run_in_bundle(executable: Path, script: str, env: dict[str, str],
                  timeout: float = 300) -> subprocess.CompletedProcess:
    read, write = os.pipe()
    with os.fdopen(write, "wb") as pipe:  # a few KB: fits in the pipe before the child reads
        pipe.write(pickle.dumps({}) + pickle.dumps(_Exec(script)))
    try:
        return subprocess.run([str(executable), "--multiprocessing-fork", f"pipe_handle={read}"],
                              pass_fds=(read,), capture_output=True, text=True, env=env,
                              timeout=timeout)
    finally:
        os.close(read)


def script(name: str) -> str:
    """A script of this folder (run in the bundle, never imported by the tests)."""
    return (HERE / name).read_text(encoding="utf-8")
