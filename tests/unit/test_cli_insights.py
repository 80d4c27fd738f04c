"""export, import, report and diary-card from the command line: real processes, real files."""

from __future__ import annotations

import shutil
import stat
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from recoverydesk.exchange import kinds
from recoverydesk.goals import Goal, Step
from recoverydesk.storage.goal_store import GoalStore
from recoverydesk.storage.vault import Vault
from tests.unit.test_cli import PASSPHRASE, run_cli


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-insights") / "vault"
    assert run_cli("init", "--data-dir", str(folder), passphrase=PASSPHRASE).returncode == 0
    return folder


@pytest.fixture
def vault_copy(made, tmp_path):
    return shutil.copytree(made, tmp_path / "vault")


def _add(folder, *args):
    result = run_cli(*args, "--data-dir", str(folder), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return result


def test_export_then_import_into_a_fresh_vault(vault_copy, tmp_path):
    _add(vault_copy, "checkin", "--at", "2026-11-17T21:00", "--mood", "3", "--urge",
         "self-harm=2", "--acted", "self-harm", "--note", "steady")
    _add(vault_copy, "journal", "add", "A quiet day", "--tag", "calm")
    out = tmp_path / "all.json"
    result = _add(vault_copy, "export", "--format", "json", "--out", str(out))
    assert "will not be encrypted" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    fresh = tmp_path / "fresh"
    init = run_cli("init", "--data-dir", str(fresh), passphrase=PASSPHRASE)
    assert init.returncode == 0, init.stderr
    dry = _add(fresh, "import", str(out), "--from", "recoverydesk", "--dry-run")
    assert "1 check-in\n" in dry.stdout
    assert "Nothing was written" in dry.stdout
    _add(fresh, "import", str(out), "--from", "recoverydesk")
    vaults = [Vault(vault_copy), Vault(fresh)]
    for vault in vaults:
        vault.unlock(PASSPHRASE)
    try:
        assert kinds.read_all(vaults[1].connection) == kinds.read_all(vaults[0].connection)
    finally:
        for vault in vaults:
            vault.lock()


def _records(folder) -> dict:
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    try:
        return kinds.read_all(vault.connection)
    finally:
        vault.lock()


def test_a_bad_import_says_why_exits_17_and_writes_nothing(vault_copy, tmp_path):
    _add(vault_copy, "journal", "add", "Already here")
    before = _records(vault_copy)
    path = tmp_path / "daylio.csv"
    # A good line first: nothing of it is written either.
    path.write_text("full_date,time,mood,activities,note\n2026-01-02,09:00,good,walk,fine\n"
                    "not a date,10:00,rad,,\n", "utf-8")
    result = run_cli("import", str(path), "--from", "daylio", "--data-dir", str(vault_copy),
                     passphrase=PASSPHRASE)
    assert result.returncode == 17
    assert "Line 3 of daylio.csv has a date or time" in result.stderr
    assert "Traceback" not in result.stderr
    assert _records(vault_copy) == before


# Each cause of an unusable import file: (source, how the file is made, exit code, words).
IMPORT_FILE_CAUSES = {
    "missing": ("recoverydesk", None, 15, "There is no file at"),
    "a folder": ("jrnl", "folder", 15, "is a folder, not a file"),
    "not UTF-8": ("daylio", b"full_date,time,mood\n\xff\xfe\x00", 16, "isn't UTF-8 text"),
    "not JSON": ("recoverydesk", b"{not json", 16, "isn't valid JSON"),
    "another app's export": ("recoverydesk", b'{"entries": []}', 16,
                             "isn't a RecoveryDesk export"),
    "not a Daylio export": ("daylio", b"a,b\n1,2\n", 16, "doesn't look like a Daylio CSV"),
    "a newer export format": ("recoverydesk",
                              b'{"format": "recoverydesk-export", "format_version": 99}', 16,
                              "is export format 99"),
    "a record without its fields": ("recoverydesk",
                                    b'{"format": "recoverydesk-export", "format_version": 2, '
                                    b'"checkins": [{"mood": 3}]}', 17,
                                    "has missing or unknown fields"),
    "a jrnl entry with no date": ("jrnl", b'{"entries": [{"title": "x", "date": "soon", '
                                          b'"time": "later"}]}', 17, "has a date"),
}


@pytest.mark.parametrize("cause", IMPORT_FILE_CAUSES)
def test_an_unusable_import_file_gets_one_line_and_its_own_exit_code(vault_copy, tmp_path,
                                                                     cause):
    source, content, code, words = IMPORT_FILE_CAUSES[cause]
    path = tmp_path / "to-import"
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    before = _records(vault_copy)
    for dry_run in ((), ("--dry-run",)):
        result = run_cli("import", str(path), "--from", source, *dry_run,
                         "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
        assert (result.returncode, result.stdout) == (code, ""), result.stderr
        assert words in result.stderr
        assert result.stderr.count("\n") == 1  # one line, no traceback
        assert "Nothing was imported." in result.stderr
    assert _records(vault_copy) == before


@pytest.mark.parametrize(("errno_name", "code", "words"), [
    ("EACCES", 11, "permissions don't let RecoveryDesk use"),
    ("EIO", 13, "The disk reported an error"),
])
def test_an_import_file_that_cannot_be_read_says_why(vault_copy, tmp_path, monkeypatch,
                                                     capsys, errno_name, code, words):
    # As root (CI) a mode-000 file still reads, so the disk's answer is given in-process,
    # through the same entry point the command uses.
    import errno
    import os
    from pathlib import Path

    from recoverydesk.__main__ import main

    path = tmp_path / "export.json"
    path.write_text("{}")
    number = getattr(errno, errno_name)

    def refuse(self):
        if self == path:
            raise OSError(number, os.strerror(number), str(self))
        return real_read(self)

    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", refuse)
    read_end, write_end = os.pipe()
    os.write(write_end, (PASSPHRASE + "\n").encode())
    os.close(write_end)
    try:
        returned = main(["import", str(path), "--from", "recoverydesk", "--data-dir",
                         str(vault_copy), "--passphrase-fd", str(read_end)])
    finally:
        os.close(read_end)
    err = capsys.readouterr().err
    assert returned == code, err
    assert words in err
    assert str(path) in err
    assert err.count("\n") == 1


def test_restoring_a_missing_backup_says_so_with_exit_15(vault_copy, tmp_path):
    missing = tmp_path / "nowhere.rdbackup"
    result = run_cli("restore", str(missing), "--data-dir", str(vault_copy),
                     passphrase=PASSPHRASE)
    assert result.returncode == 15, result.stderr
    assert f"There is no file at {missing}." in result.stderr
    assert result.stderr.count("\n") == 1
    folder = run_cli("restore", str(tmp_path), "--dry-run", "--data-dir", str(vault_copy),
                     passphrase=PASSPHRASE)
    assert folder.returncode == 15, folder.stderr
    assert f"{tmp_path} is a folder, not a file." in folder.stderr


def test_markdown_export_with_dates(vault_copy, tmp_path):
    _add(vault_copy, "journal", "add", "Today I rested")
    out = tmp_path / "journal"
    _add(vault_copy, "export", "--format", "markdown", "--out", str(out), "--since",
         "2000-01-01", "--until", "2000-12-31")
    assert list(out.iterdir()) == []  # nothing that old
    again = run_cli("export", "--format", "csv", "--out", str(tmp_path / "all.json"),
                    "--since", "someday", "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert again.returncode == 2
    assert "isn't a date" in again.stderr


def test_the_documents_follow_the_language_and_the_cli_stays_english(vault_copy, tmp_path):
    _add(vault_copy, "checkin", "--at", "2026-11-17T21:00", "--mood", "3", "--urge",
         "self-harm=4", "--acted", "self-harm")
    card = tmp_path / "tarjeta.pdf"
    result = run_cli("diary-card", "--week", "2026-W47", "--out", str(card), "--data-dir",
                     str(vault_copy), passphrase=PASSPHRASE, env={"RECOVERYDESK_LANG": "es"})
    assert result.returncode == 0, result.stderr
    assert "will not be encrypted" in result.stderr  # the command line's own words: English
    text = " ".join(PdfReader(card).pages[0].extract_text().split())
    assert "Semana del 16 de noviembre de 2026 al 22 de noviembre de 2026" in text
    assert "Impulso: autolesión (0–5) 4 seguido" in text
    missing = run_cli("import", str(tmp_path / "nada.json"), "--from", "recoverydesk",
                      "--data-dir", str(vault_copy),
                      passphrase=PASSPHRASE, env={"RECOVERYDESK_LANG": "es"})
    assert "No hay ningún archivo en" in missing.stderr  # storage's message, in Spanish


def test_report_and_diary_card_commands(vault_copy, tmp_path):
    _add(vault_copy, "checkin", "--at", "2026-11-17T21:00", "--mood", "3", "--urge",
         "self-harm=4", "--acted", "self-harm", "--distress", "6", "--note", "rang Jo")
    card = tmp_path / "card.pdf"
    result = _add(vault_copy, "diary-card", "--week", "2026-W47", "--out", str(card))
    assert "will not be encrypted" in result.stderr
    assert stat.S_IMODE(card.stat().st_mode) == 0o600
    text = " ".join(PdfReader(card).pages[0].extract_text().split())
    assert "Urge: self-harm (0–5) 4 acted" in text
    assert "rang Jo" in text
    report = tmp_path / "report.pdf"
    _add(vault_copy, "report", "--from", "2026-11-16", "--to", "2026-11-22", "--section",
         "summary", "--out", str(report))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    assert "Check-ins 1 on 1 day " in text
    assert "rang Jo" not in text
    assert "Goals and reviews" not in text
    bad = run_cli("diary-card", "--week", "2026-47", "--out", str(card),
                  "--data-dir", str(vault_copy), passphrase=PASSPHRASE)
    assert bad.returncode == 2
    assert "isn't a week" in bad.stderr


def test_report_with_goals_holds_the_goal_its_steps_and_reviews(vault_copy, tmp_path):
    vault = Vault(vault_copy)
    vault.unlock(PASSPHRASE)
    try:
        store = GoalStore(vault.connection)
        today = date.today()
        goal = store.save(Goal(title="Reach out each week", steps=(Step("Make a list"),)),
                          datetime.now(UTC) - timedelta(days=10))
        store.set_step_done(goal.steps[0].id, today - timedelta(days=2))
    finally:
        vault.lock()
    _add(vault_copy, "goals", "review", str(goal.id), "--note", "Messaged Jo on Tuesday")
    report = tmp_path / "goals.pdf"
    _add(vault_copy, "report", "--from", str(today - timedelta(days=7)), "--to", str(today),
         "--section", "goals", "--out", str(report))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    assert "Goals and reviews" in text
    assert "Reach out each week" in text
    assert f"Make a list — done {today - timedelta(days=2):%d %b %Y}" in text
    assert "Messaged Jo on Tuesday" in text
    assert "Summary" not in text
