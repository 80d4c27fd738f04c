"""Quick-hide and the clipboard, through the real window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from recoverydesk import settings
from recoverydesk.safety_plan import Contact
from recoverydesk.storage.database import transaction
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.ui.clipboard import CONCEALED_HINT, copy_private, private_clipboard
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.shell.quick_hide import NEUTRAL_TITLE
from tests.conftest import PASSPHRASE
from tests.support import stores
from tests.ui.helpers import show_page, unlock
from tests.ui.test_safety_plan_page import visible_text

CANARY = "heron-canary-7731"
HIDE_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def busy_window(gb_window, qtbot):
    """The app unlocked on the journal, a private entry listed, the crisis panel open on top."""
    window = gb_window
    controller = window.controller
    with transaction(controller.vault.connection):
        stores.journal(controller).add(f"About {CANARY}", f"Today {CANARY} again.", [],
                                 datetime.now(UTC))
    stores.contact_store(controller).add(Contact(f"Sam {CANARY}", "people", phone="07700900999"))
    show_page(window, "Journal").refresh_list()
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    shown = "\n".join(visible_text(w) for w in QApplication.topLevelWidgets() if w.isVisible())
    assert CANARY in shown  # the test can see private text before hiding
    return window, panel


def _visible_texts() -> str:
    return "\n".join(visible_text(w) for w in QApplication.topLevelWidgets() if w.isVisible())


def _same_pixels(a, b) -> bool:
    fmt = a.format()
    return a.size() == b.size() and a == b.convertToFormat(fmt)


@pytest.mark.parametrize("how", ["shortcut", "button"])
def test_quick_hide_leaves_no_private_text_and_locks(qtbot, busy_window, how):
    window, panel = busy_window
    copy_private("07700900999")
    if how == "shortcut":
        # Over the crisis panel (a dialog): the shortcut works wherever the focus is.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
        qtbot.keyClick(panel.windowHandle(), Qt.Key.Key_L, HIDE_KEYS)
    else:
        window.quick_hide.button.click()
    # Within the same event-loop turn: nothing else has run yet.
    assert window.controller.state is AppState.LOCKED
    assert window.quick_hide.hidden
    assert CANARY not in _visible_texts()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert window.windowTitle() == NEUTRAL_TITLE
    assert QGuiApplication.clipboard().text() == ""  # what we copied goes on lock
    cover = window.quick_hide.cover
    assert cover.geometry() == window.rect()
    assert _same_pixels(window.grab().toImage(), cover.grab().toImage())

    qtbot.keyClick(cover, Qt.Key.Key_Space)  # any key brings back the lock screen
    assert not window.quick_hide.hidden
    assert window.stack.currentWidget() is window.lock_view
    assert window.windowTitle() != NEUTRAL_TITLE
    assert window.lock_view.isVisible()


def test_neutral_title_and_lock_on_screen_lock_and_minimise(qtbot, open_app, created_vault):
    folder, _ = created_vault
    window = open_app(folder)
    controller = window.controller
    controller.set_device_option(settings.NEUTRAL_TITLE, True)
    assert window.windowTitle() == NEUTRAL_TITLE
    unlock(qtbot, window, PASSPHRASE)
    window.quick_hide.screen_locked(True)  # as org.freedesktop.ScreenSaver says it
    assert controller.state is AppState.LOCKED

    unlock(qtbot, window, PASSPHRASE)
    controller.set_device_option(settings.LOCK_ON_SCREEN_LOCK, False)
    window.quick_hide.screen_locked(True)
    assert controller.state is AppState.UNLOCKED
    controller.set_device_option(settings.LOCK_ON_MINIMISE, True)
    window.showMinimized()
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED)


def test_copied_text_is_concealed_and_cleared_if_still_ours(qtbot, open_app, created_vault):
    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")
    window = open_app(folder)
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    private_clipboard().clear_after_seconds = 0.2
    copy = next(b for b in panel.findChildren(QPushButton) if b.text() == "Copy")
    copy.click()  # a crisis number, copied through the one helper
    clipboard = QGuiApplication.clipboard()
    number = clipboard.text()
    assert number
    assert copy.accessibleName() == f"Copy {number}"
    assert bytes(clipboard.mimeData().data(CONCEALED_HINT)) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    copy_private("ours for now")
    clipboard.setText("something the person copied since")
    qtbot.wait(400)
    assert clipboard.text() == "something the person copied since"
