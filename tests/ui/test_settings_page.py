"""Settings through the real window: every change applies at once, nothing waits for a Save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from recoverydesk import settings
from recoverydesk.ui.controller import AppState
from recoverydesk.ui.design.components import Card
from tests.conftest import PASSPHRASE
from tests.ui.helpers import show_page, unlock, wait_for_state


@pytest.fixture
def window(qtbot, open_app, created_vault):
    window = open_app(created_vault[0])
    unlock(qtbot, window, PASSPHRASE)
    return window


def test_each_setting_applies_as_it_is_changed(qtbot, window):
    page = show_page(window, "Settings")
    assert not [b.text() for b in page.findChildren(QPushButton) if "Save" in b.text()]
    vault_settings = window.controller.vault.settings()
    page.review_weeks.setValue(4)
    assert vault_settings.get(settings.PLAN_REVIEW_WEEKS) == 4
    page.reduce_motion.setChecked(True)
    assert vault_settings.get(settings.REDUCE_MOTION) is True
    page.country.setCurrentIndex(page.country.findData("IE"))
    assert window.controller.country == "IE"
    page.auto_lock.setValue(3)
    assert window.controller.auto_lock_minutes() == 3

    qtbot.keyClicks(page.lock_card, "Call Sam")
    qtbot.waitUntil(lambda: window.controller.lock_screen_card == "Call Sam", timeout=3000)
    assert "card is saved" in page.message.text()
    page.lock_card.setPlainText("")
    qtbot.waitUntil(lambda: window.controller.lock_screen_card == "", timeout=3000)

    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Settings")
    assert (page.review_weeks.value(), page.reduce_motion.isChecked(),
            page.country.currentData(), page.auto_lock.value()) == (4, True, "IE", 3)


def test_groups_and_a_data_group_others_can_join(window):
    page = show_page(window, "Settings")
    titles = [card.title_label.text() for card in page.findChildren(Card)]
    assert titles == ["Privacy and locking", "Crisis lines", "Appearance", "Reminders", "Data"]
    assert page.data.title_label.text() == "Data"
    for box in (page.auto_lock, page.review_weeks):
        assert box.sizeHint().width() < page.width() / 3  # a number box, not a full-width bar
        assert box.width() <= box.sizeHint().width()


def test_remember_is_offered_once_the_keychain_answers_and_stays_ticked(qtbot, window,
                                                                       memory_keyring):
    page = show_page(window, "Settings")
    qtbot.waitUntil(page.remember.isEnabled)  # asked on the background runner
    assert not page.remember.isChecked()
    assert "system keychain" in page.keychain_note.text()
    page.remember.setChecked(True)
    assert len(memory_keyring.secrets) == 1
    assert window.controller.remembered

    window.controller.lock()
    wait_for_state(qtbot, window, AppState.LOCKED)
    unlock(qtbot, window, PASSPHRASE)
    page = show_page(window, "Settings")
    qtbot.waitUntil(page.remember.isEnabled)
    assert page.remember.isChecked()
    assert len(memory_keyring.secrets) == 1  # showing it ticked stored nothing again
