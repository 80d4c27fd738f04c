"""Check-ins, the journal and the diary card through the real window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from recoverydesk.checkin import CheckIn, Urge
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.dialogs.checkin import CheckInDialog
from recoverydesk.ui.pages.journal_model import PAGE
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import (
    press_shortcut,
    search_journal,
    show_journal,
    show_page,
    show_today,
    unlock,
    wait_for_state,
    when_dialog_opens,
)


def test_a_checkin_by_keyboard_alone(qtbot, open_app, created_vault):
    """Two digits (mood, the main urge), Space for "I acted on it", Ctrl+Enter to save."""
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)

    def fill(dialog):
        assert dialog.mood.hasFocus()
        assert not dialog.more.isVisible()  # a new check-in starts short
        for key in (Qt.Key.Key_3, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_Tab,
                    Qt.Key.Key_Space):
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens(qtbot, CheckInDialog, fill)
    press_shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [saved] = stores.checkin_store(window.controller).between(
        datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(hours=1))
    assert (saved.mood, saved.distress) == (3, None)
    assert saved.urge("self-harm") == Urge("self-harm", 2, acted=True)
    today = show_today(qtbot, window)
    assert len(today.cards) == 1
    assert not today.empty.isVisible()
    assert "Urge to self-harm 2 of 5, acted on it" in today.cards[0].text()


def test_edit_and_delete_with_undo(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.checkin_store(window.controller)
    store.save(CheckIn(at=datetime.now().astimezone().replace(microsecond=0), mood=1))
    window.controller.checkins_changed.emit()
    today = show_today(qtbot, window)
    assert len(today.cards) == 1

    def change_mood(dialog):
        assert dialog.windowTitle() == "Edit check-in"
        dialog.mood.setValue(4)
        dialog.accept()

    when_dialog_opens(qtbot, CheckInDialog, change_mood)
    with qtbot.waitSignal(today.refreshed):
        qtbot.mouseClick(today.cards[0].edit_button, Qt.MouseButton.LeftButton)
    assert "Mood 4 of 5" in today.cards[0].text()
    assert store.count() == 1
    with qtbot.waitSignal(today.refreshed):
        qtbot.mouseClick(today.cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert today.cards == []
    assert today.undo_button.isVisible()
    assert today.empty.isVisible()
    assert today.message.text() == "Check-in deleted."
    with qtbot.waitSignal(today.refreshed):
        qtbot.mouseClick(today.undo_button, Qt.MouseButton.LeftButton)
    assert len(today.cards) == 1
    assert "Mood 4 of 5" in today.cards[0].text()
    assert today.message.text() == "The check-in is back."  # replaced, not added to


def test_locking_during_a_checkin_keeps_it(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)

    def half_fill_then_lock(dialog):
        dialog.mood.setValue(2)
        dialog.note.setPlainText("Halfway through")
        window.controller.lock()

    when_dialog_opens(qtbot, CheckInDialog, half_fill_then_lock)
    window.open_checkin()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    [kept] = stores.checkin_store(window.controller).between(
        datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(hours=1))
    assert kept.mood == 2
    assert kept.note == "Halfway through"


def test_journal_text_survives_auto_lock_mid_sentence(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    journal = show_page(window, "Journal")
    journal.body.setFocus()
    qtbot.keyClicks(journal.body, "Today I noticed the light on the wat")
    window.idle.set_timeout_ms(200)
    wait_for_state(qtbot, window, AppState.LOCKED, timeout=5000)
    unlock(qtbot, window, PASSPHRASE)
    journal = show_journal(qtbot, window)
    assert journal.body.toPlainText() == "Today I noticed the light on the wat"
    assert "kept what you were writing" in journal.status.text()


def test_search_finds_entries_and_drafts(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.journal(window.controller)
    now = datetime.now(UTC)
    store.add("Morning", "Coffee on the balcony, watching swifts", ["home"], now)
    store.add("Later", "A walk to the river", [], now)
    journal = show_page(window, "Journal")
    journal.body.setFocus()
    qtbot.keyClicks(journal.body, "Thinking about the swifts again")
    journal.keep_draft()
    search_journal(qtbot, journal, "swift")
    found = {journal.model.entry_at(r).title for r in range(journal.model.rowCount())}
    assert found == {"Morning", ""}
    assert "<b><u>swifts</u></b>" in journal.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    journal.search.clear()
    journal.refresh_list()  # the tags, with the draft's
    qtbot.waitUntil(lambda: not journal.busy())
    journal.tag_filter.setCurrentIndex(journal.tag_filter.findData("home"))
    qtbot.waitUntil(lambda: not journal.busy())
    assert journal.model.rowCount() == 1


def test_the_list_fetches_page_by_page(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.journal(window.controller)
    base = datetime(2020, 1, 1, tzinfo=UTC)
    connection = window.controller.vault.connection
    connection.execute("BEGIN")
    for i in range(PAGE * 2 + 10):
        store.add(f"Entry {i}", "words", [], base + timedelta(hours=i))
    connection.execute("COMMIT")
    journal = show_journal(qtbot, window)
    model = journal.model
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()  # on the background runner; appended when it comes back
        qtbot.waitUntil(lambda: not model.fetching())
    assert model.rowCount() == PAGE * 2 + 10
    assert model.entry_at(0).title == f"Entry {PAGE * 2 + 9}"


def test_diary_card_shows_a_known_week_cell_by_cell(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    store = stores.checkin_store(window.controller)
    monday = date(2026, 11, 16)
    local = datetime.now().astimezone().tzinfo

    def at(day, hour):
        return datetime(2026, 11, day, hour, tzinfo=local)

    store.save(CheckIn(at=at(16, 9), urges=(Urge("self-harm", 2),), emotions={"shame": 3},
                       skills=frozenset({"STOP", "TIPP"}), medication=True, note="Rough night"))
    store.save(CheckIn(at=at(16, 20), urges=(Urge("self-harm", 4, acted=True),), distress=7))
    store.save(CheckIn(at=at(19, 12), emotions={"joy": 4}, medication=False))
    card = show_page(window, "Insights").diary_card
    card.show_week(monday)
    assert card.cell("Urge: self-harm (0–5)", 0) == "4 acted"
    assert card.cell("Urge: self-harm (0–5)", 1) == ""
    assert card.cell("Shame (0–5)", 0) == "3"
    assert card.cell("Joy (0–5)", 3) == "4"
    assert card.cell("Distress (0–10)", 0) == "7"
    assert card.cell("Skills used (0–7)", 0) == "2"
    assert card.cell("Skills used (0–7)", 3) == "0"
    assert card.cell("Medication taken", 0) == "yes"
    assert card.cell("Medication taken", 3) == "no"
    assert card.cell("Notes", 0) == "Rough night"
    assert card.table.horizontalHeaderItem(0).text() == "Mon\n16 Nov"


def test_templates_start_entries_and_can_be_edited(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    journal = show_page(window, "Journal")
    journal.template.setCurrentIndex(journal.template.findText("Template: What helped today"))
    journal.new_entry()
    assert journal.body.toPlainText().startswith("Something that helped today:")
    journal.body.setPlainText("Three good things:\n1.\n2.\n3.\n")
    journal.save_as_template("Three good things")
    journal.template.setCurrentIndex(journal.template.findText("Template: Three good things"))
    journal.new_entry()
    assert journal.body.toPlainText() == "Three good things:\n1.\n2.\n3.\n"


def test_pages_from_before_a_lock_do_not_hear_later_changes(qtbot, open_app, created_vault):
    """Views are rebuilt on every unlock; the old ones must let go of the controller."""
    folder, _ = created_vault
    window = open_app(folder)
    for _ in range(2):
        unlock(qtbot, window, PASSPHRASE)
        show_page(window, "Insights")
        show_page(window, "Settings")
        window.controller.lock()
        wait_for_state(qtbot, window, AppState.LOCKED)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # delete them
    window.controller.set_country("GB")  # as the crisis panel on the lock screen does
    unlock(qtbot, window, PASSPHRASE)
    stores.checkin_store(window.controller).save(CheckIn(at=datetime.now().astimezone()))
    window.controller.checkins_changed.emit()
    settings_page = show_page(window, "Settings")
    assert settings_page.country.currentData() == "GB"
