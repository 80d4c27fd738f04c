"""Copying text out of the app, as password managers do: marked concealed, cleared later.

Every copy in the app goes through :func:`copy_private`. The text carries the hints that
clipboard managers honour (KDE's ``x-kde-passwordManagerHint = secret``; on Windows the
``ExcludeClipboardContentFromMonitorProcessing`` format, which keeps it out of the clipboard
history and cloud sync), and after a while it is cleared, but only if the clipboard still
holds what we put there: something the person copied since is left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CONCEALED_HINT = "x-kde-passwordManagerHint"
# Qt names a raw Windows clipboard format this way.
WINDOWS_EXCLUDE = ('application/x-qt-windows-mime;'
                   'value="ExcludeClipboardContentFromMonitorProcessing"')
DEFAULT_CLEAR_SECONDS = 60
_NAME = "recoverydeskPrivateClipboard"


class PrivateClipboard(QObject):
    """One per application (a child of it); see :func:`copy_private`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.clear_after_seconds = DEFAULT_CLEAR_SECONDS
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        QGuiApplication.instance().aboutToQuit.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(CONCEALED_HINT, b"secret")
        if sys.platform == "win32":
            mime.setData(WINDOWS_EXCLUDE, b"\0\0\0\0")
        QGuiApplication.clipboard().setMimeData(mime)
        self._ours = text
        self._timer.start(int(self.clear_after_seconds * 1000))

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds what we copied (on time-out, lock, quit)."""
        self._timer.stop()
        ours, self._ours = self._ours, None
        clipboard = QGuiApplication.clipboard()
        if ours is not None and clipboard.text() == ours:
            clipboard.clear()


def private_clipboard() -> PrivateClipboard:
    app = QGuiApplication.instance()
    keeper = app.findChild(PrivateClipboard, _NAME)
    return keeper if keeper is not None else PrivateClipboard(app)


def copy_private(text: str) -> None:
    """Put ``text`` on the clipboard, concealed, to be cleared after the set time."""
    private_clipboard().copy(text)
