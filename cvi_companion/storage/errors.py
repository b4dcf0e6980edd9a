"""Storage failures, each with a message a person can act on."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """Something about the files on disk stopped an operation; nothing was changed."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseUnreadable(StorageError):
    """The file is not a cramp-log database, or it is damaged."""


class DiskFull(StorageError):
    """There was no room to write."""


class ReadOnly(StorageError):
    """The data folder or file cannot be written."""


class EntryMissing(StorageError):
    """The entry was deleted for good (perhaps by another window) before a change to it was saved."""


class Busy(StorageError):
    """Another program held the database for too long."""


def from_sqlite(error: sqlite3.Error, action: str) -> StorageError:
    """Translate an sqlite3 error raised while doing `action` into a StorageError."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull(f"Could not {action}: the disk is full. Nothing was changed; free some space and try again.")
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnly(f"Could not {action}: the data file is read-only. Nothing was changed.")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return Busy(f"Could not {action}: another program kept the log busy. Nothing was changed; try again.")
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT) or "not a database" in text or "malformed" in text:
        return DatabaseUnreadable(f"Could not {action}: the log file is damaged or is not a cramp log ({error}).")
    return StorageError(f"Could not {action}: {error}.")


def from_os(error: OSError, action: str) -> StorageError:
    """Translate an OSError raised while doing `action` into a StorageError."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"Could not {action}: the disk is full. Nothing was changed; free some space and try again.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnly(f"Could not {action}: permission denied ({error.filename or error}). Nothing was changed.")
    return StorageError(f"Could not {action}: {error.strerror or error}.")
