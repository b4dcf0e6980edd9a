"""Import (plan and apply, one transaction after a backup) and the extra sections of the JSON export."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from cvi_companion.domain.importing import ExistingData, ImportMode, ImportPlan, build_plan, parse_import
from cvi_companion.domain.importing_data import CrampFreeNight, ImportData
from cvi_companion.domain.importing_problems import ImportFileError, ImportProblem, whole_file
from cvi_companion.domain.reminder_history import ReminderRecord
from cvi_companion.domain.settings import settings_to_mapping
from cvi_companion.domain.text import translate
from cvi_companion.storage import migrations as schema
from cvi_companion.storage.backups import IMPORT, make_backup, prune_backups

# One mapping between rows and domain objects: the repositories' own (they write one row per transaction,
# an import needs all of its rows in one).
from cvi_companion.storage.cramp_repository import _COLUMNS as ENTRY_COLUMNS
from cvi_companion.storage.cramp_repository import _from_row as entry_from_row
from cvi_companion.storage.cramp_repository import _to_row as entry_to_row
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, StorageError, from_os, from_sqlite
from cvi_companion.storage.reminder_log import _COLUMNS as REMINDER_COLUMNS
from cvi_companion.storage.reminder_log import _from_row as reminder_from_row
from cvi_companion.storage.reminder_log import _to_row as reminder_to_row
from cvi_companion.storage.settings_store import SettingsStore

_CHUNK = 500  # stays under SQLite's limit on bound parameters
# A file larger than this is not an export of a personal log; reading it whole would only exhaust memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an applied import did (the plan as made under the write lock) and where the backup is.

    `backup` is None when the file changed nothing, so no backup was needed.
    """

    plan: ImportPlan
    backup: Path | None


def read_import_file(path: Path, *, now: datetime, tz: tzinfo) -> ImportData:
    """Read and check a CSV or JSON file; raise ImportFileError (bad content) or StorageError (unreadable)."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            too_large = translate(
                "Import", "is {size} MiB, too large to be an export of a cramp log", size=size // 2**20
            )
            raise ImportFileError([ImportProblem(whole_file(), too_large)])
        raw = path.read_bytes()
    except OSError as error:
        raise from_os(error, translate("Storage", "read {file}", file=str(path))) from error
    return parse_import(raw, now=now, tz=tz)


def _nights_from_rows(rows: Iterable[Sequence[Any]]) -> list[CrampFreeNight]:
    try:
        return [CrampFreeNight(date.fromisoformat(n), via, datetime.fromisoformat(at)) for n, via, at in rows]
    except (ValueError, TypeError) as error:
        raise DatabaseUnreadable(
            translate("Storage", "A night without cramps cannot be read ({reason}).", reason=str(error))
        ) from error


def _read(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as error:
        raise from_sqlite(error, translate("Storage", "read the log")) from error


def reminder_history(db: Database, since: date | None = None, until: date | None = None) -> list[ReminderRecord]:
    """Reminder occurrences whose slot (nominal local date) is in the range, oldest first."""
    rows = _read(
        db.connection,
        f"SELECT {REMINDER_COLUMNS} FROM reminder_events WHERE substr(slot, 1, 10) BETWEEN ? AND ? "
        "ORDER BY due_utc, kind",
        ((since or date.min).isoformat(), (until or date.max).isoformat()),
    )
    return [reminder_from_row(tuple(row)) for row in rows]


def cramp_free_nights(db: Database, since: date | None = None, until: date | None = None) -> list[CrampFreeNight]:
    """Nights reported free of cramps in the range, oldest first, with how and when they were reported."""
    rows = _read(
        db.connection,
        "SELECT night, via, at FROM cramp_free_nights WHERE night BETWEEN ? AND ? ORDER BY night",
        ((since or date.min).isoformat(), (until or date.max).isoformat()),
    )
    return _nights_from_rows(rows)


def schema_version(db: Database) -> int:
    """The log's schema version (PRAGMA user_version)."""
    return int(_read(db.connection, "PRAGMA user_version")[0][0])


def _existing(conn: sqlite3.Connection, data: ImportData) -> ExistingData:
    ids = [str(item.entry.id) for item in data.entries]
    entries = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(part))
        for row in _read(conn, f"SELECT {ENTRY_COLUMNS} FROM cramp_entries WHERE id IN ({marks})", part):
            entry = entry_from_row(row)
            entries[entry.id] = entry
    total = int(_read(conn, "SELECT count(*) FROM cramp_entries")[0][0])
    reminders = {}
    if data.reminders is not None:
        for row in _read(conn, f"SELECT {REMINDER_COLUMNS} FROM reminder_events"):
            record = reminder_from_row(tuple(row))
            reminders[(record.kind, record.slot)] = record
    nights = {}
    if data.nights is not None:
        rows = _read(conn, "SELECT night, via, at FROM cramp_free_nights")
        nights = {night.night: night for night in _nights_from_rows(rows)}
    return ExistingData(entries=entries, entry_total=total, reminders=reminders, nights=nights)


def _check_schema(data: ImportData) -> None:
    latest = schema.latest_version()
    if data.schema_version is not None and data.schema_version > latest:
        raise ImportFileError(
            [
                ImportProblem(
                    "schema_version",
                    translate(
                        "Import",
                        "the file comes from a newer version of cvi_companion (log schema {schema}; this version "
                        "reads up to {latest}); update the app to import it",
                        schema=data.schema_version,
                        latest=latest,
                    ),
                )
            ]
        )


def plan_import(
    db: Database,
    data: ImportData,
    mode: ImportMode,
    *,
    now: datetime | None = None,
    tz: tzinfo = UTC,
    restore_settings: bool = False,
) -> ImportPlan:
    """What importing `data` would do to the log now; reads only (for a dry run or a preview)."""
    _check_schema(data)
    conn = db.connection
    now = now or datetime.now(UTC)
    try:
        # One read transaction, so the plan sees one state of the log.
        conn.execute("BEGIN")
        try:
            existing = _existing(conn, data)
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise from_sqlite(error, translate("Storage", "read the log")) from error
    return build_plan(data, existing, mode, now=now, tz=tz, restore_settings=restore_settings)


def _write_entries(conn: sqlite3.Connection, plan: ImportPlan) -> None:
    if plan.mode is ImportMode.REPLACE:
        conn.execute("DELETE FROM cramp_entries")
        keep = [s.entry for s in plan.skipped]
        inserts = [*(a.entry for a in plan.added), *(c.after for c in plan.changed), *keep]
    else:
        inserts = [a.entry for a in plan.added]
        rows = [entry_to_row(c.after) for c in plan.changed]
        if rows:
            sets = ", ".join(f"{k} = :{k}" for k in rows[0] if k != "id")
            conn.executemany(f"UPDATE cramp_entries SET {sets} WHERE id = :id", rows)
    rows = [entry_to_row(entry) for entry in inserts]
    if rows:
        names = ", ".join(rows[0])
        marks = ", ".join(f":{k}" for k in rows[0])
        conn.executemany(f"INSERT INTO cramp_entries ({names}) VALUES ({marks})", rows)


def _write_sections(conn: sqlite3.Connection, plan: ImportPlan) -> None:
    replace = plan.mode is ImportMode.REPLACE
    reminders = plan.reminders
    if reminders.present:
        if replace:
            conn.execute("DELETE FROM reminder_events")
        records = [*reminders.added, *reminders.changed, *(reminders.skipped if replace else ())]
        conn.executemany(
            f"INSERT OR REPLACE INTO reminder_events ({REMINDER_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
            [reminder_to_row(record) for record in records],
        )
    nights = plan.nights
    if nights.present:
        if replace:
            conn.execute("DELETE FROM cramp_free_nights")
        chosen = [*nights.added, *nights.changed, *(nights.skipped if replace else ())]
        conn.executemany(
            "INSERT OR REPLACE INTO cramp_free_nights (night, via, at) VALUES (?, ?, ?)",
            [(n.night.isoformat(), n.via, n.at.astimezone(UTC).isoformat(timespec="seconds")) for n in chosen],
        )


def apply_import(
    db: Database,
    plan: ImportPlan,
    backups_dir: Path,
    *,
    settings_store: SettingsStore | None = None,
    now: datetime | None = None,
    tz: tzinfo = UTC,
) -> ImportResult:
    """Back up the log, then import in one transaction; on any error nothing is changed.

    The plan is made again under the write lock (the log may have changed since the preview), so the
    result tells what was really done. Settings, when the plan restores them, are written last inside the
    transaction and put back as they were if the commit then fails.
    """
    _check_schema(plan.data)
    now = now or datetime.now(UTC)
    restore_settings = plan.settings is not None
    if restore_settings and settings_store is None:
        raise ValueError("restoring settings needs the settings store")
    old_settings: bytes | None = None
    wrote_settings = False
    try:
        with db.write(translate("Storage", "import the file")) as conn:
            fresh = build_plan(plan.data, _existing(conn, plan.data), plan.mode, now=now, tz=tz,
                               restore_settings=restore_settings)  # fmt: skip
            if not fresh.changes_anything:
                return ImportResult(fresh, None)
            # Taken under the write lock, so no other write slips in between the backup and the import.
            backup = make_backup(db, backups_dir, IMPORT, now=now)
            _write_entries(conn, fresh)
            _write_sections(conn, fresh)
            if fresh.settings is not None and settings_store is not None:
                settings_store.load()  # notes whether the file there is unreadable or from a newer version
                old_settings = _read_bytes(settings_store.path)
                wrote_settings = True
                settings_store.save(fresh.settings)
    except BaseException:
        if wrote_settings and settings_store is not None:
            _put_back(settings_store.path, old_settings)
        raise
    prune_backups(backups_dir, db.path.stem)
    return ImportResult(fresh, backup)


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise from_os(error, translate("Storage", "read {file}", file=str(path))) from error


def _put_back(path: Path, old: bytes | None) -> None:
    from cvi_companion.storage.atomic import write_text_atomic

    # Best effort: the import's own error is the one to report.
    with contextlib.suppress(StorageError, OSError):
        if old is None:
            path.unlink(missing_ok=True)
        else:
            text = old.decode("utf-8", errors="surrogateescape")
            write_text_atomic(path, text, translate("Storage", "put the settings back"))


def export_settings(store: SettingsStore) -> dict[str, Any]:
    """The settings as the JSON export holds them (the settings file's own form)."""
    return settings_to_mapping(store.load().settings)
