"""Backup and restore figures on a large vault: writing a checked backup (time and size),
checking one (the preview a restore shows first), and restoring it in place and into a new
folder. Prints; asserts nothing.

``python bench/backup_bench.py [VAULT_DIR]``: with a folder, that vault is used (its
passphrase is logging_bench.PASSPHRASE, as logging_bench-built vaults have); without, the
large profile (bench/corpus.py: 100,000 journal entries, 50,000 check-ins, built once and
cached under ~/.cache/recoverydesk-bench/). Either way the vault is copied first: the cached
one is never changed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import LARGE_PASSPHRASE, large_vault_folder  # noqa: E402
from insights_bench import timed  # noqa: E402
from logging_bench import PASSPHRASE  # noqa: E402


def main(argv: list[str]) -> None:
    from recoverydesk.storage import backup
    from recoverydesk.storage.keyheader import KdfParams
    from recoverydesk.storage.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="rd-backup-bench-"))
    try:
        if argv:
            source, passphrase = Path(argv[0]), PASSPHRASE
        else:
            source, passphrase = large_vault_folder(KdfParams()), LARGE_PASSPHRASE
        print(f"Copying the vault in {source}…", file=sys.stderr)
        folder = work / "vault"
        shutil.copytree(source, folder)
        vault = Vault(folder)
        vault.unlock(passphrase)
        database_bytes = vault.paths.database.stat().st_size
        out = work / "bench.rdbackup"
        made = vault.back_up(out)
        found = backup.read_backup(out)
        key = vault.backup_key(found)
        check_time, shown = timed(lambda: backup.preview(found, key))
        in_place = vault.restore(found, key)
        vault.lock()
        fresh = Vault(work / "elsewhere")
        new_folder = fresh.restore(found, key, passphrase=passphrase)
        fresh.lock()
        counts = ", ".join(f"{n:,} {label}" for label, n in shown.counts.items() if n)
        print(f"\nBackups ({counts})")
        print(f"  back up now (copy, check, write, read back): {made.seconds:.2f} s, "
              f"{made.size_bytes / 2**20:.1f} MiB (database {database_bytes / 2**20:.1f} MiB)")
        print(f"  check a backup (the preview before restore): {check_time}")
        print(f"  restore in place (check, keep the old aside): {in_place.seconds:.2f} s")
        print(f"  restore into a new folder                   : {new_folder.seconds:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
