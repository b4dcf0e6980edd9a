"""What a second launch (or the terminal command) says to the running app: one JSON object per line.

Qt-free, so the terminal command can speak it too. The primary answers each line with `ok` or
`error <reason>`; a line it cannot read is answered, logged and otherwise ignored.
"""

from __future__ import annotations

import enum

try:
    # The built-in SHA-256, without hashlib's OpenSSL (3.5 MiB of memory and ~2.5 ms at every start).
    from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # Python 3.11
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,no-redef,unused-ignore]
import json
import os

# Long enough for any message we send; a longer line is not ours and is dropped unread.
MAX_LINE_BYTES = 4096
# Every client we know says its one line within milliseconds; a connection still open after this is dropped.
CLIENT_TIMEOUT_MS = 2000
# macOS allows about 104 bytes in a socket path; leave room for the terminating zero and some slack.
MAX_SOCKET_PATH = 100
REPLY_OK = b"ok\n"


class Command(enum.StrEnum):
    """What the running app is asked to do."""

    RAISE = "raise"
    QUICK_LOG = "quick-log"
    REFRESH = "refresh"


class MessageError(ValueError):
    """A line that is not a valid message; the text says why, for the app's log."""


def encode(command: Command) -> bytes:
    """One message as a line of UTF-8 JSON."""
    return json.dumps({"cmd": command.value}, separators=(",", ":")).encode("utf-8") + b"\n"


def decode(line: bytes) -> Command:
    """Read one line (with or without its newline); raises MessageError for anything else."""
    if len(line) > MAX_LINE_BYTES:
        raise MessageError(f"a line of {len(line)} bytes is longer than {MAX_LINE_BYTES}")
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MessageError(f"not JSON: {error}") from None
    if not isinstance(data, dict):
        raise MessageError(f"not a JSON object: {type(data).__name__}")
    cmd = data.get("cmd")
    try:
        return Command(str(cmd))
    except ValueError:
        known = ", ".join(c.value for c in Command)
        raise MessageError(f"unknown cmd {cmd!r} (known: {known})") from None


def error_reply(error: MessageError) -> bytes:
    """The answer to a line that could not be read (one line, no newline inside)."""
    return f"error {error}".replace("\n", " ").encode("utf-8")[: MAX_LINE_BYTES - 1] + b"\n"


def server_name(data_dir: str, runtime_dir: str | None = None) -> str:
    """The local-socket name for one data folder: two data folders are two apps.

    The folder is hashed so the name stays short. With a private runtime folder (Linux's
    XDG_RUNTIME_DIR) the socket goes there by full path; otherwise the name is relative and the socket
    goes into a private folder of the app's in the temporary folder (storage.instance_files.socket_path),
    or names a pipe on Windows.
    """
    digest = sha256(os.path.normcase(data_dir).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = f"cvi-companion-{digest}"
    if runtime_dir and os.path.isabs(runtime_dir):
        full = os.path.join(runtime_dir, f"{name}.sock")
        if len(full.encode("utf-8", "surrogatepass")) <= MAX_SOCKET_PATH:
            return full
    return name
