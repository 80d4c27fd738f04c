"""Insights figures on the large vault: charts (data off the UI thread, then each chart's
drawing, the part on the UI thread), a 12-week report with every section, a full JSON export
(time and size), and importing 10,000 jrnl entries. Prints; asserts nothing."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from logging_bench import PASSPHRASE, fill_vault  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from recoverydesk.exchange import jrnl, json_format
    from recoverydesk.reports.documents import SECTIONS, report_document
    from recoverydesk.reports.gather import insights_data, report_content
    from recoverydesk.reports.pdf import document_pdf_bytes
    from recoverydesk.storage.keyheader import KdfParams
    from recoverydesk.storage.vault import Vault
    from recoverydesk.ui.insights_page import compute

    work = Path(tempfile.mkdtemp(prefix="rd-insights-"))
    print("Generating the large vault (20,000 journal entries, 30,000 check-ins)…",
          file=sys.stderr)
    fill_vault(work / "big", 20_000, 30_000, KdfParams())
    vault = Vault(work / "big")
    vault.unlock(PASSPHRASE)
    conn = vault.connection
    today = date.today()
    print("\nInsights (large vault)")
    for label, weeks, period in (("12 weeks by day", 12, "day"), ("a year by week", 52, "week")):
        first = today - timedelta(weeks=weeks)
        seconds, computed = timed(lambda f=first, p=period: compute(
            insights_data(conn, f, today), p))
        draws = []
        for draw, args, _ in computed.values():
            figure = Figure(figsize=(7, 2.8))
            FigureCanvasAgg(figure)
            draws.append(timed(lambda d=draw, a=args, fig=figure: (d(fig, *a),
                                                                   fig.canvas.draw()))[0])
        print(f"  charts, {label}: data (off the UI thread) {seconds * 1000:.0f} ms; "
              f"drawing all {len(draws)} {sum(draws) * 1000:.0f} ms, the slowest "
              f"{max(draws) * 1000:.0f} ms (target: all ready < 1 s, each step < 100 ms)")
    first = today - timedelta(weeks=12)
    journal_ids = [r[0] for r in conn.execute(
        "SELECT id FROM journal_entries ORDER BY created_at DESC LIMIT 5")]
    seconds, _ = timed(lambda: document_pdf_bytes(report_document(report_content(
        conn, first, today, set(SECTIONS), journal_ids))))
    print(f"  12-week report, every section, as PDF : {seconds:.2f} s (target < 3 s)")
    out = work / "export.json"
    seconds, _ = timed(lambda: json_format.export(conn, out))
    print(f"  full JSON export                      : {seconds:.2f} s, "
          f"{out.stat().st_size / 2**20:.1f} MiB (target < 5 s)")
    vault.lock()

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

    seconds, plan = timed(import_all)
    fresh.lock()
    print(f"  importing 10,000 jrnl entries         : {seconds:.2f} s "
          f"({plan.counts['journal entries']} added; target < 10 s)")


if __name__ == "__main__":
    main()
