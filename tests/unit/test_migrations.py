"""Migrations: in order, in one transaction each, with an encrypted backup first."""

from __future__ import annotations

import pytest

from recoverydesk.storage import migrations
from recoverydesk.storage.database import SQLITE_MAGIC, open_database
from recoverydesk.storage.migrations import Migration, migrate, schema_version
from recoverydesk.storage.recovery_key import parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_shipped_migrations_are_numbered_in_sequence_and_applied():
    shipped = migrations.available()
    assert [m.version for m in shipped] == list(range(1, len(shipped) + 1))
    assert migrations.latest_version() == shipped[-1].version


def test_new_vault_is_at_the_latest_version_with_no_backup(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    assert schema_version(vault.connection) == migrations.latest_version()
    vault.lock()
    assert not (folder / "backups").exists()


def _open(folder, recovery_key):
    return open_database(folder / "recoverydesk.db", parse_recovery_key(recovery_key))


def test_a_later_migration_backs_up_first_and_the_backup_stays_encrypted(created_vault):
    folder, recovery_key = created_vault
    conn = _open(folder, recovery_key)
    conn.execute("INSERT INTO settings VALUES ('before', '\"kept\"')")
    latest = migrations.latest_version()
    extra = Migration(latest + 1, "9999_extra.sql", "CREATE TABLE extra (id INTEGER PRIMARY KEY);")
    backups = migrate(conn, folder / "recoverydesk.db", folder / "backups",
                      known=[*migrations.available(), extra])
    assert schema_version(conn) == latest + 1
    conn.close()

    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == folder / "backups"
    assert not backup.read_bytes().startswith(SQLITE_MAGIC)
    old = open_database(backup, parse_recovery_key(recovery_key))
    assert schema_version(old) == latest
    assert old.execute("SELECT value FROM settings WHERE key='before'").fetchone() == ('"kept"',)
    old.close()


def test_a_failing_migration_leaves_the_old_version(created_vault):
    folder, recovery_key = created_vault
    conn = _open(folder, recovery_key)
    latest = migrations.latest_version()
    broken = Migration(latest + 1, "9999_broken.sql",
                       "CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);")
    with pytest.raises(Exception, match="no_such_table"):
        migrate(conn, folder / "recoverydesk.db", folder / "backups",
                known=[*migrations.available(), broken])
    assert schema_version(conn) == latest
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables
    conn.close()


def test_the_search_migration_rebuilds_search_tags_and_drafts_from_older_entries(tmp_path):
    """Entries written before the journal search migration are found, tagged and ordered
    after it, exactly as new ones."""
    from recoverydesk.storage.journal_store import JournalStore

    shipped = migrations.available()
    ours = next(i for i, m in enumerate(shipped)
                if m.name.endswith("_journal_search_tags_drafts.sql"))
    path = tmp_path / "old.db"
    conn = open_database(path, bytes(range(32)), create=True)
    migrate(conn, path, tmp_path / "backups", known=shipped[:ours])
    rows = [("Walk", "Σήμερα ήταν μια καλή μέρα", '["outside", "home"]',
             "2026-01-05T10:00:00.000000+00:00", 0),
            ("", "Ich wohne in der Straße", '["home"]', "2026-01-01T10:00:00.000000+00:00", 0),
            ("", "今天我很开心", "[]", "2026-01-03T10:00:00.000000+00:00", 1)]
    conn.executemany("INSERT INTO journal_entries (title, body, tags, created_at, edited_at, "
                     "is_draft) VALUES (?, ?, ?, ?, ?4, ?)", rows)
    migrate(conn, path, tmp_path / "backups")
    assert schema_version(conn) == migrations.latest_version()

    journal = JournalStore(conn)
    assert [h.id for h in journal.search("καλη")] == [1]
    assert [h.id for h in journal.search("strasse")] == [2]
    assert [h.id for h in journal.search("开心")] == [3]
    assert journal.tags() == ["home", "outside"]
    assert journal.latest_draft().id == 3
    assert [e.id for e in journal.page(10)] == [1, 3, 2]
    journal.delete(2)  # the new triggers keep the rebuilt index and counts in step
    assert journal.search("strasse") == []
    assert journal.tags() == ["home", "outside"]
    journal.delete(1)
    assert journal.tags() == []
    conn.close()
