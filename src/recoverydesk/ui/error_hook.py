"""The last stop for an error nobody caught (``sys.excepthook``).

Qt calls Python slots from C++; an exception escaping one ends up here instead of as a
traceback on a terminal nobody sees. The controller logs it without private text, tells the
person kindly, and locks when the vault is in doubt (``AppController.report_uncaught``).
"""

from __future__ import annotations

import sys

from recoverydesk.ui.controller import AppController, log_bug


class ErrorHook:
    def __init__(self, controller: AppController) -> None:
        self._controller = controller
        self._previous = sys.excepthook
        self._handling = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind, error, tb) -> None:
        if not isinstance(error, Exception):  # Ctrl+C, SystemExit: as Python does
            self._previous(kind, error, tb)
            return
        if self._handling:  # a second error while handling one (a save while locking)
            log_bug(error)
            return
        self._handling = True
        try:
            self._controller.report_uncaught(error)
        finally:
            self._handling = False
