"""The core imports no Qt, and the guard against network use really guards."""

from __future__ import annotations

import socket
import subprocess

import pytest

from tests.support import network_guard
from tests.support.network_guard import NetworkAttemptError
from tests.support.subprocess_env import PYTHON, child_env

CORE_MODULES = [
    "recoverydesk.checkin",
    "recoverydesk.cli",
    "recoverydesk.crisis",
    "recoverydesk.goals",
    "recoverydesk.help_content",
    "recoverydesk.reminders",
    "recoverydesk.storage.instance_lock",
    "recoverydesk.passphrase",
    "recoverydesk.reports.diary_card",
    "recoverydesk.reports.charts",
    "recoverydesk.reports.sentences",
    "recoverydesk.reports.documents",
    "recoverydesk.reports.drawing",
    "recoverydesk.reports.painter",
    "recoverydesk.reports.gather",
    "recoverydesk.exchange",
    "recoverydesk.exchange.common",
    "recoverydesk.exchange.kinds",
    "recoverydesk.exchange.json_format",
    "recoverydesk.exchange.csv_format",
    "recoverydesk.exchange.markdown_format",
    "recoverydesk.exchange.daylio",
    "recoverydesk.exchange.jrnl",
    "recoverydesk.reports.safety_plan_doc",
    "recoverydesk.safety_plan",
    "recoverydesk.storage.backup",
    "recoverydesk.storage.checkin_store",
    "recoverydesk.storage.crisis_prefs",
    "recoverydesk.storage.goal_store",
    "recoverydesk.storage.journal_store",
    "recoverydesk.storage.search_text",
    "recoverydesk.storage.safety_plan_store",
    "recoverydesk.paths",
    "recoverydesk.settings",
    "recoverydesk.storage.database",
    "recoverydesk.storage.keychain",
    "recoverydesk.storage.keyheader",
    "recoverydesk.storage.migrations",
    "recoverydesk.storage.settings_store",
    "recoverydesk.storage.throttle",
    "recoverydesk.storage.vault",
    "recoverydesk.skills",
    "recoverydesk.skills.effectiveness",
    "recoverydesk.skills.engine",
    "recoverydesk.skills.loader",
    "recoverydesk.skills.chain",
    "recoverydesk.skills.ride_it_out",
    "recoverydesk.storage.chain_store",
    "recoverydesk.storage.skill_store",
]


def test_core_packages_import_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "import recoverydesk.cli as c; c.build_parser()\n"
        "heavy = ('PySide6', 'shiboken6', 'matplotlib')  # matplotlib only when drawing\n"
        "qt = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print('QT:', qt)\n"
    )
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=child_env(),
                            check=True)
    assert "QT: []" in result.stdout


def test_network_guard_refuses_connections():
    with network_guard.expecting_refusal(), pytest.raises(NetworkAttemptError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with network_guard.expecting_refusal(), pytest.raises(NetworkAttemptError):
        socket.getaddrinfo("example.org", 443)


def test_network_guard_is_active_in_child_processes():
    code = "import socket\ntry:\n socket.getaddrinfo('example.org', 443)\nexcept Exception as e:" \
           "\n print(type(e).__name__)"
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=child_env(),
                            check=True)
    assert result.stdout.strip() == "NetworkAttemptError"
