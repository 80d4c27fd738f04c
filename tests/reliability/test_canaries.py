"""Words written through every record kind never appear in any file of the data folder or
the temporary folder, in any common encoding; a deleted entry's words are gone even from
the decrypted pages (free pages and old page versions included)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.safety_plan_store import ContactStore
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.support import decrypted_pages, write_every_kind

CANARY = "CANARY-heron-5521"


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _files_holding(folders: list[Path], secret: str) -> list[Path]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(encoded in data for encoded in _encodings(secret)):
                found.append(path)
    return found


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The temporary folder for this test alone, so everything in it is ours to scan."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_canaries_in_every_record_kind_reach_no_file_in_the_clear(data_dir, kdf, private_tmp):
    vault = Vault(data_dir)
    vault.create(PASSPHRASE, kdf)
    write_every_kind(vault.connection, CANARY)
    assert not _files_holding([data_dir, private_tmp], CANARY)  # open: the WAL holds them
    vault.lock()
    assert not _files_holding([data_dir, private_tmp], CANARY)
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    key = bytes(again._unlocked_key())
    again.lock()
    assert any(CANARY.encode() in page for page in decrypted_pages(data_dir, key))


@pytest.mark.parametrize("kind", ["journal", "checkin", "contact", "goal"])
def test_a_deleted_records_words_are_gone_from_the_file(unlocked_vault, kind):
    conn = unlocked_vault.connection
    write_every_kind(conn, "kept words")
    doomed = f"GONE-{kind}-8841"
    ids = write_every_kind(conn, doomed)
    delete = {"journal": JournalStore(conn).delete, "checkin": CheckInStore(conn).delete,
              "contact": ContactStore(conn).delete, "goal": GoalStore(conn).delete}[kind]
    delete(ids[kind])
    key = bytes(unlocked_vault._unlocked_key())
    pages = decrypted_pages(unlocked_vault.paths.folder, key)
    marker = {"journal": f"{doomed} body", "checkin": f"{doomed} check-in",
              "contact": f"{doomed} friend", "goal": f"{doomed} goal"}[kind].encode()
    assert not any(marker in page for page in pages), kind
    assert any(b"kept words" in page for page in pages)
