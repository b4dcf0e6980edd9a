"""The primary's local socket on Linux and macOS: a Unix socket driven by Qt's event loop, without QtNetwork.

QtNetwork would cost ~2.5 MiB of idle memory (libQt6Network and, through it, Kerberos) for one socket, so
this is Python's `socket` with a QSocketNotifier on the listening socket and on each connection: nothing
blocks, no thread, no polling. Privacy as QLocalServer's UserAccessOption gave it, and more: the socket file
is 0600 inside a folder only this user can enter (storage.instance_files.socket_path), and on Linux a peer
of another user is refused by its credentials. Each connection has a deadline, so a client that connects and
says nothing cannot keep a descriptor forever.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import stat
import struct
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from cvi_companion.domain.instance_messages import CLIENT_TIMEOUT_MS, MAX_LINE_BYTES
from cvi_companion.storage.instance_files import remove_stale_socket, socket_path

# The single-instance server's log, wherever its socket is implemented.
log = logging.getLogger("cvi_companion.services.single_instance")

# `handler(line, reply)`: one line from a client (newline included when it had one) and how to answer it.
Reply = Callable[[bytes], None]
LineHandler = Callable[[bytes, Reply], None]

# Later launches come one at a time; more connections than this at once are not ours to serve.
MAX_CONNECTIONS = 16
# Big enough to take in one go whatever a client has sent before it is dropped (its socket then closes
# cleanly, not with "connection reset").
READ_CHUNK = 65536
# After accept() fails for want of descriptors, wait before trying again rather than spin on the notifier.
ACCEPT_PAUSE_MS = 1000
_SEND_FLAGS = getattr(socket, "MSG_NOSIGNAL", 0)  # a closed peer is an error, not a SIGPIPE
# Held in a variable so the type checker, on any one system, still checks both branches.
_ON_LINUX = sys.platform.startswith("linux")


def peer_uid(connection: socket.socket) -> int | None:
    """The user id of the process at the other end, or None where the system does not say.

    Linux: SO_PEERCRED (an unreadable credential raises OSError: refuse). macOS and the BSDs: LOCAL_PEERCRED's
    xucred, whose first two fields are a version and the uid; where that cannot be read the private folder
    alone keeps others out.
    """
    if _ON_LINUX:
        # struct ucred: pid_t pid, uid_t uid, gid_t gid.
        pid_uid_gid = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("iII"))
        return int(struct.unpack("iII", pid_uid_gid)[1])
    try:
        # SOL_LOCAL is 0 and LOCAL_PEERCRED 1 on Darwin and FreeBSD; Python names neither everywhere.
        level = getattr(socket, "SOL_LOCAL", 0)
        option = getattr(socket, "LOCAL_PEERCRED", 1)
        credential = connection.getsockopt(level, option, 256)
        if len(credential) < struct.calcsize("II"):
            return None
        return int(struct.unpack_from("II", credential)[1])
    except OSError as error:
        log.debug("no peer credentials on this system (%s); the socket's private folder keeps others out", error)
        return None


class _Connection:
    """One accepted client: its socket, what it has sent so far, its notifier and its deadline."""

    def __init__(self, sock: socket.socket, notifier: QSocketNotifier, deadline: QTimer) -> None:
        self.sock = sock
        self.notifier = notifier
        self.deadline = deadline
        self.pending = bytearray()
        self.closed = False
        self.deaf = False  # the client stopped reading (closed its end): its remaining lines get no answer

    def alive(self) -> bool:
        """False once dropped (a handler's signal may have closed the server meanwhile)."""
        return not self.closed


class UnixLineServer(QObject):
    """Accepts local clients and hands each line they send to `handler`; see the module's docstring."""

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
        self._path = ""
        self._inode: tuple[int, int] | None = None
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: set[_Connection] = set()

    @property
    def full_name(self) -> str:
        """The socket file's path, once listening."""
        return self._path

    def listen(self) -> bool:
        """Bind and listen; call only while holding the lock, since it removes a leftover socket file first."""
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        path, bound = "", False
        try:
            path = socket_path(self._name, create=True)
            # Safe only for the lock holder: a socket file of this name is a crashed primary's.
            remove_stale_socket(path)
            # The folder is private, so the moment between bind (mode from the umask) and chmod shows nobody
            # the socket.
            listener.bind(path)
            bound = True
            os.chmod(path, 0o600)
            listener.listen(MAX_CONNECTIONS)
            listener.setblocking(False)
            info = os.stat(path)
        except OSError as error:
            if bound:  # the file is ours: leave nothing half made behind
                with contextlib.suppress(OSError):
                    os.unlink(path)
            listener.close()
            log.warning("cannot listen on %s: %s", self._name, error)
            return False
        self._path = path
        self._inode = (info.st_dev, info.st_ino)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        """Stop listening, drop every client and remove the socket file (if it is still ours)."""
        for connection in list(self._connections):
            self._drop(connection)
        if self._notifier is not None:
            # Before the descriptor closes: a notifier on a closed descriptor makes Qt warn.
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                info = os.lstat(self._path)
                if stat.S_ISSOCK(info.st_mode) and (info.st_dev, info.st_ino) == self._inode:
                    os.unlink(self._path)

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                sock, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                if error.errno == errno.ECONNABORTED:
                    continue
                # Out of descriptors, most likely: the waiting client stays queued; look again a little later.
                log.warning("cannot accept a connection: %s", error)
                self._pause_accepting()
                return
            self._welcome(sock)

    def _pause_accepting(self) -> None:
        notifier = self._notifier
        if notifier is None:
            return
        notifier.setEnabled(False)

        def resume() -> None:
            if self._notifier is notifier:
                notifier.setEnabled(True)

        QTimer.singleShot(ACCEPT_PAUSE_MS, self, resume)

    def _welcome(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        try:
            uid = peer_uid(sock)
        except OSError as error:
            log.warning("refused a connection whose user cannot be told: %s", error)
            sock.close()
            return
        if uid is not None and uid != os.getuid():
            log.warning("refused a connection from another user (uid %d)", uid)
            sock.close()
            return
        if len(self._connections) >= MAX_CONNECTIONS:
            log.warning("refused a connection: %d are open already", MAX_CONNECTIONS)
            sock.close()
            return
        notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        connection = _Connection(sock, notifier, deadline)
        self._connections.add(connection)
        notifier.activated.connect(lambda *_: self._read(connection))
        deadline.timeout.connect(lambda: self._expire(connection))
        deadline.start(self._client_timeout_ms)

    def _read(self, connection: _Connection) -> None:
        if connection.closed:
            return
        try:
            chunk = connection.sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(connection)
            return
        pending = connection.pending
        pending += chunk
        if not chunk and pending:
            pending += b"\n"  # the client closed its end: what it left without a newline is its last line
        end = pending.find(b"\n")
        while 0 <= end < MAX_LINE_BYTES and connection.alive():
            line = bytes(pending[: end + 1])
            del pending[: end + 1]
            self._handler(line, lambda reply: self._reply(connection, reply))
            end = pending.find(b"\n")
        if not connection.alive():
            return
        if (end if end >= 0 else len(pending)) >= MAX_LINE_BYTES:
            # A line longer than any of ours, or one that never ends: drop the connection before it fills memory.
            log.warning("dropped a connection sending a line of more than %d bytes", MAX_LINE_BYTES)
            self._drop(connection)
        elif not chunk:
            self._drop(connection)

    def _reply(self, connection: _Connection, reply: bytes) -> None:
        if connection.closed or connection.deaf:
            return
        try:
            sent = connection.sock.send(reply, _SEND_FLAGS)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            # The terminal command does not wait for the answer: it may be gone already, which is fine.
            connection.deaf = True
            return
        if sent < len(reply):
            # Its answers pile up unread: a client of ours reads each one, so this one is dropped.
            log.warning("dropped a connection that does not read its answers")
            self._drop(connection)

    def _expire(self, connection: _Connection) -> None:
        # The event loop may have been busy: take what the client did send before judging it silent.
        self._read(connection)
        if connection.alive():
            log.warning("dropped a connection still open after %d ms", self._client_timeout_ms)
            self._drop(connection)

    def _drop(self, connection: _Connection) -> None:
        if connection.closed:
            return
        connection.closed = True
        self._connections.discard(connection)
        connection.deadline.stop()
        connection.notifier.setEnabled(False)
        connection.sock.close()
        connection.notifier.deleteLater()
        connection.deadline.deleteLater()


def request(name: str, line: bytes, timeout_ms: int) -> bytes | None:
    """As a later launch: send `line` to the socket called `name` and return the answer's line.

    Plain blocking socket with a deadline (no Qt); None if nobody listens or answers in time.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    try:
        path = socket_path(name)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(max(timeout_ms, 1) / 1000)
            connection.connect(path)
            connection.sendall(line)
            answer = b""
            while not answer.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or len(answer) > MAX_LINE_BYTES:
                    return None
                connection.settimeout(left)
                chunk = connection.recv(MAX_LINE_BYTES)
                if not chunk:
                    return None
                answer += chunk
            return answer
    except OSError:  # including the timeout, and no private socket folder
        return None
