"""Pictures of help over a dialog and of the recovery-key confirmation, on a real X screen.

Run under a virtual screen: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python
tools/trust_screenshots.py docs/screenshots [--dark]``. The whole screen is grabbed, so a
window above another shows as it would on a desktop.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import PHRASE, fill_example_plan, wait_until

from recoverydesk import settings
from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.storage.settings_store import DeviceSettings
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.design.theme import apply_theme
from recoverydesk.ui.shell.main_window import MainWindow


def screen_shot(path: Path) -> None:
    QTest.qWait(400)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(f"saved {path}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""
    app = QApplication(sys.argv[:1])
    apply_theme(app, dark=args.dark)
    folder = Path(tempfile.mkdtemp()) / "vault"
    folder.mkdir()
    DeviceSettings(folder / "device.json").set(settings.COUNTRY, "GB")

    controller = AppController(folder, kdf=KdfParams(parallelism=2))
    window = MainWindow(controller)
    window.resize(1100, 720)
    window.show()
    setup = window.setup_view
    setup.start_button.click()
    setup.passphrase_edit.setText(PHRASE)
    setup.repeat_edit.setText(PHRASE)
    setup.create_button.click()
    wait_until(lambda: setup.currentIndex() == 3)
    setup.confirm_edit.setText(setup.recovery_label.text().split()[-1][:5])
    screen_shot(args.out / f"setup-recovery-confirm{suffix}.png")
    setup.confirm_edit.setText(setup.recovery_label.text().split()[-1])
    setup.continue_button.click()
    wait_until(lambda: controller.state is AppState.UNLOCKED)
    fill_example_plan(controller)

    def over_checkin() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.move(60, 40)
        dialog.mood.setValue(1)
        dialog.note.setPlainText("Hard evening.")
        window.open_crisis_panel().move(420, 20)
        screen_shot(args.out / f"crisis-panel-over-checkin{suffix}.png")
        window._panel.reject()
        dialog.reject()

    QTimer.singleShot(600, over_checkin)
    window.open_checkin()
    window.close()


if __name__ == "__main__":
    main()
