"""Generated, deterministic data for the benchmarks: journal text and check-ins."""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import shutil
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from recoverydesk.checkin import EMOTIONS, SKILL_MODULES, URGE_TARGETS, CheckIn, Urge

WORDS = (  # noqa: SIM905 (a word list reads better as words)
    "morning evening walk river rain sun tired calm heavy light friend sister coffee tea "
    "window garden dog cat music book work school bus train kitchen bed sleep dream quiet "
    "loud city park bench phone message call laugh cry breathe slow fast hope plan small step "
    "better harder easier noticed felt thought remembered tried helped kept stayed went came "
    "wrote read listened watched cooked cleaned rested stretched counted waited"
).split()
SKILLS = [s for names in SKILL_MODULES.values() for s in names]
_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vo", "bel", "dri", "fen", "gu", "hol", "jin",
              "kor", "lum", "nev", "pra", "quo", "sil", "tor", "ul", "wen", "yas", "zo", "bri")


def _vocabulary() -> list[str]:
    """Everyday words first, then made-up ones: 3,000 words in all, most used first."""
    made_up = [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in ("", "n", "s")]
    return WORDS + made_up[: 3000 - len(WORDS)]


VOCABULARY = _vocabulary()
# How often a word is used falls off with its rank, as in real writing (Zipf).
_WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
SEARCH_WORDS = VOCABULARY[200:260]  # each in a few entries out of a hundred


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choices(VOCABULARY, weights=_WEIGHTS, k=count))
START = datetime(2016, 11, 22, tzinfo=UTC)


def entry_text(rng: random.Random) -> tuple[str, str, list[str]]:
    title = words(rng, rng.randint(1, 4)).capitalize()
    body = words(rng, rng.randint(30, 180)).capitalize() + "."
    tags = rng.sample(["home", "work", "outside", "skills", "family", "sleep"], rng.randint(0, 2))
    return title, body, tags


def journal_entries(count: int, seed: int = 7, years: float = 10):
    rng = random.Random(seed)
    step = timedelta(days=365 * years) / max(count, 1)
    for i in range(count):
        title, body, tags = entry_text(rng)
        yield START + step * i, title, body, tags


def checkins(count: int, seed: int = 11, years: float = 10):
    rng = random.Random(seed)
    step = timedelta(days=365 * years) / max(count, 1)
    for i in range(count):
        urges = tuple(Urge(t, rng.randint(0, 5), rng.random() < 0.05)
                      for t in URGE_TARGETS if rng.random() < 0.7)
        yield CheckIn(at=(START + step * i).replace(microsecond=0), mood=rng.randint(0, 5),
                      distress=rng.randint(0, 10), urges=urges,
                      emotions={e: rng.randint(0, 5) for e in rng.sample(EMOTIONS, 3)},
                      skills=frozenset(rng.sample(SKILLS, rng.randint(0, 3))),
                      sleep_hours=rng.choice([None, 5.5, 7.0, 8.5]),
                      medication=rng.choice([None, True, False]),
                      note=" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))))


def plain_jrnl_text(count: int, seed: int = 7) -> str:
    """The same entries in jrnl's plain format: "[YYYY-MM-DD HH:MM:SS AM] Title" then body."""
    lines = []
    for at, title, body, _ in journal_entries(count, seed):
        lines.append(f"[{at:%Y-%m-%d %I:%M:%S %p}] {title}\n{body}\n")
    return "\n".join(lines)


# -- the large profile: ten years of heavy use, generated once and kept outside the repo ------

LARGE_PROFILE_VERSION = 1
LARGE_ENTRIES = 100_000
LARGE_CHECKINS = 50_000
LARGE_PASSPHRASE = "bench passphrase of several words"


def large_vault(kdf=None) -> Path:
    """A vault of 100,000 journal entries and 50,000 check-ins, built the first time (a few
    minutes) under ~/.cache/recoverydesk-bench/, keyed by the profile's version and the
    migrations' text, and reused afterwards. Opened with ``LARGE_PASSPHRASE``."""
    from recoverydesk.storage import migrations

    schema = hashlib.sha256("".join(m.sql for m in migrations.available()).encode()
                            ).hexdigest()[:12]
    root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    folder = root / "recoverydesk-bench" / f"large-v{LARGE_PROFILE_VERSION}-schema-{schema}"
    if (folder / "complete").exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)  # a build cut short
    folder.parent.mkdir(parents=True, exist_ok=True)
    _build_large(folder / "vault", kdf)
    (folder / "complete").write_text("ok\n")
    return folder


def large_vault_folder(kdf=None) -> Path:
    return large_vault(kdf) / "vault"


def _build_large(folder: Path, kdf) -> None:
    from recoverydesk.storage.checkin_store import CheckInStore
    from recoverydesk.storage.database import transaction
    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.keyheader import calibrate
    from recoverydesk.storage.vault import Vault

    print(f"Building the large bench vault in {folder} (once)…", file=sys.stderr)
    vault = Vault(folder)
    vault.create(LARGE_PASSPHRASE, kdf or calibrate())
    conn = vault.connection
    conn.execute("PRAGMA synchronous = OFF")  # generating only; every open sets FULL again
    journal = JournalStore(conn)
    entries = journal_entries(LARGE_ENTRIES)
    with transaction(conn):
        while chunk := [(title, body, tags, at) for at, title, body, tags
                        in itertools.islice(entries, 10_000)]:
            journal.add_many(chunk)
    store = CheckInStore(conn)
    with transaction(conn):
        for checkin in checkins(LARGE_CHECKINS):
            store.write(checkin)
    vault.lock()
