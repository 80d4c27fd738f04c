"""Damaged and hostile files: generated mutations of the database, its WAL and the key file.

Every one ends in a known exit code with one clear message, within a bounded time, and a
refused file is byte-for-byte what it was. Every damaged page of the database is named by
`recoverydesk check`. A modest count here; RECOVERYDESK_SOAK=1 runs 1,000 (make soak).
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil

import pytest

from tests.reliability.support import (
    KNOWN_EXIT_CODES,
    OPEN_SECONDS,
    PAGE_SIZE,
    how_many,
    run_cli,
    snapshot,
)

DB, WAL, HEADER = "recoverydesk.db", "recoverydesk.db-wal", "recoverydesk-key.json"

COUNTS = {DB: how_many(12, 400), WAL: how_many(6, 250), HEADER: how_many(12, 350)}
TALLY: dict[str, int] = {}


def flip(data: bytes, rng: random.Random, start: int = 0) -> tuple[bytes, int]:
    at = rng.randrange(start, len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:], at


def mutate_bytes(data: bytes, rng: random.Random, start: int = 0) -> tuple[str, bytes, int]:
    """A byte flip, a truncation, a run of random bytes, or random bytes for the whole file;
    returns what was done, the new bytes and the first offset changed."""
    kind = rng.choice(["flip", "flip", "truncate", "random run", "random file"])
    if kind == "flip":
        new, at = flip(data, rng, start)
        return kind, new, at
    if kind == "truncate":
        at = rng.randrange(start, len(data))
        return kind, data[:at], at
    if kind == "random run":
        at = rng.randrange(start, len(data))
        size = rng.randrange(1, 200)
        return kind, data[:at] + os.urandom(size) + data[at + size:], at
    return kind, os.urandom(rng.randrange(0, 3 * PAGE_SIZE)), 0


ODD_VALUES = [None, True, False, 0, -1, 1, 2, 2**63, 10**6, 4 * 1024 * 1024, 1024 * 1024 + 1,
              1.5, "", "x", "3", "argon2i", [], {}, [[[[]]]], {"a": {"b": {}}}, "A" * 5000,
              base64.b64encode(os.urandom(16)).decode(), base64.b64encode(os.urandom(12)).decode(),
              "not base64!"]


def edit_json(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    header = json.loads(data)
    paths = [(key,) for key in header] + [(outer, inner) for outer, value in header.items()
                                          if isinstance(value, dict) for inner in value]
    path = rng.choice(paths)
    target = header
    for key in path[:-1]:
        target = target[key]
    action = rng.choice(["value", "value", "value", "delete", "extra", "nest"])
    if action == "value":
        target[path[-1]] = rng.choice(ODD_VALUES)
    elif action == "delete":
        del target[path[-1]]
    elif action == "extra":
        target["extra"] = rng.choice(ODD_VALUES)
    else:
        return "nested", ("[" * 100_000 + "]" * 100_000).encode()
    return f"{action} {'.'.join(path)}", json.dumps(header).encode()


def cases(name: str):
    return [pytest.param(name, seed, id=f"{name}-{seed}") for seed in range(COUNTS[name])]


@pytest.mark.parametrize(("name", "seed"), [*cases(DB), *cases(WAL), *cases(HEADER)])
def test_a_damaged_file_is_reported_never_crashes_and_is_never_written(
        name, seed, template_vault, crashed_template, tmp_path):
    source = crashed_template[0] if name == WAL else template_vault[0]
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    rng = random.Random(f"{name}-{seed}")
    target = folder / name
    original = target.read_bytes()
    if name == HEADER and rng.random() < 0.5:
        what, changed = edit_json(original, rng)
        at = 0
    else:
        what, changed, at = mutate_bytes(original, rng, 32 if name == WAL else 0)
    if changed == original:
        pytest.skip("the mutation changed nothing")
    target.write_bytes(changed)
    before = snapshot(folder)

    result = run_cli(["check", "--data-dir", str(folder)])

    TALLY[result.code] = TALLY.get(result.code, 0) + 1
    assert result.code in KNOWN_EXIT_CODES, (what, result.err)
    assert result.seconds < OPEN_SECONDS, what
    assert result.one_line_message() or result.code in (0, 7), (what, result.err)
    refused = result.code not in (0, 7)
    if refused or name != WAL:
        assert snapshot(folder) == before, (what, result.code)
    if name == DB:
        assert result.code != 0, f"{what} at {at} went unreported"
        page = at // PAGE_SIZE + 1
        if result.code == 7 and what == "flip":
            assert f"page {page}" in result.err, (what, at, result.err)


def test_zz_tally_of_outcomes(capsys):
    """Printed by make soak: how the mutations ended (exit code: count)."""
    with capsys.disabled():
        print(f"\nmutations by exit code: {dict(sorted(TALLY.items()))}")
