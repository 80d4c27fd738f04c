"""Builds the Qt application and wires the services together, explicitly."""

from __future__ import annotations

import gc
import os
import sys
import time

NO_DISPLAY = (
    "RecoveryDesk needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY).\n"
    "On a desktop, start it from your desktop session. On a server or in a container, run it\n"
    "on a virtual screen:  xvfb-run -a make run   (Debian/Ubuntu: apt-get install xvfb)"
)


def display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(args, language: str = "") -> int:
    """``language``: the person's chosen language ("" = the system's); RECOVERYDESK_LANG and
    --pseudo come first."""
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # Python's cycle collector waits until the first window is up: importing Qt and our
    # modules and building the window made ~60 collections, 15-20 ms here (gc.callbacks),
    # each scanning objects that all live on.
    gc.disable()
    # Loaded before Qt, so PySide6 does not read this module's source either.
    from recoverydesk.ui.pyside_imports import answer_feature_check_by_name

    from PySide6.QtCore import QTimer  # isort: skip

    answer_feature_check_by_name()  # before the app's own modules are imported
    from PySide6.QtWidgets import QApplication

    from recoverydesk import APP_NAME, DESKTOP_ID, paths
    from recoverydesk.ui.controller import AppController
    from recoverydesk.ui.design.theme import apply_colours
    from recoverydesk.ui.error_hook import ErrorHook
    from recoverydesk.ui.shell.main_window import MainWindow
    from recoverydesk.ui.shell.single_instance import SingleInstance

    # Fusion from the first paint; its calm version (ui/design/calm_style.py) follows then.
    app = QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    from recoverydesk.ui.translation import PSEUDO, choose_language, install_translator

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    install_translator(app, PSEUDO if getattr(args, "pseudo", False)
                       else choose_language(language or _language_setting(data_dir)))
    instance = SingleInstance(data_dir)
    if not instance.claim():
        gc.enable()
        return _hand_over(instance)
    apply_colours(app)
    controller = AppController(data_dir)
    window = MainWindow(controller)
    ErrorHook(controller).install()
    window.show()
    QTimer.singleShot(0, gc.enable)
    if args.quit_after_start:
        def report_and_quit():
            print(f"first-window-shown {time.time():.6f} state={controller.state.value}",
                  flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    else:
        controller.try_keychain_unlock()
    # Listening for a second start loads QtNetwork: after the first window is up (a start
    # in between is told to try again in a moment).
    QTimer.singleShot(0, lambda: instance.serve(window.come_forward))
    try:
        return app.exec()
    finally:
        instance.release()


ALREADY_OPEN = "RecoveryDesk is already open on this vault: its window has come forward."
NO_ANSWER = ("RecoveryDesk is busy with this vault (the app, or a command writing to it) and "
             "did not answer. Try again in a moment.")


def _hand_over(instance) -> int:
    """A second start on the same vault: ask the first window to come forward, then leave."""
    if instance.ask_first_to_come_forward():
        print(ALREADY_OPEN)
        return 0
    print(NO_ANSWER, file=sys.stderr)
    return 1


def _language_setting(data_dir) -> str:
    """The language chosen in Settings (a device setting, readable before unlocking)."""
    from recoverydesk import settings
    from recoverydesk.storage.settings_store import DeviceSettings
    from recoverydesk.storage.vault import VaultPaths

    return str(DeviceSettings(VaultPaths(data_dir).device_settings).get(settings.LANGUAGE))
