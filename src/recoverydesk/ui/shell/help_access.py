"""Help is never blocked: Ctrl+Shift+H and a "Get help now" button work over every dialog.

A modal dialog blocks the main window, its top bar and its shortcuts. So every dialog of ours
carries its own "Get help now" button (``help_button``), and one application-wide filter
(``HelpAccess``, owned by the main window) answers both that button and the key, wherever the
focus is. The button asks for help by sending a ``HELP_EVENT`` to itself, which the filter sees
first: no dialog needs to know the window, and nothing global is kept. The dialog stays open
with everything in it; the panel opens above it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

SHORTCUT = "Ctrl+Shift+H"
BUTTON_TEXT = QT_TRANSLATE_NOOP("HelpAccess", "Get help now")  # shown as button_text()
TOOLTIP = QT_TRANSLATE_NOOP("HelpAccess",
                            "Crisis lines and people who can help, any time ({shortcut})")


def button_text() -> str:
    return QCoreApplication.translate("HelpAccess", BUTTON_TEXT)


def tooltip() -> str:
    return QCoreApplication.translate("HelpAccess", TOOLTIP).format(shortcut=SHORTCUT)

HELP_EVENT = QEvent.Type(QEvent.registerEventType())
_HELP_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def request_help(widget: QWidget) -> None:
    """Ask for the crisis panel from anywhere: the window's ``HelpAccess`` opens it."""
    QApplication.sendEvent(widget, QEvent(HELP_EVENT))


def help_button(buttons: QDialogButtonBox | None = None) -> QPushButton:
    """A "Get help now" button for a dialog; in ``buttons`` it never closes the dialog."""
    button = QPushButton(button_text())
    button.setObjectName("dialogHelpButton")
    button.setAccessibleName(button_text())
    button.setToolTip(tooltip())
    button.setAutoDefault(False)
    button.clicked.connect(lambda: request_help(button))
    if buttons is not None:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.HelpRole)
    return button


class HelpAccess(QObject):
    """Install on the application: emits ``requested`` for the key or a help button."""

    requested = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(event.type(), event)

    def handle(self, kind: QEvent.Type, event: QEvent) -> bool:
        """True when the event asked for help (it goes no further)."""
        if kind == HELP_EVENT:
            self.requested.emit()
            return True
        if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_H
                and event.modifiers() == _HELP_MODIFIERS):
            # Reaches here only when no shortcut took the key: a modal dialog is open.
            self.requested.emit()
            return True
        return False
