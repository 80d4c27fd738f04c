"""The one application-wide event filter.

Every event of the app (each paint, layout, polish and key) passes through an
application-wide filter, and in PySide reading an event's type builds a Python enum, a few
microseconds each: three filters of our own read it up to six times per event, a fifth of
the time it took to build a page under load. This filter reads it once and hands it on to
the idle watcher (any input), the help key and help buttons (help_access.py) and the
quick-hide key (quick_hide.py), which watch nothing application-wide themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from recoverydesk.ui.shell.help_access import HelpAccess
from recoverydesk.ui.shell.idle import IdleWatcher
from recoverydesk.ui.shell.quick_hide import QuickHide


class AppEvents(QObject):
    def __init__(self, idle: IdleWatcher, help_access: HelpAccess, quick_hide: QuickHide,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._help = help_access
        self._quick_hide = quick_hide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        self._idle.saw(kind)
        if kind == QEvent.Type.KeyPress and self._quick_hide.key_pressed(event):
            return True
        return self._help.handle(kind, event)
