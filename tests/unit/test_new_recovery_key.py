"""A new recovery key replaces the data key: the old recovery key stops opening the vault."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from recoverydesk.storage.errors import WrongPassphraseError
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def write_entries(vault, n=3):
    store = JournalStore(vault.connection)
    return [store.add(f"Entry {i}", f"Walked by the river {i}", ["walk"], NOW) for i in range(n)]


def titles(vault):
    return sorted(title for _, title, _, _ in JournalStore(vault.connection).all())


def test_a_new_key_opens_and_the_old_one_no_longer_does(unlocked_vault, created_vault):
    folder, old_key = created_vault
    write_entries(unlocked_vault)
    before = titles(unlocked_vault)
    new_key = unlocked_vault.replace_key(unlocked_vault.prepare_new_key(PASSPHRASE))
    assert new_key != old_key
    assert titles(unlocked_vault) == before  # still open, on the new key
    JournalStore(unlocked_vault.connection).add("After", "still writing", [], NOW)
    unlocked_vault.lock()

    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock_with_recovery_key(old_key)
    by_key = Vault(folder)
    by_key.unlock_with_recovery_key(new_key)
    assert titles(by_key) == sorted([*before, "After"])
    by_key.lock()
    by_passphrase = Vault(folder)
    by_passphrase.unlock(PASSPHRASE)
    assert by_passphrase.integrity_problems() == []
    by_passphrase.lock()
    assert sorted(p.name for p in folder.iterdir() if "rekeyed" in p.name) == []


def test_a_wrong_passphrase_changes_nothing(unlocked_vault, created_vault):
    folder, old_key = created_vault
    with pytest.raises(WrongPassphraseError):
        unlocked_vault.prepare_new_key("not the passphrase at all")
    unlocked_vault.lock()
    Vault(folder).unlock_with_recovery_key(old_key)


def test_the_keychain_gets_the_new_key(unlocked_vault, created_vault, memory_keyring):
    folder, _ = created_vault
    unlocked_vault.remember_in_keychain()
    unlocked_vault.replace_key(unlocked_vault.prepare_new_key(PASSPHRASE))
    unlocked_vault.lock()
    assert Vault(folder).unlock_from_keychain()


def test_stopped_before_the_swap_the_old_key_still_opens(unlocked_vault, created_vault,
                                                          tmp_path):
    """A power cut after the copy and the staged header, before the database moved."""
    folder, old_key = created_vault
    write_entries(unlocked_vault)
    saved = tmp_path / "before"
    unlocked_vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(folder, saved)
    unlocked_vault.replace_key(unlocked_vault.prepare_new_key(PASSPHRASE))
    unlocked_vault.lock()
    # Put back the old database and header, with the new ones staged beside them.
    for name in ("recoverydesk.db", "recoverydesk-key.json"):
        (folder / name).rename(folder / f"{name}.rekeyed")
        shutil.copy2(saved / name, folder / name)
    reopened = Vault(folder)
    reopened.unlock(PASSPHRASE)
    assert len(titles(reopened)) == 3
    reopened.lock()
    assert not any("rekeyed" in p.name for p in folder.iterdir())
    Vault(folder).unlock_with_recovery_key(old_key)


def test_stopped_between_the_two_renames_the_change_is_finished(unlocked_vault, created_vault,
                                                                tmp_path):
    folder, old_key = created_vault
    write_entries(unlocked_vault)
    old_header = (folder / "recoverydesk-key.json").read_bytes()
    new_key = unlocked_vault.replace_key(unlocked_vault.prepare_new_key(PASSPHRASE))
    unlocked_vault.lock()
    # The new database is in place; the new header still staged, the old one in place.
    (folder / "recoverydesk-key.json").rename(folder / "recoverydesk-key.json.rekeyed")
    (folder / "recoverydesk-key.json").write_bytes(old_header)
    staged_copy = (folder / "recoverydesk-key.json.rekeyed").read_bytes()
    by_new_key = Vault(folder)  # the new recovery key alone finishes it too
    by_new_key.unlock_with_recovery_key(new_key)
    by_new_key.lock()
    (folder / "recoverydesk-key.json").rename(folder / "recoverydesk-key.json.rekeyed")
    (folder / "recoverydesk-key.json").write_bytes(old_header)
    assert (folder / "recoverydesk-key.json.rekeyed").read_bytes() == staged_copy
    reopened = Vault(folder)
    reopened.unlock(PASSPHRASE)
    assert len(titles(reopened)) == 3
    reopened.lock()
    Vault(folder).unlock_with_recovery_key(new_key)
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock_with_recovery_key(old_key)
