"""Writing an export: CSV (cramp entries) or JSON (everything), for the terminal and the window alike.

The CSV export of the whole log is the one that gets big (100,000 entries), so it does not go through
`CrampEntry` objects: it turns each stored row straight into its CSV line (`_CsvLines`), about five times
faster. The format is still the one `domain.export.write_csv` defines; tests hold the two to the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeAlias

from cvi_companion.domain.cramps import (
    NIGHT_BOUNDARY_HOUR,
    Context,
    CrampEntry,
    CrampFilter,
    Location,
    Relief,
    Side,
    Soreness,
)
from cvi_companion.domain.export import CSV_COLUMNS, iter_json
from cvi_companion.domain.settings import Settings, settings_to_mapping
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.cramp_repository import CrampRepository, _where
from cvi_companion.storage.db import Database, read_only
from cvi_companion.storage.errors import DatabaseUnreadable, from_sqlite
from cvi_companion.storage.importer import cramp_free_nights, reminder_history, schema_version


class ExportFormat(StrEnum):
    """What an export holds: CSV has one row per cramp, JSON has everything."""

    CSV = "csv"
    JSON = "json"


# The stored columns a CSV row is made of, in CSV_COLUMNS order. The local start and its night are worked
# out from the UTC start and offset by SQLite, as `_from_row` and `night_of` do in Python.
_CSV_SELECT = (
    "id, utc_offset, strftime('%Y-%m-%dT%H:%M:%S', started_utc + utc_offset, 'unixepoch'), "
    "date(started_utc + utc_offset - ?, 'unixepoch'), duration_s, woke_me, side, locations, "
    "intensity, helped, soreness, context, tags, note, created_at, updated_at"
)
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch
# A note or tags holding one of these may need quoting: that line is left to the csv module, whose rules
# (for a lone \r they differ between Python versions) then decide.
_NEEDS_CSV_MODULE = re.compile('[,"\r\n\x00]').search
# How created_at/updated_at are stored (UTC, microseconds): 2026-11-23T12:00:00.123456+00:00
_STAMP_LENGTH = 32
_SECONDS_END = 19
_CACHE_LIMIT = 4096  # distinct code lists in a real log number in the dozens
# Fields with nothing to quote, joined as the csv module joins them (None is already "").
_PLAIN_LINE = ",".join(["%s"] * len(CSV_COLUMNS)) + "\n"


def _seconds_stamp(stored: str) -> str:
    """A stored UTC time as the export writes it (to the second), without parsing the usual form."""
    if len(stored) == _STAMP_LENGTH and stored[_SECONDS_END] == "." and stored.endswith("+00:00"):
        return stored[:_SECONDS_END] + "+00:00"
    return datetime.fromisoformat(stored).isoformat(timespec="seconds")


class _OffsetTexts(dict[int, str]):
    """UTC offset in seconds -> the "+01:00" an aware datetime's isoformat ends with; worked out once each."""

    def __missing__(self, offset: int) -> str:
        text = datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=offset))).isoformat()[_SECONDS_END:]
        self[offset] = text
        return text


class _CodeTexts(dict[str, str]):
    """Stored "a,b" codes of one kind -> the CSV's "a;b"; each distinct text is checked once."""

    def __init__(self, kind: type[StrEnum]) -> None:
        super().__init__()
        self._kind = kind

    def __missing__(self, stored: str) -> str:
        text = ";".join(self._kind(code).value for code in stored.split(",") if code)  # ValueError if unknown
        if len(self) < _CACHE_LIMIT:
            self[stored] = text
        return text


class _CsvLines:
    """Stored rows to CSV lines, byte for byte what `write_csv` writes for the decoded entries.

    Each value is checked as `_from_row` checks it (an unknown code, a bad id or time raise
    DatabaseUnreadable naming the entry), but each distinct offset and code list only once. Lines are
    joined here; a line with a note or tag the csv module would quote is left to the csv module.
    """

    def __init__(self) -> None:
        self.count = 0
        self._scratch = io.StringIO()
        self._writer = csv.writer(self._scratch, lineterminator="\n")

    def _quoted(self, fields: tuple[Any, ...]) -> str:
        self._scratch.seek(0)
        self._scratch.truncate()
        self._writer.writerow(fields)
        return self._scratch.getvalue()

    def lines(self, rows: Iterable[tuple[Any, ...]]) -> Iterator[str]:
        """One CSV line for each of `rows` (from `_CSV_SELECT`), counting them."""
        offsets = _OffsetTexts()
        sides = {side.value: side.value for side in Side}
        soreness_text: dict[str | None, str] = {None: "", "": "", **{level.value: level.value for level in Soreness}}
        locations_text, helped_text, context_text = _CodeTexts(Location), _CodeTexts(Relief), _CodeTexts(Context)
        plain, needs_csv_module, canonical_id = _PLAIN_LINE, _NEEDS_CSV_MODULE, _CANONICAL_ID
        for row in rows:
            (ident, offset, local, night, duration, woke, side, locations, intensity, helped, soreness, context,
             tags, note, created, updated) = row  # fmt: skip
            try:
                tags_text = "" if tags == "[]" else ";".join(json.loads(tags))
                fields = (
                    ident if canonical_id(ident) else str(uuid.UUID(ident)),
                    local + offsets[offset],
                    night,
                    "" if duration is None else duration,
                    "true" if woke else "false",
                    sides[side],
                    locations_text[locations],
                    "" if intensity is None else intensity,
                    helped_text[helped],
                    soreness_text[soreness],
                    context_text[context],
                    tags_text,
                    note,
                    _seconds_stamp(created),
                    _seconds_stamp(updated),
                )
                line = self._quoted(fields) if needs_csv_module(note) or needs_csv_module(tags_text) else plain % fields
            except (ValueError, TypeError, KeyError) as error:
                raise DatabaseUnreadable(f"The entry {ident} in the log cannot be read ({error}).") from error
            self.count += 1
            yield line


class ExportStopped(Exception):
    """The export was stopped before it finished (the window asking for it was closed); nothing was written."""


# Entries per write (a write per line costs more than making the line), and how often a long export looks
# whether it should stop.
_BATCH = 2000
StopCheck: TypeAlias = Callable[[], bool]


def _never() -> bool:
    return False


def _write_csv(db: Database, stream: IO[str], flt: CrampFilter, stop: StopCheck) -> int:
    where, params = _where(flt)
    # The same order as CrampRepository.iter_entries (oldest first, then as logged).
    sql = f"SELECT {_CSV_SELECT} FROM cramp_entries WHERE {where} ORDER BY started_utc ASC, rowid ASC"
    csv.writer(stream, lineterminator="\n").writerow(CSV_COLUMNS)
    converter = _CsvLines()
    try:
        lines = converter.lines(db.connection.execute(sql, [NIGHT_BOUNDARY_HOUR * 3600, *params]))
        while batch := list(islice(lines, _BATCH)):
            if stop():
                raise ExportStopped
            stream.write("".join(batch))
    except sqlite3.Error as error:
        raise from_sqlite(error, "read the log") from error
    return converter.count


def _write_json(
    db: Database, settings: Settings, stream: IO[str], flt: CrampFilter, now: datetime, stop: StopCheck
) -> int:
    entries = CrampRepository(db).iter_entries(flt)
    count = 0

    def counted() -> Iterator[CrampEntry]:
        nonlocal count
        for entry in entries:
            count += 1
            if count % _BATCH == 0 and stop():
                raise ExportStopped
            yield entry

    pieces = iter_json(
        counted(),
        now,
        reminders=reminder_history(db, flt.since, flt.until),
        nights=cramp_free_nights(db, flt.since, flt.until),
        settings=settings_to_mapping(settings),
        schema_version=schema_version(db),
        since=flt.since,
        until=flt.until,
    )
    for piece in pieces:
        stream.write(piece)
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
    with atomic_text_writer(target, f"write {target}") as stream:
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
    with read_only(db_path, "read the log") as db:
        try:
            db.connection.execute("BEGIN")
        except sqlite3.Error as error:
            raise from_sqlite(error, "read the log") from error
        if counted is not None:
            counted(CrampRepository(db).count(flt))
        return export_file(db, settings, target, fmt, flt, now, stop=stop)
