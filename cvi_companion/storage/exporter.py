"""Writing an export: CSV (cramp entries) or JSON (everything), for the terminal and the window alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import IO

from cvi_companion.domain.cramps import CrampEntry, CrampFilter
from cvi_companion.domain.export import iter_json, write_csv
from cvi_companion.domain.settings import Settings, settings_to_mapping
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database
from cvi_companion.storage.importer import cramp_free_nights, reminder_history, schema_version


class ExportFormat(StrEnum):
    """What an export holds: CSV has one row per cramp, JSON has everything."""

    CSV = "csv"
    JSON = "json"


def write_export(
    db: Database, settings: Settings, stream: IO[str], fmt: ExportFormat, flt: CrampFilter, now: datetime
) -> int:
    """Write the export to a stream; return how many cramp entries it holds."""
    entries = CrampRepository(db).iter_entries(flt)
    if fmt is ExportFormat.CSV:
        return write_csv(entries, stream)
    count = 0

    def counted() -> Iterator[CrampEntry]:
        nonlocal count
        for entry in entries:
            count += 1
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


def export_file(
    db: Database, settings: Settings, target: Path, fmt: ExportFormat, flt: CrampFilter, now: datetime
) -> int:
    """Write the export to a file readable only by the person; the file appears whole or not at all."""
    with atomic_text_writer(target, f"write {target}") as stream:
        return write_export(db, settings, stream, fmt, flt, now)
