"""An audit hook that fails any attempt to reach a network: RecoveryDesk must never try.

Local (AF_UNIX) sockets stay allowed: Qt and D-Bus use them on the machine itself.
"""

from __future__ import annotations

import contextlib
import socket
import sys


class NetworkAttemptError(RuntimeError):
    pass


_BLOCKED_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"}


# Every attempt seen in this process (tests/conftest.py reports the count at the end of the
# run and fails the run when it is not 0, even if the code under test swallowed the error).
ATTEMPTS: list[str] = []
# Attempts a test of the guard itself makes on purpose, inside expecting_refusal().
PROBES: list[str] = []
_expecting = False


def _hook(event: str, args: tuple) -> None:
    if event in _BLOCKED_EVENTS:
        sock = args[0]
        if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
            _refuse(f"network use attempted: {event} {args[1:]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        _refuse(f"network use attempted: {event} {args!r}")


def _refuse(what: str) -> None:
    (PROBES if _expecting else ATTEMPTS).append(what)
    raise NetworkAttemptError(what)


@contextlib.contextmanager
def expecting_refusal():
    """For tests of the guard: attempts made inside are refused but not counted."""
    global _expecting
    _expecting = True
    try:
        yield
    finally:
        _expecting = False


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
