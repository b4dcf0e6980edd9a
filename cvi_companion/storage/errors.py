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


class DatabaseDamaged(DatabaseUnreadable):
    """Opening the log showed that the file itself is not a readable SQLite cramp log (not one bad row).

    Only this verdict lets the app move the file aside (storage/quarantine.py); `reason` says why, briefly.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


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
    if code is not None and code & 0xFF == sqlite3.SQLITE_CANTOPEN:
        return StorageError(
            f"Could not {action}: the log or its folder cannot be opened for writing ({error}). Nothing was changed; "
            "check that the data folder exists and that you may write to it."
        )
    if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
        # SQLite does not pass the system's reason on: a full disk, a file-size limit, a folder that cannot be
        # written or a failing drive.
        return StorageError(
            f"Could not {action}: reading or writing the disk failed ({error}). Nothing was changed; check that "
            "the disk has free space, that you may write to the data folder and that the disk works, then try again."
        )
    return StorageError(f"Could not {action}: {error}.")


def from_os(error: OSError, action: str) -> StorageError:
    """Translate an OSError raised while doing `action` into a StorageError."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(f"Could not {action}: the disk is full. Nothing was changed; free some space and try again.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnly(f"Could not {action}: permission denied ({error.filename or error}). Nothing was changed.")
    return StorageError(f"Could not {action}: {error.strerror or error}.")
