"""Migrations: in order, in one transaction each, with an encrypted backup first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlcipher3

from recoverydesk import settings
from recoverydesk.storage import migrations
from recoverydesk.storage.database import SQLITE_MAGIC, open_database
from recoverydesk.storage.errors import NewerVaultError
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.keyheader import KeyHeader, new_data_key
from recoverydesk.storage.migrations import Migration, UserVersion, applied, migrate
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
    assert applied(vault.connection) == migrations.latest_version()
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
    known = [*migrations.available(), extra]
    backups = migrate(conn, folder / "recoverydesk.db", folder / "backups", known=known)
    assert applied(conn, known) == latest + 1
    conn.close()

    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == folder / "backups"
    assert not backup.read_bytes().startswith(SQLITE_MAGIC)
    old = open_database(backup, parse_recovery_key(recovery_key))
    assert applied(old) == latest
    assert old.execute("SELECT value FROM settings WHERE key='before'").fetchone() == ('"kept"',)
    old.close()


def test_a_failing_migration_leaves_the_old_version(created_vault):
    folder, recovery_key = created_vault
    conn = _open(folder, recovery_key)
    latest = migrations.latest_version()
    broken = Migration(latest + 1, "9999_broken.sql",
                       "CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);")
    with pytest.raises(sqlcipher3.OperationalError, match="no_such_table"):
        migrate(conn, folder / "recoverydesk.db", folder / "backups",
                known=[*migrations.available(), broken])
    assert applied(conn) == latest
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
    assert migrations.schema_version(conn) == migrations.latest_version()

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


# -- two-part schema versions -----------------------------------------------------------------


def test_user_version_holds_a_major_and_a_minor_part():
    assert UserVersion.from_int(2 << 16 | 5) == UserVersion(2, 5)
    assert UserVersion(2, 5).to_int() == 2 << 16 | 5
    assert str(UserVersion(1, 0)) == "1.0"
    with pytest.raises(ValueError, match="out of range"):
        UserVersion(0, 0x1_0000).to_int()


def test_vaults_from_before_the_split_read_as_their_old_numbers():
    # user_version 1..6 was written before it had two parts: the same numbers must come out.
    reached = migrations.versions(migrations.available())
    assert [v.to_int() for v in reached[1:7]] == [1, 2, 3, 4, 5, 6]


def test_a_migration_file_says_whether_it_is_minor():
    shipped = migrations.available()
    assert all(m.minor for m in shipped[:6])
    minor = Migration(1, "0001_a.sql", "", minor=True)
    major = Migration(2, "0002_b.sql", "")
    assert [str(v) for v in migrations.versions([minor, minor, major, minor])] == [
        "0.0", "0.1", "0.2", "1.0", "1.1"]


def _vault_from_a_newer_build(created_vault, *, minor: bool):
    """The vault as a build with one more migration than this one left it."""
    folder, recovery_key = created_vault
    latest = migrations.latest_version()
    newer = Migration(latest + 1, "9999_newer.sql",
                      "CREATE TABLE later_things (id INTEGER PRIMARY KEY);", minor=minor)
    conn = _open(folder, recovery_key)
    migrate(conn, folder / "recoverydesk.db", folder / "backups",
            known=[*migrations.available(), newer])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return folder


def test_a_newer_minor_schema_opens_in_this_build(created_vault):
    folder = _vault_from_a_newer_build(created_vault, minor=True)
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    newer = migrations.stored_version(vault.connection)
    assert newer.minor == migrations.versions(migrations.available())[-1].minor + 1
    JournalStore(vault.connection).add("Still here", "Written by an older build.", [],
                                       datetime(2026, 11, 1, tzinfo=UTC))
    vault.lock()
    again = Vault(folder)
    again.unlock(PASSPHRASE)
    assert migrations.stored_version(again.connection) == newer  # not lowered
    assert [e.title for e in JournalStore(again.connection).page(10)] == ["Still here"]
    again.lock()


def test_a_newer_major_schema_is_refused_untouched_with_a_clear_message(created_vault):
    folder = _vault_from_a_newer_build(created_vault, minor=False)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(NewerVaultError) as refused:
        Vault(folder).unlock(PASSPHRASE)
    assert "newer version of RecoveryDesk" in str(refused.value)
    assert "Please update the app" in str(refused.value)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_a_real_schema_3_vault_is_migrated_forward_with_its_entries(tmp_path, kdf):
    """Built by running the first three migrations, written as that version wrote."""
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    data_key = new_data_key()
    conn = open_database(folder / "recoverydesk.db", data_key, create=True)
    migrate(conn, folder / "recoverydesk.db", folder / "backups",
            known=migrations.available()[:3])
    assert applied(conn) == 3
    with conn:
        conn.execute("INSERT INTO settings VALUES ('auto_lock_minutes', '7')")
        conn.executemany(
            "INSERT INTO journal_entries (title, body, tags, created_at, edited_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [("Canal", "A café by the canal, and a long walk home.", '["outside"]',
              "2025-05-01T10:00:00+00:00", "2025-05-01T10:00:00+00:00"),
             ("Night", "Could not sleep; wrote instead.", "[]",
              "2025-05-02T23:00:00+00:00", "2025-05-02T23:00:00+00:00")])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    KeyHeader.create(data_key, PASSPHRASE, kdf).save(folder / "recoverydesk-key.json")

    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    assert applied(vault.connection) == migrations.latest_version()
    journal = JournalStore(vault.connection)
    assert sorted(e.title for e in journal.page(10)) == ["Canal", "Night"]
    # The search index built by a later migration holds the entries written before it.
    assert [h.title for h in journal.search("canal")] == ["Canal"]
    assert [h.title for h in journal.search("cafe")] == ["Canal"]  # diacritics folded
    assert [h.title for h in journal.search("sleep")] == ["Night"]
    assert vault.settings().get(settings.AUTO_LOCK_MINUTES) == 7
    assert len(list((folder / "backups").iterdir())) == 1  # kept before migrating
    vault.lock()
