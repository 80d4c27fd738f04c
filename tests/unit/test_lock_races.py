"""Locking while a passphrase change runs on another thread never costs the vault."""

from __future__ import annotations

import threading

import pytest

from recoverydesk.storage import keyheader
from recoverydesk.storage.errors import BugError, VaultLockedError
from recoverydesk.storage.keyheader import KeyHeader
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

ROUNDS = 100
THREAD_DEADLINE_S = 60


def test_change_passphrase_refuses_a_key_that_does_not_match_the_header(created_vault, kdf):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    header_before = (folder / "recoverydesk-key.json").read_bytes()
    vault._key[0] ^= 0x01  # stands in for a key read while it was being zeroed
    with pytest.raises(BugError):
        vault.change_passphrase("a passphrase that must not take", kdf)
    vault.lock()
    assert (folder / "recoverydesk-key.json").read_bytes() == header_before
    Vault(folder).unlock(PASSPHRASE)


class _Moments:
    """Where the main thread locks, relative to the change on the worker thread."""

    def __init__(self, monkeypatch) -> None:
        self.kdf_running = threading.Event()
        self.saved = threading.Event()
        real_derive, real_save = keyheader.derive_key, KeyHeader.save

        derived: dict[tuple, bytes] = {}

        def derive(passphrase, salt, kdf):
            # Remembered, so the check that the new header opens costs no second derivation
            # (same passphrase, salt and parameters give the same key).
            self.kdf_running.set()
            if (passphrase, salt, kdf) not in derived:
                derived[passphrase, salt, kdf] = real_derive(passphrase, salt, kdf)
            return derived[passphrase, salt, kdf]

        def save(header, path):
            real_save(header, path)
            self.saved.set()

        monkeypatch.setattr(keyheader, "derive_key", derive)
        monkeypatch.setattr(KeyHeader, "save", save)

    def reset(self) -> None:
        self.kdf_running.clear()
        self.saved.clear()

    def lock_at(self, moment: int, rounds: int, vault: Vault, worker: threading.Thread) -> None:
        if moment == 0:  # before the change starts
            vault.lock()
            worker.start()
            return
        worker.start()
        if moment == 1:  # as soon as it started, a little later each round (no sleep)
            for _ in range(rounds * 50):
                pass
        elif moment == 2:  # while the key derivation runs
            assert self.kdf_running.wait(THREAD_DEADLINE_S)
        elif moment == 3:  # right after the new header is written
            assert self.saved.wait(THREAD_DEADLINE_S)
        else:  # after it finished
            worker.join(THREAD_DEADLINE_S)
        vault.lock()


def test_lock_during_a_passphrase_change_keeps_the_old_or_the_new_passphrase(
        created_vault, kdf, monkeypatch):
    folder, recovery_key = created_vault
    header_path = folder / "recoverydesk-key.json"
    vault = Vault(folder)
    moments = _Moments(monkeypatch)
    current = PASSPHRASE
    outcomes = set()
    for round_ in range(ROUNDS):
        vault.unlock_with_recovery_key(recovery_key)  # no KDF: the rounds stay quick
        data_key = vault._unlocked_key()
        before = header_path.read_bytes()
        new = f"new phrase number {round_}"
        raised: list[BaseException | None] = []

        def change(new=new, raised=raised):
            try:
                vault.change_passphrase(new, kdf)
            except BaseException as error:  # noqa: BLE001 - the main thread judges it
                raised.append(error)
            else:
                raised.append(None)

        moments.reset()
        worker = threading.Thread(target=change)
        moments.lock_at(round_ % 5, round_, vault, worker)
        worker.join(THREAD_DEADLINE_S)
        assert not worker.is_alive()
        assert not vault.is_unlocked
        outcome = raised[0]
        if header_path.read_bytes() == before:
            assert isinstance(outcome, VaultLockedError), round_  # only a lock stops it
            outcomes.add("old")
        else:
            assert outcome is None, round_
            assert KeyHeader.load(header_path).unwrap(new) == data_key
            current = new
            outcomes.add("new")
    assert outcomes == {"old", "new"}  # both kinds of moment really happened
    Vault(folder).unlock(current)
