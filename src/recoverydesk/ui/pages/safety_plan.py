"""The safety plan page: the seven sections in order, contacts, history and printing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions, build_html
from recoverydesk.safety_plan import (
    SECTIONS,
    Contact,
    PlanItem,
    SafetyPlan,
    Section,
    skill_item,
)
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.card_grid import CardGrid, scrolling
from recoverydesk.ui.design.components import Card, IconButton, PageHeader, StatusMessage
from recoverydesk.ui.design.turns import Turns
from recoverydesk.ui.design.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.dialogs.print_preview import print_with_preview
from recoverydesk.ui.presenters.support import KnownError, plain_reason
from recoverydesk.ui.shell.help_access import help_button
from recoverydesk.ui.translation import format_date

FIRST_SECTIONS = 2  # built with the page: the first row of the plan

PDF_WARNING = QT_TRANSLATE_NOOP(  # shown through tr() (PrintPlanDialog)
    "PrintPlanDialog",
    "The PDF will not be encrypted: anyone who opens the file can read your plan. Keep it "
    "somewhere private, and delete it when you no longer need it.\n\nSave it now?"
)


class SectionEditor(Card):
    """One section as a compact card: its items (edit in place, reorder, tick, remove) and a
    field to add one. Every change is announced by ``edited``; the page keeps it at once."""

    edited = Signal()

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        title = core_tr(section.title)
        super().__init__(title, parent)
        self.section = section
        self.setAccessibleName(title)
        helper = paragraph(core_tr(section.helper))
        helper.setProperty("tone", "muted")
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("{section} (F2 edits, Delete removes)").format(
            section=title))
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.items.model().rowsMoved.connect(self.edited)
        self.items.itemChanged.connect(self._item_changed)
        self.items.currentRowChanged.connect(lambda _: self._show_buttons())
        QShortcut(QKeySequence.StandardKey.Delete, self.items, activated=self._remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty = paragraph(self.tr("Nothing here yet."))
        self.empty.setProperty("tone", "muted")
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(self.tr("New item for {section}").format(
            section=title))
        self.new_item.setPlaceholderText(self.tr("Add: type here and press Enter"))
        self.new_item.returnPressed.connect(self._add)
        add = IconButton("add", self.tr("Add"), self.tr("Add to {section}").format(
            section=title))
        add.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(add)
        self.item_buttons = QWidget()
        buttons = QHBoxLayout(self.item_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        for icon_name, label, tip, action in (
                ("edit", self.tr("Edit"), self.tr("Edit the chosen item (F2)"), self._edit),
                ("up", self.tr("Up"), self.tr("Move the chosen item up"),
                 lambda: self._move(-1)),
                ("down", self.tr("Down"), self.tr("Move the chosen item down"),
                 lambda: self._move(1)),
                ("delete", self.tr("Remove"), self.tr("Remove the chosen item (Delete)"),
                 self._remove)):
            button = IconButton(icon_name, label, tip)
            button.setAccessibleName(f"{label}: {title}")
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (helper, self.items, self.empty, self.item_buttons):
            self.body.addWidget(widget)
        self.body.addLayout(add_row)
        self.layout().addStretch(1)  # a taller neighbour in the row: the room goes below
        self._show_buttons()

    def set_items(self, items) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            self._append(item)
        self.items.blockSignals(False)
        self._show_buttons()

    def plan_items(self) -> list[PlanItem]:
        result = []
        for row in range(self.items.count()):
            widget_item = self.items.item(row)
            done = (self.section.checklist
                    and widget_item.checkState() == Qt.CheckState.Checked)
            result.append(PlanItem(widget_item.text(), done))
        return result

    def _append(self, item: PlanItem) -> None:
        widget_item = QListWidgetItem(item.text)
        flags = widget_item.flags() | Qt.ItemFlag.ItemIsEditable
        if self.section.checklist:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            widget_item.setCheckState(Qt.CheckState.Checked if item.done
                                      else Qt.CheckState.Unchecked)
        widget_item.setFlags(flags)
        self.items.addItem(widget_item)

    def commit_pending(self) -> None:
        """Keep what is half done: an item being edited, and text typed but not yet added."""
        editor = self.items.indexWidget(self.items.currentIndex())
        if editor is not None:
            self.items.commitData(editor)
            self.items.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self._add()

    def _add(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self.new_item.clear()
            self.add_item(PlanItem(text))

    def add_item(self, item: PlanItem) -> None:
        self._append(item)
        self._changed()

    def _edit(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.items.setFocus()
            self.items.editItem(item)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not item.text().strip():  # emptied in place: the item goes
            self.items.blockSignals(True)
            self.items.takeItem(self.items.row(item))
            self.items.blockSignals(False)
        self._changed()

    def _remove(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self._changed()

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)
        self._changed()

    def _changed(self) -> None:
        self._show_buttons()
        self.edited.emit()

    def _show_buttons(self) -> None:
        count = self.items.count()
        self.items.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.item_buttons.setVisible(count > 0)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its items: the page scrolls, never the list inside it."""
        rows = sum(max(self.items.sizeHintForRow(r), 0) for r in range(self.items.count()))
        self.items.setFixedHeight(rows + 2 * self.items.frameWidth()
                                  + 2 * self.items.spacing() * self.items.count() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()


class ContactRow(QWidget):
    """A contact with visible Edit and Remove buttons (double-click edits too)."""

    edit_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        numbers = ", ".join(n for n in (contact.phone, contact.sms and self.tr(
            "text {number}").format(number=contact.sms)) if n)
        self.label = paragraph(contact.name + (f" — {numbers}" if numbers else ""))
        self.label.setAccessibleName(self.tr("Contact: {name}").format(name=contact.name))
        edit = self.tr("Edit {name}").format(name=contact.name)
        self.edit_button = IconButton("edit", self.tr("Edit…"), edit)
        self.edit_button.setAccessibleName(edit)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.contact))
        remove = self.tr("Remove {name}").format(name=contact.name)
        self.remove_button = IconButton("delete", "", remove)
        self.remove_button.setAccessibleName(remove)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.contact))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

    def mouseDoubleClickEvent(self, event) -> None:
        self.edit_requested.emit(self.contact)


class SafetyPlanPage(QWidget):
    """Every change is kept as it happens; a version for the history is kept per visit: the
    round of editing ends when the page is left or the app locks."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.safety_plan()
        self.setAccessibleName(self.tr("Safety plan"))
        self._controller = controller
        self._open_version: int | None = None  # this visit's version, updated in place

        history = IconButton("history", self.tr("Earlier versions…"),
            self.tr("See or bring back an earlier "
                             "version of your plan"))
        history.clicked.connect(self.show_history)
        print_button = IconButton("print", self.tr("Print or PDF…"),
            self.tr("Print your plan or save it as PDF"))
        print_button.clicked.connect(self.open_print_dialog)
        self.status = StatusMessage()
        self.reminder = message_label()
        self.reminder.setObjectName("reminder")

        # The sections are built over the first turns of the event loop, in reading order
        # (the first two with the page): the window never waits for all seven at once.
        # Until a section is built, the plan as loaded stands for it (current_plan).
        self.editors: dict[str, SectionEditor] = {}
        self.contact_boxes: dict[str, QVBoxLayout] = {}
        self._plan = SafetyPlan()
        self.grid = CardGrid(column_width=44, max_columns=2)
        self._turns = Turns(self, controller.about_to_lock)
        self._turns.add(*(lambda s=section: self._add_section(s) for section in SECTIONS))
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.grid)
        column_layout.addStretch(1)
        scroll = scrolling(column)

        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(
            self.tr("Your safety plan"),
            self.tr("A plan in your own words for hard moments: what to look out for, what "
                    "helps, and "
            "who you can reach. Changes are kept as you make them, and earlier versions too."),
            [history, print_button]))
        layout.addWidget(self.reminder)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        controller.about_to_lock.connect(self.keep_version)
        self.load()
        self._turns.run_first(FIRST_SECTIONS)

    def _add_section(self, section: Section) -> None:
        editor = SectionEditor(section)
        editor.edited.connect(self._keep)
        if section.holds_contacts:
            editor.body.addWidget(self._contacts_box(section))
            self._fill_contacts(section.key)
        if section.key == "coping":
            add_skill = IconButton("skills", self.tr("Add a skill from RecoveryDesk…"))
            add_skill.clicked.connect(self.add_skill_to_plan)
            editor.body.addWidget(add_skill, 0, Qt.AlignmentFlag.AlignLeft)
        editor.set_items(self._plan.items(section.key))
        self.editors[section.key] = editor
        self.grid.add_widgets([editor])

    def building(self) -> bool:
        """Sections still to be built (a few turns after the page is first shown)."""
        return self._turns.busy()

    # -- loading and keeping --------------------------------------------------------------

    def load(self) -> None:
        latest = self.presenter.latest()
        self._plan = latest.plan if latest else SafetyPlan()
        for key, editor in self.editors.items():
            editor.set_items(self._plan.items(key))
        self._refresh_contacts()
        self._open_version = None
        due = self.presenter.review_due(datetime.now(UTC))
        show_message(self.reminder, self.tr(
            "It's been a while since you last changed your plan. When you're ready, you could "
            "read it through and see whether it still fits.") if due else "")

    def current_plan(self) -> SafetyPlan:
        """The plan as on screen (a section not built yet: as it was loaded)."""
        plan = self._plan
        for key, editor in self.editors.items():
            plan = plan.with_items(key, editor.plan_items())
        return plan

    def _keep(self) -> None:
        """A change: kept at once, in this visit's version (no new version per change)."""
        if self._controller.state is not AppState.UNLOCKED:
            return
        kept = self.presenter.keep_working(self.current_plan(),
                                                          self._open_version)
        if kept is not None:
            self._open_version = kept
            self.status.show_message(self.tr("Saved."), "done", seconds=3)
            show_message(self.reminder, "")

    def keep_version(self) -> None:
        """On leaving the page, lock and quit: what was typed, added or not, is kept, and this
        visit's changes become one version in the history."""
        for editor in self.editors.values():
            editor.commit_pending()
        self._open_version = None

    def hideEvent(self, event) -> None:
        self.keep_version()
        super().hideEvent(event)

    def add_skill_to_plan(self, title: str | None = None) -> None:
        if not title:
            titles = [exercise.title for exercise in self._controller.skill_library()]
            title, ok = QInputDialog.getItem(self, self.tr("Add a skill"),
                                             self.tr("Which skill helps you?"),
                                             titles, 0, False)
            if not ok:
                return
        self._turns.finish_now()
        self.editors["coping"].add_item(skill_item(title))

    # -- contacts -------------------------------------------------------------------------

    def _contacts_box(self, section: Section) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Contacts"), 1.0))
        rows = QVBoxLayout()
        layout.addLayout(rows)
        self.contact_boxes[section.key] = rows
        add = IconButton("add", self.tr("Add a contact…"))
        add.setAccessibleName(self.tr("Add a contact: {section}").format(
            section=core_tr(section.title)))
        add.clicked.connect(lambda: self._edit_contact(Contact("", section.key)))
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def contact_rows(self, key: str) -> list[ContactRow]:
        rows = self.contact_boxes[key]
        return [rows.itemAt(i).widget() for i in range(rows.count())]

    def _refresh_contacts(self) -> None:
        for key in self.contact_boxes:
            self._fill_contacts(key)

    def _fill_contacts(self, key: str) -> None:
        rows = self.contact_boxes[key]
        while rows.count():
            rows.takeAt(0).widget().deleteLater()
        for contact in self.presenter.contacts(key):
            row = ContactRow(contact)
            row.edit_requested.connect(self._edit_contact)
            row.remove_requested.connect(self._remove_contact)
            rows.addWidget(row)
            row.show()

    def _edit_contact(self, contact: Contact) -> None:
        dialog = ContactDialog(contact, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited = dialog.contact()
        store = self.presenter
        if edited.id is None:
            store.add_contact(edited)
        else:
            store.update_contact(edited)
        self._refresh_contacts()
        self.status.show_message(self.tr("{name} is kept in your plan.").format(
            name=edited.name), "done")

    def _remove_contact(self, contact: Contact) -> None:
        self.presenter.delete_contact(contact.id)
        self._refresh_contacts()
        self.status.show_message(self.tr("{name} is no longer in your plan.").format(
            name=contact.name))

    # -- history and printing -------------------------------------------------------------

    def show_history(self) -> None:
        self.keep_version()
        dialog = HistoryDialog(self._controller, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.presenter.restore(dialog.chosen)
            self.load()
            self.status.show_message(
                self.tr("That version is back. What you had before is kept too."),
                                     "done")

    def open_print_dialog(self) -> None:
        self.keep_version()
        PrintPlanDialog(self._controller, self.current_plan(), self).exec()


class ContactDialog(QDialog):
    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        self._original = contact
        self.name = QLineEdit(contact.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = QLineEdit(contact.phone)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.sms = QLineEdit(contact.sms)
        self.sms.setAccessibleName(self.tr("Number to text"))
        self.notes = QLineEdit(contact.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Part of the plan"))
        for section in SECTIONS:
            if section.holds_contacts:
                self.section.addItem(core_tr(section.title), section.key)
        self.section.setCurrentIndex(max(0, self.section.findData(contact.section)))
        self.message = message_label()
        lay_out_form_dialog(self, [(self.tr("Name"), self.name), (self.tr("Phone"), self.phone),
                                   (self.tr("Text"), self.sms), (self.tr("Notes"), self.notes),
                                   (self.tr("Part of the plan"), self.section)],
                            self.message, self._accept, ok=QDialogButtonBox.StandardButton.Save)

    def contact(self) -> Contact:
        return replace(self._original, name=self.name.text().strip(),
                       phone=self.phone.text().strip(), sms=self.sms.text().strip(),
                       notes=self.notes.text().strip(), section=self.section.currentData())

    def _accept(self) -> None:
        if not self.name.text().strip():
            show_message(self.message, self.tr("A contact needs a name."))
            return
        self.accept()


class HistoryDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.safety_plan()
        self.setWindowTitle(self.tr("Earlier versions of your plan"))
        self.resize(720, 520)
        self.chosen: int | None = None
        self.versions = self.presenter.history()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions"))
        for version in self.versions:
            local = version.saved_at.astimezone()
            count = sum(len(version.plan.items(s.key)) for s in SECTIONS)
            self.list.addItem(self.tr("{when} — %n item(s)", "", count).format(
                when=format_date(local, "dd MMM yyyy") + f", {local:%H:%M}"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.list.currentRowChanged.connect(self._preview)
        restore = QPushButton(self.tr("Bring this version back"))
        restore.clicked.connect(self._restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(help_button())
        buttons.addStretch(1)
        buttons.addWidget(restore)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        if self.versions:
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlainText(self.tr("No saved versions yet."))
            restore.setEnabled(False)

    def _preview(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.preview.setHtml(build_html(self.versions[row].plan, [],
                                            PlanDocumentOptions(wallet_card=True)))

    def choose(self, row: int) -> None:
        self.chosen = self.versions[row].id
        self.accept()

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.choose(row)


class PrintPlanDialog(QDialog):
    """Choose what goes in, then print (with preview) or save as PDF."""

    def __init__(self, controller: AppController, plan: SafetyPlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.safety_plan()
        self.setWindowTitle(self.tr("Print your safety plan"))
        self._controller = controller
        self._plan = plan
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name on the plan (optional)"))
        self.wallet = QCheckBox(self.tr("Wallet-card size"))
        self.section_boxes = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Name on the plan (optional)"), self.name)
        layout.addLayout(form)
        layout.addWidget(paragraph(self.tr("What goes in:")))
        for section in SECTIONS:
            box = QCheckBox(core_tr(section.title))
            box.setChecked(True)
            self.section_boxes[section.key] = box
            layout.addWidget(box)
        layout.addWidget(self.wallet)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        preview = QPushButton(self.tr("Preview and print…"))
        preview.clicked.connect(self.print_with_preview)
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.clicked.connect(self._ask_for_pdf_path)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(preview)
        buttons.addWidget(pdf)
        buttons.addStretch(1)
        buttons.addWidget(help_button())
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def options(self) -> PlanDocumentOptions:
        excluded = frozenset(key for key, box in self.section_boxes.items()
                             if not box.isChecked())
        country = self._controller.country
        return PlanDocumentOptions(
            name=self.name.text(), on=date.today(), excluded=excluded,
            wallet_card=self.wallet.isChecked(),
            emergency_number=self._controller.crisis_directory.emergency_number(country)
            if country else None,
            crisis=self._controller.printed_crisis_lines())

    def save_pdf(self, path: Path) -> Path:
        from recoverydesk.reports.pdf import write_safety_plan

        written = write_safety_plan(self._plan, self.presenter.contacts(),
                                    self.options(), path)
        show_message(self.message, self.tr("Saved to {path}. Only you can open it on this "
                                           "computer.").format(path=written))
        return written

    def _ask_for_pdf_path(self) -> None:
        answer = QMessageBox.question(self, self.tr("Save as PDF"), self.tr(PDF_WARNING))
        if answer != QMessageBox.StandardButton.Yes:
            return
        filename, _ = QFileDialog.getSaveFileName(self, self.tr("Save your safety plan"),
                                                  self.tr("My safety plan.pdf"),
                                                      self.tr("PDF files (*.pdf)"))
        if filename:
            try:
                self.save_pdf(Path(filename))
            except (OSError, KnownError) as e:
                show_message(self.message, self.tr("That file couldn't be saved ({reason}). "
                                                   "You could try another place.").format(
                    reason=plain_reason(e)))

    def print_with_preview(self) -> None:
        from recoverydesk.reports.pdf import configure_printer, print_html

        options = self.options()
        html = build_html(self._plan, self.presenter.contacts(), options)
        print_with_preview(self, lambda printer: configure_printer(printer, options.wallet_card),
                           lambda target: print_html(html, target))
