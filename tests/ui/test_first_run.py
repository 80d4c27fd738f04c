"""First run, driven as a person would: welcome, passphrase, country, recovery key, in."""

from __future__ import annotations

import re
import stat

from PySide6.QtCore import Qt

from recoverydesk import settings
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import AppState
from tests.ui.helpers import wait_for_state

PHRASE = "paper boats on a still pond"


def fill_passphrase_page(qtbot, setup, first, second):
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert setup.currentIndex() == 1
    assert setup.passphrase_edit.hasFocus()
    qtbot.keyClicks(setup.passphrase_edit, first)
    qtbot.keyClick(setup.passphrase_edit, Qt.Key.Key_Return)  # moves to the second field
    qtbot.keyClicks(setup.repeat_edit, second)


def test_first_run_creates_the_vault_and_shows_the_recovery_key_once(qtbot, open_app, data_dir,
                                                                      tmp_path):
    window = open_app(data_dir)
    assert window.controller.state is AppState.SETUP
    setup = window.setup_view
    fill_passphrase_page(qtbot, setup, PHRASE, PHRASE)
    assert setup.hint.text().startswith("Strong")
    setup.country_box.setCurrentIndex(setup.country_box.findData("GB"))
    qtbot.keyClick(setup.repeat_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: setup.currentIndex() == 3, timeout=20000)
    shown = setup.recovery_label.text()
    assert re.fullmatch(r"([0-9A-F]{9} ){3}[0-9A-F]{9}\n([0-9A-F]{9} ){3}[0-9A-F]{9}", shown)
    assert setup.passphrase_edit.text() == ""

    saved = tmp_path / "key.txt"
    setup.save_key_to(str(saved))
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert shown.replace("\n", " ").replace(" ", "-") in saved.read_text()

    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    wait_for_state(qtbot, window, AppState.UNLOCKED)
    assert window.setup_view is None
    assert window.shell.nav.count() == 7
    assert DeviceSettings(data_dir / "device.json").get(settings.COUNTRY) == "GB"

    window.controller.lock()
    Vault(data_dir).unlock(PHRASE)
    Vault(data_dir).unlock_with_recovery_key(shown)


def test_short_or_mismatched_passphrases_are_explained_and_nothing_is_created(qtbot, open_app,
                                                                              data_dir):
    window = open_app(data_dir)
    setup = window.setup_view
    fill_passphrase_page(qtbot, setup, "short", "short")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in setup.setup_message.text()
    assert setup.setup_message.isVisible()

    setup.passphrase_edit.setText(PHRASE)
    setup.repeat_edit.setText(PHRASE + "!")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "don't match" in setup.setup_message.text()
    assert setup.currentIndex() == 1
    assert not Vault(data_dir).exists()


def test_remember_on_this_computer_opens_straight_in_next_time(qtbot, open_app, data_dir,
                                                               memory_keyring):
    window = open_app(data_dir)
    setup = window.setup_view
    assert setup.remember_box.isEnabled()
    fill_passphrase_page(qtbot, setup, PHRASE, PHRASE)
    setup.remember_box.setChecked(True)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.currentIndex() == 3, timeout=20000)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    wait_for_state(qtbot, window, AppState.UNLOCKED)
    assert len(memory_keyring.secrets) == 1
    window.close()

    again = open_app(data_dir)
    assert again.controller.state is AppState.LOCKED
    again.controller.try_keychain_unlock()
    wait_for_state(qtbot, again, AppState.UNLOCKED)


def test_without_a_keychain_the_choice_is_off_and_says_why(qtbot, open_app, data_dir):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    window = open_app(data_dir)
    setup = window.setup_view
    assert not setup.remember_box.isEnabled()
    assert "type your passphrase each time" in setup.remember_note.text()
