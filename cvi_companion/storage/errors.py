"""Storage failures, each with a message a person can act on.

Each error carries its message as a `Phrase` (domain.text): `str(error)` is the English the terminal prints,
`error.phrase` is what the window says in the person's language. A message made from a plain string, or
from an action given as a plain string, has no translation and is shown in English everywhere.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from cvi_companion.domain.text import Phrase, translate


class StorageError(Exception):
    """Something about the files on disk stopped an operation; nothing was changed."""

    def __init__(self, message: str | Phrase = "", *args: object) -> None:
        super().__init__(str(message), *args)
        self.phrase = message if isinstance(message, Phrase) else untranslated(message)


def untranslated(text: str) -> Phrase:
    """A message without a translation: the same English in the window as in the terminal."""
    return Phrase("Storage", text)


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseUnreadable(StorageError):
    """The file is not a cramp-log database, or it is damaged."""


class DatabaseDamaged(DatabaseUnreadable):
    """Opening the log showed that the file itself is not a readable SQLite cramp log (not one bad row).

    Only this verdict lets the app move the file aside (storage/quarantine.py); `reason` says why, briefly
    (`str(reason)` is the English; a phrase is said in the person's language by the window).
    """

    def __init__(self, message: str | Phrase, reason: str | Phrase = "") -> None:
        super().__init__(message)
        self.reason: str | Phrase = reason or message


class DiskFull(StorageError):
    """There was no room to write."""


class ReadOnly(StorageError):
    """The data folder or file cannot be written."""


class EntryMissing(StorageError):
    """The entry was deleted for good (perhaps by another window) before a change to it was saved."""


class Busy(StorageError):
    """Another program held the database for too long."""


def _said(action: str | Phrase, phrase: Phrase) -> Phrase:
    # An action given as plain English cannot be translated, and half a translated sentence reads worse
    # than an English one: the whole message then stays English.
    return phrase if isinstance(action, Phrase) else untranslated(str(phrase))


def _sqlite_problem(error: sqlite3.Error, action: str | Phrase) -> tuple[type[StorageError], Phrase]:
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    reason = str(error)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull, _disk_full(action)
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnly, translate(
            "Storage", "Could not {action}: the data file is read-only. Nothing was changed.", action=action
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return Busy, translate(
            "Storage",
            "Could not {action}: another program kept the log busy. Nothing was changed; try again.",
            action=action,
        )
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT) or "not a database" in text or "malformed" in text:
        return DatabaseUnreadable, translate(
            "Storage",
            "Could not {action}: the log file is damaged or is not a cramp log ({reason}).",
            action=action,
            reason=reason,
        )
    if code is not None and code & 0xFF == sqlite3.SQLITE_CANTOPEN:
        return StorageError, translate(
            "Storage",
            "Could not {action}: the log or its folder cannot be opened for writing ({reason}). Nothing was "
            "changed; check that the data folder exists and that you may write to it.",
            action=action,
            reason=reason,
        )
    if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
        # SQLite does not pass the system's reason on: a full disk, a file-size limit, a folder that cannot be
        # written or a failing drive.
        return StorageError, translate(
            "Storage",
            "Could not {action}: reading or writing the disk failed ({reason}). Nothing was changed; check that "
            "the disk has free space, that you may write to the data folder and that the disk works, then try again.",
            action=action,
            reason=reason,
        )
    return StorageError, _failed(action, reason)


def from_sqlite(error: sqlite3.Error, action: str | Phrase) -> StorageError:
    """Translate an sqlite3 error raised while doing `action` into a StorageError."""
    kind, phrase = _sqlite_problem(error, action)
    return kind(_said(action, phrase))


def _disk_full(action: str | Phrase) -> Phrase:
    return translate(
        "Storage",
        "Could not {action}: the disk is full. Nothing was changed; free some space and try again.",
        action=action,
    )


def _failed(action: str | Phrase, reason: str) -> Phrase:
    return translate("Storage", "Could not {action}: {reason}.", action=action, reason=reason)


def from_os(error: OSError, action: str | Phrase, *, folder: Path | None = None) -> StorageError:
    """Translate an OSError raised while doing `action` into a StorageError.

    `folder`, when given, is named as the place that cannot be written instead of the file the system names:
    writing a file atomically goes through a temporary file the person has never heard of.
    """
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(_said(action, _disk_full(action)))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if folder is not None:
            phrase = translate(
                "Storage",
                "Could not {action}: the folder {folder} cannot be written (permission denied). Nothing was changed.",
                action=action,
                folder=str(folder),
            )
        else:
            phrase = translate(
                "Storage",
                "Could not {action}: permission denied ({file}). Nothing was changed.",
                action=action,
                file=str(error.filename or error),
            )
        return ReadOnly(_said(action, phrase))
    return StorageError(_said(action, _failed(action, str(error.strerror or error))))
