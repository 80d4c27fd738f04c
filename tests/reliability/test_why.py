"""One test per item of issue 15's "Why": each failed on main 19b6321."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from recoverydesk.storage.errors import DamagedVaultError, WrongPassphraseError
from recoverydesk.storage.keyheader import MIN_TIME_COST, KdfParams, KeyHeader
from recoverydesk.storage.recovery_key import parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.support import (
    PAGE_SIZE,
    decrypted_pages,
    run_cli,
    snapshot,
    write_every_kind,
)
from tests.support.subprocess_env import PYTHON, child_env

# -- 1. safety-plan --out: a folder, an empty name, an unwritable folder, a link ---------------


def test_safety_plan_out_refuses_a_folder_an_empty_name_and_a_link(created_vault, tmp_path):
    folder, _ = created_vault
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file")
    elsewhere.chmod(0o644)
    link = tmp_path / "link.pdf"
    link.symlink_to(elsewhere)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    for out in (str(shared), "", str(link), str(tmp_path / "no-such-folder" / "plan.pdf")):
        result = run_cli(["safety-plan", "--data-dir", str(folder), "--out", out])
        assert result.code == 2, (out, result.err)
        assert result.one_line_message(), result.err
        assert "Your safety plan is in" not in result.out
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    assert elsewhere.read_text() == "someone else's file"
    assert list(shared.iterdir()) == []


def test_safety_plan_out_in_a_read_only_folder_says_so(created_vault, read_only_folder):
    folder, _ = created_vault
    result = run_cli(["safety-plan", "--data-dir", str(folder),
                      "--out", str(read_only_folder / "plan.pdf")])
    assert result.code in (2, 9), result.err
    assert result.one_line_message()
    assert not (read_only_folder / "plan.pdf").exists()


# -- 2. check on a damaged database: a report, never a traceback ------------------------------


def test_check_names_a_damaged_data_page(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    for i in range(5):
        write_every_kind(vault.connection, f"page filler {i} " + "text " * 200)
    vault.lock()
    db = folder / "recoverydesk.db"
    data = bytearray(db.read_bytes())
    page = len(data) // PAGE_SIZE  # the last page, a data page
    data[(page - 1) * PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    before = snapshot(folder)
    result = run_cli(["check", "--data-dir", str(folder)])
    assert result.code == 7, result.err
    assert f"page {page}" in result.err
    assert snapshot(folder) == before


# -- 3. the key file's values are checked, and a weak one is rewrapped ------------------------


def _weaken(folder: Path, data_key: bytes, passphrase: str = PASSPHRASE) -> None:
    header = KeyHeader.load(folder / "recoverydesk-key.json")
    weak = header.rewrapped(data_key, passphrase, KdfParams(time_cost=1, parallelism=1))
    weak.save(folder / "recoverydesk-key.json")


def test_a_weaker_key_file_is_rewrapped_at_the_floor_on_unlock(created_vault):
    folder, recovery_key = created_vault
    _weaken(folder, parse_recovery_key(recovery_key))
    Vault(folder).unlock(PASSPHRASE)
    assert KeyHeader.load(folder / "recoverydesk-key.json").kdf.time_cost >= MIN_TIME_COST


def test_a_new_passphrase_after_the_recovery_key_is_never_below_the_floor(created_vault):
    folder, recovery_key = created_vault
    _weaken(folder, parse_recovery_key(recovery_key))
    vault = Vault(folder)
    vault.unlock_with_recovery_key(recovery_key)
    vault.change_passphrase("a brand new long passphrase")
    vault.lock()
    assert KeyHeader.load(folder / "recoverydesk-key.json").kdf.time_cost >= MIN_TIME_COST
    Vault(folder).unlock("a brand new long passphrase")


@pytest.mark.parametrize("asked", [
    {"time_cost": 1_000_000}, {"memory_cost_kib": 4 * 1024 * 1024}, {"parallelism": 1000},
    {"time_cost": 0},
    # Each within its own bound, but together minutes of work (1 GiB, 64 passes).
    {"memory_cost_kib": 1024 * 1024, "time_cost": 64},
    {"memory_cost_kib": 256 * 1024, "time_cost": 32},
])
def test_a_key_file_asking_for_too_much_or_too_little_is_refused_at_once(
        created_vault, asked):
    folder, _ = created_vault
    path = folder / "recoverydesk-key.json"
    header = json.loads(path.read_text())
    header["kdf"].update(asked)
    path.write_text(json.dumps(header))
    before = snapshot(folder)
    with pytest.raises(DamagedVaultError, match="key settings outside"):
        Vault(folder).unlock(PASSPHRASE)
    assert snapshot(folder) == before


@pytest.mark.parametrize("damage", ["vault_id", "key_check"])
def test_a_damaged_key_file_that_still_reads_does_not_block_the_recovery_key(
        created_vault, damage):
    folder, recovery_key = created_vault
    path = folder / "recoverydesk-key.json"
    header = json.loads(path.read_text())
    if damage == "vault_id":
        header["vault_id"] = "0" * 32
    else:
        check = bytearray(__import__("base64").b64decode(header["key_check"]["ciphertext"]))
        check[0] ^= 0xFF
        header["key_check"]["ciphertext"] = __import__("base64").b64encode(check).decode()
    path.write_text(json.dumps(header))
    damaged = path.read_bytes()
    vault = Vault(folder)
    vault.unlock_with_recovery_key(recovery_key)
    assert vault.needs_new_passphrase
    vault.change_passphrase("after the damage, a new passphrase")
    vault.lock()
    assert (folder / "recoverydesk-key.json.damaged").read_bytes() == damaged
    Vault(folder).unlock("after the damage, a new passphrase")
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock_with_recovery_key("F" * 64)


# -- 4. errors by cause: see test_storage_errors.py; a damaged file is not "disk full" --------


def test_errors_by_cause_have_their_own_codes():
    from recoverydesk.storage import errors

    kinds = [errors.DamagedVaultError, errors.WrongPassphraseError, errors.DiskFullError,
             errors.ReadOnlyError, errors.VaultBusyError, errors.PermissionDeniedError,
             errors.NotAVaultError, errors.DiskError]
    assert len({kind.exit_code for kind in kinds}) == len(kinds)
    assert len({kind.kind for kind in kinds}) == len(kinds)


# -- 5. PDFs: no print system, owner-only from the first byte ---------------------------------


def test_the_safety_plan_pdf_uses_no_print_system_and_is_never_chmodded(tmp_path):
    out = tmp_path / "plan.pdf"
    probe = f"""
import os, sys
os.umask(0)
chmods = []
sys.addaudithook(lambda event, args: chmods.append(args) if event == "os.chmod" else None)
from recoverydesk.reports.pdf import write_safety_plan
from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions
from recoverydesk.safety_plan import SafetyPlan
write_safety_plan(SafetyPlan(), [], PlanDocumentOptions(), {str(out)!r})
print("QtPrintSupport" in " ".join(sys.modules), [c for c in chmods if {str(out)!r} in str(c)])
"""
    done = subprocess.run([PYTHON, "-c", probe], env=child_env(), capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.split() == ["False", "[]"], done.stdout + done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")


# -- 6. the command line: one line and exit 2 for bad input -----------------------------------


@pytest.mark.parametrize("argv", [
    ["checkin", "--urge", "self-harm=²"],
    ["checkin", "--urge", "self-harm=٣"],
    ["checkin", "--mood", "²"],
    ["checkin", "--at", "0001-01-01T00:00"],
    ["checkin", "--at", "9999-12-31T23:59"],
    ["journal", "list", "--limit", "99999999999999999999999"],
    ["journal", "search", "x", "--limit", "-1"],
    ["goals", "review", "99999999999999999999999", "--note", "x"],
    ["report", "--from", "0001-01-01", "--to", "2026-01-01", "--section", "summary",
     "--out", "r.pdf"],
    ["checkin", "--passphrase-fd", "99999999999999999999"],
    ["checkin", "--note", "bad \udcff byte"],
])
def test_bad_command_line_input_is_one_line_and_exit_2(created_vault, argv):
    folder, _ = created_vault
    result = run_cli([*argv, "--data-dir", str(folder)], secret=None)
    assert result.code == 2, result.err
    assert result.one_line_message(), result.err


def test_invalid_utf8_on_stdin_is_one_line_and_exit_2(created_vault):
    folder, _ = created_vault
    result = run_cli(["journal", "add", "--data-dir", str(folder)], stdin=b"caf\xe9 \xff\n")
    assert result.code == 2
    assert "isn't UTF-8" in result.err
    assert result.one_line_message()


def test_init_data_dir_naming_a_file_is_one_line_and_exit_2(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    result = run_cli(["init", "--data-dir", str(a_file)])
    assert result.code == 2, result.err
    assert result.one_line_message(), result.err
    assert a_file.read_text() == "mine"


def test_a_closed_stdout_is_one_line_not_a_traceback(created_vault):
    folder, _ = created_vault
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    write_every_kind(vault.connection, "listing")
    vault.lock()
    read, write = os.pipe()
    os.close(read)
    done = subprocess.run([PYTHON, "-m", "recoverydesk", "journal", "list", "--data-dir",
                           str(folder), "--passphrase-fd", "0"], input=PASSPHRASE.encode(),
                          stdout=write, stderr=subprocess.PIPE, env=child_env(), timeout=120,
                          check=False)
    os.close(write)
    err = done.stderr.decode()
    assert "Traceback" not in err, err
    assert done.returncode == 2, err
    assert len([line for line in err.splitlines() if line.strip()]) == 1, err


# -- 7. smaller leaks ----------------------------------------------------------------------------


def test_a_deleted_journal_entry_leaves_no_words_in_any_page(unlocked_vault):
    from recoverydesk.storage.journal_store import JournalStore

    store = JournalStore(unlocked_vault.connection)
    for i in range(30):
        store.add(f"kept {i}", "ordinary words " * 30, [], __import__("datetime").datetime.now())
    doomed = store.add("to go", "zebracanary quokkacanary gone", [],
                       __import__("datetime").datetime.now())
    store.delete(doomed)
    key = bytes(unlocked_vault._unlocked_key())
    folder = unlocked_vault.paths.folder
    for page in decrypted_pages(folder, key):
        assert b"zebracanary" not in page
        assert b"quokkacanary" not in page
    assert any(b"ordinary words" in page for page in decrypted_pages(folder, key))


def test_a_wrong_key_never_folds_a_leftover_wal_in(crashed_template, tmp_path):
    import shutil

    folder = tmp_path / "vault"
    shutil.copytree(crashed_template[0], folder)
    # With the key file gone, only the database can tell a wrong recovery key.
    (folder / "recoverydesk-key.json").unlink()
    before = snapshot(folder)
    assert (folder / "recoverydesk.db-wal").stat().st_size > 0
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock_with_recovery_key("A" * 64)
    assert snapshot(folder) == before


def test_only_allowlisted_system_keychains_are_trusted():
    from keyring.backend import KeyringBackend

    from recoverydesk.storage.keychain import Keychain, is_secure_backend

    class PlaintextFileKeyring(KeyringBackend):  # high priority, from no system keychain
        priority = 10

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be used")

        def delete_password(self, service, username):
            pass

    assert not is_secure_backend(PlaintextFileKeyring())
    assert not Keychain(PlaintextFileKeyring()).status().available


def test_init_leaves_a_shared_folder_alone_and_retightens_its_own(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    assert run_cli(["init", "--data-dir", str(shared)]).code == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777

    own = tmp_path / "own"
    assert run_cli(["init", "--data-dir", str(own)]).code == 0
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    own.chmod(0o755)
    assert run_cli(["check", "--data-dir", str(own)]).code == 0
    assert stat.S_IMODE(own.stat().st_mode) == 0o700


def test_a_deeply_nested_device_file_gives_defaults_and_the_lock_screen(tmp_path):
    from recoverydesk import settings
    from recoverydesk.storage.settings_store import DeviceSettings

    path = tmp_path / "device.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    device = DeviceSettings(path)
    assert device.get(settings.COUNTRY) == ""
    assert device.problem
    assert "has not changed the file" in device.problem
    path.write_text(json.dumps({"crisis_country": {"nested": ["x"]}}))
    assert DeviceSettings(path).get(settings.COUNTRY) == ""
    before = path.read_bytes()
    untrusted = DeviceSettings(path)
    untrusted.set(settings.COUNTRY, "GB")
    assert (tmp_path / "device.json.unreadable").read_bytes() == before
    assert DeviceSettings(path).get(settings.COUNTRY) == "GB"


def test_core_dumps_are_off_from_the_start(tmp_path):
    probe = f"""
import resource
from recoverydesk.__main__ import main
main(["check", "--data-dir", {str(tmp_path / "none")!r}])
print(resource.getrlimit(resource.RLIMIT_CORE))
"""
    done = subprocess.run([PYTHON, "-c", probe], env=child_env(), capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "(0, 0)"


def test_on_windows_a_crash_is_kept_out_of_windows_error_reporting():
    from recoverydesk.__main__ import (
        SEM_FAILCRITICALERRORS,
        SEM_NOGPFAULTERRORBOX,
        no_windows_error_reports,
    )

    class Kernel32:  # what ctypes.WinDLL("kernel32") gives on Windows, for the two calls made
        mode = 0x8000  # SEM_NOOPENFILEERRORBOX, set by someone before us: it must stay

        def GetErrorMode(self):
            return self.mode

        def SetErrorMode(self, mode):
            previous, self.mode = self.mode, mode
            return previous

    kernel32 = Kernel32()
    no_windows_error_reports(kernel32)
    assert kernel32.mode == 0x8000 | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    assert SEM_NOGPFAULTERRORBOX == 0x0002  # the documented value (Microsoft Learn)


def test_the_editor_folder_is_removed_whole_backup_files_included(created_vault, tmp_path,
                                                                  monkeypatch):
    folder, _ = created_vault
    seen = tmp_path / "seen.txt"
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\necho "$1" > {seen}\necho "written in the editor" > "$1"\n'
                      'echo "old words" > "$1~"\necho swap > "$(dirname "$1")/.entry.md.swp"\n')
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    result = run_cli(["journal", "add", "--data-dir", str(folder)])
    assert result.code == 0, result.err
    used = Path(seen.read_text().strip())
    assert not used.exists()
    assert not used.parent.exists()


def test_a_damaged_wal_is_reported_not_silently_dropped(crashed_template, tmp_path):
    import shutil

    folder = tmp_path / "vault"
    shutil.copytree(crashed_template[0], folder)
    wal = folder / "recoverydesk.db-wal"
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100] ^= 0x01  # inside the first frame; later frames commit
    wal.write_bytes(bytes(data))
    before = snapshot(folder)
    result = run_cli(["check", "--data-dir", str(folder)])
    assert result.code == 5, result.err
    assert "would lose them" in result.err
    assert snapshot(folder) == before
