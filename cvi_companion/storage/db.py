"""Opening the cramp log: safety checks first, then migrations, then the connection settings."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from cvi_companion.domain.text import Phrase, translate
from cvi_companion.storage import migrations as schema
from cvi_companion.storage.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
    from_os,
    from_sqlite,
)
from cvi_companion.storage.paths import make_private_dir

BUSY_TIMEOUT_S = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    """One connection to the cramp log; writes go through `write()` (BEGIN IMMEDIATE)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection

    @contextlib.contextmanager
    def write(self, action: str | Phrase) -> Iterator[sqlite3.Connection]:
        """A write transaction; on any error it rolls back and raises a StorageError about `action`."""
        conn = self.connection
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise from_sqlite(error, action) from error
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback(conn)
            raise from_sqlite(error, action) from error
        except BaseException:
            _rollback(conn)
            raise

    def data_version(self) -> int:
        """A number that changes when another connection commits (to notice the CLI's writes)."""
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


def _rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _check_header(path: Path) -> None:
    """Refuse, before SQLite touches it, a non-empty file that is not an SQLite database."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as error:
        raise from_os(error, _read_log(path)) from error
    if head and head != SQLITE_MAGIC:
        raise DatabaseDamaged(
            translate(
                "Storage",
                "The file {file} is not a cramp-log database (or it is damaged). It was left as it is; move it away "
                "or restore a backup, then start again.",
                file=str(path),
            ),
            translate("Storage", "it is not an SQLite database"),
        )


def _read_log(path: Path) -> Phrase:
    return translate("Storage", "read the log {file}", file=str(path))


def _open_log(path: Path) -> Phrase:
    return translate("Storage", "open the log {file}", file=str(path))


def _sqlite_says(error: sqlite3.Error) -> Phrase:
    return translate("Storage", "SQLite says: {reason}", reason=str(error))


def _create_private_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        return
    except OSError as error:
        raise from_os(error, translate("Storage", "create the log {file}", file=str(path))) from error


def _backup(conn: sqlite3.Connection, path: Path, backups_dir: Path, version: int) -> Path:
    make_private_dir(backups_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{path.stem}-v{version}-{stamp}.sqlite3"
    _create_private_file(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    except sqlite3.Error as error:
        dest.close()
        target.unlink(missing_ok=True)
        raise from_sqlite(error, translate("Storage", "back up the log before upgrading it")) from error
    dest.close()
    return target


def _read_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as error:
        stored = from_sqlite(error, _read_log(path))
        if not isinstance(stored, DatabaseUnreadable):
            # A disk I/O error, a lock, a read-only folder: the file may be fine, so it is no verdict on it.
            raise stored from error
        raise DatabaseDamaged(
            translate(
                "Storage",
                "The file {file} is not a cramp-log database or it is damaged ({reason}). It was left as it is.",
                file=str(path),
                reason=str(error),
            ),
            _sqlite_says(error),
        ) from error


def _migrate(
    conn: sqlite3.Connection, path: Path, backups_dir: Path, steps: tuple[schema.Migration, ...]
) -> Path | None:
    latest = schema.latest_version(steps)
    version = _read_version(conn, path)
    if version > latest:
        raise DatabaseTooNew(
            translate(
                "Storage",
                "The log {file} was written by a newer version of cvi_companion (schema {schema}; this version reads "
                "up to {latest}). It was left untouched: please update the app.",
                file=str(path),
                schema=version,
                latest=latest,
            )
        )
    if version == latest:
        return None
    backup = _backup(conn, path, backups_dir, version) if version > 0 else None
    try:
        conn.execute("BEGIN IMMEDIATE")
        # Another process may have migrated while we waited for the write lock.
        version = _read_version(conn, path)
        for step in steps:
            if step.version > version:
                step.apply(conn)
                conn.execute(f"PRAGMA user_version = {step.version}")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise from_sqlite(error, translate("Storage", "upgrade the log to schema {schema}", schema=latest)) from error
    return backup


MAIN_CACHE_KIB = 512


@contextlib.contextmanager
def read_only(path: Path, action: str | Phrase, *, cache_kib: int | None = None) -> Iterator[Database]:
    """A read-only connection to the log of the calling thread's own, closed afterwards.

    For work on a pool thread (a connection belongs to the thread that opened it) and for whole-log reads that
    must not fill the app's own page cache. Raises StorageError about `action` when it cannot be opened.
    """
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
    except sqlite3.Error as error:
        raise from_sqlite(error, action) from error
    try:
        if cache_kib is not None:
            try:
                conn.execute(f"PRAGMA cache_size = -{cache_kib}")
            except sqlite3.Error as error:
                raise from_sqlite(error, action) from error
        yield Database(path, conn)
    finally:
        conn.close()


def open_database(path: Path, backups_dir: Path, steps: tuple[schema.Migration, ...] = schema.MIGRATIONS) -> Database:
    """Open (creating if needed) and upgrade the log; raises StorageError with a clear message."""
    _check_header(path)
    make_private_dir(path.parent)
    _create_private_file(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=True)
    except sqlite3.Error as error:
        raise from_sqlite(error, _open_log(path)) from error
    try:
        _migrate(conn, path, backups_dir, steps)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # SQLite's default page cache (2 MiB) stays filled for the whole run; the log's pages come back
        # from the operating system's file cache in microseconds, so a small one keeps the idle app lean.
        conn.execute(f"PRAGMA cache_size = -{MAIN_CACHE_KIB}")
    except DatabaseDamaged:
        conn.close()
        raise
    except DatabaseUnreadable as error:
        # SQLite found the file damaged while opening or upgrading it: that is about the file, not one row.
        conn.close()
        reason = str(error.__cause__) if error.__cause__ is not None else error.phrase
        raise DatabaseDamaged(error.phrase, reason) from error
    except StorageError:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        stored = from_sqlite(error, _open_log(path))
        if isinstance(stored, DatabaseUnreadable):
            raise DatabaseDamaged(stored.phrase, _sqlite_says(error)) from error
        raise stored from error
    return Database(path, conn)
