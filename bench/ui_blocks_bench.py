"""The large profile through the real window: the longest UI-thread block (bench/heartbeat.py)
at 100,000 journal entries and 50,000 check-ins (bench/corpus.py builds the vault once and
caches it). Prints; asserts nothing. Run offscreen: QT_QPA_PLATFORM=offscreen.

Steps: unlock (Enter → first page painted); opening each page (first time, when it is built,
and again); each keystroke of typing a search word, and the time from the last keystroke to
its results; scrolling the journal list to its end; Insights on the whole range.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from heartbeat import Heartbeat, Step  # noqa: E402

TARGET_MS = 100
TYPING_GAP_MS = 120  # a quick typist
SEARCH_WORD = corpus.SEARCH_WORDS[5]


def _row(label: str, step: Step, extra: str = "") -> str:
    mark = "" if step.finished else "  (did not finish)"
    line = (f"  {label:<46}: longest block {step.longest_block_ms:6.0f} ms "
            f"(UI thread CPU {step.ui_cpu_ms:.0f} ms){extra}{mark}")
    print(line, file=sys.stderr, flush=True)  # progress, as the steps go
    return line


def _wait(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(journal_only: bool = False) -> int:
    """``journal_only`` (``--journal``): unlock, then only the Journal's steps and the store's
    search times (the quick loop while working on the journal)."""
    faulthandler.enable()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from recoverydesk.ui.controller import AppController
    from recoverydesk.ui.shell.main_window import MainWindow
    from recoverydesk.ui.shell.sections import PAGES

    source = corpus.large_vault_folder()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        shutil.copytree(source, folder)  # the cached vault stays as it was built
        app = QApplication.instance() or QApplication([])
        controller = AppController(folder)
        window = MainWindow(controller)
        window.resize(1100, 760)
        window.show()
        # A person reads the lock screen and types for a few seconds before Enter: the
        # passphrase is entered 2 s after the window has painted (and loaded the storage
        # code in the background, MainWindow.listen_to_app_events), not in the same instant.
        while not window.listening:
            _wait(app, 10)
        _wait(app, 2000)
        beat = Heartbeat()
        lines = []

        def enter_passphrase():
            window.lock_view.secret_edit.setText(corpus.LARGE_PASSPHRASE)
            QTest.keyClick(window.lock_view.secret_edit, Qt.Key.Key_Return)

        unlock = beat.measure(enter_passphrase,
                              until=lambda: window.shell is not None and window.shell.isVisible()
                              and window.shell.is_built(PAGES[0].title)
                              and not window.shell.pages.currentWidget().busy())
        lines.append(_row("unlock: Enter → first page painted", unlock,
                          f", {unlock.wall_ms:.0f} ms in all (KDF included)"))
        shell = window.shell
        worst = [unlock]
        # The bench gives no input for minutes at a time (scrolling 100,000 rows under load):
        # the app's auto-lock would lock the vault and delete the list it scrolls (the
        # segfault in scrollToBottom of earlier runs, a deleted view). Held, as a running
        # exercise holds it.
        window.idle.hold("bench")

        def page_ready(title):
            """Built and filled: cards still being added over turns (Skills) or figures on
            their way from the runner (Today, Journal) count as part of opening it."""
            page = shell.pages.currentWidget()
            if title == "Insights":
                return getattr(page, "charts_ready", True)
            return not any(getattr(page, name, lambda: False)() for name in ("busy", "building"))

        titles = [p.title for p in PAGES[1:]] + [PAGES[0].title]
        for title in ["Journal"] if journal_only else titles:
            first = beat.measure(lambda t=title: shell.show_page(t),
                                 until=lambda t=title: page_ready(t), settle_ms=200)
            shell.show_page(PAGES[0].title if title != PAGES[0].title else PAGES[1].title)
            _wait(app, 100)
            again = beat.measure(lambda t=title: shell.show_page(t),
                                 until=lambda t=title: page_ready(t), settle_ms=200)
            worst += [first, again]
            lines.append(_row(f"open {title} (first / again)", first,
                              f" / {again.longest_block_ms:.0f} ms (CPU {again.ui_cpu_ms:.0f})"))

        journal_step = beat.measure(lambda: shell.show_page("Journal"),
                                    until=lambda: not shell.pages.currentWidget().busy())
        journal = shell.pages.currentWidget()
        keys = []
        for letter in SEARCH_WORD:
            keys.append(beat.measure(lambda ch=letter: QTest.keyClicks(journal.search, ch),
                                     settle_ms=TYPING_GAP_MS))
        results = beat.measure(lambda: None, until=lambda: not journal.busy(), settle_ms=0)
        worst += [journal_step, *keys, results]
        slowest = max(keys, key=lambda s: s.longest_block_ms)
        lines.append(_row(f"typing \u201c{SEARCH_WORD}\u201d, worst keystroke", slowest,
                          f"; results {results.wall_ms:.0f} ms after the last key "
                          f"({journal.model.rowCount()} shown)"))

        journal.search.clear()
        beat.measure(lambda: None, until=lambda: not journal.busy())
        listing, model = journal.list, journal.model

        def scrolled_to_end() -> bool:
            listing.scrollToBottom()  # the list fetches the next page when it gets there
            return not model.canFetchMore()

        # Between checks the event loop runs: the beat sees each page fetched and laid out.
        scrolled = beat.measure(lambda: None, until=scrolled_to_end, timeout_s=600)
        worst.append(scrolled)
        lines.append(_row("scroll the journal list to its end", scrolled,
                          f", {model.rowCount():,} rows in {scrolled.wall_ms / 1000:.1f} s"))

        if not journal_only:
            worst.append(_whole_range_insights(shell, beat, lines))
        controller.lock()
        window.close()
        searches = _search_times(folder)

    print(f"Large profile: {corpus.LARGE_ENTRIES:,} journal entries, "
          f"{corpus.LARGE_CHECKINS:,} check-ins (longest UI-thread block, target "
          f"< {TARGET_MS} ms each; 1 ms heartbeat)")
    for line in lines:
        print(line)
    print(f"  worst of all steps: {max(s.longest_block_ms for s in worst):.0f} ms")
    print(f"  journal search, store alone (100 searches of 1–2 words; target p95 < 50 ms): "
          f"median {statistics.median(searches):.1f} ms, p95 {_p95(searches):.1f} ms")
    return 0


def _whole_range_insights(shell, beat, lines):
    from PySide6.QtCore import QDate

    shell.show_page("Insights")
    insights = shell.pages.currentWidget()
    beat.measure(lambda: None, until=lambda: insights.charts_ready, timeout_s=120)

    def whole_range():
        insights.first_edit.setDate(QDate(corpus.START.date()))
        insights.last_edit.setDate(QDate(date.today()))

    charts = beat.measure(whole_range, until=lambda: insights.charts_ready, timeout_s=300)
    lines.append(_row("Insights on the whole range (10 years)", charts,
                      f", charts in {charts.wall_ms / 1000:.1f} s"))
    return charts


def _search_times(folder: Path) -> list[float]:
    """Milliseconds per search, as bench/logging_bench.py searches, at 100,000 entries."""
    import random
    import time

    from recoverydesk.storage.journal_store import JournalStore
    from recoverydesk.storage.vault import Vault

    vault = Vault(folder)
    vault.unlock(corpus.LARGE_PASSPHRASE)
    journal, rng, times = JournalStore(vault.connection), random.Random(3), []
    for _ in range(100):
        words = " ".join(rng.sample(corpus.SEARCH_WORDS, rng.randint(1, 2)))
        start = time.perf_counter()
        journal.search(words)
        times.append((time.perf_counter() - start) * 1000)
    vault.lock()
    return times


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    sys.exit(main(journal_only="--journal" in sys.argv[1:]))
