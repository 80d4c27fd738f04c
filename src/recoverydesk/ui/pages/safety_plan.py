"""The safety plan page: the seven sections in order, contacts, history and printing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.design.widgets import (
    heading,
    lay_out_form_dialog,
    message_label,
    paragraph,
    show_message,
)
from recoverydesk.ui.shell.help_access import help_button

PDF_WARNING = (
    "The PDF will not be encrypted: anyone who opens the file can read your plan. Keep it "
    "somewhere private, and delete it when you no longer need it."
)


class SectionEditor(QFrame):
    """One section: its items in a list you can edit, reorder, tick and remove."""

    edited = Signal()

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("planSection")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.items = QListWidget()
        self.items.setAccessibleName(section.title)
        self.items.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.items.setMaximumHeight(150)
        self.items.model().rowsMoved.connect(self.edited)
        self.items.itemChanged.connect(self.edited)
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(f"New item for {section.title}")
        self.new_item.setPlaceholderText("Type here and press Enter to add")
        self.new_item.returnPressed.connect(self._add)
        buttons = QHBoxLayout()
        for label, action in (("Up", lambda: self._move(-1)), ("Down", lambda: self._move(1)),
                              ("Remove", self._remove)):
            button = QPushButton(label)
            button.setAccessibleName(f"{label}: {section.title}")
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(section.title, 1.15))
        layout.addWidget(paragraph(section.helper))
        layout.addWidget(self.items)
        layout.addWidget(self.new_item)
        layout.addLayout(buttons)

    def set_items(self, items) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            self._append(item)
        self.items.blockSignals(False)

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
            self.add_item(PlanItem(text))
            self.new_item.clear()

    def add_item(self, item: PlanItem) -> None:
        self._append(item)
        self.edited.emit()

    def _remove(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self.edited.emit()

    def _move(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)
        self.edited.emit()


class SafetyPlanPage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.safety_plan()
        self.setAccessibleName("Safety plan")
        self._controller = controller
        self._dirty = False

        self.save_button = QPushButton("Save plan")
        self.save_button.setToolTip("Save plan (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        history = QPushButton("Earlier versions…")
        history.clicked.connect(self.show_history)
        print_button = QPushButton("Print or save as PDF…")
        print_button.clicked.connect(self.open_print_dialog)
        self.status = message_label()
        self.reminder = message_label()
        self.reminder.setObjectName("reminder")

        tools = QHBoxLayout()
        tools.addWidget(self.save_button)
        tools.addWidget(history)
        tools.addWidget(print_button)
        tools.addStretch(1)

        self.editors = {section.key: SectionEditor(section) for section in SECTIONS}
        self.contact_lists: dict[str, QListWidget] = {}
        column = QWidget()
        column_layout = QVBoxLayout(column)
        for section in SECTIONS:
            editor = self.editors[section.key]
            editor.edited.connect(self._mark_dirty)
            if section.holds_contacts:
                editor.layout().addWidget(self._contacts_box(section))
            if section.key == "coping":
                add_skill = QPushButton("Add a skill from RecoveryDesk…")
                add_skill.clicked.connect(self.add_skill_to_plan)
                editor.layout().addWidget(add_skill, 0, Qt.AlignmentFlag.AlignLeft)
            column_layout.addWidget(editor)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Your safety plan"))
        layout.addWidget(paragraph(
            "A plan in your own words for hard moments: what to look out for, what helps, and "
            "who you can reach. You can change it whenever you like; earlier versions are kept."))
        layout.addWidget(self.reminder)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        controller.about_to_lock.connect(self.save_if_changed)
        self.load()

    # -- loading and saving ---------------------------------------------------------------

    def load(self) -> None:
        latest = self.presenter.latest()
        plan = latest.plan if latest else SafetyPlan()
        for key, editor in self.editors.items():
            editor.set_items(plan.items(key))
        self._refresh_contacts()
        self._dirty = False
        due = self.presenter.review_due(datetime.now(UTC))
        show_message(self.reminder, (
            "It's been a while since you last changed your plan. When you're ready, you could "
            "read it through and see whether it still fits.") if due else "")

    def current_plan(self) -> SafetyPlan:
        plan = SafetyPlan()
        for key, editor in self.editors.items():
            plan = plan.with_items(key, editor.plan_items())
        return plan

    def save(self) -> None:
        self.presenter.save(self.current_plan())
        self._dirty = False
        show_message(self.status, "Saved. The earlier version is kept too.")

    def save_if_changed(self) -> None:
        """On lock and quit: what was typed, added or not, is saved (a version is kept)."""
        for editor in self.editors.values():
            editor.commit_pending()
        if self._dirty:
            self.save()

    def _mark_dirty(self) -> None:
        self._dirty = True
        show_message(self.status, "")

    def add_skill_to_plan(self, title: str | None = None) -> None:
        if not title:
            titles = [exercise.title for exercise in self._controller.skill_library()]
            title, ok = QInputDialog.getItem(self, "Add a skill", "Which skill helps you?",
                                             titles, 0, False)
            if not ok:
                return
        self.editors["coping"].add_item(skill_item(title))

    # -- contacts -------------------------------------------------------------------------

    def _contacts_box(self, section: Section) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        contacts = QListWidget()
        contacts.setAccessibleName(f"Contacts: {section.title}")
        contacts.setMaximumHeight(110)
        contacts.itemDoubleClicked.connect(lambda item: self._edit_contact(item.data(
            Qt.ItemDataRole.UserRole)))
        self.contact_lists[section.key] = contacts
        buttons = QHBoxLayout()
        add = QPushButton("Add a contact…")
        add.setAccessibleName(f"Add a contact: {section.title}")
        add.clicked.connect(lambda: self._edit_contact(Contact("", section.key)))
        remove = QPushButton("Remove contact")
        remove.clicked.connect(lambda: self._remove_contact(contacts))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(paragraph("Contacts"))
        layout.addWidget(contacts)
        layout.addLayout(buttons)
        return box

    def _refresh_contacts(self) -> None:
        store = self.presenter
        for key, widget in self.contact_lists.items():
            widget.clear()
            for contact in store.contacts(key):
                numbers = ", ".join(n for n in (contact.phone, contact.sms and
                                                f"text {contact.sms}") if n)
                item = QListWidgetItem(contact.name + (f" — {numbers}" if numbers else ""))
                item.setData(Qt.ItemDataRole.UserRole, contact)
                widget.addItem(item)

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

    def _remove_contact(self, widget: QListWidget) -> None:
        item = widget.currentItem()
        if item is None:
            return
        contact = item.data(Qt.ItemDataRole.UserRole)
        self.presenter.delete_contact(contact.id)
        self._refresh_contacts()

    # -- history and printing -------------------------------------------------------------

    def show_history(self) -> None:
        self.save_if_changed()
        dialog = HistoryDialog(self._controller, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.presenter.restore(dialog.chosen)
            self.load()
            show_message(self.status, "That version is back. What you had before is kept too.")

    def open_print_dialog(self) -> None:
        self.save_if_changed()
        PrintPlanDialog(self._controller, self.current_plan(), self).exec()


class ContactDialog(QDialog):
    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Contact")
        self._original = contact
        self.name = QLineEdit(contact.name)
        self.name.setAccessibleName("Name")
        self.phone = QLineEdit(contact.phone)
        self.phone.setAccessibleName("Phone")
        self.sms = QLineEdit(contact.sms)
        self.sms.setAccessibleName("Number to text")
        self.notes = QLineEdit(contact.notes)
        self.notes.setAccessibleName("Notes")
        self.section = QComboBox()
        self.section.setAccessibleName("Part of the plan")
        for section in SECTIONS:
            if section.holds_contacts:
                self.section.addItem(section.title, section.key)
        self.section.setCurrentIndex(max(0, self.section.findData(contact.section)))
        self.message = message_label()
        lay_out_form_dialog(self, [("Name", self.name), ("Phone", self.phone),
                                   ("Text", self.sms), ("Notes", self.notes),
                                   ("Part of the plan", self.section)],
                            self.message, self._accept, ok=QDialogButtonBox.StandardButton.Save)

    def contact(self) -> Contact:
        return replace(self._original, name=self.name.text().strip(),
                       phone=self.phone.text().strip(), sms=self.sms.text().strip(),
                       notes=self.notes.text().strip(), section=self.section.currentData())

    def _accept(self) -> None:
        if not self.name.text().strip():
            show_message(self.message, "A contact needs a name.")
            return
        self.accept()


class HistoryDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = controller.presenters.safety_plan()
        self.setWindowTitle("Earlier versions of your plan")
        self.resize(720, 520)
        self.chosen: int | None = None
        self.versions = self.presenter.history()
        self.list = QListWidget()
        self.list.setAccessibleName("Saved versions")
        for version in self.versions:
            local = version.saved_at.astimezone()
            count = sum(len(version.plan.items(s.key)) for s in SECTIONS)
            self.list.addItem(f"{local:%d %b %Y, %H:%M} — {count} items")
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview")
        self.list.currentRowChanged.connect(self._preview)
        restore = QPushButton("Bring this version back")
        restore.clicked.connect(self._restore)
        close = QPushButton("Close")
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
            self.preview.setPlainText("No saved versions yet.")
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
        self.setWindowTitle("Print your safety plan")
        self._controller = controller
        self._plan = plan
        self.name = QLineEdit()
        self.name.setAccessibleName("Name on the plan (optional)")
        self.wallet = QCheckBox("Wallet-card size")
        self.section_boxes = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow("Name on the plan (optional)", self.name)
        layout.addLayout(form)
        layout.addWidget(paragraph("What goes in:"))
        for section in SECTIONS:
            box = QCheckBox(section.title)
            box.setChecked(True)
            self.section_boxes[section.key] = box
            layout.addWidget(box)
        layout.addWidget(self.wallet)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        preview = QPushButton("Preview and print…")
        preview.clicked.connect(self.print_with_preview)
        pdf = QPushButton("Save as PDF…")
        pdf.clicked.connect(self._ask_for_pdf_path)
        close = QPushButton("Close")
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
        show_message(self.message, f"Saved to {written}. Only you can open it on this computer.")
        return written

    def _ask_for_pdf_path(self) -> None:
        answer = QMessageBox.question(self, "Save as PDF", PDF_WARNING + "\n\nSave it now?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        filename, _ = QFileDialog.getSaveFileName(self, "Save your safety plan",
                                                  "My safety plan.pdf", "PDF files (*.pdf)")
        if filename:
            try:
                self.save_pdf(Path(filename))
            except OSError as e:
                show_message(self.message, f"That file couldn't be saved ({e.strerror}). "
                             "You could try another place.")

    def print_with_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from recoverydesk.reports.pdf import configure_printer, print_html

        options = self.options()
        html = build_html(self._plan, self.presenter.contacts(), options)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, options.wallet_card)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(lambda target: print_html(html, target))
        preview.exec()
