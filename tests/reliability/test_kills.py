"""kill -9 in the middle of things: acknowledged writes all survive, and a kill at every
file-system step of a passphrase change, a reset through the recovery key and a new recovery
key leaves a vault that opens (with the old secret or the new one)."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import time

import pytest

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.errors import WrongPassphraseError
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.kill_child import NEW_PASSPHRASE
from tests.reliability.support import how_many
from tests.support.subprocess_env import PYTHON, child_env

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _child(folder, *args, **env) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-m", "tests.reliability.kill_child", str(folder),
                             *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=child_env(**env))


def test_kill_9_during_writes_loses_no_acknowledged_write(created_vault):
    folder, _ = created_vault
    rng = random.Random(15)
    acknowledged: set[int] = set()
    for _round in range(how_many(2, 20)):
        child = _child(folder, "writes", 1000)
        # The kill lands while writes are going on: a moment after the first one is
        # acknowledged (starting and unlocking take seconds on a busy machine).
        deadline = None
        try:
            while deadline is None or time.monotonic() < deadline:
                line = child.stdout.readline()
                if not line:
                    break
                acknowledged.add(int(line))
                if deadline is None:
                    deadline = time.monotonic() + rng.uniform(0.05, 1.5)
        finally:
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=60)
        vault = Vault(folder)
        vault.unlock(PASSPHRASE)
        try:
            present = {c.id for c in CheckInStore(vault.connection)._load("", ())}
        finally:
            vault.lock()
        assert acknowledged <= present, sorted(acknowledged - present)[:10]
    assert acknowledged, "the child never acknowledged a write"
    print(f"\nkill -9 during writes: {len(acknowledged)} acknowledged writes, all present")


def _opens(folder, recovery_keys: list[str]) -> str:
    """Which secret opens the vault now; fails when none does."""
    for secret in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            vault = Vault(folder)
            vault.unlock(secret)
            vault.lock()
            return secret
        except WrongPassphraseError:
            continue
    for key in recovery_keys:
        try:
            vault = Vault(folder)
            vault.unlock_with_recovery_key(key)
            vault.lock()
            return "recovery key"
        except WrongPassphraseError:
            continue
    raise AssertionError("no passphrase or recovery key opens the vault")


@pytest.mark.parametrize("action", ["change", "reset", "rekey"])
def test_a_kill_at_every_step_leaves_a_vault_that_opens(created_vault, tmp_path, action):
    source, recovery_key = created_vault
    outcomes = []
    for step in range(200):
        folder = tmp_path / f"step{step}"
        shutil.copytree(source, folder)
        child = _child(folder, action, step, RECOVERY_KEY=recovery_key)
        out, err = child.communicate(timeout=120)
        new_keys = [line for line in out.splitlines() if len(line.replace("-", "")) == 64]
        opened_with = _opens(folder, [recovery_key, *new_keys])
        outcomes.append(opened_with)
        if child.returncode == 0:
            assert "finished" in out
            break
        assert child.returncode == 99, err
        shutil.rmtree(folder)
    else:
        raise AssertionError("the operation never finished")
    assert len(outcomes) > 2, "no step was interrupted"
    expected = PASSPHRASE if action == "rekey" else NEW_PASSPHRASE
    assert outcomes[-1] == expected
