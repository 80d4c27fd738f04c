"""`make bench`: start-up and unlock figures for this machine. Prints; asserts nothing.

- start-up: wall time from launching the process to its first window shown, for
  RecoveryDesk (at its lock screen, the usual start) and for a bare PySide6 window, in the
  same run, with their ratio;
- unlock: the KDF alone and the whole unlock (KDF, unwrap, open, migrate check), with the
  parameters this machine calibrates to;
- the crisis panel's open time and the safety plan PDF's (bench/panel_and_pdf.py);
- check-in saves, journal search and the command line next to jrnl (bench/logging_bench.py);
- Insights charts, a 12-week report, a full JSON export, a 10,000-entry jrnl import
  (bench/insights_bench.py);
- backup time and size, checking a backup, restore time, on the large profile
  (bench/backup_bench.py).
- the large profile (100,000 entries, 50,000 check-ins, built once and cached): the longest
  UI-thread block of unlocking, each page, typing a search, scrolling the journal and
  Insights on the whole range (bench/ui_blocks_bench.py, harness in bench/heartbeat.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 7


def started_env() -> dict[str, str]:
    """The environment both windows start in: offscreen, and with Python's bytecode cache as
    an installed app has it. (A machine that sets PYTHONDONTWRITEBYTECODE, as this project's
    does, would otherwise compile every module of the app from source at each start, while
    the bare window has almost none to compile; the first, warming start writes the cache.)"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_first_window(cmd: list[str]) -> float:
    env = started_env()
    started = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True,
                         timeout=120).stdout
    shown = next(line for line in out.splitlines() if line.startswith("first-window-shown"))
    return float(shown.split()[1]) - started


def median_of(fn, runs=RUNS) -> tuple[float, float]:
    samples = [fn() for _ in range(runs)]
    return statistics.median(samples), min(samples)


def main() -> int:
    from recoverydesk.storage.keyheader import calibrate, time_kdf
    from recoverydesk.storage.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        passphrase = "bench passphrase of several words"
        print("Calibrating the KDF for this machine…", file=sys.stderr)
        started = time.perf_counter()
        params = calibrate()
        calibration = time.perf_counter() - started
        vault = Vault(folder)
        vault.create(passphrase, params)
        vault.lock()

        app_cmd = [sys.executable, "-m", "recoverydesk", "--data-dir", str(folder),
                   "--quit-after-start"]
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        time_to_first_window(app_cmd)  # warm the file and bytecode caches for both
        time_to_first_window(bare_cmd)
        # Taken in turns, so both see the same moments of a machine whose speed drifts.
        app_runs, bare_runs = [], []
        for _ in range(RUNS):
            app_runs.append(time_to_first_window(app_cmd))
            bare_runs.append(time_to_first_window(bare_cmd))
        app_median, app_best = statistics.median(app_runs), min(app_runs)
        bare_median, bare_best = statistics.median(bare_runs), min(bare_runs)

        kdf_median, kdf_best = median_of(lambda: time_kdf(params, runs=1))

        def unlock_once() -> float:
            opened = Vault(folder)
            start = time.perf_counter()
            opened.unlock(passphrase)
            elapsed = time.perf_counter() - start
            opened.lock()
            return elapsed

        unlock_median, unlock_best = median_of(unlock_once)

    print(f"RecoveryDesk bench  (python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{RUNS} runs each, median / best)")
    print(f"  start-up to first window, app at lock screen : {app_median * 1000:7.0f} ms "
          f"/ {app_best * 1000:.0f} ms")
    print(f"  start-up to first window, bare PySide6 window: {bare_median * 1000:7.0f} ms "
          f"/ {bare_best * 1000:.0f} ms")
    print(f"  ratio app / bare (target at most 1.8)        : {app_median / bare_median:7.2f}")
    print(f"  KDF alone (Argon2id)                         : {kdf_median * 1000:7.0f} ms "
          f"/ {kdf_best * 1000:.0f} ms")
    print(f"  unlock: KDF + unwrap + open (target <= 1 s)  : {unlock_median * 1000:7.0f} ms "
          f"/ {unlock_best * 1000:.0f} ms")
    print(f"  KDF calibration at setup (target < 2 s)      : {calibration * 1000:7.0f} ms")
    print(f"  KDF parameters: argon2id, memory {params.memory_cost_kib // 1024} MiB, "
          f"{params.time_cost} passes, parallelism {params.parallelism}")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(HERE / "panel_and_pdf.py")], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    sys.stdout.flush()
    subprocess.run([sys.executable, str(HERE / "logging_bench.py")], check=True)
    sys.stdout.flush()
    subprocess.run([sys.executable, str(HERE / "insights_bench.py")], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    sys.stdout.flush()
    subprocess.run([sys.executable, str(HERE / "backup_bench.py")], check=True)
    subprocess.run([sys.executable, str(HERE / "ui_blocks_bench.py")], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
