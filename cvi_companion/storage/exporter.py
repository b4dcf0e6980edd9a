"""Writing an export: CSV (cramp entries) or JSON (everything), for the terminal and the window alike.

The whole log can be big (100,000 entries), so its entries do not go through `CrampEntry` objects: each
stored row becomes its CSV line or JSON record straight away (`storage.export_rows`), several times faster.
The formats are still the ones `domain.export` defines (`write_csv`, `iter_json`); tests hold the two paths
to the same bytes.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import IO, TypeAlias

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.domain.export import CSV_COLUMNS, FIRST_RECORD, NEXT_RECORD, json_closing, json_opening
from cvi_companion.domain.settings import Settings, settings_to_mapping
from cvi_companion.domain.text import translate
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, read_only
from cvi_companion.storage.errors import from_sqlite
from cvi_companion.storage.export_rows import CsvLines, JsonRecords, entry_rows
from cvi_companion.storage.importer import cramp_free_nights, reminder_history, schema_version


class ExportFormat(StrEnum):
    """What an export holds: CSV has one row per cramp, JSON has everything."""

    CSV = "csv"
    JSON = "json"


class ExportStopped(Exception):
    """The export was stopped before it finished (the window asking for it was closed); nothing was written."""


# Entries per write (a write per line costs more than making the line), and how often a long export looks
# whether it should stop.
_BATCH = 2000
StopCheck: TypeAlias = Callable[[], bool]


def _never() -> bool:
    return False


def _write_entries(
    db: Database,
    stream: IO[str],
    flt: CrampFilter,
    stop: StopCheck,
    texts: CsvLines | JsonRecords,
    *,
    first: str = "",
    between: str = "",
) -> int:
    """Write the text of each entry `flt` selects, `first` before the first, `between` the others; count them."""
    try:
        pieces = texts.texts(entry_rows(db.connection, flt))
        lead = first
        while batch := list(islice(pieces, _BATCH)):
            if stop():
                raise ExportStopped
            stream.write(lead)
            stream.write(between.join(batch))
            lead = between
    except sqlite3.Error as error:
        raise from_sqlite(error, translate("Storage", "read the log")) from error
    return texts.count


def _write_csv(db: Database, stream: IO[str], flt: CrampFilter, stop: StopCheck) -> int:
    csv.writer(stream, lineterminator="\n").writerow(CSV_COLUMNS)
    return _write_entries(db, stream, flt, stop, CsvLines())


def _write_json(
    db: Database, settings: Settings, stream: IO[str], flt: CrampFilter, now: datetime, stop: StopCheck
) -> int:
    # The small sections are read before the entries stream, as the entry-based writer read them.
    reminders = reminder_history(db, flt.since, flt.until)
    nights = cramp_free_nights(db, flt.since, flt.until)
    mapping = settings_to_mapping(settings)
    version = schema_version(db)
    stream.write(json_opening(now, settings=mapping, schema_version=version, since=flt.since, until=flt.until))
    count = _write_entries(db, stream, flt, stop, JsonRecords(), first=FIRST_RECORD, between=NEXT_RECORD)
    stream.writelines(json_closing(reminders, nights))
    return count


def write_export(
    db: Database,
    settings: Settings,
    stream: IO[str],
    fmt: ExportFormat,
    flt: CrampFilter,
    now: datetime,
    *,
    stop: StopCheck = _never,
) -> int:
    """Write the export to a stream; return how many cramp entries it holds.

    `stop` is asked before, every few thousand entries and at the end; once it says True, ExportStopped is
    raised (so `export_file` writes no file even when asked to stop just as the last entry was written).
    """
    if stop():
        raise ExportStopped
    if fmt is ExportFormat.CSV:
        count = _write_csv(db, stream, flt, stop)
    else:
        count = _write_json(db, settings, stream, flt, now, stop)
    if stop():
        raise ExportStopped
    return count


def export_file(
    db: Database,
    settings: Settings,
    target: Path,
    fmt: ExportFormat,
    flt: CrampFilter,
    now: datetime,
    *,
    stop: StopCheck = _never,
) -> int:
    """Write the export to a file readable only by the person; the file appears whole or not at all."""
    with atomic_text_writer(target, translate("Storage", "write {file}", file=str(target))) as stream:
        return write_export(db, settings, stream, fmt, flt, now, stop=stop)


def export_file_apart(
    db_path: Path,
    settings: Settings,
    target: Path,
    fmt: ExportFormat,
    flt: CrampFilter,
    now: datetime,
    *,
    stop: StopCheck = _never,
    counted: Callable[[int], object] | None = None,
) -> int:
    """`export_file` on a read-only connection of the calling thread's own (a worker thread's).

    A connection belongs to the thread that opened it, so a worker cannot use the window's. Everything is
    read in one transaction: entries logged meanwhile are either all in the file or all out of it, and
    `counted` (called first with the number of entries to export) matches the file.
    """
    action = translate("Storage", "read the log")
    with read_only(db_path, action) as db:
        try:
            db.connection.execute("BEGIN")
        except sqlite3.Error as error:
            raise from_sqlite(error, action) from error
        if counted is not None:
            counted(CrampRepository(db).count(flt))
        return export_file(db, settings, target, fmt, flt, now, stop=stop)
