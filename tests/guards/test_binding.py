"""Guards against an unsound Qt binding: high-frequency calls must not eat references.

PySide6 6.12.0 on Python 3.11 takes a reference from None or True on every Signal.emit()
and every void Qt call from Python without ever giving it; within minutes of use the count
reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"). Each probe runs
in a child process, so an abort fails its test instead of the whole run.
"""

from __future__ import annotations

import json
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support.subprocess_env import PYTHON, child_env

PROBE = Path(__file__).with_name("binding_probe.py")
ITERATIONS = 20_000
# Unrelated objects come and go while the probe runs (a few references either way); the
# broken binding loses one per call, 20,000 here, long before which it aborts.
NOISE = 50


@pytest.mark.parametrize("probe", ["emit", "idle", "void"])
def test_binding_keeps_reference_counts(probe):
    result = subprocess.run([PYTHON, str(PROBE), probe, str(ITERATIONS)], capture_output=True,
                            text=True, env=child_env(), timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Fatal" not in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ran"] == ITERATIONS
    for name, before, after in zip(("None", "True", "False"), report["before"], report["after"],
                                   strict=True):
        assert after >= before - NOISE, f"{name} lost {before - after} references in {probe}"


def test_installed_binding_is_the_pinned_one():
    """The lock file decides the binding; a venv that drifted from it is caught here."""
    locked = {}
    lock = Path(__file__).resolve().parents[2] / "requirements" / "dev.lock"
    for line in lock.read_text().splitlines():
        if line.startswith(("pyside6-essentials==", "shiboken6==")):
            name, _, rest = line.partition("==")
            locked[name] = rest.split()[0]
    assert locked["pyside6-essentials"] == version("PySide6-Essentials")
    assert locked["shiboken6"] == version("shiboken6")
