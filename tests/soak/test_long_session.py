"""A long session in the real window: 100,000 synthetic events, then quit cleanly.

`make soak` runs it with a million (RECOVERYDESK_SOAK_EVENTS).
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.subprocess_env import PYTHON, child_env

DRIVER = Path(__file__).with_name("long_session_app.py")
EVENTS = int(os.environ.get("RECOVERYDESK_SOAK_EVENTS", "100000"))
# A guard against a hang, not a timing: 1,700 s per 100,000 events (a calm machine needs about a
# tenth of that; a loaded one, shared with other work, several times more than calm).
LIMIT_S = 1700 * max(1, EVENTS // 100_000)
NOISE = 1_000  # references that come and go with caches; the broken binding loses one per call


@pytest.mark.slow
@pytest.mark.timeout(LIMIT_S + 100)
def test_long_session_survives_and_quits_cleanly(created_vault):
    folder, _ = created_vault
    result = subprocess.run([PYTHON, str(DRIVER), str(folder), str(EVENTS)],
                            input=PASSPHRASE + "\n", capture_output=True, text=True,
                            env=child_env(), timeout=LIMIT_S, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Fatal" not in result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["sent"] >= EVENTS
    assert report["checkins"] >= 1
    assert report["breaths"] >= 900
    for name, before, after in zip(("None", "True", "False"), report["after_unlock"],
                                   report["at_end"], strict=True):
        assert after >= before - NOISE, f"{name} lost {before - after} references"

    # What the session wrote is all there after the quit.
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    try:
        everything = CheckInStore(vault.connection).between(datetime(2000, 1, 1, tzinfo=UTC),
                                                            datetime(2100, 1, 1, tzinfo=UTC))
        assert len(everything) == report["checkins"]
        draft = JournalStore(vault.connection).latest_draft()
        assert draft is not None
        assert draft.body.strip()
    finally:
        vault.lock()
