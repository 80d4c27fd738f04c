"""The safety plan page and the crisis panel's private half, through the real window."""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget

from recoverydesk import settings
from recoverydesk.crisis import load_directory
from recoverydesk.safety_plan import SECTIONS, Contact
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.pages.safety_plan import ContactDialog, HistoryDialog, PrintPlanDialog
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_page, unlock, wait_for_state, when_dialog_opens

CANARY = "CANARY-heron-5521"


def plan_page(window):
    return show_page(window, "Safety plan")


def add_item(qtbot, page, key, text):
    editor = page.editors[key]
    editor.new_item.setFocus()
    qtbot.keyClicks(editor.new_item, text)
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)


def test_plan_typed_in_every_section_is_kept_and_nothing_is_lost_on_lock(qtbot, open_app,
                                                                         created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    for section in SECTIONS:
        add_item(qtbot, page, section.key, f"{section.title} item")
    assert "Saved" in page.status.text()  # as it happens, no Save button

    page = plan_page(window)
    add_item(qtbot, page, "reasons", "Typed just before the lock")  # not saved by hand
    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    plan = page.current_plan()
    for section in SECTIONS:
        assert f"{section.title} item" in [item.text for item in plan.items(section.key)]
    assert "Typed just before the lock" in [item.text for item in plan.items("reasons")]


def test_reorder_tick_and_remove(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    for text in ("First step", "Second step"):
        add_item(qtbot, page, "environment", text)
    editor = page.editors["environment"]
    editor.items.setCurrentRow(1)
    editor._move(-1)
    editor.items.item(0).setCheckState(Qt.CheckState.Checked)
    add_item(qtbot, page, "coping", "To be removed")
    page.editors["coping"].items.setCurrentRow(0)
    page.editors["coping"]._remove()
    saved = stores.plan_store(window.controller).current()
    assert [(i.text, i.done) for i in saved.items("environment")] == [
        ("Second step", True), ("First step", False)]
    assert saved.items("coping") == ()


def leave_and_come_back(window):
    show_page(window, "Today")
    return plan_page(window)


def test_three_visits_and_restoring_the_first_from_history(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    add_item(qtbot, page, "reasons", "One")
    first = page.current_plan()
    page = leave_and_come_back(window)
    add_item(qtbot, page, "reasons", "Two")
    page = leave_and_come_back(window)
    add_item(qtbot, page, "reasons", "Three")
    page = leave_and_come_back(window)
    assert len(stores.plan_store(window.controller).history()) == 3

    def pick_oldest():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HistoryDialog):
            QTimer.singleShot(50, pick_oldest)
            return
        assert dialog.list.count() == 3
        dialog.choose(dialog.list.count() - 1)

    QTimer.singleShot(50, pick_oldest)
    page.show_history()
    assert page.current_plan() == first
    assert stores.plan_store(window.controller).current() == first
    assert len(stores.plan_store(window.controller).history()) == 4


def test_edits_are_kept_without_save_and_one_version_per_visit(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.plan_store(window.controller)
    page = plan_page(window)
    add_item(qtbot, page, "warning_signs", "Not sleeping")
    assert [i.text for i in store.current().items("warning_signs")] == ["Not sleeping"]
    add_item(qtbot, page, "coping", "A walk")
    editor = page.editors["coping"]
    editor.items.setCurrentRow(0)
    editor.items.item(0).setText("A walk by the river")  # edited in place
    assert [i.text for i in store.current().items("coping")] == ["A walk by the river"]
    assert len(store.history()) == 1  # three changes, typed key by key: one version so far

    page = leave_and_come_back(window)  # leaving keeps that version; a new visit starts
    add_item(qtbot, page, "reasons", "Pip")
    assert len(store.history()) == 2
    assert store.history()[1].plan.items("reasons") == ()  # the first visit, as it was left

    editor = page.editors["reasons"]
    editor.new_item.setFocus()
    qtbot.keyClicks(editor.new_item, "The sea")  # typed, not yet added
    window.controller.lock()  # the lock keeps it, and ends this visit's version
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.plan_store(window.controller)
    assert [i.text for i in store.current().items("reasons")] == ["Pip", "The sea"]
    assert len(store.history()) == 2
    page = plan_page(window)
    add_item(qtbot, page, "reasons", "Music")
    assert len(store.history()) == 3  # after the lock, a new version


def test_a_contact_is_edited_with_its_visible_button(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    stores.contact_store(window.controller).add(Contact("Sam", "people", phone="07700 900111"))
    page = plan_page(window)
    page.load()
    [row] = page.contact_rows("people")
    assert row.edit_button.isVisibleTo(page)
    assert row.edit_button.accessibleName() == "Edit Sam"

    def change_name(dialog):
        dialog.name.setText("Sam Rivers")
        dialog.sms.setText("07700 900222")
        dialog._accept()

    when_dialog_opens(qtbot, ContactDialog, change_name)
    qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
    [contact] = stores.contact_store(window.controller).all("people")
    assert (contact.name, contact.phone, contact.sms) == ("Sam Rivers", "07700 900111",
                                                           "07700 900222")
    [row] = page.contact_rows("people")
    assert row.label.text() == "Sam Rivers — 07700 900111, text 07700 900222"
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert stores.contact_store(window.controller).all("people") == []
    assert page.contact_rows("people") == []


def test_print_dialog_leaves_out_unticked_sections(qtbot, open_app, created_vault, tmp_path):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    add_item(qtbot, page, "warning_signs", "Skipping meals")
    add_item(qtbot, page, "reasons", "Seeing the sea again")
    stores.contact_store(window.controller).add(Contact("Morgan", "people", phone="0161 496 0000"))
    dialog = PrintPlanDialog(window.controller, page.current_plan(), page)
    dialog.section_boxes["reasons"].setChecked(False)
    dialog.name.setText("Robin")
    written = dialog.save_pdf(tmp_path / "plan.pdf")
    text = unicodedata.normalize("NFKC", " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(written)).pages))
    assert "Skipping meals" in text
    assert "Morgan" in text
    assert "Robin" in text
    assert "Seeing the sea again" not in text
    assert "What matters most to me" not in text
    dialog.reject()


def test_print_dialog_puts_the_countrys_lines_in_section_5_without_hidden_ones(
        qtbot, open_app, created_vault, tmp_path):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "NL")
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    freephone = next(line for line in load_directory().lines_for("NL")
                     if line.phone == "08000113")
    stores.crisis_prefs(window.controller).hide(freephone)
    dialog = PrintPlanDialog(window.controller, page.current_plan(), page)
    written = dialog.save_pdf(tmp_path / "plan.pdf")
    text = unicodedata.normalize("NFKC", " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(written)).pages))
    assert "call 112" in text
    assert "call 113" in text
    assert "Checked on" in text
    assert "08000113" not in text
    dialog.reject()


def open_panel(qtbot, window):
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    return panel


def visible_text(root):
    texts = [root.windowTitle()]
    for widget in root.findChildren(QLabel):
        texts.append(widget.text())
    for widget in root.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in root.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in root.findChildren(QListWidget):
        texts.extend(widget.item(i).text() for i in range(widget.count()))
    return "\n".join(texts)


def test_panel_shows_the_plan_first_when_unlocked_and_nothing_private_when_locked(
        qtbot, open_app, created_vault):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    page = plan_page(window)
    add_item(qtbot, page, "coping", f"Cold water on my face {CANARY}")
    stores.contact_store(window.controller).add(
        Contact(f"Sam {CANARY}", "people", phone="07700900999"))
    stores.crisis_prefs(window.controller).add_line(
        "GB", f"Night line {CANARY}", phone="0800 000 111")

    panel = open_panel(qtbot, window)
    steps = [label.text() for label in panel.findChildren(QLabel, "planStep")]
    assert steps == [f"•  Cold water on my face {CANARY}"]
    numbers = [label.text() for label in panel.findChildren(QLabel, "number")]
    assert numbers[0] == "Call 07700900999"  # the person's own contact before any line
    assert "Call 0800 000 111" in numbers
    panel.reject()

    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    panel = open_panel(qtbot, window)
    assert CANARY not in visible_text(panel)
    assert CANARY not in visible_text(window)
    assert panel.findChildren(QLabel, "planStep") == []
    panel.reject()


def test_hidden_and_added_lines_persist_across_restart(qtbot, open_app, created_vault):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "US")
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    panel = open_panel(qtbot, window)
    shipped = load_directory().lines_for("US")
    hide = next(b for b in panel.findChildren(QAbstractButton)
                if b.accessibleName() == f"Hide {shipped[-1].name}")
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    panel.add_line_requested.emit({"name": "My therapist's line", "phone": "555 0100",
                                   "sms": "", "hours": "Weekdays"})
    panel.reject()
    window.close()

    again = open_app(folder)
    unlock(qtbot, again, PASSPHRASE)
    panel = open_panel(qtbot, again)
    cards = [label.text() for label in panel.findChildren(QLabel)]
    assert "My therapist's line" in cards
    assert shipped[-1].name not in cards
    assert any(b.text() == "Show hidden lines (1)" for b in panel.findChildren(QAbstractButton))
    panel.reject()


def test_lock_screen_card_shows_only_when_written(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    settings_page = show_page(window, "Settings")
    settings_page.lock_card.setPlainText("Breathe out slowly. You have got through this before.")
    window.controller.lock()  # kept on lock even before the short pause after typing
    wait_for_state(qtbot, window, AppState.LOCKED)
    panel = open_panel(qtbot, window)
    card = panel.findChild(QLabel, "lockCard")
    assert card is not None
    assert card.text().startswith("Breathe out slowly")
    panel.reject()
