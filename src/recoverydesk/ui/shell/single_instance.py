"""One window per vault: a second start hands over to the first, which comes forward.

The first app holds the vault's InstanceLock and listens on a local socket (a Unix socket
or a Windows named pipe, readable by this user only; never a network socket). A second start
on the same data folder finds the lock taken, asks the first to come forward and exits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from recoverydesk.ui.presenters.support import InstanceLock

# QtNetwork (a seventh of a second of CPU) is loaded when first used: the app listens once
# its first window is up (app.py), and only a second start connects.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

COME_FORWARD = b"come-forward\n"
WAIT_MS = 2000


class SingleInstance(QObject):
    def __init__(self, data_dir: Path, lock_folder: Path | None = None) -> None:
        super().__init__()
        self._lock = InstanceLock(data_dir, lock_folder)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []
        self._on_request: Callable[[], None] | None = None

    def claim(self) -> bool:
        """True when this is the only app on the vault (and now holds it)."""
        return self._lock.acquire()

    def ask_first_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._lock.key)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(COME_FORWARD)
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def serve(self, on_request: Callable[[], None]) -> None:
        """Listen for later starts; each one calls ``on_request`` (bring the window forward)."""
        from PySide6.QtNetwork import QLocalServer

        self._on_request = on_request
        QLocalServer.removeServer(self._lock.key)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(self._lock.key)

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._clients.append(socket)
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._drop_closed)

    def _read(self) -> None:
        for socket in self._clients:
            asked = socket.canReadLine() and socket.readLine().data() == COME_FORWARD
            if asked and self._on_request is not None:
                self._on_request()

    def _drop_closed(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        connected = QLocalSocket.LocalSocketState.ConnectedState
        for socket in [s for s in self._clients if s.state() != connected]:
            self._clients.remove(socket)
            socket.deleteLater()

    def release(self) -> None:
        for socket in self._clients:
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()
