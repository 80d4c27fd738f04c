"""Crisis panel open time (click to painted) and safety plan PDF time, in one process."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 20


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from recoverydesk import settings
    from recoverydesk.reports.pdf import write_safety_plan
    from recoverydesk.reports.safety_plan_doc import PlanDocumentOptions
    from recoverydesk.safety_plan import SECTIONS, Contact, PlanItem, SafetyPlan
    from recoverydesk.storage.keyheader import KdfParams
    from recoverydesk.storage.safety_plan_store import ContactStore, SafetyPlanStore
    from recoverydesk.storage.settings_store import DeviceSettings
    from recoverydesk.ui.controller import AppController, AppState
    from recoverydesk.ui.shell.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        controller = AppController(folder, kdf=KdfParams())
        window = MainWindow(controller)
        window.show()
        QTest.qWaitForWindowExposed(window)
        controller.create_vault("bench passphrase words", remember=False)
        while not window.setup_view or window.setup_view.currentIndex() != 3:
            QTest.qWait(20)
        controller.finish_setup()
        assert controller.state is AppState.UNLOCKED
        DeviceSettings(folder / "device.json").set(settings.COUNTRY, "US")
        plan = SafetyPlan()
        for section in SECTIONS:
            plan = plan.with_items(section.key, [PlanItem(f"{section.title} step {i}")
                                                 for i in range(3)])
        SafetyPlanStore(controller.vault.connection).save(plan)
        contacts = ContactStore(controller.vault.connection)
        for i in range(5):
            contacts.add(Contact(f"Person {i}", "people", phone="555 0100"))

        panel_times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            QTest.mouseClick(window.crisis_button, Qt.MouseButton.LeftButton)
            panel = window._panel
            QTest.qWaitForWindowExposed(panel)
            panel.repaint()
            panel_times.append(time.perf_counter() - start)
            panel.reject()
            app.processEvents()

        pdf_times = []
        for i in range(5):
            start = time.perf_counter()
            write_safety_plan(SafetyPlanStore(controller.vault.connection).current(),
                              contacts.all(),
                              PlanDocumentOptions(name="Bench"), Path(tmp) / f"plan{i}.pdf")
            pdf_times.append(time.perf_counter() - start)
        controller.shutdown()
        window.close()

    print(f"  crisis panel, click to painted (target < 100 ms): "
          f"{statistics.median(panel_times) * 1000:7.1f} ms median, "
          f"{max(panel_times) * 1000:.1f} ms worst of {RUNS}")
    print(f"  safety plan PDF (target < 1 s)                 : "
          f"{statistics.median(pdf_times) * 1000:7.1f} ms median, "
          f"{max(pdf_times) * 1000:.1f} ms worst of 5")


if __name__ == "__main__":
    main()
