"""Logging figures: check-in saves, in-app search, opening the journal, and the command line
next to jrnl's on the same generated journal. Prints; asserts nothing.

jrnl (PyPI `jrnl`, version pinned below) is installed into its own virtual environment under
bench/out/ the first time; its password goes into a keyring (keyrings.alt's file backend in a
throwaway folder, as this machine has no desktop keychain).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

JRNL_VERSION = "4.6"
JRNL_VENV = HERE / "out" / "jrnl-venv"
PASSPHRASE = "bench passphrase of several words"
SIZES = (1_000, 10_000, 100_000)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def fill_vault(folder: Path, entries: int, checkins: int, kdf):
    from recoverydesk.storage.checkin_store import CheckInStore
    from recoverydesk.storage.database import transaction
    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.vault import Vault

    vault = Vault(folder)
    vault.create(PASSPHRASE, kdf)
    conn = vault.connection
    journal = JournalStore(conn)
    with transaction(conn):
        for at, title, body, tags in corpus.journal_entries(entries):
            journal.add(title, body, tags, at)
    store = CheckInStore(conn)
    conn.execute("PRAGMA synchronous = OFF")  # generating only; every open sets FULL again
    for checkin in corpus.checkins(checkins):
        store.save(checkin)
    conn.execute("PRAGMA synchronous = FULL")
    vault.lock()


def in_app_figures(folder: Path) -> dict:
    import random

    from recoverydesk.checkin import CheckIn, Urge
    from recoverydesk.storage.checkin_store import CheckInStore
    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.vault import Vault

    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    store = CheckInStore(vault.connection)
    saves = []
    for i in range(200):
        checkin = CheckIn(at=datetime.now(UTC).replace(microsecond=0), mood=i % 6,
                          urges=(Urge("self-harm", i % 6),), emotions={"sadness": 2},
                          skills=frozenset({"TIPP"}), note="bench")
        start = time.perf_counter()
        store.save(checkin)
        saves.append(time.perf_counter() - start)
    journal = JournalStore(vault.connection)
    rng = random.Random(3)
    searches = []
    for _ in range(100):
        words = " ".join(rng.sample(corpus.SEARCH_WORDS, rng.randint(1, 2)))
        start = time.perf_counter()
        journal.search(words)
        searches.append(time.perf_counter() - start)
    vault.lock()
    return {"save": saves, "search": searches}


def journal_page_open(folder: Path) -> list[float]:
    code = textwrap.dedent(f"""
        import os, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from recoverydesk.storage.keyheader import KdfParams
        from recoverydesk.ui.controller import AppController
        from recoverydesk.ui.pages.journal import JournalPage
        app = QApplication([])
        controller = AppController({str(folder)!r})
        controller.vault.unlock({PASSPHRASE!r})
        for _ in range(5):
            start = time.perf_counter()
            page = JournalPage(controller)
            page.resize(1000, 700)
            page.show()
            app.processEvents()
            page.repaint()
            print(time.perf_counter() - start)
            page.close()
            page.deleteLater()
            app.processEvents()
        controller.vault.lock()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return [float(x) for x in out.split()]


def measure(cmd, env=None, pass_fds=()) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one whole process."""
    result = subprocess.run([sys.executable, "-S", str(HERE / "peak.py"), *cmd], env=env,
                            capture_output=True, text=True, pass_fds=pass_fds, check=True)
    elapsed, peak_kib, code = result.stdout.split()[-3:]
    if int(code) != 0:
        raise RuntimeError(f"{cmd[:4]} failed: {result.stderr[-500:]}")
    return float(elapsed), int(peak_kib) / 1024


def median_run(run, times: int = 3) -> tuple[float, float]:
    """The median wall time and the largest peak memory of a few runs of one command."""
    results = [run() for _ in range(times)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def ours(folder: Path, *args) -> tuple[float, float]:
    read_end, write_end = os.pipe()
    os.write(write_end, (PASSPHRASE + "\n").encode())
    os.close(write_end)
    try:
        return measure([sys.executable, "-m", "recoverydesk", *args, "--data-dir", str(folder),
                        "--passphrase-fd", str(read_end)], pass_fds=(read_end,))
    finally:
        os.close(read_end)


def ensure_jrnl() -> Path:
    python = JRNL_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"jrnl=={JRNL_VERSION}",
                        "keyrings.alt"], check=True)
    return python


def make_jrnl(python: Path, folder: Path, count: int) -> tuple[list[str], dict]:
    folder.mkdir(parents=True)
    journal = folder / "journal.txt"
    config = folder / "jrnl.yaml"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               XDG_DATA_HOME=str(folder / "data"), HOME=str(folder))
    (folder / "plain.txt").write_text(corpus.plain_jrnl_text(count), "utf-8")
    setup = textwrap.dedent(f"""
        import keyring
        from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
        enc = Jrnlv3Encryption("default", {{}})
        enc.password = {PASSPHRASE!r}
        text = open({str(folder / "plain.txt")!r}, encoding="utf-8").read()
        open({str(journal)!r}, "wb").write(enc.encrypt(text))
        keyring.set_password("jrnl", "default", {PASSPHRASE!r})
    """)
    subprocess.run([str(python), "-c", setup], env=env, check=True)
    (folder / "plain.txt").unlink()
    config.write_text(textwrap.dedent(f"""
        colors: {{body: none, date: none, tags: none, title: none}}
        default_hour: 9
        default_minute: 0
        editor: ''
        encrypt: true
        highlight: false
        indent_character: '|'
        journals:
          default:
            journal: {journal}
            encrypt: true
        linewrap: 79
        tagsymbols: '#@'
        template: false
        timeformat: '%F %r'
        version: v{JRNL_VERSION}
    """), "utf-8")
    return [str(python), "-m", "jrnl", "--config-file", str(config)], env


def main() -> None:
    from recoverydesk.storage.keyheader import calibrate, time_kdf

    kdf = calibrate()
    kdf_seconds = time_kdf(kdf)
    work = Path(tempfile.mkdtemp(prefix="rd-bench-"))
    try:
        print("Generating a 10-year vault (20,000 journal entries, 30,000 check-ins)…",
              file=sys.stderr)
        big = work / "ten-years"
        fill_vault(big, 20_000, 30_000, kdf)
        figures = in_app_figures(big)
        opens = journal_page_open(big)
        ms = 1000
        print("\nLogging (10-year vault: 20,000 journal entries, 30,000 check-ins)")
        print(f"  check-in save, durable commit (target p95 < 10 ms): "
              f"median {statistics.median(figures['save']) * ms:.2f} ms, "
              f"p95 {percentile(figures['save'], 0.95) * ms:.2f} ms (200 saves)")
        print(f"  in-app journal search (target p95 < 50 ms)        : "
              f"median {statistics.median(figures['search']) * ms:.2f} ms, "
              f"p95 {percentile(figures['search'], 0.95) * ms:.2f} ms (100 searches)")
        print(f"  opening the journal page                          : "
              f"median {statistics.median(opens) * ms:.0f} ms (5 opens)")

        python = ensure_jrnl()
        print(f"\nCommand line vs jrnl {JRNL_VERSION} (same generated entries; median wall time "
              "of 3 runs, largest peak memory)")
        print(f"  our unlock KDF alone: {kdf_seconds * ms:.0f} ms "
              f"(Argon2id {kdf.memory_cost_kib // 1024} MiB, {kdf.time_cost} passes)")
        print(f"  {'entries':>8}  {'ours search':>18}  {'jrnl search':>18}  "
              f"{'ours add':>18}  {'jrnl add':>18}  KDF share of ours")
        for count in SIZES:
            folder = work / f"ours-{count}"
            fill_vault(folder, count, 0, kdf)
            word = corpus.SEARCH_WORDS[0]
            our_search = median_run(lambda f=folder, w=word: ours(f, "journal", "search", w))
            our_add = median_run(lambda f=folder: ours(f, "journal", "add", "A short note."))
            jrnl_cmd, env = make_jrnl(python, work / f"jrnl-{count}", count)
            jrnl_search = median_run(lambda c=jrnl_cmd, e=env, w=word: measure(
                [*c, "-contains", w], env=e))
            jrnl_add = median_run(lambda c=jrnl_cmd, e=env: measure([*c, "A short note."],
                                                                      env=e))
            # The KDF timed again here, in the same conditions as the runs just made.
            kdf_now = statistics.median(time_kdf(kdf, runs=1) for _ in range(3))
            share = kdf_now / our_search[0]
            print(f"  {count:>8}  {our_search[0]:6.2f} s {our_search[1]:6.0f} MiB  "
                  f"{jrnl_search[0]:6.2f} s {jrnl_search[1]:6.0f} MiB  "
                  f"{our_add[0]:6.2f} s {our_add[1]:6.0f} MiB  "
                  f"{jrnl_add[0]:6.2f} s {jrnl_add[1]:6.0f} MiB  {share:5.0%} "
                  f"({kdf_now * ms:.0f} ms)")
    finally:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
