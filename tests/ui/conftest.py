"""Build the real window over a real vault in tmp_path."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError

from recoverydesk.ui.controller import AppController
from recoverydesk.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The window in English, as it starts on an English system (its plural forms loaded)."""
    from recoverydesk.ui.translation import install_translator

    install_translator(qapp, "en")


@pytest.fixture
def open_app(qtbot, kdf):
    """``open_app(folder)`` → the real main window over ``folder``, shown."""
    made = []

    def make(folder):
        controller = AppController(folder, kdf=kdf)
        window = MainWindow(controller)
        # Closed below, not by qtbot: pytest-qt's own close would come first, and closing
        # on the recovery-key screen asks a question nobody would answer.
        window.show()
        qtbot.waitExposed(window)
        # The window listens to the whole app's events (quick-hide, help keys, idle) once
        # it has painted; a person can't press a key sooner, a test mustn't either.
        qtbot.waitUntil(lambda: window.listening)
        window.activateWindow()
        # Offscreen Qt sometimes leaves no window active after another window closes; a
        # test that needs activation (shortcuts) asks for it again in press_shortcut.
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.controller.wait_for_background()
        if window.setup_view is not None:  # closing on the recovery key would ask first
            window.setup_view.forget_recovery_key()
        window.close()
    # A dialog a test left open (a crisis panel, a check-in) would still be on screen in the
    # next test, which then sees a modal it never opened: hide what this test left (hide, not
    # close: a dialog holding typed text would ask first, and nobody would answer).
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture
def gb_window(open_app, created_vault, qtbot):
    """The real window over a vault with the country set to GB, unlocked."""
    from recoverydesk import settings
    from recoverydesk.storage.settings_store import DeviceSettings
    from tests.conftest import PASSPHRASE
    from tests.ui.helpers import unlock

    folder, _ = created_vault
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")
    window = open_app(folder)
    unlock(qtbot, window, PASSPHRASE)
    return window
