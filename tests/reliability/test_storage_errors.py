"""A full disk, a read-only folder, another process writing: each its own message and exit
code, and what was saved before is intact."""

from __future__ import annotations

import subprocess
import textwrap

import pytest

from recoverydesk.storage import database
from recoverydesk.storage.errors import DiskFullError
from recoverydesk.storage.journal_store import JournalStore
from recoverydesk.storage.recovery_key import parse_recovery_key
from recoverydesk.storage.vault import Vault
from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.reliability.support import run_cli
from tests.support.subprocess_env import PYTHON, child_env


def _vault_with_entry(folder) -> str:
    vault = Vault(folder)
    recovery_key = vault.create(PASSPHRASE, FLOOR_KDF)
    JournalStore(vault.connection).add("before", "saved before the trouble", [],
                                       __import__("datetime").datetime.now())
    vault.lock()
    return recovery_key


def _entries(folder) -> list[str]:
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    try:
        return [e.title for e in JournalStore(vault.connection).page(100)]
    finally:
        vault.lock()


def _fill(folder) -> None:
    import os

    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    if os.write(fd, b"\0" * size) < size:
                        break
                except OSError:
                    break
    finally:
        os.close(fd)


def test_a_full_disk_while_unlocked_is_disk_full_and_loses_nothing(small_filesystem):
    folder = small_filesystem / "vault"
    _vault_with_entry(folder)
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    _fill(small_filesystem)
    store = JournalStore(vault.connection)
    with pytest.raises(DiskFullError, match="disk is full"):
        for i in range(2000):
            store.add(f"more {i}", "words " * 500, [], __import__("datetime").datetime.now())
    vault.lock()
    (small_filesystem / "filler").unlink()
    assert "before" in _entries(folder)


def test_a_full_disk_at_the_command_line_is_exit_8(small_filesystem):
    folder = small_filesystem / "vault"
    _vault_with_entry(folder)
    _fill(small_filesystem)
    result = run_cli(["journal", "add", "words " * 2000, "--data-dir", str(folder)])
    assert result.code == 8, result.err
    assert result.one_line_message()
    assert "disk is full" in result.err
    (small_filesystem / "filler").unlink()
    assert _entries(folder)[-1] == "before" or "before" in _entries(folder)


def test_a_write_past_the_file_size_limit_is_one_line_and_loses_nothing(tmp_path):
    """RLIMIT_FSIZE, the way to make a write fail that needs no mount (so it runs on any
    machine): SQLite reports it as an I/O error, told as the disk's error (exit 13)."""
    import os
    import resource
    import signal

    folder = tmp_path / "vault"
    _vault_with_entry(folder)
    limit = 64 * 1024  # the entry's pages alone need more in the WAL

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    read_end, write_end = os.pipe()
    os.write(write_end, (PASSPHRASE + "\n").encode())
    os.close(write_end)
    try:
        result = subprocess.run(
            [PYTHON, "-m", "recoverydesk", "journal", "add", "more words " * 10_000,
             "--data-dir", str(folder), "--passphrase-fd", str(read_end)],
            capture_output=True, text=True, env=child_env(), pass_fds=(read_end,),
            preexec_fn=small_files, timeout=120, check=False)
    finally:
        os.close(read_end)
    assert result.returncode in (8, 13), result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert "Everything saved before is safe" in result.stderr
    assert _entries(folder) == ["before"]


def test_a_read_only_folder_is_exit_9(read_only_folder, tmp_path):
    import os

    if os.geteuid() != 0:
        pytest.skip("needs a read-only mount (the folder is made before it is read-only)")
    subprocess.run(["mount", "-o", "remount,rw", str(read_only_folder)], check=True)
    folder = read_only_folder / "vault"
    _vault_with_entry(folder)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_folder)], check=True)
    result = run_cli(["checkin", "--mood", "3", "--data-dir", str(folder)])
    assert result.code == 9, result.err
    assert result.one_line_message()
    assert "can only be read" in result.err
    subprocess.run(["mount", "-o", "remount,rw", str(read_only_folder)], check=True)
    assert "before" in _entries(folder)


def test_another_process_holding_the_write_lock_is_exit_10(data_dir, monkeypatch):
    recovery_key = _vault_with_entry(data_dir)
    key = parse_recovery_key(recovery_key).hex()
    holder = textwrap.dedent(f"""
        import sqlcipher3, sys
        conn = sqlcipher3.connect({str(data_dir / "recoverydesk.db")!r}, isolation_level=None)
        conn.execute("PRAGMA key = \\"x'{key}'\\"")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO settings VALUES ('holder', '1')")
        print("holding", flush=True)
        sys.stdin.read()
    """)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.5)
    with subprocess.Popen([PYTHON, "-c", holder], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, env=child_env(), text=True) as other:
        try:
            assert other.stdout.readline().strip() == "holding"
            result = run_cli(["checkin", "--mood", "3", "--data-dir", str(data_dir)])
        finally:
            other.kill()
    assert result.code == 10, result.err
    assert result.one_line_message()
    assert "busy" in result.err
    assert "before" in _entries(data_dir)
