"""Whether a file is a backup of the cramp log that this version can restore, found without changing it.

The file may be anything a person picked (a copy from another computer, a stray download), so it is read
through a connection that writes nothing beside it, and every way it can fall short is said in plain words.
Making, rotating and restoring backups is in storage/backups.py.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cvi_companion.domain.text import translate
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
    file = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise NotABackup(translate("Storage", "There is no file {file}.", file=file)) from None
    except IsADirectoryError:
        raise NotABackup(translate("Storage", "{file} is a folder, not a backup file.", file=file)) from None
    except OSError as error:
        raise from_os(error, translate("Storage", "read {file}", file=file)) from error
    if head != SQLITE_MAGIC:
        raise NotABackup(
            translate("Storage", "{file} is not an SQLite database, so it is not a backup of the cramp log.", file=file)
        )
    try:
        conn = open_backup_read_only(path)
    except sqlite3.Error as error:
        raise NotABackup(
            translate("Storage", "{file} cannot be opened as a database ({reason}).", file=file, reason=str(error))
        ) from error
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > latest:
            raise DatabaseTooNew(
                translate(
                    "Storage",
                    "{file} was written by a newer version of cvi_companion (schema {schema}; this version reads up "
                    "to {latest}). Update the app to restore it.",
                    file=file,
                    schema=version,
                    latest=latest,
                )
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version < 1 or "cramp_entries" not in tables:
            raise NotABackup(
                translate(
                    "Storage",
                    "{file} is an SQLite database, but not a cramp log (it has no {table} table).",
                    file=file,
                    table="cramp_entries",
                )
            )
        missing = [name for since, name in _TABLES.items() if since <= version and name not in tables]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cramp_entries)")}
        if missing or not _V1_COLUMNS.issubset(columns):
            raise NotABackup(
                translate(
                    "Storage",
                    "{file} looks like a cramp log but lacks parts of schema {schema}; it is damaged.",
                    file=file,
                    schema=version,
                )
            )
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise NotABackup(
                translate("Storage", "{file} is a damaged database (its integrity check failed).", file=file)
            )
        entries = int(conn.execute("SELECT count(*) FROM cramp_entries WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.Error as error:
        raise NotABackup(
            translate("Storage", "{file} cannot be read as a cramp log ({reason}).", file=file, reason=str(error))
        ) from error
    finally:
        conn.close()
    return BackupCheck(path, version, entries)
