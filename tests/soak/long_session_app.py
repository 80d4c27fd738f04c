"""Drive the real window for a long session, as a person would, then quit.

Run as a child process by test_long_session.py (and `make soak`, longer):
    python long_session_app.py FOLDER EVENTS   (the passphrase on stdin)
Unlocks, then goes round every page: mouse moves, keys, page switches, typing in the journal,
a check-in, and the breathing pacer ticking at its real rate with time compressed, until
EVENTS synthetic events were sent. Prints one JSON line with the reference counts of None,
True and False after unlock and at the end, then quits with Ctrl+Q's action. The exit code is
the app's.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.pages.skill_player import TICK_MS
from recoverydesk.ui.shell.main_window import MainWindow
from recoverydesk.ui.shell.sections import PAGES

WORDS = ("calm", "river", "light", "walk", "tea", "rain", "window", "slow", "breath", "friend")


def counts() -> list[int]:
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


class Session:
    def __init__(self, window: MainWindow, events: int) -> None:
        self.window = window
        self.target = events
        self.sent = 0
        self.random = random.Random(7)
        self.checkins = 0
        self.breaths = 0

    def count(self, n: int = 1) -> None:
        self.sent += n
        if self.sent % 500 < n:
            QApplication.processEvents()

    def mouse(self, n: int) -> None:
        shell = self.window.shell
        width, height = max(shell.width(), 2), max(shell.height(), 2)
        for _ in range(n):
            QTest.mouseMove(shell, QPoint(self.random.randrange(width),
                                          self.random.randrange(height)))
            self.count()

    def keys(self, n: int) -> None:
        nav = self.window.shell.nav
        for i in range(n):
            QTest.keyClick(nav, Qt.Key.Key_Down if i % 2 else Qt.Key.Key_Up)
            self.count()

    def type_in_journal(self, words: int) -> None:
        page = self.window.shell.pages.currentWidget()
        page.body.setFocus()
        for _ in range(words):
            text = self.random.choice(WORDS) + " "
            QTest.keyClicks(page.body, text)
            self.count(len(text))

    def checkin(self) -> None:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            dialog.mood.setValue(3)
            dialog.note.setPlainText("A long, ordinary day.")
            dialog.accept()

        QTimer.singleShot(0, fill)
        self.window.open_checkin()
        self.checkins += 1
        self.count()

    def breathe(self, ticks: int) -> None:
        skills = self.window.shell.pages.currentWidget()
        exercise = next(e for e in skills.library if e.id == "paced-breathing")
        player = skills.start(exercise)
        player.start_button.click()
        for _ in range(ticks):  # the pacer's real tick, without waiting for it
            player.advance_time(TICK_MS / 1000)
            if player.pages.currentIndex() != 1:
                break
            self.breaths += 1
            self.count()
        skills.close_player()

    def run(self) -> None:
        page = 0
        while self.sent < self.target:
            title = PAGES[page % len(PAGES)].title
            self.window.show_page(title)
            self.count()
            self.mouse(600)
            self.keys(20)
            self.window.show_page(title)
            if title == "Journal":
                self.type_in_journal(60)
            elif title == "Skills":
                self.breathe(900)
            elif title == "Today" and self.checkins < 5:
                self.checkin()
            page += 1


def main() -> None:
    folder, events = sys.argv[1], int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    controller = AppController(folder, kdf=KdfParams())
    window = MainWindow(controller)
    window.resize(1000, 700)
    window.show()
    report: dict = {}

    def drive() -> None:
        if controller.state is not AppState.UNLOCKED:
            QTimer.singleShot(20, drive)
            return
        report["after_unlock"] = counts()
        session = Session(window, events)
        try:
            session.run()
        except Exception:  # noqa: BLE001 - the driver itself broke: say so, end the app
            traceback.print_exc()
            app.exit(3)
            return
        report.update(sent=session.sent, checkins=session.checkins, breaths=session.breaths,
                      at_end=counts())
        print(json.dumps(report), flush=True)
        window.quit_action.trigger()

    controller.unlock(passphrase)
    QTimer.singleShot(0, drive)
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
