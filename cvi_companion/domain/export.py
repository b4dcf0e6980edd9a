"""The stable export formats (CSV and JSON) of the cramp log; documented in docs/data-format.md."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from cvi_companion.domain.cramps import CrampEntry

EXPORT_FORMAT = "cvi-companion-cramps"
EXPORT_VERSION = 1

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "started_at",
    "night_of",
    "duration_seconds",
    "woke_me",
    "side",
    "locations",
    "intensity",
    "helped",
    "soreness",
    "context",
    "tags",
    "note",
    "created_at",
    "updated_at",
)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def entry_to_record(entry: CrampEntry) -> dict[str, Any]:
    """The JSON-ready form of an entry: lists stay lists, absent values are null."""
    return {
        "id": str(entry.id),
        "started_at": _iso(entry.started_at),
        "night_of": entry.night_of.isoformat(),
        "duration_seconds": entry.duration_s,
        "woke_me": entry.woke_me,
        "side": entry.side.value,
        "locations": [loc.value for loc in entry.locations],
        "intensity": entry.intensity,
        "helped": [h.value for h in entry.helped],
        "soreness": entry.soreness.value if entry.soreness else None,
        "context": [c.value for c in entry.context],
        "tags": list(entry.tags),
        "note": entry.note,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
    }


def entry_to_csv_row(entry: CrampEntry) -> list[str]:
    """One CSV row: lists joined with ';', absent values empty, booleans as true/false."""
    record = entry_to_record(entry)
    row: list[str] = []
    for column in CSV_COLUMNS:
        value = record[column]
        if value is None:
            row.append("")
        elif isinstance(value, bool):
            row.append("true" if value else "false")
        elif isinstance(value, list):
            row.append(";".join(value))
        else:
            row.append(str(value))
    return row


def write_csv(entries: Iterable[CrampEntry], stream: IO[str]) -> int:
    """Write a header and one row per entry; return how many entries were written."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for entry in entries:
        writer.writerow(entry_to_csv_row(entry))
        count += 1
    return count


def iter_json(entries: Iterable[CrampEntry], exported_at: datetime) -> Iterator[str]:
    """Yield a JSON document in pieces, so 100,000 entries never sit in memory as one string."""
    head = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": _iso(exported_at)}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": ['
    first = True
    for entry in entries:
        yield ("\n  " if first else ",\n  ") + json.dumps(entry_to_record(entry), ensure_ascii=False)
        first = False
    yield "\n]}\n"
