"""Kill the app mid-typing: at most the last 2 seconds of typing may be missing."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.subprocess_env import PYTHON, child_env, lines_within
from tests.support.typing_app import TEXT

DRIVER = Path(__file__).resolve().parents[1] / "support" / "typing_app.py"
ALLOWED_LOSS_SECONDS = 2.0
READ_DEADLINE_S = 120  # start-up (the KDF) and 4 s of typing, on a busy machine


def test_killed_while_typing_loses_at_most_two_seconds(created_vault):
    folder, _ = created_vault
    child = subprocess.Popen([PYTHON, str(DRIVER), str(folder)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env=child_env())
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    typed: list[tuple[int, float]] = []
    started = None
    try:
        for line in lines_within(child.stdout, READ_DEADLINE_S):
            if line.startswith("typed"):
                _, count, at = line.split()
                typed.append((int(count), float(at)))
                started = started or time.monotonic()
                if time.monotonic() - started > 4.0:
                    break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    assert typed, "the app never started typing"

    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    draft = JournalStore(vault.connection).latest_draft()
    vault.lock()
    assert draft is not None
    kept = draft.body
    assert TEXT.startswith(kept)
    must_have = max((count for count, at in typed if at <= killed_at - ALLOWED_LOSS_SECONDS),
                    default=0)
    assert len(kept) >= must_have, (len(kept), must_have, typed[-1][0])
