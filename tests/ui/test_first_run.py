"""First run, driven as a person would: welcome, passphrase, country, recovery key, in."""

from __future__ import annotations

import re
import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from recoverydesk import settings
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import AppState
from tests.ui.helpers import wait_for_state, when_dialog_opens

PHRASE = "paper boats on a still pond"


def fill_passphrase_page(qtbot, setup, first, second):
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert setup.currentIndex() == 1
    assert setup.passphrase_edit.hasFocus()
    qtbot.keyClicks(setup.passphrase_edit, first)
    qtbot.keyClick(setup.passphrase_edit, Qt.Key.Key_Return)  # moves to the second field
    qtbot.keyClicks(setup.repeat_edit, second)


def confirm_recovery_key(qtbot, setup):
    """Type the last group of the shown key, as from a written copy, and press Enter."""
    last = setup.recovery_label.text().split()[-1]
    qtbot.keyClicks(setup.confirm_edit, last.lower())
    qtbot.keyClick(setup.confirm_edit, Qt.Key.Key_Return)


def create_until_recovery_key(qtbot, window):
    setup = window.setup_view
    fill_passphrase_page(qtbot, setup, PHRASE, PHRASE)
    qtbot.keyClick(setup.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.currentIndex() == 3, timeout=20000)
    return setup


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
    assert not setup.continue_button.isEnabled()  # saved is not yet "kept": they say so
    setup.kept_box.setChecked(True)

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
    qtbot.waitUntil(setup.remember_box.isEnabled)  # the keychain answers off the UI thread
    fill_passphrase_page(qtbot, setup, PHRASE, PHRASE)
    setup.remember_box.setChecked(True)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.currentIndex() == 3, timeout=20000)
    confirm_recovery_key(qtbot, setup)
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
    qtbot.waitUntil(lambda: "type your passphrase each time" in setup.remember_note.text())
    assert not setup.remember_box.isEnabled()


def test_the_keychain_is_asked_off_the_ui_thread(qtbot, open_app, data_dir, memory_keyring,
                                                 monkeypatch):
    import threading

    from recoverydesk.storage.keychain import Keychain

    asked_on, answer = [], threading.Event()
    real_status = Keychain.status

    def status(self):  # a keychain service slow to answer
        asked_on.append(threading.current_thread())
        answer.wait(10)
        return real_status(self)

    monkeypatch.setattr(Keychain, "status", status)
    window = open_app(data_dir)
    setup = window.setup_view
    assert not setup.remember_box.isEnabled()  # not yet known: not offered
    assert "Looking for your system keychain" in setup.remember_note.text()
    fill_passphrase_page(qtbot, setup, PHRASE, PHRASE)  # the window answers meanwhile
    answer.set()
    qtbot.waitUntil(setup.remember_box.isEnabled)
    assert asked_on
    assert threading.main_thread() not in asked_on


def test_going_on_needs_the_last_group_typed_back(qtbot, open_app, data_dir):
    window = open_app(data_dir)
    setup = create_until_recovery_key(qtbot, window)
    assert setup.confirm_edit.hasFocus()
    assert not setup.continue_button.isEnabled()
    assert not setup.kept_box.isEnabled()  # only after Print… or Save to a file…
    qtbot.keyClicks(setup.confirm_edit, "123456789")
    qtbot.keyClick(setup.confirm_edit, Qt.Key.Key_Return)
    assert window.controller.state is AppState.SETUP
    setup.confirm_edit.clear()
    confirm_recovery_key(qtbot, setup)
    wait_for_state(qtbot, window, AppState.UNLOCKED)


def test_closing_on_the_recovery_key_screen_asks_first(qtbot, open_app, data_dir):
    window = open_app(data_dir)
    create_until_recovery_key(qtbot, window)

    def answer(button):
        return lambda box: box.button(button).click()

    when_dialog_opens(qtbot, QMessageBox, answer(QMessageBox.StandardButton.No))
    assert not window.close()
    assert window.isVisible()
    assert window.setup_view.showing_recovery_key

    when_dialog_opens(qtbot, QMessageBox, answer(QMessageBox.StandardButton.Yes))
    assert window.close()


def test_closing_after_the_key_was_kept_does_not_ask(qtbot, open_app, data_dir, tmp_path):
    window = open_app(data_dir)
    setup = create_until_recovery_key(qtbot, window)
    setup.save_key_to(str(tmp_path / "key.txt"))
    setup.kept_box.setChecked(True)
    assert window.close()


def test_printing_the_key_to_a_file_is_owner_only(qtbot, open_app, data_dir, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = open_app(data_dir)
    setup = create_until_recovery_key(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "printed key.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    setup.print_key_to(printer)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left
    assert setup.kept_box.isEnabled()


def test_printing_the_key_warns_first_and_no_means_no_print(qtbot, open_app, data_dir):
    window = open_app(data_dir)
    setup = create_until_recovery_key(qtbot, window)
    seen = []

    def decline(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_dialog_opens(qtbot, QMessageBox, decline)
    setup._print_key()
    assert "not encrypted" in seen[0]
    assert not setup.kept_box.isEnabled()


def test_the_country_chosen_on_the_welcome_screen_carries_into_setup(qtbot, open_app, data_dir):
    window = open_app(data_dir)
    panel = window.open_crisis_panel()
    panel._country.setCurrentIndex(panel._country.findData("IE"))
    panel.reject()
    setup = window.setup_view
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert setup.country_box.currentData() == "IE"
