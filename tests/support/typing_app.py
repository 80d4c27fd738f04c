"""Run the real window, unlock, and type into the journal one key at a time, saying so.

Used by the crash test: it is killed mid-typing. Prints "typed N T" after each key, where T
is time.monotonic() (the same clock in every process on the machine).
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recoverydesk.storage.keyheader import KdfParams
from recoverydesk.ui.controller import AppController, AppState
from recoverydesk.ui.shell.main_window import MainWindow

UNLOCK_DEADLINE_MS = 60_000
TEXT = ("It was a slow morning and I sat by the window for a long time, watching the rain "
        "make rivers on the glass and thinking about nothing much at all. ") * 20


def main() -> None:
    folder, passphrase = sys.argv[1], sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    controller = AppController(folder, kdf=KdfParams())
    window = MainWindow(controller)
    window.show()
    refused = []
    controller.unlock_failed.connect(refused.append)
    controller.unlock(passphrase)
    deadline = QDeadlineTimer(UNLOCK_DEADLINE_MS)
    while controller.state is not AppState.UNLOCKED:
        if refused or deadline.hasExpired():  # never wait for an unlock that will not come
            print("could not unlock", flush=True)
            sys.exit(2)
        QTest.qWait(20)
    window.show_page("Journal")
    body = window.shell.pages.currentWidget().body
    body.setFocus()
    print("ready", flush=True)
    for n, char in enumerate(TEXT, start=1):
        QTest.keyClicks(body, char)
        print(f"typed {n} {time.monotonic():.4f}", flush=True)
        QTest.qWait(20)
    app.quit()


if __name__ == "__main__":
    main()
