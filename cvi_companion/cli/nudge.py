"""Tell a running window that the terminal command wrote to the log, so it shows the entry at once.

Plain sockets, no Qt (the terminal command must start fast). On Linux and macOS the app listens on a
Unix socket (services/local_server.py) whose path it records beside the lock. On Windows it is a named
pipe (QLocalServer) and this step is skipped: the window then notices within its 10-second look at the
log, or when it comes to the front.
"""

from __future__ import annotations

import contextlib
import os

from cvi_companion.domain.instance_messages import Command, encode
from cvi_companion.storage.instance_files import read_address
from cvi_companion.storage.paths import AppPaths

NUDGE_TIMEOUT_S = 0.25


def nudge_window(paths: AppPaths, command: Command = Command.REFRESH) -> bool:
    """Best effort: True if the message was handed to a running app; never raises."""
    if os.name != "posix":
        return False
    address = read_address(paths)
    if address is None or not os.path.isabs(address):
        return False  # no app running: the usual case, so the socket module is not even loaded
    import socket

    family = getattr(socket, "AF_UNIX", None)
    if family is None:
        return False
    with contextlib.suppress(OSError), socket.socket(family, socket.SOCK_STREAM) as connection:
        connection.settimeout(NUDGE_TIMEOUT_S)
        connection.connect(address)
        connection.sendall(encode(command))
        return True
    return False
