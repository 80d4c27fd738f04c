"""Quitting, on its own: 50 quits of the real app, each in its own process, 0 crashes, 0 lost.

Ten runs of each way to quit in quit_app.py (Ctrl+Q, the window closed, and quitting with a
check-in, a skill or the crisis panel open). Every run leaves an unsaved journal draft with its
own marker; afterwards the vault holds every draft, every open check-in and every open skill
session (kept as not completed). Two vaults take turns so two runs go at once.
"""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.skill_store import SkillSessionStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.quit_app import CHECKIN_MOOD, SCENARIOS, SKILL_ID, odd
from tests.support.subprocess_env import PYTHON, child_env

DRIVER = Path(__file__).with_name("quit_app.py")
QUITS = 50
WORKERS = 2  # one vault each: runs on the same vault go one after another


def quit_once(folder: Path, scenario: str, marker: str) -> str | None:
    """Run the app once; what went wrong, or None."""
    result = subprocess.run([PYTHON, str(DRIVER), str(folder), scenario, marker],
                            input=PASSPHRASE + "\n", capture_output=True, text=True,
                            env=child_env(), timeout=60, check=False)
    if result.returncode != 0 or "Fatal" in result.stderr or "Traceback" in result.stderr:
        return f"{marker} ({scenario}): exit {result.returncode}\n{result.stderr[-2000:]}"
    return None


def check_nothing_lost(folder: Path, runs: list[tuple[str, str]]) -> None:
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    try:
        drafts = {body for _, _, body, _ in JournalStore(vault.connection).all()}
        checkins = {(c.note, c.mood) for c in CheckInStore(vault.connection).between(
            datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))}
        sessions = {(s.answers.get(0), s.completed, s.ended_at is not None)
                    for s in SkillSessionStore(vault.connection).all(SKILL_ID)}
    finally:
        vault.lock()
    for scenario, marker in runs:
        assert f"draft {marker}" in drafts, f"{marker} ({scenario}): the journal draft is gone"
        if scenario == "checkin-open" or (scenario == "panel-open"
                                          and odd(marker)):
            assert (f"checkin {marker}", CHECKIN_MOOD) in checkins, \
                f"{marker} ({scenario}): the open check-in is gone"
        if scenario == "skill-open":
            assert (f"answer {marker}", False, True) in sessions, \
                f"{marker} ({scenario}): the skill session was not kept as not completed"


@pytest.mark.slow
@pytest.mark.timeout(900)  # about 90 s of CPU: on a busy 2-core machine, 2-4 minutes
def test_fifty_quits_no_crash_nothing_lost(created_vault, kdf, tmp_path):
    folders = [created_vault[0], tmp_path / "second"]
    second = Vault(folders[1])
    second.create(PASSPHRASE, kdf)
    second.lock()
    runs = [(SCENARIOS[n % len(SCENARIOS)], f"run-{n:02d}") for n in range(QUITS)]
    shares = [runs[i::WORKERS] for i in range(WORKERS)]

    def quit_in_turn(folder: Path, share: list[tuple[str, str]]) -> list[str]:
        return [problem for scenario, marker in share
                if (problem := quit_once(folder, scenario, marker)) is not None]

    with ThreadPoolExecutor(WORKERS) as pool:
        problems = [p for found in pool.map(quit_in_turn, folders, shares) for p in found]
    assert not problems, f"{len(problems)} of {QUITS} quits went wrong:\n" + "\n".join(problems)
    for folder, share in zip(folders, shares, strict=True):
        check_nothing_lost(folder, share)
