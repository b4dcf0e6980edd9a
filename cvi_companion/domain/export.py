"""The stable export formats (CSV and JSON) of the cramp log; documented in docs/data-format.md.

CSV holds cramp entries only. JSON holds everything that is the person's: entries, reminder history,
cramp-free nights and settings, so that an import can restore all of it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Any

from cvi_companion.domain.cramps import CrampEntry
from cvi_companion.domain.reminder_history import ReminderRecord

if TYPE_CHECKING:
    from cvi_companion.domain.importing_data import CrampFreeNight

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


# A log repeats a handful of code lists (("calf",), ("calf", "foot")...): each one's codes and CSV text
# are worked out once, which matters with 100,000 entries. The limit only bounds an unusual caller.
_CACHE_LIMIT = 4096
_CODES: dict[tuple[StrEnum, ...], tuple[str, ...]] = {}
_JOINED: dict[tuple[StrEnum, ...], str] = {}


def _codes(values: tuple[StrEnum, ...]) -> tuple[str, ...]:
    key = values if type(values) is tuple else tuple(values)
    codes = _CODES.get(key)
    if codes is None:
        codes = tuple(value.value for value in key)
        if len(_CODES) < _CACHE_LIMIT:
            _CODES[key] = codes
    return codes


def _joined(values: tuple[StrEnum, ...]) -> str:
    key = values if type(values) is tuple else tuple(values)
    text = _JOINED.get(key)
    if text is None:
        text = ";".join(_codes(key))
        if len(_JOINED) < _CACHE_LIMIT:
            _JOINED[key] = text
    return text


def entry_to_record(entry: CrampEntry) -> dict[str, Any]:
    """The JSON-ready form of an entry: lists stay lists, absent values are null."""
    soreness = entry.soreness
    return {
        "id": str(entry.id),
        "started_at": _iso(entry.started_at),
        "night_of": entry.night_of.isoformat(),
        "duration_seconds": entry.duration_s,
        "woke_me": entry.woke_me,
        "side": entry.side.value,
        "locations": list(_codes(entry.locations)),
        "intensity": entry.intensity,
        "helped": list(_codes(entry.helped)),
        "soreness": soreness.value if soreness else None,
        "context": list(_codes(entry.context)),
        "tags": list(entry.tags),
        "note": entry.note,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
    }


def reminder_to_record(record: ReminderRecord) -> dict[str, Any]:
    """The JSON form of one reminder occurrence's history."""
    return {
        "kind": record.kind.value,
        "slot": record.slot,
        "due": _iso(record.due),
        "outcome": record.outcome.value,
        "at": _iso(record.at.astimezone(UTC)),
        "snoozes": record.snoozes,
        "missed_because": record.missed_because.value if record.missed_because else None,
    }


def night_to_record(night: CrampFreeNight) -> dict[str, Any]:
    """The JSON form of a night reported free of cramps."""
    return {"night": night.night.isoformat(), "via": night.via, "at": _iso(night.at.astimezone(UTC))}


def entry_to_csv_row(entry: CrampEntry) -> list[str]:
    """One CSV row: lists joined with ';', absent values empty, booleans as true/false."""
    duration, intensity, soreness = entry.duration_s, entry.intensity, entry.soreness
    return [
        str(entry.id),
        _iso(entry.started_at),
        entry.night_of.isoformat(),
        "" if duration is None else str(duration),
        "true" if entry.woke_me else "false",
        entry.side.value,
        _joined(entry.locations),
        "" if intensity is None else str(intensity),
        _joined(entry.helped),
        soreness.value if soreness else "",
        _joined(entry.context),
        ";".join(entry.tags),
        entry.note,
        _iso(entry.created_at),
        _iso(entry.updated_at),
    ]


def write_csv(entries: Iterable[CrampEntry], stream: IO[str]) -> int:
    """Write a header and one row per entry; return how many entries were written."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0

    def counted() -> Iterator[list[str]]:
        nonlocal count
        for entry in entries:
            count += 1
            yield entry_to_csv_row(entry)

    writer.writerows(counted())
    return count


# What json.dumps(value, ensure_ascii=False) writes, without making a new encoder for each value.
json_text: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode

# In the JSON document's arrays each record starts on a line of its own, indented by two spaces.
FIRST_RECORD = "\n  "
NEXT_RECORD = ",\n  "


def _records(texts: Iterable[str]) -> Iterator[str]:
    lead = FIRST_RECORD
    for text in texts:
        yield lead + text
        lead = NEXT_RECORD


def _array(key: str, records: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield f', "{key}": ['
    yield from _records(json_text(record) for record in records)
    yield "\n]"


def json_opening(
    exported_at: datetime,
    *,
    settings: Mapping[str, Any] | None = None,
    schema_version: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> str:
    """The JSON document up to its first entry record: the head, then the entries array opened."""
    head: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": _iso(exported_at),
        "schema_version": schema_version,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "settings": dict(settings) if settings is not None else None,
    }
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": ['


def json_closing(reminders: Iterable[ReminderRecord], nights: Iterable[CrampFreeNight]) -> Iterator[str]:
    """The JSON document after its entry records: the entries array closed, reminder history, nights.

    The entry records go between `json_opening` and this, the first after FIRST_RECORD, the others after
    NEXT_RECORD.
    """
    yield "\n]"
    yield from _array("reminder_events", (reminder_to_record(record) for record in reminders))
    yield from _array("cramp_free_nights", (night_to_record(night) for night in nights))
    yield "}\n"


def iter_json(
    entries: Iterable[CrampEntry],
    exported_at: datetime,
    *,
    reminders: Iterable[ReminderRecord] = (),
    nights: Iterable[CrampFreeNight] = (),
    settings: Mapping[str, Any] | None = None,
    schema_version: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[str]:
    """Yield a JSON document in pieces, so 100,000 entries never sit in memory as one string."""
    yield json_opening(exported_at, settings=settings, schema_version=schema_version, since=since, until=until)
    yield from _records(json_text(entry_to_record(entry)) for entry in entries)
    yield from json_closing(reminders, nights)
