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
