"""The core imports no Qt, and the guard against network use really guards."""

from __future__ import annotations

import ast
import socket
import subprocess
from pathlib import Path

import pytest

import recoverydesk
from tests.support import network_guard
from tests.support.network_guard import NetworkAttemptError
from tests.support.subprocess_env import PYTHON, child_env

PACKAGE = Path(recoverydesk.__file__).parent
# Everything but the window: ui/ is Qt, app.py builds the Qt application, __main__ picks
# between the command line and app.py.
NOT_CORE = ("recoverydesk.ui", "recoverydesk.app", "recoverydesk.__main__")


def core_modules() -> list[str]:
    """Every module of the package found on disk, so a new one is checked without a list."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not any(name == top or name.startswith(top + ".") for top in NOT_CORE):
            names.append(name)
    return names


def test_the_walk_finds_every_core_package():
    found = core_modules()
    for expected in ("recoverydesk.cli", "recoverydesk.crisis", "recoverydesk.goals",
                     "recoverydesk.storage.vault", "recoverydesk.storage.migrations",
                     "recoverydesk.skills.engine", "recoverydesk.reports.charts",
                     "recoverydesk.reports.chart_queries",
                     "recoverydesk.exchange.jrnl", "recoverydesk.i18n",
                     "recoverydesk.catalogue.es"):
        assert expected in found
    assert not any(name.startswith("recoverydesk.ui") for name in found)


def test_core_packages_import_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
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


# Views reach the vault only through presenters; the lock-state machine holds the vault.
MAY_IMPORT_STORAGE = ("recoverydesk.ui.presenters", "recoverydesk.ui.controller")


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_view_imports_storage():
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if name.startswith(MAY_IMPORT_STORAGE):
            continue
        if any(m == "recoverydesk.storage" or m.startswith("recoverydesk.storage.")
               for m in _imported_modules(path)):
            offenders.append(name)
    assert offenders == []
