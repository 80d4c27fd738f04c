"""backup, restore and passwd from the command line: real processes, real files."""

from __future__ import annotations

import pytest

from tests.unit.test_cli import PASSPHRASE, run_cli

pytest_plugins = ["tests.unit.test_cli"]  # the initialised vault and its copies


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def with_entry(vault_copy):
    added = run_cli("journal", "add", "a line for the backup", "--data-dir", str(vault_copy),
                    passphrase=PASSPHRASE)
    assert added.returncode == 0, added.stderr
    return vault_copy


def test_backup_then_dry_run_shows_what_it_holds_and_writes_nothing(with_entry, tmp_path):
    out = tmp_path / "mine.rdbackup"
    made = run_cli("backup", "--out", str(out), "--data-dir", str(with_entry),
                   passphrase=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    assert "checked" in made.stdout
    before = _files(with_entry)

    dry = run_cli("restore", str(out), "--dry-run", "--data-dir", str(with_entry),
                  passphrase=PASSPHRASE)
    assert dry.returncode == 0, dry.stderr
    assert "1 journal entry" in dry.stdout
    assert "Nothing was changed" in dry.stdout
    assert _files(with_entry) == before


def test_restore_into_a_new_folder_then_it_opens(with_entry, tmp_path):
    out = tmp_path / "mine.rdbackup"
    assert run_cli("backup", "--out", str(out), "--data-dir", str(with_entry),
                   passphrase=PASSPHRASE).returncode == 0
    new_home = tmp_path / "new-home"
    restored = run_cli("restore", str(out), "--data-dir", str(new_home), passphrase=PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    listed = run_cli("journal", "list", "--data-dir", str(new_home), passphrase=PASSPHRASE)
    assert "a line for the backup" in listed.stdout


def test_a_tampered_backup_is_refused_in_one_line(with_entry, tmp_path):
    out = tmp_path / "mine.rdbackup"
    run_cli("backup", "--out", str(out), "--data-dir", str(with_entry), passphrase=PASSPHRASE)
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    out.write_bytes(bytes(raw))
    before = _files(with_entry)
    refused = run_cli("restore", str(out), "--data-dir", str(with_entry), passphrase=PASSPHRASE)
    assert refused.returncode == 5
    assert "changed or damaged since it was made" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _files(with_entry) == before


def test_a_separate_backup_passphrase_is_asked_for_when_restoring(with_entry, tmp_path):
    out = tmp_path / "separate.rdbackup"
    made = run_cli("backup", "--out", str(out), "--separate-passphrase", "--data-dir",
                   str(with_entry), passphrase=f"{PASSPHRASE}\nanother long backup phrase")
    assert made.returncode == 0, made.stderr
    wrong = run_cli("restore", str(out), "--dry-run", "--data-dir", str(tmp_path / "n"),
                    passphrase=PASSPHRASE)
    assert wrong.returncode == 3
    assert "didn't open this backup" in wrong.stderr
    right = run_cli("restore", str(out), "--dry-run", "--data-dir", str(tmp_path / "n"),
                    passphrase="another long backup phrase")
    assert right.returncode == 0, right.stderr
    assert not (tmp_path / "n").exists()


def test_passwd_changes_the_passphrase(vault_copy):
    changed = run_cli("passwd", "--data-dir", str(vault_copy),
                      passphrase=f"{PASSPHRASE}\na brand new calm phrase")
    assert changed.returncode == 0, changed.stderr
    assert run_cli("check", "--data-dir", str(vault_copy),
                   passphrase=PASSPHRASE).returncode == 3
    assert run_cli("check", "--data-dir", str(vault_copy),
                   passphrase="a brand new calm phrase").returncode == 0


def test_passwd_refuses_a_wrong_current_or_a_weak_new_one(vault_copy):
    wrong = run_cli("passwd", "--data-dir", str(vault_copy), passphrase="not it\nwhatever x")
    assert wrong.returncode == 3
    weak = run_cli("passwd", "--data-dir", str(vault_copy), passphrase=f"{PASSPHRASE}\nab")
    assert weak.returncode == 2  # what was typed can't be used (README, exit codes)
    assert run_cli("check", "--data-dir", str(vault_copy),
                   passphrase=PASSPHRASE).returncode == 0
