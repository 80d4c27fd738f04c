"""Quick-hide: one shortcut or one button puts a plain screen over everything, and locks.

For the moment someone walks in. At once (in the same event-loop turn) every other window
of the app is hidden, the main window is covered by a screen that says nothing about what
the app is, and the vault locks (drafts are kept first, as on any lock). A key or a click
on the plain screen brings back the lock screen.

Options (Settings → Data, kept on this device since they matter while locked): a neutral
window title ("Notes") at all times; lock when the window is minimised; lock when the
screen locks or the computer goes to sleep (D-Bus: ``org.freedesktop.ScreenSaver``
``ActiveChanged`` on the session bus, logind's ``PrepareForSleep`` on the system bus; with
no bus, as on Windows, macOS or a bare session, nothing happens and nothing is said).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverydesk import APP_NAME, settings
from recoverydesk.ui.clipboard import private_clipboard
from recoverydesk.ui.controller import AppState

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+L"
NEUTRAL_TITLE = QT_TRANSLATE_NOOP("QuickHide", "Notes")  # each shown through tr()
BUTTON_TEXT = QT_TRANSLATE_NOOP("QuickHide", "Hide")
ACTION_TEXT = QT_TRANSLATE_NOOP("QuickHide", "Hide and lock")
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class NeutralCover(QWidget):
    """A plain screen with nothing on it that names the app or anything in it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("neutralCover")
        self.setAccessibleName(self.tr("Blank screen"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        hint = QLabel(self.tr("Press any key or click to go on."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)  # the palette's quiet text colour
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.hide()

    def keyPressEvent(self, event) -> None:
        self.dismissed.emit()

    def mousePressEvent(self, event) -> None:
        self.dismissed.emit()


class QuickHide(QObject):
    """Hooked into the main window by three lines; owns the action, the button and the cover."""

    def __init__(self, window, controller, menu) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.action = QAction(self.tr(ACTION_TEXT), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.hide_now)
        window.addAction(self.action)
        menu.addAction(self.action)
        self.button = QPushButton(self.tr(BUTTON_TEXT))
        self.button.setAccessibleName(self.tr(ACTION_TEXT))
        self.button.setToolTip(self.tr("Hide everything and lock ({shortcut})").format(
            shortcut=SHORTCUT))
        self.button.clicked.connect(self.hide_now)
        self.cover = NeutralCover(window)
        self.cover.dismissed.connect(self.uncover)
        # The key is also watched on the whole application (``key_pressed``, handed on by
        # ui/shell/app_events.py), as help_access's is: a modal dialog blocks the window's
        # own shortcuts, and quick-hide must work over every dialog.
        window.installEventFilter(self)  # its resizing and minimising
        controller.device_option_changed.connect(self.apply_options)
        controller.state_changed.connect(self._state_changed)
        self.apply_options()

    # -- hiding ---------------------------------------------------------------------------

    def hide_now(self) -> None:
        self.cover.setGeometry(self.window.rect())
        self.cover.show()
        self.cover.raise_()
        self.window.setWindowTitle(self.tr(NEUTRAL_TITLE))
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()
        self.window._close_panel()  # else locking would open it again
        self.cover.repaint()  # on screen now: locking may wait for background work
        self.controller.lock()
        self.cover.raise_()  # above the lock screen the lock put in place
        self.cover.setFocus()

    def _state_changed(self, state) -> None:
        if state is AppState.LOCKED:  # as password managers do: what we copied goes on lock
            private_clipboard().clear_if_ours()

    @property
    def hidden(self) -> bool:
        return self.cover.isVisible()

    def uncover(self) -> None:
        self.cover.hide()
        self.apply_options()
        self.window.lock_view.secret_edit.setFocus()

    def apply_options(self, *_args) -> None:
        neutral = self.controller.device.get(settings.NEUTRAL_TITLE) or self.hidden
        self.window.setWindowTitle(NEUTRAL_TITLE if neutral else APP_NAME)
        private_clipboard().clear_after_seconds = self.controller.device.get(
            settings.CLIPBOARD_CLEAR_SECONDS)

    def key_pressed(self, event) -> bool:
        """A key pressed anywhere in the app; True when it was the quick-hide key."""
        if (event.key() == Qt.Key.Key_L and event.modifiers() == _MODIFIERS
                and self.window.isVisible()):
            self.hide_now()  # reaches here only when a modal dialog kept the shortcut away
            return True
        return False

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.cover.setGeometry(self.window.rect())
        elif (kind == QEvent.Type.WindowStateChange and self.window.isMinimized()
              and self.controller.device.get(settings.LOCK_ON_MINIMISE)):
            self.controller.lock()
        return False

    # -- the screen locking, the computer sleeping ----------------------------------------

    @Slot(bool)
    def screen_locked(self, active: bool) -> None:
        if active and self.controller.device.get(settings.LOCK_ON_SCREEN_LOCK):
            self.controller.lock()

    def watch_session(self) -> None:
        """Lock when the screen locks or the computer sleeps (desktop bus signals). Called by
        the window once it has painted: connecting to the buses is a few milliseconds the
        lock screen needn't wait for."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        watches = (
            (QDBusConnection.sessionBus(), "org.freedesktop.ScreenSaver",
             "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
            (QDBusConnection.systemBus(), "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep"),
        )
        for bus, service, path, interface, signal in watches:
            if not bus.isConnected():
                continue
            if not bus.connect(service, path, interface, signal, self, "1screen_locked(bool)"):
                log.info("not watching %s.%s", interface, signal)
