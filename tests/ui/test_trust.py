"""Help is never blocked and nothing is lost (issue: the trust fixes), through the real window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from recoverydesk.storage.errors import WrongPassphraseError
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import AppState
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import press_shortcut, show_page, unlock, wait_for_state, when_dialog_opens

HELP_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _checkin(window):
    window.open_checkin()


def _change_passphrase(window):
    show_page(window, "Settings").change_passphrase()


def _new_recovery_key(window):
    show_page(window, "Settings").make_new_recovery_key()


def _plan_history(window):
    show_page(window, "Safety plan").show_history()


def _plan_print(window):
    show_page(window, "Safety plan").open_print_dialog()


def _goal_editor(window):
    show_page(window, "Goals").new_goal()


def _contact(window):
    from recoverydesk.safety_plan import Contact

    show_page(window, "Safety plan")._edit_contact(Contact("", "people"))


def _report(window):
    show_page(window, "Insights").make_report()  # window-modal, opened without blocking


OPENERS = {"contact": _contact, "therapist report": _report, "check-in": _checkin,
           "change passphrase": _change_passphrase, "new recovery key": _new_recovery_key,
           "plan history": _plan_history,
           "print plan": _plan_print, "goal editor": _goal_editor}


def _panel_shows_help(qtbot, window):
    qtbot.waitUntil(lambda: window._panel is not None and window._panel.isVisible())
    assert "999" in window._panel._lead.text()
    window._panel.reject()
    qtbot.waitUntil(lambda: window._panel is None)


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_help_opens_over_every_dialog_and_the_dialog_keeps_its_content(qtbot, gb_window,
                                                                       opener):
    window = gb_window
    seen = {}

    def act(dialog):
        field = dialog.focusWidget()
        if hasattr(field, "insert"):
            field.insert("kept text")
        elif hasattr(field, "insertPlainText"):
            field.insertPlainText("kept text")
        before = _contents(dialog)
        # 1. The key, from wherever the focus is inside the dialog.
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_H, HELP_KEYS)
        _panel_shows_help(qtbot, window)
        assert dialog.isVisible()
        # 2. The dialog's own button.
        [button] = [b for b in dialog.findChildren(QPushButton)
                    if b.objectName() == "dialogHelpButton"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        _panel_shows_help(qtbot, window)
        assert dialog.isVisible()
        seen["same"] = _contents(dialog) == before
        QDialog.reject(dialog)

    when_dialog_opens(qtbot, QDialog, act)
    opener(window)
    qtbot.waitUntil(lambda: "same" in seen, timeout=20000)
    assert seen == {"same": True}


def _contents(dialog):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

    return ([e.text() for e in dialog.findChildren(QLineEdit)]
            + [e.toPlainText() for e in dialog.findChildren(QPlainTextEdit)]
            + [e.value() for e in dialog.findChildren(QSpinBox)])


def test_help_over_the_checkin_then_saving_it(qtbot, gb_window):
    window = gb_window

    def act(dialog):
        dialog.mood.setValue(1)
        dialog.note.setPlainText("Strong urge, asking for help")
        qtbot.keyClick(dialog.note, Qt.Key.Key_H, HELP_KEYS)
        _panel_shows_help(qtbot, window)
        dialog.accept()

    when_dialog_opens(qtbot, QDialog, act)
    press_shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [saved] = stores.checkin_store(window.controller).between(datetime(2000, 1, 1, tzinfo=UTC),
                                                        datetime(2100, 1, 1, tzinfo=UTC))
    assert (saved.mood, saved.note) == (1, "Strong urge, asking for help")


def test_locking_with_the_panel_over_a_dialog_keeps_help_open_and_private_text_gone(
        qtbot, gb_window):
    window = gb_window

    def act(dialog):
        dialog.note.setPlainText("private words")
        qtbot.keyClick(dialog.note, Qt.Key.Key_H, HELP_KEYS)
        qtbot.waitUntil(lambda: window._panel is not None and window._panel.isVisible())
        window.controller.lock()

    when_dialog_opens(qtbot, QDialog, act)
    window.open_checkin()
    wait_for_state(qtbot, window, AppState.LOCKED)
    qtbot.waitUntil(lambda: window._panel is not None and window._panel.isVisible())
    assert window._panel.parentWidget() is window
    assert "999" in window._panel._lead.text()
    window._panel.reject()
    unlock(qtbot, window, PASSPHRASE)
    [kept] = stores.checkin_store(window.controller).between(datetime(2000, 1, 1, tzinfo=UTC),
                                                       datetime(2100, 1, 1, tzinfo=UTC))
    assert kept.note == "private words"


def _plan_page(window):
    return show_page(window, "Safety plan")


def test_unsaved_plan_edits_survive_lock_and_quit(qtbot, gb_window, open_app, created_vault):
    window = gb_window
    page = _plan_page(window)
    page.editors["coping"].new_item.setText("Put on my warm jumper")  # typed, Enter not pressed
    page.editors["reasons"].new_item.setText("My sister's laugh")
    window.controller.lock()
    unlock(qtbot, window, PASSPHRASE)
    page = _plan_page(window)
    assert [i.text for i in page.current_plan().items("coping")] == ["Put on my warm jumper"]
    # An item being edited in place when the app quits.
    editor = page.editors["coping"]
    editor.items.setCurrentRow(0)
    editor.items.editItem(editor.items.item(0))
    field = editor.items.indexWidget(editor.items.currentIndex())  # the in-place editor
    field.selectAll()
    field.insert("Put on my warm jumper and make tea")
    window.close()
    folder, _ = created_vault
    again = open_app(folder)
    unlock(qtbot, again, PASSPHRASE)
    plan = _plan_page(again).current_plan()
    assert [i.text for i in plan.items("coping")] == ["Put on my warm jumper and make tea"]
    assert [i.text for i in plan.items("reasons")] == ["My sister's laugh"]


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_running_exercise_is_not_cut_off_by_auto_lock(qtbot, gb_window):
    window = gb_window
    clock = FakeClock()
    window.idle._clock = clock
    window.idle.start()
    window.controller.set_auto_lock_minutes(1)
    skills = show_page(window, "Skills")
    player = skills.start(next(e for e in skills.library if e.id == "body-scan"))
    player.start_button.click()
    clock.now += 8 * 60  # eight minutes of the body scan, nobody touching anything
    window.idle.check()
    assert window.controller.state is AppState.UNLOCKED
    player.toggle_pause()  # paused: the idle time counts from now
    clock.now += 59
    window.idle.check()
    assert window.controller.state is AppState.UNLOCKED
    clock.now += 2
    window.idle.check()
    wait_for_state(qtbot, window, AppState.LOCKED)


def test_a_new_auto_lock_time_applies_at_once(qtbot, gb_window):
    window = gb_window
    clock = FakeClock()
    window.idle._clock = clock
    window.idle.start()
    show_page(window, "Settings").auto_lock.setValue(1)
    assert window.idle.timeout_ms() == 60_000
    clock.now += 61
    window.idle.check()
    wait_for_state(qtbot, window, AppState.LOCKED)


def test_journal_delete_then_undo_brings_the_entry_back(qtbot, gb_window):
    window = gb_window
    store = stores.journal(window.controller)
    entry_id = store.add("Tuesday", "The heron was back on the canal", ["walk"],
                         datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
    journal = show_page(window, "Journal")
    journal._load(entry_id)
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(KeyError):
        store.get(entry_id)
    assert journal.undo_button.isVisible()
    qtbot.mouseClick(journal.undo_button, Qt.MouseButton.LeftButton)
    back = store.get(entry_id)
    assert (back.title, back.body, back.tags) == ("Tuesday", "The heron was back on the canal",
                                                  ("walk",))
    assert back.created_at == datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    assert journal.body.toPlainText() == "The heron was back on the canal"
    assert not journal.undo_button.isVisible()


def test_a_template_starts_a_new_entry_at_once(qtbot, gb_window):
    journal = show_page(gb_window, "Journal")
    journal.template.setCurrentIndex(1)
    journal.template.activated.emit(1)
    assert journal.body.toPlainText()
    assert journal.entry_id is None


def test_a_new_recovery_key_from_settings(qtbot, gb_window, created_vault):
    window = gb_window
    folder, old_key = created_vault
    shown = {}

    def give_passphrase(dialog):
        dialog.passphrase.setText(PASSPHRASE)
        dialog._accept()

        def keep_key(key_dialog):
            shown["key"] = key_dialog._key
            assert not key_dialog.done_button.isEnabled()
            key_dialog.confirm_edit.setText(key_dialog._key.rsplit("-", 1)[-1].lower())
            key_dialog.done_button.click()

        when_dialog_opens(qtbot, _recovery_key_dialog(), keep_key)

    when_dialog_opens(qtbot, _new_key_dialog(), give_passphrase)
    show_page(window, "Settings").make_new_recovery_key()
    qtbot.waitUntil(lambda: "key" in shown, timeout=20000)
    window.controller.lock()
    with pytest.raises(WrongPassphraseError):
        Vault(folder).unlock_with_recovery_key(old_key)
    Vault(folder).unlock_with_recovery_key(shown["key"])


def _new_key_dialog():
    from recoverydesk.ui.pages.settings import NewRecoveryKeyDialog

    return NewRecoveryKeyDialog


def _recovery_key_dialog():
    from recoverydesk.ui.pages.settings import RecoveryKeyDialog

    return RecoveryKeyDialog
