"""Whole-file writes that either fully happen or leave the old file as it was."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cvi_companion.domain.text import Phrase
from cvi_companion.storage.errors import from_os
from cvi_companion.storage.temp_files import TEMP_SUFFIX


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


@contextlib.contextmanager
def atomic_text_writer(path: Path, action: str | Phrase, mode: int = 0o600) -> Iterator[IO[str]]:
    """Yield a text stream; on success the file replaces `path`, on any error `path` is untouched.

    A refusal names the folder of `path`, never the temporary file: making a file and renaming one over
    another are what a folder that cannot be written refuses.
    """
    folder = path.parent
    try:
        fd, tmp = new_temp_file(path)
    except OSError as error:
        raise from_os(error, action, folder=folder) from error
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
        raise from_os(error, action, folder=folder) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str, action: str | Phrase, mode: int = 0o600) -> None:
    """Replace `path` with `text` atomically."""
    with atomic_text_writer(path, action, mode) as stream:
        stream.write(text)
