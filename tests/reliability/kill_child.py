"""Run in a child process by test_kills.py: an operation on a vault, killed (os._exit, no
clean-up, as kill -9) at its Nth file-system step, or a stream of acknowledged writes.

    python -m tests.reliability.kill_child FOLDER change|reset|rekey STEP
    python -m tests.reliability.kill_child FOLDER writes COUNT
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from recoverydesk.storage.vault import Vault
from tests.conftest import FLOOR_KDF, PASSPHRASE

NEW_PASSPHRASE = "a second long passphrase"
STEP_EVENTS = {"open", "os.rename", "os.remove", "os.unlink", "os.chmod", "os.truncate",
               "os.mkdir"}


def die_at(step: int, folder: Path) -> None:
    seen = [0]

    def hook(event: str, args: tuple) -> None:
        if event in STEP_EVENTS and args and str(folder) in str(args[0]):
            if seen[0] == step:
                os._exit(99)
            seen[0] += 1

    sys.addaudithook(hook)


def main() -> int:
    folder, action, number = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    vault = Vault(folder)
    if action == "writes":
        from recoverydesk.checkin import CheckIn
        from recoverydesk.storage.checkin_store import CheckInStore

        vault.unlock(PASSPHRASE)
        store = CheckInStore(vault.connection)
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for i in range(number):
            saved = store.save(CheckIn(at=start + timedelta(minutes=i), mood=i % 6,
                                       note=f"write {i}"))
            print(saved.id, flush=True)  # acknowledged: committed before this line
        vault.lock()
        return 0
    recovery_key = os.environ["RECOVERY_KEY"]
    if action == "reset":
        vault.unlock_with_recovery_key(recovery_key)
    else:
        vault.unlock(PASSPHRASE)
    die_at(number, folder)
    if action in ("change", "reset"):
        vault.change_passphrase(NEW_PASSPHRASE, FLOOR_KDF)
    else:
        print(vault.replace_key(vault.prepare_new_key(PASSPHRASE)), flush=True)
    vault.lock()
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
