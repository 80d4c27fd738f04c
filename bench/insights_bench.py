"""Insights figures on the large vault (bench/corpus.py: 100,000 journal entries, 50,000
check-ins, built once and cached): charts (the data on the background runner, then each chart
drawn by a helper process), the page in the real window (first paint, all charts ready, and the
longest time the UI thread was blocked meanwhile, from a 1 ms heartbeat: bench/heartbeat.py), a
12-week report with every section (charts by the warm helper as in the app, then all in this
process as the command line does), a full JSON export (time and size), and importing 10,000
jrnl entries. Prints; asserts nothing.

    python bench/insights_bench.py [--vault FOLDER]   # FOLDER: a vault made with the bench
                                                      # passphrase (default: the large one)
    python bench/insights_bench.py --page FOLDER      # the page figures alone
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

PASSPHRASE = corpus.LARGE_PASSPHRASE


class Stopwatch:
    """Wall time and this process's CPU time since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        if wall >= 1:
            return f"{wall:.2f} s (CPU {cpu:.2f} s)"
        return f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)"


def timed(fn):
    """``fn()``'s result, and its time as "N ms (CPU M ms)"."""
    clock = Stopwatch()
    result = fn()
    return str(clock), result


def main(folder: Path | None = None) -> None:
    work = Path(tempfile.mkdtemp(prefix="rd-insights-"))
    try:
        _figures(work, folder or corpus.large_vault_folder())
    finally:
        shutil.rmtree(work)


def _figures(work: Path, source: Path) -> None:
    from recoverydesk.exchange import jrnl, json_format
    from recoverydesk.reports.documents import SECTIONS, report_document
    from recoverydesk.reports.drawing import LIGHT
    from recoverydesk.reports.gather import chart_values, report_content
    from recoverydesk.reports.painter import ChartPainter
    from recoverydesk.reports.pdf import document_pdf_bytes
    from recoverydesk.storage.keyheader import KdfParams
    from recoverydesk.storage.vault import Vault
    from recoverydesk.ui.pages.insights import compute

    folder = work / "vault"
    shutil.copytree(source, folder)  # the cached vault stays as it was built
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    conn = vault.connection
    today = date.today()
    entries, checkins = (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                         for table in ("journal_entries", "checkins"))
    print(f"\nInsights (a copy of the vault at {source}: {entries:,} journal entries, "
          f"{checkins:,} check-ins; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores: wall times stretch with it, CPU times much less)")
    painter = ChartPainter()
    painter.start()
    while not painter.ready():
        time.sleep(0.01)
    for label, weeks, period in (("12 weeks by week", 12, "week"), ("a year by week", 52, "week")):
        first = today - timedelta(weeks=weeks) + timedelta(1)
        took, computed = timed(lambda f=first, p=period: compute(
            chart_values(conn, f, today, p)))
        drawn, _ = timed(lambda c=computed: [future.result() for future in [
            painter.paint(draw, args, LIGHT, width=800, height=240)
            for draw, args, _ in c.values()]])
        print(f"  charts, {label}: data {took} (background runner); drawing all five "
              f"{drawn} (helper processes, wall; this process's CPU in brackets)")
    first = today - timedelta(weeks=12)
    journal_ids = [r[0] for r in conn.execute(
        "SELECT id FROM journal_entries ORDER BY created_at DESC LIMIT 5").fetchall()]
    content = report_content(conn, first, today, set(SECTIONS), journal_ids)
    took, _ = timed(lambda: document_pdf_bytes(report_document(report_content(
        conn, first, today, set(SECTIONS), journal_ids), painter.document_image)))
    print(f"  12-week report, every section, as PDF : {took} (as the app makes it: the charts "
          "drawn by the warm chart helper; target < 3 s)")
    painter.close()
    took, _ = timed(lambda: document_pdf_bytes(report_document(content)))
    print(f"  the same, all in this process         : {took} (as the command line makes it, "
          "importing matplotlib included)")
    out = work / "export.json"
    took, _ = timed(lambda: json_format.export(conn, out))
    print(f"  full JSON export                      : {took}, "
          f"{out.stat().st_size / 2**20:.1f} MiB (target < 5 s)")
    vault.lock()
    # In a process of its own, as a person opening the page: matplotlib not yet imported.
    subprocess.run([sys.executable, __file__, "--page", str(folder)], check=True)

    jrnl_file = work / "jrnl.json"
    entries = [{"title": title, "body": body, "date": at.astimezone().strftime("%Y-%m-%d"),
                "time": at.astimezone().strftime("%H:%M"), "tags": [f"@{t}" for t in tags],
                "starred": False}
               for at, title, body, tags in corpus.journal_entries(10_000, seed=3)]
    jrnl_file.write_text(json.dumps({"tags": {}, "entries": entries}), "utf-8")
    fresh = Vault(work / "fresh")
    fresh.create(PASSPHRASE, KdfParams())

    def import_all():
        plan = jrnl.plan_import(jrnl_file, jrnl.existing_keys(fresh.connection))
        plan.write(fresh.connection)
        return plan

    took, plan = timed(import_all)
    fresh.lock()
    print(f"  importing 10,000 jrnl entries         : {took} "
          f"({plan.counts['journal entries']} added; target < 10 s)")


def page_figures(folder: Path) -> None:
    """Opening Insights in the real window on the large vault: first paint, all charts
    ready, and the longest UI-thread block meanwhile; then the same for a year's range."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from heartbeat import Heartbeat
    from recoverydesk.storage.keyheader import KdfParams
    from recoverydesk.ui.controller import AppController, AppState
    from recoverydesk.ui.shell.main_window import MainWindow
    from recoverydesk.ui.shell.shell_view import CHARTS_WARM_UP_MS as WARM_UP_MS

    def wait_until(predicate, timeout=300.0, quiet=False):
        """Run the event loop as the app does (asleep between events, Python's lock let go)
        until ``predicate()``, looked at every 2 ms: a loop of processEvents() and sleeps would
        itself keep the UI thread busy and slow the runner."""
        loop, check = QEventLoop(), QTimer()
        end = time.perf_counter() + timeout

        def look():
            if predicate() or time.perf_counter() > end:
                loop.quit()

        check.timeout.connect(look)
        check.start(2)
        if not predicate():
            loop.exec()
        check.stop()
        if not predicate() and not quiet:
            raise TimeoutError("the window did not get there in time")

    app = QApplication.instance() or QApplication([])
    controller = AppController(folder, kdf=KdfParams())
    window = MainWindow(controller)
    window.resize(1100, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    controller.unlock(PASSPHRASE)
    wait_until(lambda: controller.state is AppState.UNLOCKED and window.shell is not None)
    heartbeat = Heartbeat()
    heartbeat.start()
    clock = Stopwatch()
    wait_until(controller.charts_warm)  # the chart helpers start a moment after unlocking
    print(f"  chart helpers started, matplotlib loaded in them: {clock} after unlocking (they "
          f"start after {WARM_UP_MS} ms); longest UI-thread block meanwhile {heartbeat.stop()}")
    heartbeat.start()
    clock = Stopwatch()
    window.shell.show_page("Insights")
    page = window.shell.pages.currentWidget()
    page.repaint()
    painted = str(clock)
    wait_until(lambda: page.charts_ready)
    ready = str(clock)
    wait_until(lambda: False, 0.3, quiet=True)  # a redraw the layout asked for would show here
    print(f"  Insights page (12 weeks), first paint {painted}, all charts ready {ready}, "
          f"longest UI-thread block {heartbeat.stop()} (targets: ready < 1 s, block < 100 ms)")
    heartbeat.start()
    clock = Stopwatch()
    page.set_range(52)
    wait_until(lambda: page.charts_ready)
    ready = str(clock)
    wait_until(lambda: False, 0.3, quiet=True)
    print(f"  Insights, a year by week: all charts ready {ready}, longest UI-thread block "
          f"{heartbeat.stop()}")
    controller.shutdown()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--page"]:
        page_figures(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[2]) if sys.argv[1:2] == ["--vault"] else None)
