"""Insights in the real window: charts drawn off the UI thread with their sentences, the
report checklist, export with its warning, and import with a preview first."""

from __future__ import annotations

import json
import stat
import threading
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPageLayout, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from shiboken6 import isValid

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.goals import Goal, Review
from recoverydesk.reports import drawing, painter
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.dialogs import insights_dialogs
from recoverydesk.ui.dialogs.insights_dialogs import ImportFlow, ReportDialog
from recoverydesk.ui.pages import insights
from recoverydesk.ui.pages.insights import CHARTS
from tests.conftest import PASSPHRASE
from tests.support import slow_charts, stores
from tests.ui.helpers import settle_background, show_page, unlock, wait_for_state

WORKER_DEADLINE_S = 30  # a worker waiting for the test gives up by then, never hangs


def _open(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.checkin_store(window.controller)
    now = datetime.now().astimezone().replace(microsecond=0)
    for days, mood, urge in ((1, 2, 3), (2, 3, 2), (3, 4, 1), (9, 3, 2)):
        store.save(CheckIn(at=now - timedelta(days=days), mood=mood, sleep_hours=7,
                           urges=(Urge("self-harm", urge),), emotions={"sadness": urge}))
    return window


def test_charts_are_drawn_with_a_sentence_and_a_text_alternative(qtbot, open_app,
                                                                 created_vault):
    window = _open(qtbot, open_app, created_vault)
    assert not window.shell.is_built("Insights")  # nothing drawn before the page is opened
    page = show_page(window, "Insights")
    qtbot.waitUntil(lambda: page.charts_ready, timeout=15000)
    mood = page.cards["mood"]
    assert mood.sentence.text().startswith("4 check-ins in these dates.")
    assert mood.chart.accessibleDescription() == mood.sentence.text()
    assert page.cards["acted"].sentence.text() == \
        "No urges were marked as acted on in these dates."
    qtbot.waitUntil(lambda: all(_drawn_at_its_size(card) for card in page.cards.values()),
                    timeout=15000)
    page.set_range(4)
    assert not page.charts_ready
    qtbot.waitUntil(lambda: page.charts_ready, timeout=15000)


def _drawn_at_its_size(card) -> bool:
    """The chart's image fills its label exactly, at the screen's pixel ratio."""
    image = card.chart.pixmap().toImage()
    ratio = card.chart.devicePixelRatioF()
    return (not image.isNull() and image.devicePixelRatio() == ratio
            and (image.width(), image.height()) == (round(card.chart.width() * ratio),
                                                    round(card.chart.height() * ratio)))


def test_charts_follow_the_window_size_and_the_palette(qtbot, open_app, created_vault):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    qtbot.waitUntil(lambda: page.charts_ready, timeout=15000)
    mood = page.cards["mood"]
    before = mood.chart.pixmap().width()
    window.resize(window.width() + 300, window.height())
    qtbot.waitUntil(lambda: mood.chart.pixmap().width() > before
                    and _drawn_at_its_size(mood), timeout=15000)
    corner = mood.chart.pixmap().toImage().pixelColor(2, 2)
    assert corner.lightness() > 128  # the light palette's background
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1f2227"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#16181c"))
    page.setPalette(dark)
    qtbot.waitUntil(lambda: page.charts_ready and
                    mood.chart.pixmap().toImage().pixelColor(2, 2).lightness() < 64,
                    timeout=15000)


def test_the_chart_helpers_start_in_the_background_soon_after_unlocking(
        qtbot, open_app, created_vault, monkeypatch):
    fresh = painter.ChartPainter(workers=1)
    monkeypatch.setattr(painter, "_shared", fresh)
    try:
        window = _open(qtbot, open_app, created_vault)
        assert not window.controller.charts_warm()  # not on the way in: unlocking stays quick
        qtbot.waitUntil(fresh.ready, timeout=20000)  # without Insights ever being opened
        assert window.shell.current_title() == "Today"
    finally:
        fresh.close()


def test_chart_results_arriving_after_lock_are_dropped(qtbot, open_app, created_vault,
                                                      monkeypatch, tmp_path):
    window = _open(qtbot, open_app, created_vault)
    marks = tmp_path / "marks"
    marks.mkdir()

    def slow_compute(values):  # each chart drawn slowly by its helper
        return {name: (slow_charts.slowly, (str(marks), draw, *args), sentence)
                for name, (draw, args, sentence) in real_compute(values).items()}

    real_compute = insights.compute
    monkeypatch.setattr(insights, "compute", slow_compute)
    page = show_page(window, "Insights")
    qtbot.waitUntil(lambda: any(marks.iterdir()), timeout=20000)
    futures = page._round.futures
    window.controller.lock()  # the person locks while the first charts are drawn
    wait_for_state(qtbot, window, AppState.LOCKED)
    qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=20000)
    settle_background(window)  # the charts drawn come back now, to a page that is gone
    assert not isValid(page)
    assert not page.charts_ready
    assert any(f.cancelled() for f in futures)  # the charts still waiting were never drawn
    assert len(list(marks.iterdir())) < len(CHARTS)


def test_charts_hidden_before_they_are_ready_are_drawn_when_shown_again(qtbot, open_app,
                                                                        created_vault):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    show_page(window, "Journal")
    settle_background(window)  # what comes back while hidden is dropped
    assert not page.charts_ready
    show_page(window, "Insights")
    qtbot.waitUntil(lambda: page.charts_ready, timeout=15000)
    assert all(not card.chart.pixmap().isNull() for card in page.cards.values())


def test_the_diary_card_tab_is_built_when_first_shown(qtbot, open_app, created_vault):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    assert page._diary_card is None  # opening Insights does not build it
    page.tabs.setCurrentIndex(1)
    card = page._diary_card
    assert card is not None
    assert card.isVisible()
    assert card.table.rowCount() > 0
    assert page.diary_card is card  # built once


def _report_sharing_one_entry(window, page, say) -> ReportDialog:
    """The report dialog with two journal entries in its dates, only "Shared" ticked, and the
    charts unticked."""
    journal = stores.journal(window.controller)
    journal.add("Shared", "SHAREDCANARY", [], datetime.now(UTC) - timedelta(days=1))
    journal.add("Kept", "KEPTCANARY", [], datetime.now(UTC) - timedelta(days=2))
    dialog = ReportDialog(window.controller, *page.dates(), say, page)
    dialog.boxes["charts"].setChecked(False)
    dialog.boxes["journal"].setChecked(True)
    titles = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    dialog.entries.item(next(i for i, t in enumerate(titles) if "Shared" in t)).setCheckState(
        Qt.CheckState.Checked)
    return dialog


def test_the_report_dialog_puts_in_only_what_is_ticked(qtbot, open_app, created_vault,
                                                       tmp_path, monkeypatch):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    goal = stores.goal_store(window.controller).save(Goal(title="GOALCANARY"),
                                               datetime.now().astimezone() - timedelta(days=3))
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(insights_dialogs, "choose_save_path", lambda *a: out)
    said = []
    first, last = page.dates()
    dialog = _report_sharing_one_entry(window, page, said.append)
    assert not dialog.boxes["goals"].isChecked()  # offered, opted in by the person
    dialog.boxes["diary-cards"].setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0].startswith("The report saved to")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "SHAREDCANARY" in text
    assert "KEPTCANARY" not in text
    assert "Summary" in text
    assert "Charts" not in text
    assert "Diary cards" not in text
    assert "GOALCANARY" not in text
    assert "Goals and reviews" not in text

    stores.goal_store(window.controller).add_review(
        goal.id, Review(datetime.now().astimezone(), "REVIEWCANARY"), None)
    said.clear()
    dialog = ReportDialog(window.controller, first, last, said.append, page)
    for key, box in dialog.boxes.items():
        box.setChecked(key == "goals")
    dialog.save()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "GOALCANARY" in text
    assert "REVIEWCANARY" in text
    assert "Summary" not in text


def test_export_warns_and_writes_an_owner_only_file(qtbot, open_app, created_vault, tmp_path,
                                                   monkeypatch):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    out = tmp_path / "all.json"
    monkeypatch.setattr(insights_dialogs, "choose_save_path", lambda *a: out)
    warning = []

    def accept():
        warning.append(page.export_dialog.findChild(QLabel, "message").text())
        page.export_dialog.accept()

    QTimer.singleShot(0, accept)
    page.export()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15000)
    assert "will not be encrypted" in warning[0]
    assert page.message.text().startswith(f"Exported to {out}")
    assert len(json.loads(out.read_text("utf-8"))["checkins"]) == 4
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_import_shows_a_preview_and_writes_only_when_asked(qtbot, open_app, created_vault,
                                                          tmp_path):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"entries": [{"title": "From jrnl", "body": "hello",
                                             "date": "2025-01-02", "time": "10:00",
                                             "tags": ["@x"], "starred": False}]}), "utf-8")
    flow = ImportFlow(page, window.controller, page._imported)
    plan = window.controller.plan_import("jrnl", path)
    QTimer.singleShot(0, lambda: page.preview_box.reject())
    flow.preview(plan)
    assert stores.journal(window.controller).count() == 0
    QTimer.singleShot(0, lambda: next(b for b in page.preview_box.buttons()
                                      if b.text() == "Import").click())
    flow.preview(plan)
    assert "1 journal entry\n" in page.preview_box.text()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15000)
    assert page.message.text() == "Imported. 1 journal entry added."
    assert stores.journal(window.controller).count() == 1


def test_a_cancelled_export_leaves_no_file(qtbot, open_app, created_vault, tmp_path):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    out = tmp_path / "all.json"
    cancelled = threading.Event()

    def slow_export(progress):
        assert cancelled.wait(WORKER_DEADLINE_S)  # the person presses Cancel meanwhile
        return window.controller.export("json", out, progress=progress)

    insights_dialogs.run_with_progress(page, window.controller, "Exporting…", slow_export,
                                       lambda path: None, page._say)
    cancel = next(b for b in page.last_progress.findChildren(QPushButton)
                  if b.text() == "Cancel")
    cancel.click()
    cancelled.set()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=15000)
    assert page.message.text() == "Stopped. Nothing was saved."
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def _print_from_preview(qtbot, pdf, open_preview) -> QPageLayout.Orientation:
    """``open_preview()`` leads to the print preview; once it shows, its pages are printed (to
    a PDF printer here) and it is closed. Returns the orientation the preview was set up with."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    seen = []

    def print_and_close():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QPrintPreviewDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, print_and_close)
            return
        printer = dialog.printer()
        seen.append(printer.pageLayout().orientation())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        dialog.paintRequested.emit(printer)  # what its Print button does
        dialog.reject()

    QTimer.singleShot(50, print_and_close)
    open_preview()
    qtbot.waitUntil(lambda: bool(seen) and pdf.exists(), timeout=30000)
    return seen[0]


def test_the_diary_card_prints_from_a_preview_in_landscape(qtbot, open_app, created_vault,
                                                           tmp_path):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    page.diary_card.show_week(page.diary_card.week - timedelta(days=7))  # a week with check-ins
    printed = tmp_path / "card.pdf"
    button = next(b for b in page.findChildren(QPushButton)
                  if b.accessibleName() == "Print diary card")
    orientation = _print_from_preview(qtbot, printed, button.click)
    assert orientation == QPageLayout.Orientation.Landscape
    text = " ".join(PdfReader(printed).pages[0].extract_text().split())
    monday = page.diary_card.week
    assert f"Week of {monday:%d %B %Y}".replace(" 0", " ") in text
    assert f"{monday:%a %d %b}" in text
    assert "Urge: self-harm" in text, text


def test_the_reports_charts_are_drawn_by_the_chart_helper(qtbot, open_app, created_vault,
                                                          tmp_path, monkeypatch):
    """The app's report asks the warm chart helper for its five charts (the app's process
    draws none) and they are in the PDF as images."""
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")

    def not_here(*args, **kwargs):
        raise AssertionError("a report chart was drawn in the app's process")

    monkeypatch.setattr(drawing, "document_image", not_here)
    out = tmp_path / "charts.pdf"
    monkeypatch.setattr(insights_dialogs, "choose_save_path", lambda *a: out)
    said = []
    dialog = ReportDialog(window.controller, *page.dates(), said.append, page)
    for key, box in dialog.boxes.items():
        box.setChecked(key == "charts")
    dialog.save()
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    assert said[0].startswith("The report saved to")
    # Five charts (one cut by a page break prints as two images, and so on).
    assert sum(len(p.images) for p in PdfReader(out).pages) >= 5


def test_the_report_prints_from_a_preview_with_only_what_is_ticked(qtbot, open_app,
                                                                   created_vault, tmp_path):
    window = _open(qtbot, open_app, created_vault)
    page = show_page(window, "Insights")
    dialog = _report_sharing_one_entry(window, page, lambda _: None)
    printed = tmp_path / "report.pdf"
    _print_from_preview(qtbot, printed, dialog.print_button.click)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(printed).pages)
    assert "SHAREDCANARY" in text
    assert "KEPTCANARY" not in text
    assert "Summary" in text
    assert "Diary cards" in text
    assert "Charts" not in text
