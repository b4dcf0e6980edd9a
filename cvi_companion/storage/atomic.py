"""Whole-file writes that either fully happen or leave the old file as it was, and tidying after killed ones."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cvi_companion.storage.errors import from_os

# Every temporary file the app writes is `.<target name>.<random>.cvi.tmp` (plus SQLite's -journal, -wal and
# -shm beside a temporary database): the marker tells one left by a killed process from anything else that
# may sit in a folder the person chose with --data-dir.
TEMP_SUFFIX = ".cvi.tmp"
_TEMP_NAME = re.compile(r"\..+" + re.escape(TEMP_SUFFIX) + r"(?:-journal|-wal|-shm)?")
# A writer refreshes its file's time with every write and takes milliseconds (settings) to seconds (a large
# backup); an hour spares even a terminal command paused with Ctrl+Z, and a leftover costs nothing meanwhile.
STALE_TEMP_AGE_S = 3600.0


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX; elsewhere nothing to do)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_temp_file(target: Path) -> tuple[int, Path]:
    """Create an empty private (0600) temporary file beside `target`; return its open descriptor and path.

    Raises OSError. The name follows the app's pattern, so a file a killed process leaves is tidied later.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    return fd, Path(name)


def is_temp_name(name: str) -> bool:
    """Whether `name` is one of the app's temporary files (or SQLite's companion of one)."""
    return _TEMP_NAME.fullmatch(name) is not None


def remove_stale_temp_files(folder: Path, now: float, older_than_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """Delete the app's temporary files in `folder` untouched for `older_than_s` (`now`: seconds since the epoch).

    Only a process killed between creating and renaming one leaves such a file; younger ones may belong to a
    writer still at work (the terminal command beside the window) and are left alone. Never raises: whatever
    cannot be read or removed now is tried again at the next start. Returns what was removed.
    """
    removed: list[Path] = []
    try:
        with os.scandir(folder) as found:
            entries = [entry for entry in found if is_temp_name(entry.name)]
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if now - info.st_mtime < older_than_s:
                continue
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def atomic_text_writer(path: Path, action: str, mode: int = 0o600) -> Iterator[IO[str]]:
    """Yield a text stream; on success the file replaces `path`, on any error `path` is untouched."""
    folder = path.parent
    try:
        fd, tmp = new_temp_file(path)
    except OSError as error:
        raise from_os(error, action) from error
    try:
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise from_os(error, action) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str, action: str, mode: int = 0o600) -> None:
    """Replace `path` with `text` atomically."""
    with atomic_text_writer(path, action, mode) as stream:
        stream.write(text)
