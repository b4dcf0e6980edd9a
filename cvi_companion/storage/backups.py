"""Backups of the cramp log with SQLite's backup API, the daily rotation, and restoring one safely.

A backup is a complete, self-contained SQLite file (rollback-journal mode, no -wal beside it), named
`cramp-log-<reason>-<UTC time>.sqlite3` in the private backups folder. Reasons: `daily` (rotated, newest
7 kept), `import` and `before-restore` (safety copies, newest 10 of each kept), `manual` (never deleted by
the app) and `v<N>` (made by db.py before an upgrade, never deleted by the app). Whether a file is a backup
that can be restored is decided in storage/backup_check.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from cvi_companion.domain.text import Phrase, translate
from cvi_companion.storage.atomic import new_temp_file
from cvi_companion.storage.backup_check import BackupCheck, NotABackup, check_backup, open_backup_read_only
from cvi_companion.storage.db import Database, open_database, read_only
from cvi_companion.storage.errors import (
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
    from_os,
    from_sqlite,
)
from cvi_companion.storage.paths import AppPaths, make_private_dir
from cvi_companion.storage.temp_files import TEMP_SUFFIX

DAILY = "daily"
IMPORT = "import"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
KEEP_DAILY = 7
# Safety copies made before an import or a restore: enough to step back a few times, never unbounded.
KEEP_SAFETY = 10
_ROTATED = {DAILY: KEEP_DAILY, IMPORT: KEEP_SAFETY, BEFORE_RESTORE: KEEP_SAFETY}
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = r"-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3"
# A copy moves this many pages per step through page caches of this many KiB on both sides. Measured with the
# app (10,000 entries): copying through its own connection left it 3.7 MiB larger for good; this way 0.2 MiB
# (0.5 with 256 KiB caches), and a 100,000-entry log still copies in about 0.2 s.
_STEP_PAGES = 256
_CACHE_KIB = 64


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One file in the backups folder, as its name describes it."""

    path: Path
    reason: str
    taken_at: datetime  # UTC, to the second


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: where from, and where the log as it was is kept (None if there was none)."""

    source: BackupCheck
    kept: Path | None


def _fsync_path(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return
    # Windows flushes only a handle opened for writing; POSIX folders open read-only.
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_pages(source: sqlite3.Connection, target: Path) -> None:
    """Copy a whole database into a new file with the backup API and make the copy self-contained."""
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        dest.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        source.backup(dest, pages=_STEP_PAGES)
        # The copy inherits WAL mode from the log; a backup must be one file that opens anywhere.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _write_copy(source: sqlite3.Connection, target: Path, action: Phrase) -> None:
    """Write a backup next to `target` under a temporary name, then move it in place (0600, fsynced)."""
    # The folder is the caller's business: a file of the person's choosing must not make their folder private.
    try:
        fd, tmp = new_temp_file(target)
    except OSError as error:
        # Refused at the temporary file, whose name the person never chose: name the folder instead.
        raise from_os(error, action, folder=target.parent) from error
    try:
        os.close(fd)
        _copy_pages(source, tmp)
        _fsync_path(tmp)
        os.replace(tmp, target)
        _fsync_path(target.parent, folder=True)
    except sqlite3.Error as error:
        _remove(tmp)
        raise from_sqlite(error, action) from error
    except OSError as error:
        _remove(tmp)
        # The system names whichever file it was on, often the temporary one: the folder is what to fix.
        raise from_os(error, action, folder=target.parent) from error
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _source(db: Database, action: Phrase) -> Iterator[sqlite3.Connection]:
    """A short-lived read-only connection to the log, inside one read transaction, to copy from.

    Not the log's own connection: the copy would fill its page cache with the whole log and leave the
    app's memory that much larger for good, and SQLite cannot copy through a connection that is writing.
    The read transaction spans every step of the copy, so the backup is the last committed state as one
    moment even when another connection commits meanwhile (in WAL mode that writer is not held up).
    """
    with read_only(db.path, action, cache_kib=_CACHE_KIB) as copy_from:
        reader = copy_from.connection
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot is taken at the first read
        yield reader


def _unique_name(backups_dir: Path, stem: str, reason: str, now: datetime) -> Path:
    base = f"{stem}-{reason}-{now.astimezone(UTC).strftime(_STAMP)}"
    target = backups_dir / f"{base}.sqlite3"
    n = 2
    while target.exists():
        target = backups_dir / f"{base}-{n}.sqlite3"
        n += 1
    return target


def make_backup(db: Database, backups_dir: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy the log into the backups folder as `<stem>-<reason>-<UTC time>.sqlite3`; return its path.

    Raises StorageError (DiskFull, ReadOnly...) with nothing left behind when the copy cannot be written.
    """
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    action = translate("Storage", "make a backup of the log")
    try:
        make_private_dir(backups_dir)
        target = _unique_name(backups_dir, db.path.stem, reason, now or datetime.now(UTC))
        with _source(db, action) as source:
            _write_copy(source, target, action)
    except sqlite3.Error as error:
        raise from_sqlite(error, action) from error
    return target


def backup_to(db: Database, target: Path) -> Path:
    """Copy the log to a file of the person's choosing (replacing it atomically); return the path."""
    if target.resolve() == db.path.resolve():
        raise StorageError(translate("Storage", "A backup cannot be written over the log itself; choose another file."))
    action = translate("Storage", "write the backup {file}", file=str(target))
    try:
        with _source(db, action) as source:
            _write_copy(source, target, action)
    except sqlite3.Error as error:
        raise from_sqlite(error, action) from error
    return target


def list_backups(backups_dir: Path, stem: str = "cramp-log") -> list[BackupInfo]:
    """The backups in the folder, oldest first (files with other names are left out)."""
    try:
        names = sorted(p for p in backups_dir.iterdir() if p.is_file())
    except FileNotFoundError:
        return []
    except OSError as error:
        action = translate("Storage", "read the backups folder {folder}", folder=str(backups_dir))
        raise from_os(error, action) from error
    pattern = re.compile(re.escape(stem) + _NAME)
    found = []
    for path in names:
        match = pattern.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(path, match["reason"], taken))
    found.sort(key=lambda info: (info.taken_at, info.path.name))
    return found


def needs_daily_backup(backups: Iterable[BackupInfo], today: date, tz: tzinfo) -> bool:
    """Whether today (a local date) has no daily backup yet."""
    return not any(b.reason == DAILY and b.taken_at.astimezone(tz).date() == today for b in backups)


def backups_to_prune(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    """Rotated backups beyond the newest KEEP_DAILY daily / KEEP_SAFETY import and before-restore copies.

    Manual backups and the copies made before a schema upgrade are never pruned.
    """
    by_reason: dict[str, list[BackupInfo]] = {}
    for info in backups:
        if info.reason in _ROTATED:
            by_reason.setdefault(info.reason, []).append(info)
    prune: list[BackupInfo] = []
    for reason, infos in by_reason.items():
        infos.sort(key=lambda info: (info.taken_at, info.path.name))
        prune.extend(infos[: max(0, len(infos) - _ROTATED[reason])])
    return prune


def prune_backups(backups_dir: Path, stem: str = "cramp-log") -> list[Path]:
    """Delete the rotated backups beyond what is kept; return the paths removed."""
    removed = []
    for info in backups_to_prune(list_backups(backups_dir, stem)):
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            action = translate("Storage", "remove the old backup {file}", file=str(info.path))
            raise from_os(error, action) from error
        removed.append(info.path)
    return removed


def daily_backup(db: Database, backups_dir: Path, now: datetime, tz: tzinfo) -> Path | None:
    """The daily policy: back up if today (local date) has no daily backup, then keep the newest ones.

    Meant for the app's start and for a timer that runs once a day; returns the new backup or None.
    """
    made = None
    if needs_daily_backup(list_backups(backups_dir, db.path.stem), now.astimezone(tz).date(), tz):
        made = make_backup(db, backups_dir, DAILY, now=now)
    prune_backups(backups_dir, db.path.stem)
    return made


def _prepare(source: Path, work: Path, page_size: int | None) -> sqlite3.Connection:
    """Copy the backup to a scratch file, upgrade it to the current schema, match the log's page size."""
    reader = open_backup_read_only(source)
    try:
        _write_copy(reader, work, translate("Storage", "prepare the backup for restoring"))
    finally:
        reader.close()
    # Upgrading the scratch copy means the live log is never, even briefly, at an older schema.
    scratch_backups = work.with_name(f"{work.name.removesuffix(TEMP_SUFFIX)}-backups{TEMP_SUFFIX}")
    try:
        open_database(work, scratch_backups).close()
    finally:
        shutil.rmtree(scratch_backups, ignore_errors=True)
    conn = sqlite3.connect(work, isolation_level=None)
    if page_size and int(conn.execute("PRAGMA page_size").fetchone()[0]) != page_size:
        # Copying into a log in WAL mode needs equal page sizes.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {int(page_size)}")
        conn.execute("VACUUM")
    return conn


def _keep_damaged(paths: AppPaths, now: datetime) -> Path:
    """Copy a log that cannot be opened (with its -wal and -journal) into the backups folder, as it is."""
    make_private_dir(paths.backups_dir)
    target = _unique_name(paths.backups_dir, paths.db_path.stem, BEFORE_RESTORE, now)
    try:
        for suffix in ("", "-wal", "-journal"):
            part = Path(f"{paths.db_path}{suffix}")
            if part.exists():
                copy = Path(f"{target}{suffix}")
                shutil.copyfile(part, copy)
                os.chmod(copy, 0o600)
                _fsync_path(copy)
    except OSError as error:
        _remove(target)
        raise from_os(error, translate("Storage", "keep the current log aside")) from error
    return target


def _open_live(paths: AppPaths) -> Database | None:
    """The log, opened; None when there is a file that cannot be opened (damaged, or from a newer version)."""
    try:
        return open_database(paths.db_path, paths.backups_dir)
    except (DatabaseUnreadable, DatabaseTooNew):
        if paths.db_path.exists():
            return None
        raise


def restore(path: Path, paths: AppPaths, *, now: datetime | None = None) -> RestoreResult:
    """Replace the log's contents with a backup, after checking it and keeping the current log as a backup.

    Refuses (NotABackup, DatabaseTooNew) and changes nothing when `path` is not a backup this version can
    read. The copy goes through SQLite's backup API into the open log, so a running app sees the restored
    log at its next read instead of a file swapped under it. A log that cannot be opened at all is kept
    aside as it is and replaced by the file.
    """
    now = now or datetime.now(UTC)
    if paths.db_path.exists() and path.resolve() == paths.db_path.resolve():
        raise NotABackup(translate("Storage", "{file} is the log itself, not a backup of it.", file=str(path)))
    checked = check_backup(path)
    make_private_dir(paths.backups_dir)
    # Named as a temporary file, so that one left by a restore killed midway is tidied at a later start.
    work = paths.backups_dir / f".restore-{now.strftime(_STAMP)}-{os.getpid()}{TEMP_SUFFIX}"
    kept: Path | None = None
    db = _open_live(paths)
    try:
        page_size = int(db.connection.execute("PRAGMA page_size").fetchone()[0]) if db else None
        prepared = _prepare(path, work, page_size)
        try:
            if db is None:
                prepared.close()
                kept = _keep_damaged(paths, now)
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{paths.db_path}{suffix}").unlink(missing_ok=True)
                os.replace(work, paths.db_path)
            else:
                if _holds_anything(db):
                    kept = make_backup(db, paths.backups_dir, BEFORE_RESTORE, now=now)
                prepared.backup(db.connection)
        finally:
            prepared.close()
    except sqlite3.Error as error:
        raise from_sqlite(error, translate("Storage", "restore the backup")) from error
    except OSError as error:
        raise from_os(error, translate("Storage", "restore the backup")) from error
    finally:
        if db is not None:
            db.close()
        _remove(work)
    prune_backups(paths.backups_dir, paths.db_path.stem)
    return RestoreResult(checked, kept)


def _holds_anything(db: Database) -> bool:
    """Whether the log holds anything worth keeping before it is overwritten (a new, empty log does not)."""
    conn = db.connection
    tables = ("cramp_entries", "reminder_events", "cramp_free_nights")
    return any(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in tables)
