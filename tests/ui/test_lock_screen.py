"""The lock screen, Lock now, auto-lock and the recovery key, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recoverydesk import settings
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import CHANGE_DONE_MESSAGE, AppState
from recoverydesk.ui.pages.settings import ChangePassphraseDialog
from recoverydesk.ui.shell.sections import PAGES
from tests.conftest import PASSPHRASE
from tests.ui.helpers import (
    press_shortcut,
    show_page,
    type_and_enter,
    unlock,
    wait_for_state,
    when_dialog_opens,
)


def test_wrong_then_right_passphrase(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    assert window.controller.state is AppState.LOCKED
    assert window.lock_view.secret_edit.hasFocus()
    type_and_enter(qtbot, window.lock_view.secret_edit, "not my phrase")
    qtbot.waitUntil(lambda: window.lock_view.message.isVisible(), timeout=15000)
    assert "didn't open your vault" in window.lock_view.message.text()
    assert window.controller.state is AppState.LOCKED
    unlock(qtbot, window, PASSPHRASE)
    assert not window.lock_view.isVisible()


def test_repeated_failures_pause_the_next_try(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    view = window.lock_view
    for attempt in range(3):
        qtbot.waitUntil(view.secret_edit.isEnabled, timeout=15000)
        type_and_enter(qtbot, view.secret_edit, f"wrong {attempt}")
        qtbot.waitUntil(lambda n=attempt: window.controller.throttle.failures == n + 1,
                        timeout=15000)
    assert "try again in" in view.message.text()
    assert not view.secret_edit.isEnabled()
    qtbot.waitUntil(view.secret_edit.isEnabled, timeout=10000)
    assert "try again now" in view.message.text()
    unlock(qtbot, window, PASSPHRASE)


def test_lock_now_by_shortcut_and_button_drops_the_private_views(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    press_shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_for_state(qtbot, window, AppState.LOCKED)
    assert window.shell is None
    assert not window.controller.vault.is_unlocked
    unlock(qtbot, window, PASSPHRASE)
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    wait_for_state(qtbot, window, AppState.LOCKED)


def test_auto_lock_after_idle_time_and_activity_keeps_it_open(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    assert window.idle.timeout_ms() == 5 * 60_000  # the default
    for info in PAGES:  # built on first show: build them now, so each key below is quick
        show_page(window, info.title)
    show_page(window, PAGES[0].title)
    now = [1000.0]  # time is injected: the test moves it, nothing sleeps
    window.idle._clock = lambda: now[0]
    window.idle.note_activity()  # building them was no one's input: count from now
    window.idle.set_timeout_ms(1500)
    for _ in range(6):  # 3 s of typing in all, never more than 0.5 s apart
        qtbot.keyClick(window.shell.nav, Qt.Key.Key_Down)
        now[0] += 0.5
        window.idle.check()  # what its timer does when it wakes
    assert window.controller.state is AppState.UNLOCKED
    now[0] += 1.5
    window.idle.check()
    wait_for_state(qtbot, window, AppState.LOCKED, timeout=10000)
    assert window.shell is None


def test_auto_lock_time_comes_from_settings(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    show_page(window, "Settings").auto_lock.setValue(2)
    window.controller.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert window.idle.timeout_ms() == 2 * 60_000
    assert window.controller.vault.settings().get(settings.AUTO_LOCK_MINUTES) == 2


def test_recovery_key_unlocks_and_offers_a_new_passphrase(qtbot, open_app, created_vault):
    folder, recovery_key = created_vault
    window = open_app(folder)
    qtbot.mouseClick(window.lock_view.switch_button, Qt.MouseButton.LeftButton)
    assert window.lock_view.secret_edit.accessibleName() == "Recovery key"

    def answer_dialog(dialog):
        dialog.first.setText("a new morning phrase")
        dialog.second.setText("a new morning phrase")
        dialog._accept()

    when_dialog_opens(qtbot, ChangePassphraseDialog, answer_dialog)
    type_and_enter(qtbot, window.lock_view.secret_edit, recovery_key.lower())
    wait_for_state(qtbot, window, AppState.UNLOCKED)
    window.controller.wait_for_background()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == CHANGE_DONE_MESSAGE,
                    timeout=15000)
    window.controller.lock()
    Vault(folder).unlock("a new morning phrase")


def test_damaged_vault_gets_a_clear_message_and_is_not_touched(qtbot, open_app, created_vault):
    folder, _ = created_vault
    db = folder / "recoverydesk.db"
    db.write_bytes(db.read_bytes()[:3000])
    before = db.read_bytes()
    window = open_app(folder)
    assert window.controller.state is AppState.LOCKED  # never setup over an existing vault
    type_and_enter(qtbot, window.lock_view.secret_edit, PASSPHRASE)
    qtbot.waitUntil(lambda: window.lock_view.message.isVisible(), timeout=15000)
    assert str(db) in window.lock_view.message.text()
    assert db.read_bytes() == before


def test_unreadable_device_settings_are_told_once_and_the_file_kept(qtbot, open_app,
                                                                      created_vault):
    folder, _ = created_vault
    foreign = b'{"country": {"nested": ["not", "ours"]}}'
    (folder / "device.json").write_bytes(foreign)
    window = open_app(folder)
    notice = window.lock_view.notice
    assert notice.isVisible()
    assert "couldn't read its settings on this computer" in notice.text()
    assert "Everything you wrote is safe" in notice.text()
    assert "device.json" not in notice.text()  # kind words, not a path
    unlock(qtbot, window, PASSPHRASE)
    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    assert not notice.isVisible()  # once per start, not at every lock
    assert (folder / "device.json").read_bytes() == foreign


def test_readable_device_settings_bring_no_notice(qtbot, open_app, created_vault):
    folder, _ = created_vault
    (folder / "device.json").write_text('{"country": "GB"}')
    window = open_app(folder)
    assert not window.lock_view.notice.isVisible()
    assert window.lock_view.notice.text() == ""


def test_unreadable_device_settings_before_setup_are_told_on_the_status_line(qtbot, open_app,
                                                                               tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "device.json").write_bytes(b"\xff\xfe not settings")
    window = open_app(folder)
    assert window.controller.state is AppState.SETUP
    assert "couldn't read its settings" in window.statusBar().currentMessage()
    assert window.controller.take_settings_notice() is None  # told once


def test_the_keychain_is_asked_while_the_lock_screen_waits(qtbot, open_app, created_vault,
                                                          memory_keyring, monkeypatch):
    """Whether a keychain is here is known before Settings is first opened (asked beside the
    runner while locked), so building Settings never waits for keyring; nothing is read."""
    from recoverydesk.storage.keychain import Keychain

    asked = []
    real_status = Keychain.status
    monkeypatch.setattr(Keychain, "status", lambda self: asked.append(1) or real_status(self))
    monkeypatch.setattr(Keychain, "load", lambda self, vault_id: pytest.fail("read the keychain"))
    window = open_app(created_vault[0])
    qtbot.waitUntil(lambda: asked == [1])
    assert window.controller.state is AppState.LOCKED
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Settings")
    assert "Looking for" not in page.keychain_note.text()  # known at once
    assert asked == [1]  # the answer kept since, not asked again
