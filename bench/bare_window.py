"""The yardstick: a bare PySide6 window, shown, timed the same way as the app."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()


def report():
    print(f"first-window-shown {time.time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, report)
app.exec()
