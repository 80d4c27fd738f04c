"""Shared test set-up: offscreen Qt, no network, an in-memory keychain, fast-but-floor KDF."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring
import pytest

from recoverydesk.storage.keyheader import KdfParams
from tests.support import network_guard
from tests.support.keyrings import MemoryKeyring

network_guard.install()


def pytest_sessionfinish(session, exitstatus):
    """The audit hook watched the whole run: any connection attempt fails it."""
    if network_guard.ATTEMPTS and session.exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    attempts = network_guard.ATTEMPTS
    terminalreporter.write_line(f"network connection attempts seen by the audit hook: "
                                f"{len(attempts)}")
    for attempt in attempts:
        terminalreporter.write_line(f"  {attempt}")

PASSPHRASE = "quiet lantern by the river"
FLOOR_KDF = KdfParams(parallelism=2)  # exactly the floor: 64 MiB, 3 passes


TEST_KEYRINGS = frozenset({"tests.support.keyrings.MemoryKeyring",
                           "tests.support.keyrings.BrokenKeyring"})


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """No test ever touches the real keychain; the test keychains stand in for the system's
    (the only ones trusted besides the allowlist in storage/keychain.py)."""
    from recoverydesk.storage import keychain

    monkeypatch.setattr(keychain, "SECURE_BACKENDS",
                        getattr(keychain, "SECURE_BACKENDS", frozenset()) | TEST_KEYRINGS,
                        raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def kdf():
    return FLOOR_KDF


@pytest.fixture
def created_vault(data_dir, kdf):
    """A vault made with the passphrase above; yields (folder, recovery key), locked."""
    from recoverydesk.storage.vault import Vault

    vault = Vault(data_dir)
    recovery_key = vault.create(PASSPHRASE, kdf)
    vault.lock()
    return data_dir, recovery_key


@pytest.fixture
def unlocked_vault(created_vault):
    """The vault above, open for the test and locked after it."""
    from recoverydesk.storage.vault import Vault

    folder, _ = created_vault
    opened = Vault(folder)
    opened.unlock(PASSPHRASE)
    yield opened
    opened.lock()
