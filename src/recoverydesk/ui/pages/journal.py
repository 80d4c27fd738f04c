"""The journal: a list that searches as you type, and an editor that keeps your words.

What you type is kept as an encrypted draft every 1.5 seconds, and when the app locks or
quits; after a crash or an auto-lock the draft comes back.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import UNDO_SECONDS, heading, message_label, show_message
from recoverydesk.ui.pages.journal_model import JournalListModel, RichTextDelegate

if TYPE_CHECKING:
    from recoverydesk.ui.presenters.support import JournalEntry

AUTOSAVE_MS = 1500


class JournalPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Journal")
        self._controller = controller
        self.store = controller.presenters.journal()
        self.entry_id: int | None = None
        self._dirty = False

        # -- the list
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your journal")
        self.search.setAccessibleName("Search your journal")
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName("Only entries with this tag")
        self.use_dates = QCheckBox("Between")
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit, name in ((self.since, "From date"), (self.until, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._filter)
        self.use_dates.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.tag_filter.currentIndexChanged.connect(self._filter)
        self.model = JournalListModel(self.store, self)
        self.list = QListView()
        self.list.setAccessibleName("Journal entries")
        self.list.setModel(self.model)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_index)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tag_filter)
        left_layout.addLayout(dates)
        left_layout.addWidget(self.list, 1)

        # -- the editor
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.title.setAccessibleName("Title")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Tags, separated by commas (optional)")
        self.tags.setAccessibleName("Tags")
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Journal entry")
        self.body.setPlaceholderText("Write whatever you like. Markdown works too.")
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview")
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.preview)
        self.preview_box = QCheckBox("Preview")
        self.preview_box.toggled.connect(self._toggle_preview)
        self.template = QComboBox()
        self.template.setAccessibleName("New entry from a template")
        self.template.activated.connect(self._template_picked)
        new = QPushButton("New entry")
        new.clicked.connect(self.new_entry)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        keep_template = QPushButton("Save as template…")
        keep_template.setToolTip("Keep this text as a template for new entries (an existing "
                                 "template with the same name is replaced)")
        keep_template.clicked.connect(self._ask_template_name)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self._deleted: JournalEntry | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.status = message_label()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        tools = QHBoxLayout()
        tools.addWidget(new)
        tools.addWidget(self.template)
        tools.addStretch(1)
        tools.addWidget(keep_template)
        tools.addWidget(self.preview_box)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.tags)
        right_layout.addWidget(self.body_stack, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Journal"))
        layout.addWidget(splitter, 1)

        for edit in (self.title, self.tags):
            edit.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.keep_draft)
        self.autosave_timer.start()
        controller.about_to_lock.connect(self.keep_draft)

        self._fill_tags()
        self._fill_templates()
        draft = self.store.latest_draft()
        if draft is not None:
            self._load(draft.id)
            show_message(self.status, "We kept what you were writing. It's here for you.")

    # -- editing --------------------------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True

    def keep_draft(self) -> None:
        """Keep what is typed, encrypted, as it is: called on a timer, on lock and on quit."""
        if not self._dirty:
            return
        if self.entry_id is None and not (self.body.toPlainText().strip()
                                          or self.title.text().strip()):
            return
        self.entry_id = self.store.save_draft(self.entry_id, self.title.text(),
                                              self.body.toPlainText(), self._tag_list(),
                                              datetime.now(UTC))
        self._dirty = False
        show_message(self.status, f"Kept as a draft at {datetime.now():%H:%M:%S}.")

    def save(self) -> None:
        if not (self.body.toPlainText().strip() or self.title.text().strip()):
            show_message(self.status, "There's nothing to save yet.")
            return
        now = datetime.now(UTC)
        if self.entry_id is None:
            self.entry_id = self.store.add(self.title.text(), self.body.toPlainText(),
                                           self._tag_list(), now)
        else:
            self.store.update(self.entry_id, self.title.text(), self.body.toPlainText(),
                              self._tag_list(), now, draft=False)
        self._dirty = False
        show_message(self.status, "Saved.")
        self._fill_tags()
        self.model.reload()

    def new_entry(self) -> None:
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
        show_message(self.status, "Entry deleted.")
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
        show_message(self.status, "The entry is back.")
        self.refresh_list()

    def _forget_undo(self) -> None:
        """After the undo time (or on lock) the deleted text is not kept anywhere."""
        self._undo_timer.stop()
        self._deleted = None
        self.undo_button.hide()

    def _open_index(self, index: QModelIndex) -> None:
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

    # -- the list -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        self.refresh_list()
        super().showEvent(event)

    def refresh_list(self) -> None:
        self._fill_tags()
        self._filter()

    def _filter(self) -> None:
        since = until = None
        if self.use_dates.isChecked():
            since = _start_of(self.since.date())
            until = _start_of(self.until.date()) + timedelta(days=1)
        self.model.set_search(self.search.text(), self.tag_filter.currentData(), since, until)

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("Any tag", None)
        for tag in self.store.tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def _ask_template_name(self) -> None:
        name, ok = QInputDialog.getText(self, "Save as template", "A name for this template:",
                                        text=self.template.currentText().removeprefix(
                                            "Template: ") if self.template.currentIndex() else "")
        if ok and name.strip():
            self.save_as_template(name.strip())

    def save_as_template(self, name: str) -> None:
        self.store.save_template(name, self.body.toPlainText())
        self._fill_templates()
        show_message(self.status, f"Saved as the template \u201c{name}\u201d.")

    def _fill_templates(self) -> None:
        self.template.clear()
        self.template.addItem("Blank", "")
        for name, body in self.store.templates():
            self.template.addItem(f"Template: {name}", body)


def _start_of(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time()).astimezone()
    return local
