"""The vault on real SQLCipher files: create, unlock, lock, recover, refuse bad input."""

from __future__ import annotations

import json
import os
import stat

import pytest
import sqlcipher3

from recoverydesk.storage import database, migrations
from recoverydesk.storage.errors import (
    DamagedVaultError,
    NewerVaultError,
    NoVaultError,
    VaultExistsError,
    VaultLockedError,
    WrongPassphraseError,
)
from recoverydesk.storage.keyheader import KeyHeader
from recoverydesk.storage.recovery_key import (
    InvalidRecoveryKeyError,
    format_recovery_key,
    parse_recovery_key,
)
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


def snapshot(folder):
    """Every file under ``folder`` with its bytes, to prove nothing was touched."""
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def put_canary(vault, text):
    vault.connection.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                             ("canary", json.dumps(text)))


def read_canary(vault):
    row = vault.connection.execute("SELECT value FROM settings WHERE key='canary'").fetchone()
    return json.loads(row[0]) if row else None


def test_create_lock_unlock_keeps_data(data_dir, kdf):
    vault = Vault(data_dir)
    assert not vault.exists()
    vault.create(PASSPHRASE, kdf)
    assert vault.is_unlocked
    put_canary(vault, "morning walk")
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError):
        _ = vault.connection

    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    assert read_canary(again) == "morning walk"
    assert again.integrity_problems() == []
    again.lock()


def test_every_open_has_the_required_pragmas(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    conn = vault.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    database.check_required_pragmas(conn)
    vault.lock()


def test_wrong_passphrase_leaves_every_file_byte_identical(created_vault):
    folder, _ = created_vault
    before = snapshot(folder)
    for attempt in ("quiet lantern by the rive", "QUIET LANTERN BY THE RIVER", ""):
        with pytest.raises(WrongPassphraseError) as caught:
            Vault(folder).unlock(attempt)
        assert "didn't open" in str(caught.value)
    assert snapshot(folder) == before


def test_recovery_key_unlocks_however_it_is_typed(created_vault):
    folder, recovery_key = created_vault
    typed = [recovery_key, recovery_key.lower(), recovery_key.replace("-", " "),
             recovery_key.replace("-", "")]
    for text in typed:
        vault = Vault(folder)
        vault.unlock_with_recovery_key(text)
        assert vault.is_unlocked
        vault.lock()


def test_wrong_or_malformed_recovery_key_is_refused_and_nothing_changes(created_vault):
    folder, _ = created_vault
    before = snapshot(folder)
    another_key = format_recovery_key(bytes(range(32)))  # well formed, not this vault's
    with pytest.raises(WrongPassphraseError) as caught:
        Vault(folder).unlock_with_recovery_key(another_key)
    assert "recovery key" in str(caught.value)
    with pytest.raises(InvalidRecoveryKeyError):
        Vault(folder).unlock_with_recovery_key("not a key at all")
    assert snapshot(folder) == before


def test_recovery_key_opens_the_file_in_plain_sqlcipher(created_vault):
    """What the README tells people to do in the `sqlcipher` shell, done with the library."""
    folder, recovery_key = created_vault
    key_hex = parse_recovery_key(recovery_key).hex()
    conn = sqlcipher3.connect(str(folder / "recoverydesk.db"))
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert "settings" in tables


def test_recovery_key_still_opens_when_the_key_file_is_lost(created_vault, kdf):
    folder, recovery_key = created_vault
    (folder / "recoverydesk-key.json").unlink()
    vault = Vault(folder)
    with pytest.raises(DamagedVaultError):
        vault.unlock(PASSPHRASE)
    vault.unlock_with_recovery_key(recovery_key)
    vault.change_passphrase("a brand new phrase", kdf)
    vault.lock()
    Vault(folder).unlock("a brand new phrase")


def test_change_passphrase_rewraps_without_rewriting_the_database(created_vault, kdf):
    folder, recovery_key = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    vault.lock()
    db_before = (folder / "recoverydesk.db").read_bytes()
    vault.unlock(PASSPHRASE)
    vault.change_passphrase("second gentle phrase", kdf)
    vault.lock()
    assert (folder / "recoverydesk.db").read_bytes() == db_before
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock(PASSPHRASE)
    Vault(folder).unlock("second gentle phrase")
    Vault(folder).unlock_with_recovery_key(recovery_key)


def test_create_never_overwrites_an_existing_vault(created_vault, kdf):
    folder, _ = created_vault
    before = snapshot(folder)
    with pytest.raises(VaultExistsError):
        Vault(folder).create("another passphrase", kdf)
    assert snapshot(folder) == before


def test_unlock_with_no_vault_says_so(tmp_path):
    with pytest.raises(NoVaultError) as caught:
        Vault(tmp_path / "nothing-here").unlock(PASSPHRASE)
    assert "nothing-here" in str(caught.value)
    assert not (tmp_path / "nothing-here").exists()


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + os.urandom(200),
    json.dumps({"some": "other app"}).encode(),
    b"",
])
def test_foreign_key_file_gives_a_clear_error_naming_it(created_vault, content):
    folder, _ = created_vault
    header = folder / "recoverydesk-key.json"
    header.write_bytes(content)
    before = snapshot(folder)
    with pytest.raises(DamagedVaultError) as caught:
        Vault(folder).unlock(PASSPHRASE)
    assert str(header) in str(caught.value)
    assert "not a RecoveryDesk key file" in str(caught.value)
    assert snapshot(folder) == before


def test_plain_sqlite_file_in_place_of_the_database_is_refused(created_vault):
    import sqlite3

    folder, _ = created_vault
    db = folder / "recoverydesk.db"
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE notes(x)")
    plain.commit()
    plain.close()
    before = snapshot(folder)
    with pytest.raises(DamagedVaultError) as caught:
        Vault(folder).unlock(PASSPHRASE)
    assert str(db) in str(caught.value)
    assert "unencrypted" in str(caught.value)
    assert snapshot(folder) == before


@pytest.mark.parametrize("keep", [0, 2000, "one page short"])
def test_truncated_database_gives_a_clear_error_and_is_not_touched(created_vault, keep):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    for i in range(200):
        vault.connection.execute("INSERT INTO settings VALUES (?, ?)", (f"k{i}", '"' + "x" * 500
                                                                      + '"'))
    vault.lock()
    db = folder / "recoverydesk.db"
    data = db.read_bytes()
    size = len(data) - 4096 if keep == "one page short" else keep
    db.write_bytes(data[:size])
    before = snapshot(folder)
    with pytest.raises(DamagedVaultError) as caught:
        Vault(folder).unlock(PASSPHRASE)
    assert str(db) in str(caught.value)
    assert "has not been changed" in str(caught.value)
    assert snapshot(folder) == before


def test_missing_database_beside_its_key_file_is_reported(created_vault):
    folder, _ = created_vault
    (folder / "recoverydesk.db").unlink()
    with pytest.raises(DamagedVaultError) as caught:
        Vault(folder).unlock(PASSPHRASE)
    assert "missing" in str(caught.value)
    assert not (folder / "recoverydesk.db").exists()


def test_vault_from_a_newer_version_is_not_opened_for_writing(created_vault):
    folder, recovery_key = created_vault
    conn = sqlcipher3.connect(str(folder / "recoverydesk.db"))
    conn.execute(f"PRAGMA key = \"x'{parse_recovery_key(recovery_key).hex()}'\"")
    newer_major = migrations.versions(migrations.available())[-1].major + 1
    conn.execute(f"PRAGMA user_version = {newer_major << 16}")
    conn.commit()
    conn.close()
    before = snapshot(folder)
    with pytest.raises(NewerVaultError):
        Vault(folder).unlock(PASSPHRASE)
    assert snapshot(folder) == before


def test_files_and_folder_are_owner_only(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    put_canary(vault, "x")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    vault.lock()


def test_stored_kdf_parameters_are_at_or_above_the_floor(created_vault):
    folder, _ = created_vault
    stored = json.loads((folder / "recoverydesk-key.json").read_text())["kdf"]
    assert stored["algorithm"] == "argon2id"
    assert stored["memory_cost_kib"] >= 64 * 1024
    assert stored["time_cost"] >= 3
    assert len(stored["salt"]) >= 22  # 16 random bytes, base64


def test_lowered_kdf_parameters_in_the_file_do_not_open_the_vault(created_vault):
    folder, _ = created_vault
    header = folder / "recoverydesk-key.json"
    data = json.loads(header.read_text())
    data["kdf"]["time_cost"] = 4  # any change to what is bound to the wrapped key
    header.write_text(json.dumps(data))
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock(PASSPHRASE)


def test_two_vaults_get_different_keys_salts_and_ids(tmp_path, kdf):
    keys = []
    headers = []
    for name in ("a", "b"):
        vault = Vault(tmp_path / name)
        keys.append(vault.create(PASSPHRASE, kdf))
        vault.lock()
        headers.append(KeyHeader.load(tmp_path / name / "recoverydesk-key.json"))
    assert keys[0] != keys[1]
    assert headers[0].salt != headers[1].salt
    assert headers[0].vault_id != headers[1].vault_id
