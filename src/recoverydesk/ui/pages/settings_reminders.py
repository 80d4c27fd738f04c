"""Settings' reminders group: check-in times, quiet hours and "close to tray", applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSystemTrayIcon, QWidget

from recoverydesk.reminders import MESSAGE, ReminderFormatError, format_times
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.core_text import core_tr
from recoverydesk.ui.design.components import StatusMessage
from recoverydesk.ui.design.widgets import paragraph


class ReminderSettings(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        plan = controller.reminder_plan()
        self.times = QLineEdit(format_times(plan.times))
        self.times.setAccessibleName(self.tr("Check-in reminder times"))
        self.times.setPlaceholderText(self.tr("For example: 09:00, 20:30"))
        self.quiet = QLineEdit(self._quiet_text())
        self.quiet.setAccessibleName(self.tr("Quiet hours"))
        self.quiet.setPlaceholderText(self.tr("For example: 22:00-07:00"))
        for edit in (self.times, self.quiet):
            edit.editingFinished.connect(self.apply)
        self.close_to_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed"))
        self.close_to_tray.setAccessibleName(self.tr("Close to tray"))
        self.close_to_tray.setChecked(controller.close_to_tray)
        self.close_to_tray.toggled.connect(controller.set_close_to_tray)
        self.message = StatusMessage()

        note = self.tr("At these times RecoveryDesk shows a short note: \u201c{note}\u201d It "
                       "never says more, so it is safe on a shared screen. Notes come only "
                       "while the app is running, locked or not.").format(note=core_tr(MESSAGE))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            note += " " + self.tr("This desktop has no system tray, so no notes can be shown "
                                  "here.")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Remind me to check in at"), self.times)
        form.addRow(self.tr("Not during"), self.quiet)
        form.addRow(paragraph(note))
        form.addRow(self.close_to_tray)
        form.addRow(self.message)

    def _quiet_text(self) -> str:
        quiet = self._controller.reminder_plan().quiet
        return "" if quiet is None else f"{quiet[0]:%H:%M}-{quiet[1]:%H:%M}"

    def apply(self) -> None:
        try:
            plan = self._controller.set_reminders(self.times.text(), self.quiet.text())
        except ReminderFormatError as e:
            self.message.show_message(self.tr("{problem} Your reminders are as they were.")
                                      .format(problem=e), "warn")
            return
        self.times.setText(format_times(plan.times))
        self.message.show_message(self.tr("Reminders saved.") if plan.times
                                  else self.tr("No reminders."), "done")
