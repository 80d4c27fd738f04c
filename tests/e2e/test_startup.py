"""The app starts in its own process and shows its window (after MNELAB's smoke test)."""

from __future__ import annotations

import subprocess

from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.subprocess_env import PYTHON, child_env


def start(data_dir, **env):
    return subprocess.run(
        [PYTHON, "-m", "recoverydesk", "--data-dir", str(data_dir), "--quit-after-start"],
        capture_output=True, text=True, env=child_env(**env), timeout=120)


def test_first_start_shows_setup_and_creates_nothing_yet(tmp_path):
    result = start(tmp_path / "v")
    assert result.returncode == 0, result.stderr
    assert "first-window-shown" in result.stdout
    assert "state=setup" in result.stdout
    assert not Vault(tmp_path / "v").exists()
    assert "Traceback" not in result.stderr


def test_with_a_vault_it_starts_at_the_lock_screen(tmp_path, kdf):
    vault = Vault(tmp_path / "v")
    vault.create(PASSPHRASE, kdf)
    vault.lock()
    result = start(tmp_path / "v")
    assert result.returncode == 0, result.stderr
    assert "state=locked" in result.stdout


def test_without_a_screen_it_says_how_to_run_it(tmp_path):
    env = child_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run([PYTHON, "-m", "recoverydesk", "--data-dir", str(tmp_path / "v")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


# Loaded when first needed, never for the lock screen: qtawesome (its Qt shim loads QtOpenGL
# and more; the icons are drawn from its font directly), QtNetwork (the single-instance server
# starts listening once the window is up), the crisis directory (read when the panel opens),
# the chart helpers, the unlocked app's shell, pages and presenters, the database, key
# and backup code with SQLCipher (loaded in the background once the lock screen is drawn),
# and the tray's reminders (started once it is drawn).
LAZY = ("qtawesome", "qtpy", "PySide6.QtNetwork", "recoverydesk.crisis",
        "recoverydesk.reports.painter", "recoverydesk.ui.shell.shell_view",
        "recoverydesk.ui.presenters.pages", "recoverydesk.ui.pages.today",
        "sqlcipher3", "recoverydesk.storage.database", "recoverydesk.storage.keyheader",
        "recoverydesk.storage.migrations", "recoverydesk.storage.backup",
        "recoverydesk.reminders", "recoverydesk.ui.shell.reminders")
AT_FIRST_WINDOW = """
import builtins, gc, linecache, sys
print_ = builtins.print
def report(*args, **kwargs):
    if args and str(args[0]).startswith("first-window-shown"):
        print_("loaded:", ",".join(m for m in {lazy!r} if m in sys.modules), flush=True)
        widgets = sys.modules["PySide6.QtWidgets"].__dict__
        print_("qt types:", ",".join(t for t in ("QStyle", "QMessageBox") if t in widgets))
        print_("sources read:", len([f for f in linecache.cache if "recoverydesk" in f]))
        print_("collector:", gc.isenabled(), gc.get_stats()[0]["collections"] - before)
    return print_(*args, **kwargs)
builtins.print = report
sys.argv = ["recoverydesk", "--data-dir", {folder!r}, "--quit-after-start"]
from recoverydesk.__main__ import main
before = gc.get_stats()[0]["collections"]
sys.exit(main())
"""


def test_the_lock_screen_loads_nothing_it_does_not_show(tmp_path, kdf):
    vault = Vault(tmp_path / "v")
    vault.create(PASSPHRASE, kdf)
    vault.lock()
    result = subprocess.run(
        [PYTHON, "-c", AT_FIRST_WINDOW.format(lazy=LAZY, folder=str(tmp_path / "v"))],
        capture_output=True, text=True, env=child_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "state=locked" in result.stdout
    assert "loaded: \n" in result.stdout  # none of them
    # Nor the Python types of QStyle (the calm style comes after the first paint) and
    # QMessageBox, which PySide makes, with their enums, when first used.
    assert "qt types: \n" in result.stdout
    # PySide6 is told which modules use it by name (ui/pyside_imports.py): it reads none of
    # our source files to find out.
    assert "sources read: 0\n" in result.stdout
    # Python's cycle collector made no collection while the lock screen was built (at most
    # the one it makes when it is turned back on), and is on again once the window is up.
    collector = next(line for line in result.stdout.splitlines() if line.startswith("collector"))
    _, enabled, collections = collector.split()
    assert enabled == "True"
    assert int(collections) <= 1
