"""Pictures of the backup and quick-hide screens (Settings → Data, the restore preview, the
note on Today, the plain cover, the lock screen's note about unreadable settings), light or
dark:
``python tools/screenshots_backup.py docs/screenshots [--dark]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from screenshots import PHRASE, fill_example_logs, show_page, wait_until

from recoverydesk.checkin import CheckIn
from recoverydesk.storage.checkin_store import CheckInStore
from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.storage.vault import Vault
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.design.theme import apply_theme
from recoverydesk.ui.pages.settings_backup import BackupSettings, RestorePreviewDialog
from recoverydesk.ui.shell.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    suffix = "-dark" if args.dark else ""
    app = QApplication(sys.argv[:1])
    apply_theme(app, dark=args.dark)

    def shot(widget, name):
        QTest.qWait(150)
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault = Vault(folder)
        vault.create(PHRASE, KdfParams())
        vault.lock()
        controller = AppController(folder, kdf=KdfParams())
        window = MainWindow(controller)
        window.resize(980, 680)
        window.show()
        QTest.qWaitForWindowExposed(window)
        controller.unlock(PHRASE)
        wait_until(lambda: controller.state is AppState.UNLOCKED)
        fill_example_logs(controller)
        CheckInStore(controller.vault.connection).save(
            CheckIn(at=datetime.now(UTC) - timedelta(days=60), mood=3))
        controller.lock()
        controller.unlock(PHRASE)
        wait_until(lambda: controller.state is AppState.UNLOCKED and window.shell is not None)
        show_page(window, "Today")
        shot(window, "today-backup-note")

        out = Path(tmp) / "example.rdbackup"
        controller.back_up(out)
        wait_until(out.exists)
        show_page(window, "Settings")
        page = window.shell.pages.currentWidget()
        scroll = page if isinstance(page, QScrollArea) else None
        widget = page.findChild(BackupSettings)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)
        # The same widget on its own, at its full height (the Settings page groups it
        # under Data).
        alone = BackupSettings(controller)
        alone.setContentsMargins(12, 12, 12, 12)
        alone.resize(820, 600)
        alone.show()
        shot(alone, "settings-backup")
        alone.close()
        alone.deleteLater()
        QTest.qWait(50)

        def preview_shot():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, RestorePreviewDialog):
                shot(dialog, "restore-preview")
                dialog.reject()
            else:
                QTimer.singleShot(50, preview_shot)

        QTimer.singleShot(50, preview_shot)
        widget.restore_from(out)
        wait_until(lambda: not widget.message.text().startswith("Checking"))
        QTest.qWait(300)
        window.quick_hide.hide_now()
        shot(window, "quick-hide")
        window.quick_hide.uncover()
        controller.shutdown()
        window.close()

        # The lock screen's note when this computer's settings file couldn't be used.
        (folder / "device.json").write_text('{"country": ["not", "a", "setting"]}')
        controller = AppController(folder, kdf=KdfParams())
        window = MainWindow(controller)
        window.resize(980, 680)
        window.show()
        QTest.qWaitForWindowExposed(window)
        shot(window, "lock-settings-notice")
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
