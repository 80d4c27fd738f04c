"""Encrypted backups: made, checked, refused when changed, restored without losing the vault."""

from __future__ import annotations

import json
import os
import stat
import struct
import subprocess
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.storage import backup, database
from recoverydesk.storage.backup import BackupError, BackupPassphraseError, TamperedBackupError
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.database import transaction
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.recovery_key import parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.subprocess_env import PYTHON, child_env

CANARY = "moth-canary-5517"
NOW = datetime(2026, 3, 4, 21, 30, tzinfo=UTC)


def fill(vault: Vault, words: str = CANARY) -> None:
    with transaction(vault.connection):
        JournalStore(vault.connection).add("An evening", f"I wrote {words} tonight.", ["calm"],
                                           NOW)
    CheckInStore(vault.connection).save(CheckIn(
        at=NOW - timedelta(days=40), mood=3, urges=(Urge("self-harm", 2, False),),
        note=f"note {words}"))


def all_rows(conn) -> dict[str, list[tuple]]:
    return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(),
                          key=repr)
            for table in database.row_counts(conn)}


@pytest.fixture
def filled(unlocked_vault):
    fill(unlocked_vault)
    return unlocked_vault


def test_a_write_landing_just_after_the_copy_does_not_spoil_the_backup(filled, tmp_path,
                                                                       monkeypatch):
    """The automatic backup runs beside the app, which may save a check-in while it copies:
    the counts the copy is checked against are those of the copy's own moment."""
    real_counts = database.row_counts
    wrote = []

    def app_writes_then_count(conn):
        if not wrote:  # the app saves a check-in the moment the copy is made
            CheckInStore(filled.connection).save(CheckIn(at=NOW, mood=4, urges=()))
            wrote.append(True)
        return real_counts(conn)

    monkeypatch.setattr(database, "row_counts", app_writes_then_count)
    out = tmp_path / "while-writing.rdbackup"
    filled.back_up(out)
    found = backup.read_backup(out)
    shown = backup.preview(found, found.key_from_passphrase(PASSPHRASE))
    assert wrote
    assert shown.counts["check-ins"] == 1  # the copy's moment; the later save is not in it
    assert CheckInStore(filled.connection).count() == 2


def test_backup_then_restore_into_a_new_folder_gives_identical_records(filled, tmp_path):
    out = tmp_path / "mine.rdbackup"
    result = filled.back_up(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert CANARY.encode() not in out.read_bytes()
    assert PASSPHRASE.encode() not in out.read_bytes()

    found = backup.read_backup(out)
    key = found.key_from_passphrase(PASSPHRASE)
    fresh = Vault(tmp_path / "elsewhere")
    restored = fresh.restore(found, key, passphrase="a new passphrase for here")
    try:
        assert all_rows(fresh.connection) == all_rows(filled.connection)
        assert restored.preview.counts["journal entries"] == 1
        assert restored.preview.counts["check-ins"] == 1
        assert restored.preview.first == (NOW - timedelta(days=40)).date()
        assert restored.preview.last == NOW.date()
        assert result.size_bytes == out.stat().st_size
    finally:
        fresh.lock()
    reopened = Vault(tmp_path / "elsewhere")
    reopened.unlock("a new passphrase for here")
    reopened.lock()


def test_a_backup_passphrase_opens_it_and_so_does_the_recovery_key(filled, created_vault,
                                                                   tmp_path, kdf):
    _, recovery_key = created_vault
    out = tmp_path / "separate.rdbackup"
    filled.back_up(out, passphrase="a separate backup phrase", kdf=kdf)
    found = backup.read_backup(out)
    assert found.protected_by == backup.SEPARATE_KEY
    with pytest.raises(BackupPassphraseError):
        found.key_from_passphrase(PASSPHRASE)
    key = found.key_from_passphrase("a separate backup phrase")
    assert key == parse_recovery_key(recovery_key)
    assert found.opens_with(parse_recovery_key(recovery_key))


def _edit_header(raw: bytes, change) -> bytes:
    start = len(backup.MAGIC)
    (length,) = struct.unpack(">I", raw[start:start + 4])
    meta = json.loads(raw[start + 4:start + 4 + length])
    change(meta)
    edited = json.dumps(meta, indent=1).encode()
    return raw[:start] + struct.pack(">I", len(edited)) + edited + raw[start + 4 + length:]


def _flip(raw: bytes, at: int) -> bytes:
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1:]


TAMPERINGS = {
    "a byte of the database": lambda raw: _flip(raw, len(raw) // 2),
    "the last byte of the database": lambda raw: _flip(raw, len(raw) - backup.MAC_BYTES - 1),
    "the stored check": lambda raw: _flip(raw, len(raw) - 1),
    "the date in the header": lambda raw: _edit_header(
        raw, lambda meta: meta.update(created_at="2020-01-01T00:00:00+00:00")),
    "the schema version": lambda raw: _edit_header(
        raw, lambda meta: meta.update(schema_version=1)),
}


@pytest.mark.parametrize("what", TAMPERINGS)
def test_a_tampered_backup_is_refused_and_nothing_changes(filled, tmp_path, what):
    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    out.write_bytes(TAMPERINGS[what](out.read_bytes()))
    before = all_rows(filled.connection)
    files_before = sorted(p.name for p in filled.paths.folder.iterdir())

    found = backup.read_backup(out)
    with pytest.raises(TamperedBackupError, match="changed or damaged since it was made"):
        backup.preview(found, found.key_from_passphrase(PASSPHRASE))
    with pytest.raises(TamperedBackupError):
        filled.restore(found, found.key_from_passphrase(PASSPHRASE))
    assert all_rows(filled.connection) == before
    assert sorted(p.name for p in filled.paths.folder.iterdir()) == files_before


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) - 10],
    lambda raw: raw + b"extra",
    lambda raw: b"not a backup at all",
    lambda raw: raw[:25] + b"{not json" + raw[30:],
    lambda raw: _edit_header(raw, lambda meta: meta["key_header"]["kdf"].update(
        time_cost=1_000_000)),
])
def test_a_damaged_or_foreign_file_is_refused_before_any_key_work(filled, tmp_path, damage):
    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    out.write_bytes(damage(out.read_bytes()))
    with pytest.raises(BackupError, match="can't be used as a backup"):
        backup.read_backup(out)


HOSTILE_KDF = [
    ("time_cost", 1_000_000), ("memory_cost_kib", 4 * 1024 * 1024),
    ("memory_cost_kib", 2**40), ("parallelism", 1000), ("time_cost", 0),
    ("memory_cost_kib", 1024), ("time_cost", 3.0), ("time_cost", True), ("parallelism", "2"),
]


@pytest.mark.parametrize(("field", "value"), HOSTILE_KDF)
def test_a_backup_asking_for_hostile_key_settings_is_refused_before_any_derivation(
        filled, tmp_path, monkeypatch, field, value):
    import argon2.low_level

    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    out.write_bytes(_edit_header(out.read_bytes(), lambda meta: meta["key_header"]["kdf"]
                                 .update({field: value})))
    derivations = []
    monkeypatch.setattr(argon2.low_level, "hash_secret_raw",
                        lambda **kw: derivations.append(kw) or b"\0" * 32)
    with pytest.raises(BackupError, match="key settings outside what RecoveryDesk uses"
                       if isinstance(value, int) and not isinstance(value, bool)
                       else "can't be used as a backup"):
        found = backup.read_backup(out)
        found.key_from_passphrase(PASSPHRASE)  # never reached
    assert derivations == []


def test_a_deeply_nested_backup_header_is_refused_plainly(filled, tmp_path):
    out = tmp_path / "mine.rdbackup"
    nested = b"[" * 30_000 + b"]" * 30_000
    out.write_bytes(backup.MAGIC + struct.pack(">I", len(nested)) + nested + b"\0" * 64)
    with pytest.raises(BackupError, match="its header is damaged"):
        backup.read_backup(out)


def test_backing_up_to_a_folder_or_a_missing_folder_says_so(filled, tmp_path):
    with pytest.raises(BackupError, match="is a folder"):
        filled.back_up(tmp_path)
    with pytest.raises(BackupError, match="doesn't exist"):
        filled.back_up(tmp_path / "nowhere" / "b.rdbackup")
    assert list(tmp_path.glob("**/*.rdbackup")) == []


def test_restoring_into_the_open_vault_keeps_its_key_and_the_old_file(filled, tmp_path):
    out = tmp_path / "before.rdbackup"
    filled.back_up(out)
    with transaction(filled.connection):
        JournalStore(filled.connection).add("Later", "written after the backup", [], NOW)
    assert JournalStore(filled.connection).count() == 2

    found = backup.read_backup(out)
    assert filled.backup_key(found) is not None
    result = filled.restore(found, found.key_from_passphrase(PASSPHRASE))
    assert JournalStore(filled.connection).count() == 1
    assert result.kept_aside is not None
    assert result.kept_aside.parent == filled.paths.backups
    assert stat.S_IMODE(result.kept_aside.stat().st_mode) == 0o600
    filled.lock()
    filled.unlock(PASSPHRASE)  # the passphrase still opens it


def test_a_backup_from_before_a_new_recovery_key_restores_under_todays_key(filled, tmp_path):
    out = tmp_path / "old-key.rdbackup"
    filled.back_up(out)
    new_recovery_key = filled.replace_key(filled.prepare_new_key(PASSPHRASE))
    found = backup.read_backup(out)
    assert filled.backup_key(found) is None
    filled.restore(found, found.key_from_passphrase(PASSPHRASE))
    filled.lock()
    again = Vault(filled.paths.folder)
    again.unlock_with_recovery_key(new_recovery_key)
    assert CANARY in JournalStore(again.connection).get(1).body
    again.lock()


def test_automatic_backups_keep_only_the_newest(filled):
    folder = filled.paths.backups
    made = []
    for age_days in (3, 2, 1):
        result = filled.back_up_automatically(keep=2)
        assert result is not None
        stamp = (datetime.now(UTC) - timedelta(days=age_days)).timestamp()
        named = folder / f"{backup.AUTOMATIC_PREFIX}2026010{4 - age_days}-000000{backup.SUFFIX}"
        result.path.rename(named)
        os.utime(named, (stamp, stamp))
        made.append(named)
    assert filled.back_up_automatically(keep=2) is not None  # the newest was a day old
    assert filled.back_up_automatically(keep=2) is None  # not due again yet
    kept = backup.automatic_backups(folder)
    assert len(kept) == 2
    assert made[0] not in kept
    assert made[1] not in kept


def test_dry_run_preview_writes_nothing_in_the_data_folder(filled, tmp_path):
    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    filled.lock()
    before = {p: p.read_bytes() for p in filled.paths.folder.rglob("*") if p.is_file()}
    found = backup.read_backup(out)
    shown = backup.preview(found, found.key_from_passphrase(PASSPHRASE))
    assert shown.counts["journal entries"] == 1
    after = {p: p.read_bytes() for p in filled.paths.folder.rglob("*") if p.is_file()}
    assert after == before


# -- a kill at every step -------------------------------------------------------------------

STEPS = ["staged", "kept aside", "sidecars dropped", "database in place"]
NEW_FOLDER_STEPS = ["staged", "header staged", "database in place"]

_CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from recoverydesk.storage import backup
    from recoverydesk.storage.vault import Vault

    folder, backup_path, passphrase, stop_at = sys.argv[1:5]
    def step(name):
        if name == stop_at:
            os._exit(9)
    found = backup.read_backup(Path(backup_path))
    key = found.key_from_passphrase(passphrase)
    vault = Vault(Path(folder))
    if vault.exists():
        vault.unlock(passphrase)
        vault.restore(found, key, step=step)
    else:
        vault.restore(found, key, passphrase=passphrase, step=step)
    os._exit(0)
""")


def _run_child(folder, out, stop_at):
    done = subprocess.run([PYTHON, "-c", _CHILD, str(folder), str(out), PASSPHRASE, stop_at],
                          env=child_env(), capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 9, done.stderr


@pytest.mark.parametrize("stop_at", STEPS)
def test_a_kill_at_every_step_of_a_restore_leaves_a_vault_that_opens(filled, tmp_path,
                                                                     stop_at):
    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    with transaction(filled.connection):
        JournalStore(filled.connection).add("Later", "after the backup", [], NOW)
    filled.lock()
    _run_child(filled.paths.folder, out, stop_at)

    again = Vault(filled.paths.folder)
    again.unlock(PASSPHRASE)
    try:
        assert again.integrity_problems() == []
        count = JournalStore(again.connection).count()
        assert count == (1 if stop_at == "database in place" else 2)
    finally:
        again.lock()
    assert not list(filled.paths.folder.glob("*.restoring*"))


@pytest.mark.parametrize("stop_at", NEW_FOLDER_STEPS)
def test_a_kill_while_restoring_into_a_new_folder_leaves_no_half_vault(filled, tmp_path,
                                                                      stop_at):
    out = tmp_path / "mine.rdbackup"
    filled.back_up(out)
    folder = tmp_path / "new-home"
    _run_child(folder, out, stop_at)

    again = Vault(folder)
    if stop_at != "database in place":
        assert not again.exists()  # as before: no vault yet, so setup or a new restore
        return
    again.unlock(PASSPHRASE)  # the staged key header is put in place first
    try:
        assert JournalStore(again.connection).count() == 1
    finally:
        again.lock()
