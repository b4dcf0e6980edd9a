"""One app per data folder: a lock file decides the primary, which alone listens on a private local socket.

A second launch finds the lock taken and hands its wish (raise the window, open the quick log) to the
primary over the socket, as one JSON line (cvi_companion.domain.instance_messages), then exits. The socket
is a Unix socket on Linux and macOS (services.local_server, no QtNetwork) and a named pipe on Windows
(services.local_server_windows).

The socket modules load only when a socket is used (a primary's server after the first paint, or a later
launch's message): taking a free lock, as every first start does, needs neither.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from cvi_companion.domain.instance_messages import (
    CLIENT_TIMEOUT_MS,
    REPLY_OK,
    Command,
    MessageError,
    decode,
    encode,
    error_reply,
)

if TYPE_CHECKING:
    from cvi_companion.services.local_server import Reply, UnixLineServer
    from cvi_companion.services.local_server_windows import PipeLineServer

log = logging.getLogger(__name__)

# A primary that has just taken the lock may not be listening yet; a second launch keeps trying this long.
HAND_OVER_MS = 3000
RETRY_PAUSE_MS = 100
# Held in a variable so the type checker, on any one system, still checks both branches.
_ON_WINDOWS = sys.platform == "win32"


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

    def __init__(self, name: str, parent: QObject | None = None, *, client_timeout_ms: int = CLIENT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        if _ON_WINDOWS:
            from cvi_companion.services.local_server_windows import PipeLineServer

            self._server: PipeLineServer | UnixLineServer = PipeLineServer(
                name, self._handle, self, client_timeout_ms=client_timeout_ms
            )
        else:
            from cvi_companion.services.local_server import UnixLineServer

            self._server = UnixLineServer(name, self._handle, self, client_timeout_ms=client_timeout_ms)

    def listen(self) -> bool:
        """Start listening; call only while holding the lock, since it removes a leftover socket first."""
        return self._server.listen()

    @property
    def full_name(self) -> str:
        """The socket's path (Linux, macOS) or pipe name (Windows), once listening."""
        return self._server.full_name

    def close(self) -> None:
        """Stop listening (removes the socket file on Linux and macOS)."""
        self._server.close()

    def _handle(self, line: bytes, reply: Reply) -> None:
        try:
            command = decode(line)
        except MessageError as error:
            log.warning("ignored a message from another launch: %s", error)
            reply(error_reply(error))
            return
        # The answer goes first: what the signal starts (a window coming up) must not keep the launch waiting.
        reply(REPLY_OK)
        if command is Command.RAISE:
            self.raise_requested.emit()
        elif command is Command.QUICK_LOG:
            self.quick_log_requested.emit()
        else:
            self.refresh_requested.emit()


def send_to_primary(name: str, command: Command, timeout_ms: int = 1000) -> bool:
    """Send one message and wait for the primary's `ok`; False if nobody answered in time."""
    if _ON_WINDOWS:
        from cvi_companion.services.local_server_windows import request as pipe_request

        return pipe_request(name, encode(command), timeout_ms) == REPLY_OK
    from cvi_companion.services.local_server import request

    return request(name, encode(command), timeout_ms) == REPLY_OK


def hand_over(lock_file: Path, name: str, command: Command | None, timeout_ms: int = HAND_OVER_MS) -> QLockFile | None:
    """As a later launch: give `command` to the primary and return None; or become primary after all.

    Returns the lock if it became free meanwhile (the primary just quit). With `command` None (a start
    in the background while the app already runs) there is nothing to say. Raises TimeoutError when a
    primary holds the lock but does not answer.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        lock = claim_lock(lock_file)
        if lock is not None:
            return lock
        if command is None:
            return None
        left_ms = int((deadline - time.monotonic()) * 1000)
        if send_to_primary(name, command, min(1000, max(left_ms, 1))):
            return None
        if time.monotonic() >= deadline:
            raise TimeoutError(f"process {lock_holder(lock_file)} holds {lock_file} but does not answer")
        # No event loop runs yet in a later launch: a plain pause before the next try.
        time.sleep(RETRY_PAUSE_MS / 1000)
