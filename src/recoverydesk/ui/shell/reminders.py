"""Check-in reminders from the system tray, while the app runs (locked or not).

The tray icon shows only when reminders or "close to tray" are on, so the app leaves no mark in
the panel otherwise. The note's words are fixed and neutral (recoverydesk.reminders). Time comes
from an injectable clock, checked every 20 seconds, so a sleeping computer or a changed clock
gives at most one note, never a burst.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from recoverydesk import APP_NAME, paths
from recoverydesk.reminders import MESSAGE, TITLE
from recoverydesk.ui.controller import AppController
from recoverydesk.ui.core_text import core_tr

CHECK_EVERY_MS = 20_000
SHOW_FOR_MS = 15_000


def app_icon() -> QIcon:
    return QIcon(str(paths.assets_dir() / "icons" / "recoverydesk.svg"))


class Reminders(QObject):
    reminded = Signal(str, str)  # title, message (what the tray showed)
    open_requested = Signal()
    checkin_requested = Signal()
    help_requested = Signal()
    quit_requested = Signal()

    def __init__(self, controller: AppController,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone()) -> None:
        super().__init__()
        self.controller = controller
        self.clock = clock
        self.last_checked = clock()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        controller.reminders_changed.connect(self.refresh)
        self.refresh()

    @property
    def wanted(self) -> bool:
        return bool(self.controller.reminder_plan().times) or self.controller.close_to_tray

    def refresh(self) -> None:
        """Show or hide the tray icon and run or stop the timer, as the settings say."""
        if self.wanted and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = self._make_tray()
            self.tray.show()
        elif self.tray is not None:
            self.tray.hide()
        if self.controller.reminder_plan().times:
            self.last_checked = self.clock()
            self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> None:
        now = self.clock()
        if self.controller.reminder_plan().due(self.last_checked, now):
            self.remind()
        self.last_checked = now

    def remind(self) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(TITLE, core_tr(MESSAGE), app_icon(), SHOW_FOR_MS)
        self.reminded.emit(TITLE, core_tr(MESSAGE))

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu()
        for text, signal in ((self.tr("Open RecoveryDesk"), self.open_requested),
                             (self.tr("Check in…"), self.checkin_requested),
                             (self.tr("Get help now"), self.help_requested),
                             (self.tr("Quit"), self.quit_requested)):
            action = QAction(text, menu)
            action.triggered.connect(signal.emit)
            menu.addAction(action)
        self._menu = menu  # the tray does not own its menu
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.checkin_requested.emit)
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def keeps_running(self) -> bool:
        """Closing the window only hides it ("close to tray" on, and a tray to come back from)."""
        return self.controller.close_to_tray and self.tray is not None and self.tray.isVisible()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()


def attach_reminders(window) -> Reminders:
    """The window's reminders: the tray's menu opens it, checks in, asks for help or quits."""
    reminders = Reminders(window.controller)
    reminders.open_requested.connect(window.come_forward)
    reminders.checkin_requested.connect(window.come_forward)
    reminders.checkin_requested.connect(window.open_checkin)
    reminders.help_requested.connect(window.come_forward)
    reminders.help_requested.connect(window.open_crisis_panel)
    reminders.quit_requested.connect(window.quit_app)
    return reminders
