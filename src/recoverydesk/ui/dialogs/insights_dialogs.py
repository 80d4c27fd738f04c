"""The Insights actions: the diary card as PDF, the therapist report (a checklist of what goes
in), export (with the warning first) and import (with a preview first). Slow work runs off
the UI thread with a progress dialog after half a second, and can be cancelled."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)
from shiboken6 import isValid

from recoverydesk.exchange.common import Cancelled, Progress
from recoverydesk.reports.documents import SECTIONS, diary_card_document, report_document
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.widgets import paragraph
from recoverydesk.ui.dialogs.print_preview import print_with_preview
from recoverydesk.ui.presenters.support import KnownError
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.translation import format_date, translate

log = logging.getLogger(__name__)

UNENCRYPTED = QT_TRANSLATE_NOOP(  # shown through translate("InsightsDialogs", …)
    "InsightsDialogs", "This file will not be encrypted: anyone who can open it can read it. "
    "It is made readable by your user account only. Keep it somewhere private, and delete it "
    "when you no longer need it.")


def choose_save_path(parent, caption: str, suggested: str, filters: str) -> Path | None:
    """A place to save (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / suggested), filters)
    return Path(name) if name else None


def choose_open_path(parent, caption: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(Path.home()), filters)
    return Path(name) if name else None


def run_with_progress(parent, controller, label: str, work, on_done, say) -> Progress:
    """``work(progress)`` off the UI thread; a cancellable progress dialog appears if it takes
    more than half a second; ``on_done(result)`` back on the UI thread."""
    progress = Progress()
    seen = {"done": 0, "total": 0}
    progress.report = lambda done, total: seen.update(done=done, total=total)
    dialog = QProgressDialog(label, translate("InsightsDialogs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("InsightsDialogs", "RecoveryDesk"))
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: (dialog.setMaximum(seen["total"]),
                                   dialog.setValue(seen["done"])))
    timer.start(100)
    dialog.setValue(0)

    def finish():
        if not isValid(dialog):
            return
        timer.stop()
        dialog.reset()
        dialog.deleteLater()

    def done(result):
        finish()
        if isValid(parent):
            on_done(result)

    def failed(error):
        finish()
        if not isValid(parent):
            return
        if isinstance(error, Cancelled):
            say(translate("InsightsDialogs", "Stopped. Nothing was saved."))
        elif isinstance(error, KnownError):
            say(str(error))
        else:
            log.error("insights work failed", exc_info=error)
            say(translate("InsightsDialogs", "That didn't work this time. Nothing was saved."))

    controller.run_in_background(lambda: work(progress), done, failed)
    parent.last_progress = dialog  # for tests
    return progress


def _write_pdf(parent, controller, document, out: Path, say, what: str) -> None:
    from recoverydesk.reports.pdf import write_document

    try:
        write_document(document, out)
    except (KnownError, OSError) as e:
        say(translate("InsightsDialogs", "Couldn't save {file} ({reason}).").format(
            file=out.name, reason=e))
        return
    say(translate("InsightsDialogs", "{what} saved to {path}. This file will not be "
                                     "encrypted.").format(what=what, path=out))


def preview_document(parent, document) -> None:
    """A diary card or a report in the print preview, on its own A4 layout."""
    from recoverydesk.reports.pdf import document_page_layout, print_document

    print_with_preview(parent,
                       lambda printer: printer.setPageLayout(document_page_layout(document)),
                       lambda printer: print_document(document, printer))


def _diary_card(controller, monday: date):
    data = controller.insights_data(monday, monday + timedelta(days=6))
    return diary_card_document(data.checkins, [monday], data.urge_targets, data.emotions)


def save_diary_card(parent, controller, monday: date, say) -> None:
    week = monday.isocalendar()
    out = choose_save_path(parent, translate("InsightsDialogs", "Save the diary card"),
                           f"diary-card-{week.year}-W{week.week:02d}.pdf",
                           translate("InsightsDialogs", "PDF (*.pdf)"))
    if out is None:
        return
    _write_pdf(parent, controller, _diary_card(controller, monday), out, say,
               translate("InsightsDialogs", "The diary card"))


def print_diary_card(parent, controller, monday: date) -> None:
    preview_document(parent, _diary_card(controller, monday))


class ReportDialog(QDialog):
    """What goes in the report: dates, the sections ticked, and journal entries one by one."""

    def __init__(self, controller, first: date, last: date, say, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for your therapist"))
        self._controller, self._say = controller, say
        self.first = QDateEdit(QDate(first))
        self.last = QDateEdit(QDate(last))
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._load_entries)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name on the report"))
        self.boxes: dict[str, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Your name (optional)"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Only what you tick goes in. Nothing else does.")))
        layout.addLayout(form)
        for key, title in SECTIONS.items():
            box = QCheckBox(core_tr(title))
            box.setChecked(key in ("summary", "charts", "diary-cards"))
            self.boxes[key] = box
            layout.addWidget(box)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Journal entries to include"))
        self.entries.setEnabled(False)
        self.boxes["journal"].toggled.connect(self.entries.setEnabled)
        layout.addWidget(paragraph(self.tr("Journal entries: tick each one you want to share.")))
        layout.addWidget(self.entries, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        help_button(buttons)
        self.save_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = buttons.addButton(self.tr("Preview and print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_report)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load_entries()

    def _load_entries(self) -> None:
        from recoverydesk.reports.gather import local_range

        self.entries.clear()
        start, end = local_range(self.first.date().toPython(), self.last.date().toPython())
        for entry in self._controller.journal_between(start, end):
            when = entry.created_at.astimezone()
            item = QListWidgetItem(format_date(when, "dd MMM yyyy") + " — "
                                   + (entry.title or self.tr("Untitled")))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)

    def chosen(self) -> tuple[date, date, set[str], list[int]]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        sections = {k for k, box in self.boxes.items() if box.isChecked()}
        ids = [self.entries.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.entries.count())
               if self.entries.item(i).checkState() == Qt.CheckState.Checked]
        return min(first, last), max(first, last), sections, ids if "journal" in sections else []

    def save(self) -> None:
        self._make(to_pdf=True)

    def print_report(self) -> None:
        self._make(to_pdf=False)

    def _make(self, to_pdf: bool) -> None:
        """The report as chosen, then saved as a PDF or shown in the print preview."""
        first, last, sections, ids = self.chosen()
        if not sections:
            self._say(self.tr("Tick at least one part to put in the report."))
            return
        out = None
        if to_pdf:
            out = choose_save_path(self, self.tr("Save the report"),
                                   f"report-{first}-to-{last}.pdf", self.tr("PDF (*.pdf)"))
            if out is None:
                return
        content = self._controller.report_content(first, last, sections, ids,
                                                  self.name.text())
        parent = self.parentWidget()
        self.accept()

        def work(progress):
            progress.step(0, 2)
            # The charts drawn by the chart helper (warm already), off the UI thread.
            document = report_document(content, self._controller.document_chart)
            progress.step(1, 2)
            return document

        def done(document):
            if out is None:
                preview_document(parent, document)
            else:
                _write_pdf(parent, self._controller, document, out, self._say,
                           self.tr("The report"))

        run_with_progress(parent, self._controller, self.tr("Making your report…"), work, done,
                          self._say)


def _go_or_cancel(dialog, layout, go: str) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    help_button(buttons)
    buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def run_export(parent, controller, dates: tuple[date, date], say) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("InsightsDialogs", "Export"))
    fmt = QComboBox()
    fmt.setAccessibleName(translate("InsightsDialogs", "Format"))
    for label, key in ((translate("InsightsDialogs", "Everything, one JSON file"), "json"),
                       (translate("InsightsDialogs", "Everything, a folder of CSV files"), "csv"),
                       (translate("InsightsDialogs", "The journal, a folder of Markdown files"),
                        "markdown")):
        fmt.addItem(label, key)
    only = QCheckBox(translate("InsightsDialogs", "Only from {first} to {last}").format(
        first=format_date(dates[0], "dd MMM yyyy"), last=format_date(dates[1], "dd MMM yyyy")))
    layout = QVBoxLayout(dialog)
    layout.addWidget(fmt)
    layout.addWidget(only)
    warning = paragraph(translate("InsightsDialogs", UNENCRYPTED))
    warning.setObjectName("message")
    layout.addWidget(warning)
    _go_or_cancel(dialog, layout, translate("InsightsDialogs", "Choose where…"))
    parent.export_dialog = dialog  # for tests
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    key = fmt.currentData()
    suggested = f"recoverydesk-export-{date.today()}" + (".json" if key == "json" else "")
    out = choose_save_path(parent, translate("InsightsDialogs", "Export to"), suggested,
                           translate("InsightsDialogs", "JSON (*.json)") if key == "json"
                           else translate("InsightsDialogs", "A new folder (*)"))
    if out is None:
        return
    since = until = None
    if only.isChecked():
        from recoverydesk.reports.gather import local_range

        since, until = local_range(*dates)
    run_with_progress(parent, controller, translate("InsightsDialogs", "Exporting…"),
                      lambda progress: controller.export(key, out, since, until, progress),
                      lambda path: say(translate(
                          "InsightsDialogs", "Exported to {path}. It is not encrypted.").format(
                              path=path)), say)


class ImportFlow:
    """Pick a file and where it comes from, see what it holds, then import it (or not)."""

    SOURCES = ((QT_TRANSLATE_NOOP("ImportFlow", "A RecoveryDesk export (JSON)"), "recoverydesk",
                QT_TRANSLATE_NOOP("ImportFlow", "JSON (*.json)")),
               (QT_TRANSLATE_NOOP("ImportFlow", "Daylio (CSV export)"), "daylio",
                QT_TRANSLATE_NOOP("ImportFlow", "CSV (*.csv)")),
               (QT_TRANSLATE_NOOP("ImportFlow", "jrnl (JSON export)"), "jrnl",
                QT_TRANSLATE_NOOP("ImportFlow", "JSON (*.json)")))

    def __init__(self, parent, controller, on_imported) -> None:
        self.parent, self.controller, self.on_imported = parent, controller, on_imported

    def start(self) -> None:
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(translate("ImportFlow", "Import"))
        source = QComboBox()
        source.setAccessibleName(translate("ImportFlow", "Import from"))
        for label, key, _ in self.SOURCES:
            source.addItem(translate("ImportFlow", label), key)
        layout = QVBoxLayout(dialog)
        layout.addWidget(paragraph(
            translate("ImportFlow", "You'll see what the file holds before anything is added.")))
        layout.addWidget(source)
        _go_or_cancel(dialog, layout, translate("ImportFlow", "Choose the file…"))
        self.parent.import_dialog = dialog  # for tests
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        key = source.currentData()
        path = choose_open_path(self.parent, translate("ImportFlow", "Import"), translate(
            "ImportFlow", self.SOURCES[source.currentIndex()][2]))
        if path is None:
            return
        run_with_progress(self.parent, self.controller, translate("ImportFlow",
                                                                  "Reading the file…"),
                          lambda progress: self.controller.plan_import(key, path),
                          self.preview, self.parent._say)

    def preview(self, plan) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("ImportFlow", "Import"),
                          plan.describe(), QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(translate("ImportFlow", "Import these now? All of it is added "
                                                       "at once, or nothing."))
        go = box.addButton(translate("ImportFlow", "Import"), QMessageBox.ButtonRole.AcceptRole)
        self.parent.preview_box = box  # for tests
        box.exec()
        if box.clickedButton() is not go:
            return
        run_with_progress(self.parent, self.controller, translate("ImportFlow", "Importing…"),
                          lambda progress: self.controller.write_import(plan),
                          lambda _: self.on_imported(translate(
                              "ImportFlow", "Imported. {counts} added.").format(
                                  counts=plan.count_text())),
                          self.parent._say)
