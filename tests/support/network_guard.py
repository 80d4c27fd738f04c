"""An audit hook that fails any attempt to reach a network: RecoveryDesk must never try.

Local (AF_UNIX) sockets stay allowed: Qt and D-Bus use them on the machine itself.
"""

from __future__ import annotations

import socket
import sys


class NetworkAttemptError(RuntimeError):
    pass


_BLOCKED_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"}


def _hook(event: str, args: tuple) -> None:
    if event in _BLOCKED_EVENTS:
        sock = args[0]
        if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
            raise NetworkAttemptError(f"network use attempted: {event} {args[1:]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        raise NetworkAttemptError(f"network use attempted: {event} {args!r}")


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
