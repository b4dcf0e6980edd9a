"""The two small files beside the log that make one app per data folder: the lock and the socket's address."""

from __future__ import annotations

import contextlib
from pathlib import Path

from cvi_companion.storage.atomic import write_text_atomic
from cvi_companion.storage.paths import ADDRESS_NAME, LOCK_NAME, AppPaths


def lock_path(paths: AppPaths) -> Path:
    """The lock file whose holder is the primary (running) app."""
    return paths.data_dir / LOCK_NAME


def address_path(paths: AppPaths) -> Path:
    """Where the primary writes the full name of its local socket, for the terminal command."""
    return paths.data_dir / ADDRESS_NAME


def write_address(paths: AppPaths, address: str) -> None:
    """Record the primary's socket address (raises StorageError)."""
    write_text_atomic(address_path(paths), address + "\n", "record the app's socket address")


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
