"""The app's temporary files: their names, and tidying those a killed process left behind.

Apart from the atomic writes (storage/atomic.py), so that a start of the terminal command, which tidies its
folders, does not load tempfile and shutil (docs/performance.md, `cvi-companion log`).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

# Every temporary file the app writes is `.<target name>.<random>.cvi.tmp` (plus SQLite's -journal, -wal and
# -shm beside a temporary database): the marker tells one left by a killed process from anything else that
# may sit in a folder the person chose with --data-dir.
TEMP_SUFFIX = ".cvi.tmp"
_TEMP_NAME = re.compile(r"\..+" + re.escape(TEMP_SUFFIX) + r"(?:-journal|-wal|-shm)?")
# A writer refreshes its file's time with every write and takes milliseconds (settings) to seconds (a large
# backup); an hour spares even a terminal command paused with Ctrl+Z, and a leftover costs nothing meanwhile.
STALE_TEMP_AGE_S = 3600.0


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
                import shutil  # only for a restore's scratch folder, rarely: not at every start

                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
