"""'Remember on this computer': only secure keychains, never a key on disk, never a crash."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null

from recoverydesk.storage.errors import KeychainError
from recoverydesk.storage.keychain import SERVICE, Keychain, is_secure_backend
from recoverydesk.storage.recovery_key import parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.keyrings import BrokenKeyring, MemoryKeyring


def test_remembered_key_opens_the_vault_and_forgetting_removes_it(created_vault, memory_keyring):
    folder, recovery_key = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    vault.remember_in_keychain()
    vault.lock()
    stored = memory_keyring.secrets[(SERVICE, vault.header.vault_id)]
    assert bytes.fromhex(stored) == parse_recovery_key(recovery_key)

    again = Vault(folder)
    assert again.unlock_from_keychain() is True
    assert again.is_unlocked
    again.forget_in_keychain()
    again.lock()
    assert memory_keyring.secrets == {}
    assert Vault(folder).unlock_from_keychain() is False


def test_keychain_off_means_nothing_is_stored(created_vault, memory_keyring):
    folder, _ = created_vault
    Vault(folder).unlock(PASSPHRASE)
    assert memory_keyring.secrets == {}
    assert Vault(folder).unlock_from_keychain() is False


def test_a_wrong_key_in_the_keychain_is_not_used(created_vault, memory_keyring):
    folder, _ = created_vault
    vault = Vault(folder)
    memory_keyring.set_password(SERVICE, vault.header.vault_id, "ab" * 32)
    assert vault.unlock_from_keychain() is False
    assert not vault.is_unlocked


def test_no_keychain_is_said_plainly_and_the_vault_still_works(created_vault):
    keyring.set_keyring(fail.Keyring())
    folder, _ = created_vault
    status = Keychain().status()
    assert not status.available
    assert "type your passphrase each time" in status.description
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    with pytest.raises(KeychainError):
        vault.remember_in_keychain()
    assert vault.is_unlocked
    vault.lock()
    with pytest.raises(KeychainError):
        Vault(folder).unlock_from_keychain()


def test_failing_keychain_gives_a_kind_error_not_a_crash(created_vault):
    keyring.set_keyring(BrokenKeyring())
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    with pytest.raises(KeychainError) as caught:
        vault.remember_in_keychain()
    assert "Your vault is fine" in str(caught.value)
    vault.lock()
    with pytest.raises(KeychainError):
        Vault(folder).unlock_from_keychain()
    Vault(folder).unlock(PASSPHRASE)


def test_insecure_backends_are_refused():
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    low = type("LowPriority", (MemoryKeyring,), {"priority": 0.5})
    assert not is_secure_backend(plaintext())
    assert not is_secure_backend(low())
    assert not is_secure_backend(null.Keyring())
    assert not is_secure_backend(fail.Keyring())
    assert is_secure_backend(MemoryKeyring())
    keyring.set_keyring(plaintext())
    assert not Keychain().status().available
    with pytest.raises(KeychainError):
        Keychain().store("vault", b"\0" * 32)
