"""Exercise the Qt binding at high frequency and report the reference counts of the singletons.

Run as a child process by test_binding.py (an abort then fails one test, not the run):
    python binding_probe.py emit|idle|void [N]
Prints one JSON line: the counts of None, True and False before and after, and how many
iterations ran. A sound binding leaves the counts where they were.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def counts() -> list[int]:
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


class Emitter(QObject):
    changed = Signal()
    valued = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.changed.connect(self.on_changed)
        self.valued.connect(self.on_valued)

    def on_changed(self) -> None:
        self.received += 1

    def on_valued(self, value: bool) -> None:
        self.received += value is True


def emit(n: int) -> int:
    emitter = Emitter()
    for i in range(n):
        if i % 2:
            emitter.changed.emit()
        else:
            emitter.valued.emit(True)
    return emitter.received


def idle(n: int) -> int:
    from recoverydesk.ui.shell.idle import IdleWatcher

    app = QApplication.instance()
    watcher = IdleWatcher()
    watcher.set_timeout_ms(60_000)
    watcher.start()
    app.installEventFilter(watcher)
    widget = QWidget()
    widget.resize(200, 200)
    widget.show()
    for i in range(n):
        # Delivered by Qt's own code, as the window system's input is: C++ calls our filter.
        QTest.mouseMove(widget, QPoint(i % 200, (i * 7) % 200))
    app.removeEventFilter(watcher)
    return n if watcher.running else 0


def void(n: int) -> int:
    timer = QTimer()
    timer.setInterval(60_000)
    widget = QWidget()
    for _ in range(n):
        timer.start()  # returns void
        timer.stop()
        widget.update()
    return n


PROBES = {"emit": emit, "idle": idle, "void": void}


def main() -> None:
    name = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    app = QApplication([])  # noqa: F841 - kept alive for the probes
    PROBES[name](100)  # warm up: first calls cache what they need
    before = counts()
    ran = PROBES[name](n)
    after = counts()
    print(json.dumps({"probe": name, "ran": ran, "before": before, "after": after}), flush=True)


if __name__ == "__main__":
    main()
