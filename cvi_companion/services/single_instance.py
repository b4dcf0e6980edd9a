"""One app per data folder: a lock file decides the primary, which alone listens on a private local socket.

A second launch finds the lock taken and hands its wish (raise the window, open the quick log) to the
primary over the socket, as one JSON line (cvi_companion.domain.instance_messages), then exits.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cvi_companion.domain.instance_messages import (
    MAX_LINE_BYTES,
    REPLY_OK,
    Command,
    MessageError,
    decode,
    encode,
    error_reply,
)

log = logging.getLogger(__name__)

# A primary that has just taken the lock may not be listening yet; a second launch keeps trying this long.
HAND_OVER_MS = 3000
RETRY_PAUSE_MS = 100


def claim_lock(path: Path) -> QLockFile | None:
    """Take the primary's lock, or None if a running process holds it.

    The lock is held for the whole run, so it must never go stale by age (stale time 0). A lock left by
    a process that is gone (a crash, kill -9, a PID now used by another program) is recognised by
    QLockFile from the PID, name and host it holds, removed and taken.
    """
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        if os.name == "posix":
            # QLockFile follows the umask; the lock names this user's process and host, so keep it private.
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # No permission, or an unknown error: say so rather than pretend another app runs.
    raise OSError(f"cannot take the lock {path} ({lock.error().name})")


def lock_holder(path: Path) -> int | None:
    """The PID recorded in a lock file, if readable."""
    pid, _host, _app = QLockFile(str(path)).getLockInfo()
    return int(pid) or None


class PrimaryServer(QObject):
    """The primary's listening socket; each valid line becomes a signal, anything else is logged and ignored."""

    raise_requested = Signal()
    quick_log_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        # Only this user may connect (on Unix the socket file is 0600; on Windows the pipe's ACL).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; call only while holding the lock, since it removes a leftover socket first."""
        # Safe only for the lock holder: any socket file of this name is a crashed primary's.
        QLocalServer.removeServer(self._name)
        if self._server.listen(self._name):
            return True
        log.warning("cannot listen on %s: %s", self._name, self._server.errorString())
        return False

    @property
    def full_name(self) -> str:
        """The socket's path (Unix) or pipe name (Windows), once listening."""
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening (removes the socket file on Unix)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            self._handle(socket, bytes(socket.readLine(MAX_LINE_BYTES + 1).data()))
        if socket.bytesAvailable() > MAX_LINE_BYTES:
            # A line that never ends is nobody we know: drop the connection before it fills memory.
            log.warning("dropped a connection sending a line of more than %d bytes", MAX_LINE_BYTES)
            socket.abort()

    def _handle(self, socket: QLocalSocket, line: bytes) -> None:
        try:
            command = decode(line)
        except MessageError as error:
            log.warning("ignored a message from another launch: %s", error)
            self._reply(socket, error_reply(error))
            return
        self._reply(socket, REPLY_OK)
        if command is Command.RAISE:
            self.raise_requested.emit()
        elif command is Command.QUICK_LOG:
            self.quick_log_requested.emit()
        else:
            self.refresh_requested.emit()

    @staticmethod
    def _reply(socket: QLocalSocket, reply: bytes) -> None:
        # The terminal command does not wait for an answer; writing to a closed socket would only warn.
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.write(reply)
            socket.flush()


def send_to_primary(name: str, command: Command, timeout_ms: int = 1000) -> bool:
    """Send one message and wait for the primary's `ok`; False if nobody answered in time."""
    socket = QLocalSocket()
    deadline = QDeadlineTimer(timeout_ms)
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(deadline.remainingTime()):
            return False
        socket.write(encode(command))
        if not socket.waitForBytesWritten(deadline.remainingTime()):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(max(deadline.remainingTime(), 0)):
                return False
        return bytes(socket.readLine(MAX_LINE_BYTES).data()) == REPLY_OK
    finally:
        socket.abort()


def hand_over(lock_file: Path, name: str, command: Command | None, timeout_ms: int = HAND_OVER_MS) -> QLockFile | None:
    """As a later launch: give `command` to the primary and return None; or become primary after all.

    Returns the lock if it became free meanwhile (the primary just quit). With `command` None (a start
    in the background while the app already runs) there is nothing to say. Raises TimeoutError when a
    primary holds the lock but does not answer.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        lock = claim_lock(lock_file)
        if lock is not None:
            return lock
        if command is None:
            return None
        if send_to_primary(name, command, min(1000, max(deadline.remainingTime(), 1))):
            return None
        if deadline.hasExpired():
            raise TimeoutError(f"process {lock_holder(lock_file)} holds {lock_file} but does not answer")
        QThread.msleep(RETRY_PAUSE_MS)
