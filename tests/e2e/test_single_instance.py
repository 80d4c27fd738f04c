"""One app per vault: a second start brings the first forward; the CLI does not write under it."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.instance_lock import InstanceLock
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.subprocess_env import PYTHON, child_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses XDG_RUNTIME_DIR")


@pytest.fixture
def runtime(tmp_path):
    """A private runtime folder, as the session would give (XDG_RUNTIME_DIR, mode 0700)."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


def env_for(runtime):
    return child_env(XDG_RUNTIME_DIR=str(runtime))


def test_a_second_start_brings_the_first_forward_and_exits(qtbot, tmp_path, runtime):
    from recoverydesk.ui.shell.single_instance import SingleInstance

    data = tmp_path / "vault"
    first = SingleInstance(data, runtime / "RecoveryDesk")
    assert first.claim()
    requests = []
    first.serve(lambda: requests.append("forward"))
    try:
        second = subprocess.Popen([PYTHON, "-m", "recoverydesk", "--data-dir", str(data)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env_for(runtime))
        qtbot.waitUntil(lambda: requests == ["forward"], timeout=30_000)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
    finally:
        first.release()


def test_another_vault_is_not_affected(qtbot, tmp_path, runtime):
    from recoverydesk.ui.shell.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "one", runtime / "RecoveryDesk")
    assert first.claim()
    try:
        other = SingleInstance(tmp_path / "two", runtime / "RecoveryDesk")
        assert other.claim()
        other.release()
    finally:
        first.release()


def checkin(data, runtime):
    return subprocess.run(
        [PYTHON, "-m", "recoverydesk", "checkin", "--data-dir", str(data), "--mood", "3",
         "--passphrase-fd", "0"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env_for(runtime), timeout=120)


def count_checkins(data) -> int:
    vault = Vault(data)
    vault.unlock(PASSPHRASE)
    try:
        return CheckInStore(vault.connection).count()
    finally:
        vault.lock()


def test_the_command_line_refuses_to_write_while_the_app_holds_the_vault(created_vault, runtime):
    data, _key = created_vault
    app = InstanceLock(data, runtime / "RecoveryDesk")
    assert app.acquire()
    try:
        refused = checkin(data, runtime)
        assert refused.returncode == 14
        assert "open on this vault" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert count_checkins(data) == 0
    finally:
        app.release()
    allowed = checkin(data, runtime)
    assert allowed.returncode == 0, allowed.stderr
    assert count_checkins(data) == 1


def test_the_lock_goes_with_the_process_however_it_ends(tmp_path, runtime):
    holder = subprocess.Popen(
        [PYTHON, "-c", "import sys, time; from pathlib import Path;"
         "from recoverydesk.storage.instance_lock import InstanceLock;"
         f"lock = InstanceLock(Path({str(tmp_path / 'v')!r}), Path({str(runtime)!r}));"
         "assert lock.acquire(); print('held', flush=True); time.sleep(600)"],
        stdout=subprocess.PIPE, text=True, env=env_for(runtime))
    try:
        assert holder.stdout.readline().strip() == "held"
        assert not InstanceLock(tmp_path / "v", runtime).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    after = InstanceLock(tmp_path / "v", runtime)
    assert after.acquire()
    after.release()
