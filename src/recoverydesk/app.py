"""Builds the Qt application and wires the services together, explicitly."""

from __future__ import annotations

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


def run_gui(args) -> int:
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from recoverydesk import APP_NAME, paths
    from recoverydesk.ui.controller import AppController
    from recoverydesk.ui.design.theme import apply_theme
    from recoverydesk.ui.error_hook import ErrorHook
    from recoverydesk.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("recoverydesk")
    apply_theme(app)
    controller = AppController(paths.data_dir(getattr(args, "data_dir", None)))
    window = MainWindow(controller)
    ErrorHook(controller).install()
    window.show()
    if args.quit_after_start:
        def report_and_quit():
            print(f"first-window-shown {time.time():.6f} state={controller.state.value}",
                  flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    else:
        controller.try_keychain_unlock()
    return app.exec()
