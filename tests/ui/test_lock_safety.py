"""Locking leaves nothing private on screen or in memory's widgets, and cuts nothing short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from recoverydesk.safety_plan import Contact, PlanItem
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import CHANGE_DONE_MESSAGE, AppState
from recoverydesk.ui.dialogs.goal_dialogs import GoalEditor
from recoverydesk.ui.pages.settings import ChangePassphraseDialog
from tests.support import stores
from tests.ui.helpers import show_page, wait_for_state, when_dialog_opens

CANARY = "lighthouse-canary-4417"


@pytest.fixture
def window(gb_window):
    return gb_window


def _texts_of_every_live_widget() -> str:
    """The text of every widget that still exists, shown or not, once deletions are done."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    texts = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        texts.append(widget.accessibleName())
        for reader in ("text", "toPlainText", "placeholderText"):
            method = getattr(widget, reader, None)
            if callable(method):
                value = method()
                texts.append(value if isinstance(value, str) else "")
    return "\n".join(texts)


def _open_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def test_locking_with_the_crisis_panel_open_keeps_no_private_text(qtbot, window):
    store = stores.plan_store(window.controller)
    store.save(store.current().with_items("coping", [PlanItem(f"Cold water {CANARY}")]))
    stores.contact_store(window.controller).add(
        Contact(f"Sam {CANARY}", "people", phone="07700900999"))
    panel = window.open_crisis_panel()
    qtbot.waitUntil(panel.isVisible)
    assert CANARY in _texts_of_every_live_widget()  # the panel really showed it

    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    qtbot.waitUntil(lambda: window._panel is not None and window._panel.isVisible())
    assert "999" in window._panel._lead.text()  # help is still open
    assert CANARY not in _texts_of_every_live_widget()
    window._panel.reject()


@pytest.mark.parametrize("opener", ["change passphrase", "goal editor"])
def test_locking_closes_an_open_dialog_and_its_text_goes(qtbot, window, opener):
    """A dialog with no lock handling of its own (the passphrase one) is closed by the
    window; one that keeps its typing (the goal editor) closes itself after saving."""
    seen = {}

    def act(dialog):
        field = dialog.first if isinstance(dialog, ChangePassphraseDialog) else dialog.title
        field.setText(f"typed {CANARY}")
        window.controller.lock()
        seen["still open"] = dialog.isVisible()
        if dialog.isVisible():  # leave the dialog's own loop, so the test can report
            QDialog.reject(dialog)

    if opener == "change passphrase":
        when_dialog_opens(qtbot, ChangePassphraseDialog, act)
        show_page(window, "Settings").change_passphrase()
    else:
        when_dialog_opens(qtbot, GoalEditor, act)
        show_page(window, "Goals").new_goal()
    assert seen == {"still open": False}
    wait_for_state(qtbot, window, AppState.LOCKED)
    assert _open_dialogs() == []
    assert CANARY not in _texts_of_every_live_widget()


def test_locking_while_the_passphrase_changes_reports_it_and_keeps_the_vault(
        qtbot, window, created_vault):
    folder, _ = created_vault

    def act(dialog):
        dialog.first.setText("a calmer new passphrase")
        dialog.second.setText("a calmer new passphrase")
        dialog._accept()

    when_dialog_opens(qtbot, ChangePassphraseDialog, act)
    show_page(window, "Settings").change_passphrase()
    window.controller.lock()  # the change is still running on the background thread
    wait_for_state(qtbot, window, AppState.LOCKED)
    # The result reaches the lock screen's status line, not the deleted Settings page.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == CHANGE_DONE_MESSAGE,
                    timeout=30000)
    Vault(folder).unlock("a calmer new passphrase")
