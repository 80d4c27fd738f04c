"""Fixtures for the reliability suite: a filled vault made once per module, copied per case."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.reliability.support import write_every_kind


@pytest.fixture(scope="module")
def template_vault(tmp_path_factory):
    """A locked vault with a few of every record kind (several pages); (folder, recovery key)."""
    from recoverydesk.storage.vault import Vault

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault = Vault(folder)
    recovery_key = vault.create(PASSPHRASE, FLOOR_KDF)
    for i in range(6):
        write_every_kind(vault.connection, f"filler {i} " + "words " * 40)
    vault.lock()
    return folder, recovery_key


@pytest.fixture(scope="module")
def crashed_template(tmp_path_factory, template_vault):
    """The vault as a crash leaves it: committed changes still in the WAL."""
    from recoverydesk.storage.vault import Vault

    source, recovery_key = template_vault
    folder = tmp_path_factory.mktemp("crashed") / "vault"
    shutil.copytree(source, folder)
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    for i in range(3):
        write_every_kind(vault.connection, f"after the checkpoint {i}")
    copy = tmp_path_factory.mktemp("crashed-copy") / "vault"
    shutil.copytree(folder, copy)  # while open: the WAL is as a power cut would leave it
    vault.lock()
    assert (copy / "recoverydesk.db-wal").stat().st_size > 0
    return copy, recovery_key


def _mount_tmpfs(folder, size: str) -> bool:
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], capture_output=True, check=False)
    return done.returncode == 0


def _unmount(folder) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def small_filesystem(tmp_path):
    """A 4 MiB filesystem of its own (tmpfs; needs root, as in the project's CI container)."""
    import os

    folder = tmp_path / "small"
    if os.geteuid() != 0 or not _mount_tmpfs(folder, "4m"):
        pytest.skip("no way to mount a small filesystem here")
    yield folder
    _unmount(folder)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nothing can be written in: a read-only mount as root (root ignores folder
    permissions), else a 0500 folder."""
    import os
    import subprocess

    folder = tmp_path / "read-only"
    if os.geteuid() == 0:
        if not _mount_tmpfs(folder, "1m"):
            pytest.skip("no way to mount a read-only filesystem here")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
        _unmount(folder)
        return
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)
