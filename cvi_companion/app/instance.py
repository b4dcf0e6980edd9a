"""Start-up as one app per data folder: become the primary, or hand this launch's wish to the running app."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from cvi_companion.domain.instance_messages import Command, server_name
from cvi_companion.domain.text import translate
from cvi_companion.storage.errors import StorageError, from_os
from cvi_companion.storage.instance_files import forget_address, lock_path, write_address
from cvi_companion.storage.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from cvi_companion.services.single_instance import PrimaryServer


def instance_name(paths: AppPaths) -> str:
    """The local-socket name of this data folder's app."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") if sys.platform.startswith("linux") else None
    return server_name(str(paths.data_dir.resolve()), runtime)


def wish(args: argparse.Namespace) -> Command | None:
    """What a later launch asks of the running app; nothing for a start at login."""
    if args.quick_log:
        return Command.QUICK_LOG
    if args.background:
        return None
    return Command.RAISE


def claim_primary(paths: AppPaths, args: argparse.Namespace) -> QLockFile | None:
    """The lock if this launch is the primary; None once the wish was handed over (exit 0).

    Raises StorageError when the lock cannot be taken and its holder does not answer.
    """
    from cvi_companion.services.single_instance import hand_over

    try:
        return hand_over(lock_path(paths), instance_name(paths), wish(args))
    except TimeoutError as error:
        raise StorageError(
            translate(
                "Storage", "Another CVI Companion seems to be running but does not answer: {reason}.", reason=str(error)
            )
        ) from None
    except OSError as error:
        raise from_os(error, translate("Storage", "check for another running CVI Companion")) from None


def start_server(paths: AppPaths) -> PrimaryServer | None:
    """Listen for later launches and record the address for the terminal command; None if that failed."""
    from cvi_companion.services.single_instance import PrimaryServer

    server = PrimaryServer(instance_name(paths))
    if not server.listen():
        # The app still works; a second launch then reports the problem instead of raising this window.
        sys.stderr.write("cvi-companion: later launches cannot reach this window\n")
        server.deleteLater()
        return None
    try:
        write_address(paths, server.full_name)
    except StorageError as error:
        sys.stderr.write(f"cvi-companion: the terminal command will not refresh the window: {error}\n")
    return server


def stop_server(paths: AppPaths, server: PrimaryServer | None) -> None:
    """Stop listening and forget the address (before the lock is released)."""
    if server is None:
        return
    forget_address(paths)
    server.close()
    server.deleteLater()
