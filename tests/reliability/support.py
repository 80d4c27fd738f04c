"""Helpers for the reliability suite: counts (modest, or the soak's), running the command
line in this process, snapshots of the vault's files, a vault with something of every kind
in it, and a view of every decrypted page (to look for words that should be gone)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from tests.conftest import PASSPHRASE

SOAK = bool(os.environ.get("RECOVERYDESK_SOAK"))
# The vault's own files whose bytes must not change when a damaged one is refused. (-shm is
# SQLite's shared-memory index, rebuilt by any reader; it holds no data.)
WATCHED = ("recoverydesk.db", "recoverydesk.db-wal", "recoverydesk-key.json", "device.json")
# Exit codes a person can meet (README, "Command line"): anything else, or an exception,
# is a bug.
KNOWN_EXIT_CODES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}
OPEN_SECONDS = 20.0  # one open of a damaged vault, at most (a hang fails long before 300 s)


def how_many(modest: int, soak: int) -> int:
    return soak if SOAK else modest


def snapshot(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
            for name in WATCHED if (folder / name).exists()}


@contextlib.contextmanager
def passphrase_fd(secret: str = PASSPHRASE):
    read, write = os.pipe()
    os.write(write, secret.encode() + b"\n")
    os.close(write)
    try:
        yield read
    finally:
        os.close(read)


class Result:
    def __init__(self, code: int, out: str, err: str, seconds: float) -> None:
        self.code, self.out, self.err, self.seconds = code, out, err, seconds

    def one_line_message(self) -> bool:
        lines = [line for line in self.err.splitlines() if line.strip()
                 and not line.startswith("Note:")]
        return len(lines) == 1 and "Traceback" not in self.err


def run_cli(argv: list[str], *, secret: str | None = PASSPHRASE,
            stdin: bytes | None = None) -> Result:
    """``recoverydesk ARGV`` in this process; an exception escaping is a traceback (a bug),
    so it is not caught here."""
    from recoverydesk.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if secret is not None:
            fd = stack.enter_context(passphrase_fd(secret))
            argv = [*argv, "--passphrase-fd", str(fd)]
        if stdin is not None:
            stack.enter_context(_stdin(stdin))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        start = time.monotonic()
        try:
            code = main(argv)
        except SystemExit as e:  # argparse
            code = e.code if isinstance(e.code, int) else 2
        seconds = time.monotonic() - start
    return Result(code, out.getvalue(), err.getvalue(), seconds)


@contextlib.contextmanager
def _stdin(data: bytes):
    import sys

    class Piped(io.TextIOWrapper):
        def isatty(self) -> bool:
            return False

    previous = sys.stdin
    sys.stdin = Piped(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = previous


# -- a vault with every kind of record ----------------------------------------------------

HERE = timezone(timedelta(hours=1))


def write_every_kind(conn, canary: str, start: datetime | None = None) -> dict[str, int]:
    """One record of each kind carrying ``canary``; returns the ids a test may delete."""
    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.goals import Goal, Review
    from recoverydesk.safety_plan import Contact, PlanItem, SafetyPlan
    from recoverydesk.skills.chain import ChainAnalysis
    from recoverydesk.skills.engine import SkillSession
    from recoverydesk.storage.chain_store import ChainAnalysisStore
    from recoverydesk.storage.checkin_store import CheckInStore
    from recoverydesk.storage.crisis_prefs import CrisisLinePrefs
    from recoverydesk.storage.goal_store import GoalStore
    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
    from recoverydesk.storage.skill_store import SkillSessionStore

    at = start or datetime(2026, 11, 22, 21, 30, tzinfo=HERE)
    ids = {}
    ids["checkin"] = CheckInStore(conn).save(CheckIn(
        at=at, mood=2, urges=(Urge("self-harm", 3),), note=f"{canary} check-in")).id
    journal = JournalStore(conn)
    ids["journal"] = journal.add(f"{canary} title", f"{canary} body", [f"{canary}tag"],
                                 at.astimezone(UTC))
    journal.save_template(f"{canary} template", f"{canary} template body")
    SafetyPlanStore(conn).save(SafetyPlan({"warning_signs": (PlanItem(f"{canary} sign"),)}))
    ids["contact"] = ContactStore(conn).add(Contact(f"{canary} friend", "people",
                                                    phone="0123", notes=canary)).id
    goals = GoalStore(conn)
    goal = goals.save(Goal(title=f"{canary} goal", specific=canary), at)
    ids["goal"] = goal.id
    goals.add_step(goal.id, f"{canary} step", date(2026, 12, 1))
    goals.add_review(goal.id, Review(at, went_well=f"{canary} review"), None)
    CrisisLinePrefs(conn).add_line("GB", f"{canary} line", phone="0800", notes=canary)
    SkillSessionStore(conn).save(SkillSession("paced-breathing", at, at, True,
                                       answers={0: f"{canary} answer"}))
    ChainAnalysisStore(conn).add(ChainAnalysis(at=at, thoughts=f"{canary} behaviour"),
                         f"{canary} chain", f"{canary} chain body")
    return ids


# -- SQLCipher 4 pages, decrypted (https://www.zetetic.net/sqlcipher/design/) ----------------

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512
SALT_BYTES = 16


def decrypted_pages(folder: Path, data_key: bytes) -> list[bytes]:
    """Every page of the database file and of every WAL frame, decrypted with a raw key
    (SQLCipher runs no KDF for one): free pages and old page versions included, which is
    where a deleted entry's words would linger."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    def decrypt(page: bytes, first: bool) -> bytes:
        start = SALT_BYTES if first else 0
        body, iv = page[start:PAGE_SIZE - RESERVE], page[PAGE_SIZE - RESERVE:][:16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        return decryptor.update(body) + decryptor.finalize()

    pages = []
    db = (folder / "recoverydesk.db").read_bytes()
    for number, offset in enumerate(range(0, len(db) - PAGE_SIZE + 1, PAGE_SIZE), start=1):
        pages.append(decrypt(db[offset:offset + PAGE_SIZE], number == 1))
    wal_path = folder / "recoverydesk.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    frame = 24 + PAGE_SIZE
    for offset in range(32, len(wal) - frame + 1, frame):
        number = int.from_bytes(wal[offset:offset + 4], "big")
        pages.append(decrypt(wal[offset + 24:offset + frame], number == 1))
    return pages
