"""The primary's local socket on Windows: a named pipe through QLocalServer (Python's socket has no pipes).

Imported only on Windows, so Linux and macOS never load QtNetwork. Same contract as
services.local_server: lines to a handler, one deadline per client, the same limits.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cvi_companion.domain.instance_messages import CLIENT_TIMEOUT_MS, MAX_LINE_BYTES

if TYPE_CHECKING:
    from cvi_companion.services.local_server import LineHandler

# The single-instance server's log, wherever its socket is implemented.
log = logging.getLogger("cvi_companion.services.single_instance")


class PipeLineServer(QObject):
    """Accepts local clients and hands each line they send to `handler`."""

    def __init__(
        self,
        name: str,
        handler: LineHandler,
        parent: QObject | None = None,
        *,
        client_timeout_ms: int = CLIENT_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._client_timeout_ms = client_timeout_ms
        self._server = QLocalServer(self)
        # Only this user may connect (the pipe's ACL; on Unix, where the tests run it, a 0700 socket file).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    @property
    def full_name(self) -> str:
        """The pipe's name, once listening."""
        return self._server.fullServerName()

    def listen(self) -> bool:
        """Start listening; call only while holding the lock, since it removes a leftover socket first."""
        QLocalServer.removeServer(self._name)
        if self._server.listen(self._name):
            return True
        log.warning("cannot listen on %s: %s", self._name, self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            deadline = QTimer(socket)
            deadline.setSingleShot(True)
            deadline.timeout.connect(lambda s=socket: self._expire(s))
            deadline.start(self._client_timeout_ms)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine(MAX_LINE_BYTES + 1).data())
            if len(line) > MAX_LINE_BYTES or not line.endswith(b"\n"):
                self._too_long(socket)
                return
            self._handler(line, functools.partial(self._reply, socket))
        if socket.bytesAvailable() >= MAX_LINE_BYTES:
            self._too_long(socket)

    def _expire(self, socket: QLocalSocket) -> None:
        self._read(socket)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            log.warning("dropped a connection still open after %d ms", self._client_timeout_ms)
            socket.abort()

    @staticmethod
    def _too_long(socket: QLocalSocket) -> None:
        # A line that never ends is nobody we know: drop the connection before it fills memory.
        log.warning("dropped a connection sending a line of more than %d bytes", MAX_LINE_BYTES)
        socket.abort()

    @staticmethod
    def _reply(socket: QLocalSocket, reply: bytes) -> None:
        # A client that does not wait for an answer may be gone; writing to a closed socket would only warn.
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.write(reply)
            socket.flush()


def request(name: str, line: bytes, timeout_ms: int) -> bytes | None:
    """As a later launch: send `line` to the pipe called `name` and return the answer's line, or None."""
    socket = QLocalSocket()
    deadline = QDeadlineTimer(timeout_ms)
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(deadline.remainingTime()):
            return None
        socket.write(line)
        if not socket.waitForBytesWritten(deadline.remainingTime()):
            return None
        while not socket.canReadLine():
            if not socket.waitForReadyRead(max(deadline.remainingTime(), 0)):
                return None
        return bytes(socket.readLine(MAX_LINE_BYTES).data())
    finally:
        socket.abort()
