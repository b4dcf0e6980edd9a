"""The files that make one app per data folder: the lock and the socket's address, and the socket's folder.

The lock and the address sit beside the log; the socket itself lives in a folder only this user can enter.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from cvi_companion.domain.text import translate
from cvi_companion.storage.paths import ADDRESS_NAME, LOCK_NAME, AppPaths


def lock_path(paths: AppPaths) -> Path:
    """The lock file whose holder is the primary (running) app."""
    return paths.data_dir / LOCK_NAME


def address_path(paths: AppPaths) -> Path:
    """Where the primary writes the full name of its local socket, for the terminal command."""
    return paths.data_dir / ADDRESS_NAME


def write_address(paths: AppPaths, address: str) -> None:
    """Record the primary's socket address (raises StorageError)."""
    # Imported here: the terminal command only reads the address, and atomic writes load tempfile.
    from cvi_companion.storage.atomic import write_text_atomic

    write_text_atomic(address_path(paths), address + "\n", translate("Storage", "record the app's socket address"))


def read_address(paths: AppPaths) -> str | None:
    """The recorded socket address, or None when there is none (no app running, or it never listened)."""
    try:
        text = address_path(paths).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def forget_address(paths: AppPaths) -> None:
    """Remove the address when the primary stops (a leftover is harmless: connecting to it just fails)."""
    with contextlib.suppress(OSError):
        address_path(paths).unlink()


# On systems without a private runtime folder (macOS, Linux outside a login session) the socket goes into a
# folder of the app's own in the temporary folder: a socket file straight in /tmp would be protected only by
# its own mode, which not every system checks on connect.
_SOCKET_FOLDER_PREFIX = "cvi-companion-"
# sun_path holds 104 bytes on macOS and 108 on Linux, with the terminating zero.
_SOCKET_PATH_LIMIT = 103


def is_private_folder(folder: str) -> bool:
    """Whether `folder` is a real folder (not a link) of this user that nobody else can enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def socket_path(name: str, *, create: bool = False, env: Mapping[str, str] | None = None) -> str:
    """Where the local socket called `name` lives (Linux, macOS): always in a folder only this user can enter.

    An absolute name (in XDG_RUNTIME_DIR, see domain.instance_messages.server_name) is used as it is when its
    folder is private. Anything else goes into `cvi-companion-<uid>` in the temporary folder, made 0700 when
    `create` (the server) and only checked otherwise (a client). Raises OSError when that folder is not ours.
    """
    if os.path.isabs(name) and is_private_folder(os.path.dirname(name)):
        return name
    env = os.environ if env is None else env
    base = env.get("TMPDIR", "")
    leaf = os.path.basename(name)
    folder = ""
    for candidate in (base, "/tmp"):
        if os.path.isabs(candidate):
            folder = os.path.join(candidate, f"{_SOCKET_FOLDER_PREFIX}{os.getuid()}")
            if len(os.fsencode(os.path.join(folder, leaf))) <= _SOCKET_PATH_LIMIT:
                break
    if create:
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(folder, 0o700)  # ours, made loose by someone's umask or chmod: tighten it
    if not is_private_folder(folder):
        raise PermissionError(f"{folder} is not a private folder of this user")
    return os.path.join(folder, leaf)


def remove_stale_socket(path: str) -> None:
    """Remove a socket file left by a primary that crashed; call only while holding the lock.

    Anything else of that name (a file, a folder, a link) is left alone: binding then fails and says so.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISSOCK(info.st_mode):
        os.unlink(path)
