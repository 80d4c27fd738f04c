"""Run INSIDE the frozen bundle by tests/packaging (in_bundle.run_in_bundle), never imported:
opens a new vault in the real window, adds six weeks of check-ins, shows every page and the
crisis panel (Insights until its charts are drawn by the helper process), then calls on what
the trimmed numpy must still do. Prints one line per step; BUNDLE_SHOTS=DIR also saves a
picture of each page (BUNDLE_DARK=1 in the dark palette).
"""

import multiprocessing
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

# Started through the spawn entry, this process counts as a helper still starting; it is the
# app's main process here, and the charts' helper process must be able to start from it.
multiprocessing.current_process()._inheriting = False

from PySide6.QtWidgets import QApplication  # noqa: E402

from recoverydesk.checkin import CheckIn, Urge  # noqa: E402
from recoverydesk.storage.checkin_store import CheckInStore  # noqa: E402
from recoverydesk.storage.keyheader import KdfParams  # noqa: E402
from recoverydesk.ui.controller import AppController, AppState  # noqa: E402
from recoverydesk.ui.design.theme import apply_theme  # noqa: E402
from recoverydesk.ui.shell.main_window import MainWindow  # noqa: E402
from recoverydesk.ui.shell.sections import PAGES  # noqa: E402

SHOTS = os.environ.get("BUNDLE_SHOTS")
DARK = os.environ.get("BUNDLE_DARK") == "1"


def wait_until(predicate, seconds=120.0):
    end = time.monotonic() + seconds
    while not predicate():
        QApplication.processEvents()
        time.sleep(0.02)
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")


def settle(seconds=0.3):
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > end)


def shot(widget, name):
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"bundle-{name}{'-dark' if DARK else ''}.png"))


app = QApplication([sys.argv[0]])
apply_theme(app, dark=DARK)
controller = AppController(Path(tempfile.mkdtemp()) / "vault", kdf=KdfParams(parallelism=2))
window = MainWindow(controller)
window.resize(1366, 768)
window.show()
made = []
controller.created.connect(made.append)
controller.create_vault("paper boats on a still pond", remember=False)
wait_until(lambda: made)
controller.finish_setup()
wait_until(lambda: controller.state is AppState.UNLOCKED)
store = CheckInStore(controller.vault.connection)
now = datetime.now().astimezone().replace(microsecond=0)
for day in range(42):
    store.save(CheckIn(at=now - timedelta(days=day), mood=day % 5, distress=day % 7,
                       urges=(Urge("self-harm", day % 4),)))
controller.checkins_changed.emit()
for info in PAGES:
    window.shell.show_page(info.title)
    page = window.shell.pages.currentWidget()
    if info.title == "Insights":
        wait_until(lambda page=page: page.charts_ready)
    settle()
    shot(window, info.title.lower().replace(" ", "-"))
    print("page", info.title, flush=True)
panel = window.open_crisis_panel()
wait_until(panel.isVisible)
settle()
shot(panel, "crisis-panel")
panel.reject()
print("crisis panel", flush=True)
controller.shutdown()
window.close()

import numpy  # noqa: E402
import numpy.linalg  # noqa: E402

print("inverse", numpy.linalg.inv(numpy.array([[2.0, 1.0], [1.0, 3.0]])).round(6).tolist())
print("product", float(numpy.ones((64, 64)) @ numpy.ones(64) @ numpy.ones(64)))
print("done", flush=True)
raise SystemExit(0)
