"""Whether a file is a backup of the cramp log that this version can restore, found without changing it.

The file may be anything a person picked (a copy from another computer, a stray download), so it is read
through a connection that writes nothing beside it, and every way it can fall short is said in plain words.
Making, rotating and restoring backups is in storage/backups.py.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cvi_companion.storage import migrations as schema
from cvi_companion.storage.db import SQLITE_MAGIC
from cvi_companion.storage.errors import DatabaseTooNew, DatabaseUnreadable, from_os

# The tables (and the columns of version 1) every readable cramp log has, by the schema that added them.
_TABLES = {1: "cramp_entries", 2: "reminder_events", 3: "cramp_free_nights"}
_V1_COLUMNS = {
    "id", "started_utc", "utc_offset", "started_local", "night_of", "duration_s", "woke_me", "side",
    "locations", "intensity", "helped", "soreness", "context", "tags", "note", "created_at", "updated_at",
    "deleted_at",
}  # fmt: skip


class NotABackup(DatabaseUnreadable):
    """The file is not a backup of the cramp log that this version can restore."""


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What a valid backup holds."""

    path: Path
    schema_version: int
    entries: int


def open_backup_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file that leaves nothing beside it (the caller closes it)."""
    # immutable=1: no lock, no -shm file, nothing written next to a file that may not be ours. A copy of a
    # live log that still has its -wal beside it is read with that -wal instead.
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)


def check_backup(path: Path) -> BackupCheck:
    """Make sure a file is a cramp-log backup this version can read; raise NotABackup / DatabaseTooNew if not.

    Checks, without changing the file: the SQLite header, the integrity, our tables and their columns, and
    a schema version from 1 to the newest this code knows.
    """
    latest = schema.latest_version()
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise NotABackup(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise NotABackup(f"{path} is a folder, not a backup file.") from None
    except OSError as error:
        raise from_os(error, f"read {path}") from error
    if head != SQLITE_MAGIC:
        raise NotABackup(f"{path} is not an SQLite database, so it is not a backup of the cramp log.")
    try:
        conn = open_backup_read_only(path)
    except sqlite3.Error as error:
        raise NotABackup(f"{path} cannot be opened as a database ({error}).") from error
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > latest:
            raise DatabaseTooNew(
                f"{path} was written by a newer version of cvi_companion (schema {version}; this version reads "
                f"up to {latest}). Update the app to restore it."
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version < 1 or "cramp_entries" not in tables:
            raise NotABackup(f"{path} is an SQLite database, but not a cramp log (it has no cramp_entries table).")
        missing = [name for since, name in _TABLES.items() if since <= version and name not in tables]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cramp_entries)")}
        if missing or not _V1_COLUMNS.issubset(columns):
            raise NotABackup(f"{path} looks like a cramp log but lacks parts of schema {version}; it is damaged.")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise NotABackup(f"{path} is a damaged database (its integrity check failed).")
        entries = int(conn.execute("SELECT count(*) FROM cramp_entries WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.Error as error:
        raise NotABackup(f"{path} cannot be read as a cramp log ({error}).") from error
    finally:
        conn.close()
    return BackupCheck(path, version, entries)
