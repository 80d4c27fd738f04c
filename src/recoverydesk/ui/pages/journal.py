"""The journal: a list that searches as you type, and an editor that keeps your words.

What you type is kept as an encrypted draft every 1.5 seconds, and when the app locks or
quits; after a crash or an auto-lock the draft comes back.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recoverydesk.ui.background import Ticket
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.components import EmptyState, FlowLayout, PageHeader
from recoverydesk.ui.design.widgets import UNDO_SECONDS, message_label, show_message
from recoverydesk.ui.pages.journal_model import PAGE, EntryList, JournalListModel
from recoverydesk.ui.presenters.support import SEARCH_PAGE

if TYPE_CHECKING:
    from recoverydesk.ui.presenters.support import EntrySummary, JournalEntry

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
SEARCH_DEBOUNCE_MS = 150  # a pause in typing, then one search


class JournalPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Journal"))
        self._controller = controller
        self.store = controller.presenters.journal()
        self.entry_id: int | None = None
        self._dirty = False
        self._words = ""  # the words the list's results (and snippets) are for

        # -- the list
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setAccessibleName(self.tr("Search your journal"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Only entries with this tag"))
        self.use_dates = QCheckBox(self.tr("Between"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._filter)
        self.use_dates.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.tag_filter.currentIndexChanged.connect(self._filter)
        self.model = JournalListModel(controller.run_in_background, self)
        self.model.snippets_wanted.connect(self._fetch_snippets)
        self.model.fetch_failed.connect(self._say_search_failed)
        self.searching = QLabel(self.tr("Searching…"))
        self.searching.setAccessibleName(self.tr("Searching your journal"))
        self.searching.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._search_ticket = Ticket()
        self._lists_ticket = Ticket()
        self._loaded_once = False
        self._lists_pending = False
        self._may_restore_draft = True  # until the person opens, starts or types an entry
        self.list = EntryList(self.model)
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_index)
        dates_row = QWidget()  # wraps on a narrow window (design: every page fits 800 px)
        dates = FlowLayout(dates_row)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tag_filter)
        left_layout.addWidget(dates_row)
        left_layout.addWidget(self.searching)
        left_layout.addWidget(self.list, 1)
        self.empty = EmptyState("journal", self.tr("No entries yet"),
                                self.tr("Whatever you write here is kept encrypted on this "
                                        "computer. "
                                "Start on the right whenever you like."))
        left_layout.addWidget(self.empty, 1)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_empty_state)
        self._show_empty_state()

        # -- the editor
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas (optional)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Journal entry"))
        self.body.setPlaceholderText(self.tr("Write whatever you like. Markdown works too."))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        self.preview_box = QCheckBox(self.tr("Preview"))
        self.preview_box.toggled.connect(self._toggle_preview)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("New entry from a template"))
        self.template.activated.connect(self._template_picked)
        new = QPushButton(self.tr("New entry"))
        new.clicked.connect(self.new_entry)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        keep_template = QPushButton(self.tr("Save as template…"))
        keep_template.setToolTip(
            self.tr("Keep this text as a template for new entries (an existing "
                                 "template with the same name is replaced)"))
        keep_template.clicked.connect(self._ask_template_name)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self._deleted: JournalEntry | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.status = message_label()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        tools_row = QWidget()  # wraps on a narrow window, so Save is never off-screen
        tools = FlowLayout(tools_row)
        tools.addWidget(new)
        tools.addWidget(self.template)
        tools.addWidget(keep_template)
        tools.addWidget(self.preview_box)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(tools_row)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.tags)
        right_layout.addWidget(self.body_stack, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Journal"),
            self.tr("Yours alone: kept encrypted, and saved as a "
                                    "draft while you write.")))
        layout.addWidget(splitter, 1)

        for edit in (self.title, self.tags):
            edit.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.keep_draft)
        self.autosave_timer.start()
        controller.about_to_lock.connect(self.keep_draft)
        controller.about_to_lock.connect(self._cancel_background)
        self._fill_templates()

    # -- editing --------------------------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True
        self._may_restore_draft = False

    def keep_draft(self) -> None:
        """Keep what is typed, encrypted, as it is: called on a timer, on lock and on quit."""
        if not self._dirty:
            return
        kept = self.store.keep_draft(self.entry_id, self.title.text(), self.body.toPlainText(),
                                     self._tag_list())
        if kept is None:
            return
        self.entry_id = kept
        self._dirty = False
        show_message(self.status, self.tr("Kept as a draft at {time}.").format(
            time=f"{datetime.now():%H:%M:%S}"))

    def save(self) -> None:
        saved = self.store.save(self.entry_id, self.title.text(), self.body.toPlainText(),
                                self._tag_list())
        if saved is None:
            show_message(self.status, self.tr("There's nothing to save yet."))
            return
        self.entry_id = saved
        self._dirty = False
        show_message(self.status, self.tr("Saved."))
        self.refresh_list()

    def new_entry(self) -> None:
        self._may_restore_draft = False
        self.keep_draft()
        self.entry_id = None
        body = self.template.currentData() or ""
        self._set_fields("", body, "")
        self._dirty = False
        self.template.setCurrentIndex(0)
        show_message(self.status, "")
        self.body.setFocus()

    def delete(self) -> None:
        """Delete the open entry at once; Undo brings it back for a short while."""
        if self.entry_id is None:
            return
        self._deleted = self.store.get(self.entry_id)
        self.store.delete(self.entry_id)
        self.entry_id = None
        self._set_fields("", "", "")
        self._dirty = False
        show_message(self.status, self.tr("Entry deleted."))
        self.undo_button.show()
        self._undo_timer.start()
        self.refresh_list()

    def _template_picked(self, index: int) -> None:
        if index > 0:  # a template: start a new entry with it at once
            self.new_entry()

    def undo_delete(self) -> None:
        entry, self._deleted = self._deleted, None
        self._forget_undo()
        if entry is None:
            return
        self.keep_draft()
        self.store.restore(entry)
        self._load(entry.id)
        show_message(self.status, self.tr("The entry is back."))
        self.refresh_list()

    def _forget_undo(self) -> None:
        """After the undo time (or on lock) the deleted text is not kept anywhere."""
        self._undo_timer.stop()
        self._deleted = None
        self.undo_button.hide()

    def _open_index(self, index: QModelIndex) -> None:
        self._may_restore_draft = False
        self.keep_draft()
        self._load(self.model.entry_at(index.row()).id)

    def _load(self, entry_id: int) -> None:
        entry = self.store.get(entry_id)
        self.entry_id = entry.id
        self._set_fields(entry.title, entry.body, ", ".join(entry.tags))
        self._dirty = False

    def _set_fields(self, title: str, body: str, tags: str) -> None:
        for widget in (self.title, self.body, self.tags):
            widget.blockSignals(True)
        self.title.setText(title)
        self.body.setPlainText(body)
        self.tags.setText(tags)
        for widget in (self.title, self.body, self.tags):
            widget.blockSignals(False)
        self._toggle_preview(self.preview_box.isChecked())

    def _tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
        self.body_stack.setCurrentWidget(self.preview if on else self.body)

    # -- the list (searched and counted on the background runner) ------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_list()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._cancel_background()  # what comes back now is dropped; fetched again when shown

    def refresh_list(self) -> None:
        """The tags, the list as the filters say, and (the first time) a kept draft."""
        self._lists_ticket.cancel()
        ticket = self._lists_ticket = Ticket()
        self._lists_pending = True
        store, first = self.store, not self._loaded_once
        self._loaded_once = True

        def work():
            if ticket.cancelled:
                return None
            return store.tags(), store.latest_draft() if first else None

        self._controller.run_in_background(work, lambda got: self._got_lists(ticket, got),
                                           lambda error: self._failed(ticket, error))
        self.search_now()

    def busy(self) -> bool:
        """A search, the tags or a kept draft are still on their way."""
        return self._lists_pending or not self.searching.isHidden()

    def _got_lists(self, ticket: Ticket, got) -> None:
        if ticket.cancelled or got is None or not isValid(self):
            return
        tags, draft = got
        self._lists_pending = False
        self._fill_tags(tags)
        if draft is not None and self._may_restore_draft and self.entry_id is None:
            self._load(draft.id)
            show_message(self.status, self.tr("We kept what you were writing. It's here for you."))

    def _show_empty_state(self) -> None:
        """No entries in the list: a kind word in its place (none yet, or none that match)."""
        empty = self.model.rowCount() == 0
        searching = bool(self.search.text().strip() or self.tag_filter.currentIndex() > 0
                         or self.use_dates.isChecked())
        self.empty.title_label.setText(self.tr("Nothing matches") if searching
                                       else self.tr("No entries yet"))
        self.empty.text_label.setText(
            self.tr("You could try other words, another tag or wider dates.") if searching else
            self.tr("Whatever you write here is kept encrypted on this computer. Start on the "
                    "right whenever you like."))
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)

    def _filter(self) -> None:
        """Typing or a new filter: search once the typing pauses; older results are dropped."""
        self._search_ticket.cancel()
        self.searching.show()
        self._search_timer.start()

    def search_now(self) -> None:
        """Search with the filters as they are now, off the UI thread; only the newest
        search's results reach the list."""
        self._search_timer.stop()
        self._search_ticket.cancel()
        ticket = self._search_ticket = Ticket()
        words, tag = self.search.text(), self.tag_filter.currentData()
        since = until = None
        if self.use_dates.isChecked():
            since = _start_of(self.since.date())
            until = _start_of(self.until.date()) + timedelta(days=1)
        store = self.store
        size = PAGE if not words.strip() and not tag and since is None else SEARCH_PAGE

        def rows_after(after: EntrySummary | None) -> list[EntrySummary]:
            """The list (or the matches), newest first, after the row ``after``; snippets
            for further pages only as their rows are drawn."""
            return store.search(words, tag, since, until, limit=size,
                                snippets_for=15 if after is None else 0, after=after)

        self.searching.show()

        def work():
            return None if ticket.cancelled else rows_after(None)

        self._controller.run_in_background(
            work, lambda rows: self._got_rows(ticket, rows, words, rows_after, size),
            lambda error: self._failed(ticket, error))

    def _got_rows(self, ticket: Ticket, rows, words: str, rows_after, size: int) -> None:
        if ticket.cancelled or rows is None or not isValid(self):
            return  # newer typing, hidden or locked meanwhile
        self.searching.hide()
        self._words = words
        self.model.set_rows(rows, rows_after, size)

    def _fetch_snippets(self, ids: list[int]) -> None:
        ticket, words, store = self._lists_ticket, self._words, self.store

        def work():
            return None if ticket.cancelled else store.snippets(words, ids)

        def done(found):
            if not ticket.cancelled and found is not None and isValid(self) \
                    and words == self._words:
                self.model.set_snippets(found)

        self._controller.run_in_background(work, done, lambda error: self._failed(ticket, error))

    def _cancel_background(self) -> None:
        self._search_timer.stop()
        self._search_ticket.cancel()
        self._lists_ticket.cancel()
        self.model.cancel_fetch()

    def _failed(self, ticket: Ticket, error: Exception) -> None:
        if ticket.cancelled or not isValid(self):
            return
        log.error("journal search failed", exc_info=error)
        self._say_search_failed()

    def _say_search_failed(self) -> None:
        self.searching.hide()
        show_message(self.status,
            self.tr("Searching didn't work this time. Your entries are safe."))

    def _fill_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def _ask_template_name(self) -> None:
        prefix = self.tr("Template: {name}").format(name="")
        name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                        self.tr("A name for this template:"),
                                        text=self.template.currentText().removeprefix(
                                            prefix) if self.template.currentIndex() else "")
        if ok and name.strip():
            self.save_as_template(name.strip())

    def save_as_template(self, name: str) -> None:
        self.store.save_template(name, self.body.toPlainText())
        self._fill_templates()
        show_message(self.status, self.tr("Saved as the template \u201c{name}\u201d.").format(
            name=name))

    def _fill_templates(self) -> None:
        self.template.clear()
        self.template.addItem(self.tr("Blank"), "")
        for name, body in self.store.templates():
            self.template.addItem(self.tr("Template: {name}").format(name=name), body)


def _start_of(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time()).astimezone()
    return local
