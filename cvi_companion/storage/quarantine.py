"""A damaged cramp log is moved aside, never overwritten, and the newest good backup is found for it.

The file (with its -wal and -journal, which belong to it) is renamed in its own folder to
`cramp-log.sqlite3.corrupt-<UTC time>`: a rename needs no free space and keeps every byte, so whatever can
still be rescued from it stays there. Opening the log afterwards starts a new, empty one; restoring a
backup (storage/backups.py `restore`) brings the entries back.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cvi_companion.domain.text import translate
from cvi_companion.storage.atomic import fsync_dir
from cvi_companion.storage.backup_check import BackupCheck, check_backup
from cvi_companion.storage.backups import BackupInfo, list_backups
from cvi_companion.storage.errors import StorageError, from_os
from cvi_companion.storage.paths import AppPaths

_STAMP = "%Y%m%dT%H%M%SZ"
# -wal and -journal hold the last writes of that very file; -shm is only an index SQLite rebuilds.
_COMPANIONS = ("-wal", "-journal")


@dataclass(frozen=True, slots=True)
class NewestBackup:
    """A backup that passed check_backup, with what its name says about it."""

    info: BackupInfo
    check: BackupCheck


@dataclass(frozen=True, slots=True)
class Quarantined:
    """Where the damaged log went, and the newest backup that can replace it (None if there is none)."""

    moved_to: Path
    backup: NewestBackup | None


def _aside_name(db_path: Path, now: datetime) -> Path:
    base = f"{db_path.name}.corrupt-{now.astimezone(UTC).strftime(_STAMP)}"
    target = db_path.with_name(base)
    n = 2
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *_COMPANIONS)):
        target = db_path.with_name(f"{base}-{n}")
        n += 1
    return target


def move_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged log (and its -wal / -journal) beside itself; return its new path.

    Raises StorageError when the folder cannot be written; then nothing was moved.
    """
    target = _aside_name(db_path, now or datetime.now(UTC))
    moved: list[tuple[Path, Path]] = []
    try:
        # The companions first: a log that is moved without its -wal would lose its last writes.
        for suffix in (*_COMPANIONS, ""):
            part = Path(f"{db_path}{suffix}")
            if suffix and not part.exists():
                continue
            os.replace(part, Path(f"{target}{suffix}"))
            moved.append((part, Path(f"{target}{suffix}")))
        fsync_dir(db_path.parent)
    except OSError as error:
        for original, new in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(new, original)
        action = translate("Storage", "move the damaged log {file} aside", file=str(db_path))
        raise from_os(error, action) from error
    with contextlib.suppress(OSError):
        Path(f"{db_path}-shm").unlink(missing_ok=True)
    return target


def newest_backup(backups_dir: Path, stem: str = "cramp-log") -> NewestBackup | None:
    """The newest backup this version can restore that holds entries; None if there is none.

    Damaged and too new backups are passed over, and so are empty ones while an older one holds entries:
    after a fresh start the daily backups of the new, empty log must not hide the copy worth restoring.
    Without any backup holding entries, the newest readable one is the answer.
    """
    try:
        candidates = list_backups(backups_dir, stem)
    except StorageError:
        return None
    empty: NewestBackup | None = None
    for info in reversed(candidates):
        try:
            checked = check_backup(info.path)
        except StorageError:  # not a backup, too new, damaged, unreadable
            continue
        if checked.entries:
            return NewestBackup(info, checked)
        empty = empty or NewestBackup(info, checked)
    return empty


def quarantine_log(paths: AppPaths, *, now: datetime | None = None) -> Quarantined:
    """Move the damaged log aside and look for the backup to offer in its place."""
    moved = move_aside(paths.db_path, now=now)
    return Quarantined(moved, newest_backup(paths.backups_dir, paths.db_path.stem))
