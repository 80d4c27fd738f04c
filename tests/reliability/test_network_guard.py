"""The audit hook that forbids network use is on for the whole run, and counts attempts."""

from __future__ import annotations

import socket

import pytest

from tests.support import network_guard


def test_the_guard_is_installed_and_counts_a_connection_attempt():
    before = len(network_guard.PROBES)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, \
            network_guard.expecting_refusal(), pytest.raises(network_guard.NetworkAttemptError):
        sock.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, and never reached
    assert len(network_guard.PROBES) == before + 1
    assert "192.0.2.1" in network_guard.PROBES[-1]


def test_a_child_process_gets_the_same_guard():
    import subprocess

    from tests.support.subprocess_env import PYTHON, child_env

    done = subprocess.run([PYTHON, "-c", "import socket; socket.create_connection("
                           "('192.0.2.1', 9), timeout=1)"], env=child_env(),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0
    assert "NetworkAttemptError" in done.stderr
