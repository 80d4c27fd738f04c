"""Start the real window, leave some work open, then quit: one quit per process.

Run as a child process by test_quit.py:
    python quit_app.py FOLDER SCENARIO MARKER   (the passphrase on stdin)
Unlocks, types "draft MARKER" into a new journal entry (not saved), then:
    ctrl-q        a real Ctrl+Q key press to the window
    close         window.close(), as the window's close button does
    checkin-open  a check-in open (mood 2, note "checkin MARKER"), then window.close(), or
                  QApplication.quit() (as when the desktop session ends) for an odd MARKER
    skill-open    a skill running with "answer MARKER" typed in its first step, then Ctrl+Q
    panel-open    the crisis panel open (on the window, or over an open check-in as above
                  for an odd MARKER), then the Quit action
The exit code is the app's; a quit that does not end the app exits with 5, 30 s after the
quit was asked for (generous: a busy 2-core CI machine builds pages slowly).
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.shell.main_window import MainWindow

SKILL_ID = "grounding-5-4-3-2-1"  # its first step asks for an answer
CHECKIN_MOOD = 2
SCENARIOS = ("ctrl-q", "close", "checkin-open", "skill-open", "panel-open")
NOT_QUIT_EXIT = 5
NOT_QUIT_MS = 30_000
UNLOCK_FAILED_EXIT = 6
ACTIVATION_DEADLINE_MS = 20_000


def odd(marker: str) -> bool:
    return int(marker[-1]) % 2 == 1


class Quitter:
    def __init__(self, app: QApplication, window: MainWindow, marker: str) -> None:
        self.app = app
        self.window = window
        self.marker = marker

    def type_draft(self) -> None:
        self.window.show_page("Journal")
        journal = self.window.shell.pages.currentWidget()
        journal.new_entry()  # the last run's draft is kept; this one starts empty
        QTest.keyClicks(journal.body, f"draft {self.marker}")

    def quitting(self) -> None:
        """From now on the app must end: one that is still running later is a failure, not a
        hang."""
        QTimer.singleShot(NOT_QUIT_MS, lambda: self.app.exit(NOT_QUIT_EXIT))

    def press_ctrl_q(self) -> None:
        """As the window system delivers it, so Qt's shortcut sees it (tests/ui/helpers.py)."""
        self.window.activateWindow()
        deadline = QDeadlineTimer(ACTIVATION_DEADLINE_MS)
        while QApplication.activeWindow() is not self.window:
            if deadline.hasExpired():
                raise RuntimeError("the window never became active")
            QTest.qWait(10)
        self.quitting()
        QTest.keyClick(self.window.windowHandle(), Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier)

    def with_checkin_open(self, then) -> None:
        """Open a check-in, fill it in, and call `then` while it is still open (modal)."""
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            dialog.mood.setValue(CHECKIN_MOOD)
            QTest.keyClicks(dialog.note, f"checkin {self.marker}")
            self.quitting()
            then()

        QTimer.singleShot(0, fill)
        self.window.checkin_action.trigger()  # runs the dialog's own event loop

    def open_skill_and_quit(self) -> None:
        self.window.show_page("Skills")
        skills = self.window.shell.pages.currentWidget()
        player = skills.start(next(e for e in skills.library if e.id == SKILL_ID))
        player.start_button.click()
        QTest.keyClicks(player.prompt, f"answer {self.marker}")
        self.press_ctrl_q()

    def open_panel_and_quit(self) -> None:
        if odd(self.marker):
            self.with_checkin_open(self._panel_then_quit)
        else:
            self._panel_then_quit()

    def _panel_then_quit(self) -> None:
        panel = self.window.open_crisis_panel()
        if not panel.isVisible():
            raise RuntimeError("the crisis panel did not open")
        self.quitting()
        self.window.quit_action.trigger()

    def run(self, scenario: str) -> None:
        self.type_draft()
        if scenario == "ctrl-q":
            self.press_ctrl_q()
        elif scenario == "close":
            self.quitting()
            self.window.close()
        elif scenario == "checkin-open":
            self.with_checkin_open(QApplication.quit if odd(self.marker) else self.window.close)
        elif scenario == "skill-open":
            self.open_skill_and_quit()
        elif scenario == "panel-open":
            self.open_panel_and_quit()
        else:
            raise ValueError(scenario)


def main() -> None:
    folder, scenario, marker = sys.argv[1:4]
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    controller = AppController(folder, kdf=KdfParams())
    window = MainWindow(controller)
    window.show()
    quitter = Quitter(app, window, marker)

    def drive() -> None:
        if controller.state is not AppState.UNLOCKED:
            QTimer.singleShot(20, drive)
            return
        quitter.run(scenario)

    controller.unlock_failed.connect(lambda _: app.exit(UNLOCK_FAILED_EXIT))  # never wait on
    controller.unlock(passphrase)
    QTimer.singleShot(0, drive)
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
