"""Environment for running RecoveryDesk in a child process under test."""

from __future__ import annotations

import os
import sys
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
