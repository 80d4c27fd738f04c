"""Nothing the person writes, nor any key, is ever readable outside the encrypted file."""

from __future__ import annotations

import logging

from recoverydesk.storage.database import SQLITE_MAGIC
from recoverydesk.storage.errors import WrongPassphraseError
from recoverydesk.storage.recovery_key import InvalidRecoveryKeyError, parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE

CANARIES = ["CANARY-owl-7731 my private words", "ünïcødé canary ✿ 4412"]


def encodings(text):
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def assert_nowhere_in_files(folder, secrets):
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            for encoded in encodings(secret):
                assert encoded not in data, f"{secret!r} found in {path.name}"


def test_canaries_never_reach_the_disk_in_plaintext(data_dir, kdf):
    vault = Vault(data_dir)
    vault.create(PASSPHRASE, kdf)
    for i, canary in enumerate(CANARIES):
        vault.connection.execute("INSERT INTO settings VALUES (?, ?)", (f"c{i}", f'"{canary}"'))
    # While unlocked, the WAL holds the new pages: it must be encrypted too.
    assert (data_dir / "recoverydesk.db-wal").exists()
    assert_nowhere_in_files(data_dir, [*CANARIES, PASSPHRASE])
    vault.lock()
    assert_nowhere_in_files(data_dir, [*CANARIES, PASSPHRASE])
    assert not (data_dir / "recoverydesk.db").read_bytes().startswith(SQLITE_MAGIC)


def test_no_passphrase_key_or_canary_reaches_logs_or_stderr(data_dir, kdf, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    vault = Vault(data_dir)
    recovery_key = vault.create(PASSPHRASE, kdf)
    vault.connection.execute("INSERT INTO settings VALUES ('c', ?)", (f'"{CANARIES[0]}"',))
    vault.remember_in_keychain()
    vault.lock()
    for attempt in ("wrong passphrase here", PASSPHRASE + "x"):
        try:
            Vault(data_dir).unlock(attempt)
        except WrongPassphraseError as e:
            logging.getLogger("test").debug("unlock failed: %s", e)
    try:
        Vault(data_dir).unlock_with_recovery_key("F" * 64)
    except (WrongPassphraseError, InvalidRecoveryKeyError) as e:
        logging.getLogger("test").debug("recovery failed: %s", e)
    opened = Vault(data_dir)
    opened.unlock(PASSPHRASE)
    opened.lock()
    opened.unlock_with_recovery_key(recovery_key)
    opened.lock()
    opened.unlock_from_keychain()
    opened.lock()

    key_hex = parse_recovery_key(recovery_key).hex()
    secrets = [PASSPHRASE, "wrong passphrase here", key_hex, key_hex.upper(), recovery_key,
               CANARIES[0]]
    out, err = capfd.readouterr()
    logged = caplog.text
    assert "created a new vault" in logged  # logging was on and did capture
    for secret in secrets:
        assert secret not in logged
        assert secret not in err
        assert secret not in out
