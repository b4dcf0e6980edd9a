"""Deleting all of a person's data: the log, the settings, the app's own log files, and on request backups."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from cvi_companion.domain.text import Phrase, translate
from cvi_companion.storage.errors import from_os
from cvi_companion.storage.paths import AppPaths

_TABLES = ("cramp_entries", "reminder_events", "cramp_free_nights")


@dataclass(frozen=True, slots=True)
class DeleteReport:
    """What was deleted, and what was kept (the backups folder unless it was included)."""

    removed: tuple[Path, ...] = ()
    kept: tuple[Path, ...] = field(default=())


def _empty_log(db_path: Path) -> None:
    """Empty the log in place first, so an app that still has it open shows an empty log, not stale rows.

    secure_delete overwrites the freed pages; the checkpoint and VACUUM leave no copy in the -wal file.
    Best effort: a file that is not a readable log is simply removed afterwards.
    """
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=5)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA secure_delete = ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        conn.execute("BEGIN IMMEDIATE")
        for table in _TABLES:
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _deleting(path: Path) -> Phrase:
    return translate("Storage", "delete {file}", file=str(path))


def _unlink(path: Path, removed: list[Path]) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        raise from_os(error, _deleting(path)) from error
    removed.append(path)


def _rmtree(folder: Path, removed: list[Path]) -> None:
    if not folder.exists():
        return
    try:
        shutil.rmtree(folder)
    except OSError as error:
        raise from_os(error, _deleting(folder)) from error
    removed.append(folder)


def delete_all(paths: AppPaths, include_backups: bool) -> DeleteReport:
    """Delete the log (with its -wal/-shm), the settings (and any kept-aside .bad copies) and the app's logs.

    Backups are deleted only with `include_backups`; otherwise the backups folder is reported as kept.
    Folders left empty are removed. The app should not be running: this is for the terminal, or for the
    window after it has closed the log.
    """
    removed: list[Path] = []
    db = paths.db_path
    if db.exists():
        _empty_log(db)
    for suffix in ("", "-wal", "-shm", "-journal"):
        _unlink(Path(f"{db}{suffix}"), removed)
    settings = paths.settings_path
    _unlink(settings, removed)
    if settings.parent.is_dir():
        for aside in sorted(settings.parent.glob(f"{settings.name}*.bad")):
            _unlink(aside, removed)
        for leftover in sorted(settings.parent.glob(f".{settings.name}.*.tmp")):
            _unlink(leftover, removed)
    _rmtree(paths.logs_dir, removed)
    kept: list[Path] = []
    if include_backups:
        _rmtree(paths.backups_dir, removed)
    elif paths.backups_dir.exists() and any(paths.backups_dir.iterdir()):
        kept.append(paths.backups_dir)
    for folder in (paths.backups_dir, paths.data_dir, paths.config_dir):
        # Only empty folders go; anything else the person keeps there stays.
        with contextlib.suppress(OSError):
            folder.rmdir()
    return DeleteReport(tuple(removed), tuple(kept))
