"""Stored cramp rows straight to export text (CSV lines, JSON entry records), without `CrampEntry` objects.

Exporting the whole log (100,000 entries) through decoded entries and a dict per entry took seconds; most
of it was work that a log repeats on every row (the same few offsets and code lists). Here each row's
stored columns become its text directly and each distinct value is decoded once. The formats are still the
ones `domain.export` defines from entries (`write_csv`, `iter_json`); tests hold both paths to the same bytes.
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
from typing import Any

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, Context, CrampFilter, Location, Relief, Side, Soreness
from cvi_companion.domain.export import CSV_COLUMNS, json_text
from cvi_companion.storage.cramp_repository import _where, unreadable_entry

# The stored columns an exported entry is made of, in CSV_COLUMNS order. The local start and its night are
# worked out from the UTC start and offset by SQLite, as `_from_row` and `night_of` do in Python.
_ROW_SELECT = (
    "id, utc_offset, strftime('%Y-%m-%dT%H:%M:%S', started_utc + utc_offset, 'unixepoch'), "
    "date(started_utc + utc_offset - ?, 'unixepoch'), duration_s, woke_me, side, locations, "
    "intensity, helped, soreness, context, tags, note, created_at, updated_at"
)
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch
# How created_at/updated_at are stored (UTC, microseconds): 2026-11-23T12:00:00.123456+00:00
_STAMP_LENGTH = 32
_SECONDS_END = 19
_CACHE_LIMIT = 4096  # distinct code and tag lists in a real log number in the dozens


def entry_rows(connection: sqlite3.Connection, flt: CrampFilter) -> sqlite3.Cursor:
    """The stored rows of the entries `flt` selects, in `CrampRepository.iter_entries` order (oldest first)."""
    where, params = _where(flt)
    sql = f"SELECT {_ROW_SELECT} FROM cramp_entries WHERE {where} ORDER BY started_utc ASC, rowid ASC"
    return connection.execute(sql, [NIGHT_BOUNDARY_HOUR * 3600, *params])


def _entry_id(stored: str) -> str:
    return stored if _CANONICAL_ID(stored) else str(uuid.UUID(stored))  # ValueError if it is not an id


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


class _Texts(dict[str, str]):
    """Stored text -> its export text, made by `render` once per distinct text (a bad one raises, uncached)."""

    def __init__(self, render: Callable[[str], str]) -> None:
        super().__init__()
        self._render = render

    def __missing__(self, stored: str) -> str:
        text = self._render(stored)
        if len(self) < _CACHE_LIMIT:
            self[stored] = text
        return text


def _code_texts(kind: type[StrEnum], render: Callable[[list[str]], str]) -> _Texts:
    """Stored "a,b" codes of one kind -> `render` of their list; an unknown code raises ValueError."""
    return _Texts(lambda stored: render([kind(code).value for code in stored.split(",") if code]))


class _RowTexts:
    """Stored rows (from `entry_rows`) to one piece of export text each, counting them.

    Each value is checked as `_from_row` checks it: an unknown code, a bad id or time raises
    DatabaseUnreadable naming the entry, but each distinct offset, code list and tag list only once.
    """

    def __init__(self, codes: Callable[[list[str]], str], tags: Callable[[list[Any]], str]) -> None:
        self.count = 0
        self._offsets = _OffsetTexts()
        self._locations = _code_texts(Location, codes)
        self._helped = _code_texts(Relief, codes)
        self._context = _code_texts(Context, codes)
        # As `_from_row` reads them: whatever the stored JSON array's spelling, its items.
        self._tags = _Texts(lambda stored: tags(list(json.loads(stored))))
        self._sides = {side.value: side.value for side in Side}

    def _text(self, row: tuple[Any, ...]) -> str:
        raise NotImplementedError

    def texts(self, rows: Iterable[tuple[Any, ...]]) -> Iterator[str]:
        """The text of each of `rows`."""
        text = self._text
        for row in rows:
            try:
                piece = text(row)
            except (ValueError, TypeError, KeyError) as error:
                raise unreadable_entry(row[0], error) from error
            self.count += 1
            yield piece


# A note or tags holding one of these may need quoting: that line is left to the csv module, whose rules
# (for a lone \r they differ between Python versions) then decide.
_NEEDS_CSV_MODULE = re.compile('[,"\r\n\x00]').search
# Fields with nothing to quote, joined as the csv module joins them (None is already "").
_PLAIN_LINE = ",".join(["%s"] * len(CSV_COLUMNS)) + "\n"


class CsvLines(_RowTexts):
    """Stored rows to CSV lines, byte for byte what `write_csv` writes for the decoded entries.

    Lines are joined here; a line with a note or tag the csv module would quote is left to the csv module.
    """

    def __init__(self) -> None:
        super().__init__(";".join, ";".join)
        self._soreness: dict[str | None, str] = {None: "", "": "", **{level.value: level.value for level in Soreness}}
        self._scratch = io.StringIO()
        self._writer = csv.writer(self._scratch, lineterminator="\n")

    def _quoted(self, fields: tuple[Any, ...]) -> str:
        self._scratch.seek(0)
        self._scratch.truncate()
        self._writer.writerow(fields)
        return self._scratch.getvalue()

    def _text(self, row: tuple[Any, ...]) -> str:
        (ident, offset, local, night, duration, woke, side, locations, intensity, helped, soreness, context,
         tags, note, created, updated) = row  # fmt: skip
        tags_text = self._tags[tags]
        fields = (
            _entry_id(ident),
            local + self._offsets[offset],
            night,
            "" if duration is None else duration,
            "true" if woke else "false",
            self._sides[side],
            self._locations[locations],
            "" if intensity is None else intensity,
            self._helped[helped],
            self._soreness[soreness],
            self._context[context],
            tags_text,
            note,
            _seconds_stamp(created),
            _seconds_stamp(updated),
        )
        if _NEEDS_CSV_MODULE(note) or _NEEDS_CSV_MODULE(tags_text):
            return self._quoted(fields)
        return _PLAIN_LINE % fields


# An entry's JSON record: the keys are the CSV columns, in their order (docs/data-format.md), with
# json.dumps's separators. These columns always hold ASCII text with nothing to escape (ids, times, codes),
# so they go between quotes as they are; the other values are put in already written as JSON.
_AS_IS = frozenset({"id", "started_at", "night_of", "side", "created_at", "updated_at"})
_JSON_RECORD = (
    "{"
    + ", ".join(f'{json_text(key)}: "%s"' if key in _AS_IS else f"{json_text(key)}: %s" for key in CSV_COLUMNS)
    + "}"
)


def _json_number(value: object) -> object:
    # Only a row changed by hand holds anything but an int or NULL there; it is then written as the entry's.
    return value if type(value) is int else json_text(value)


class JsonRecords(_RowTexts):
    """Stored rows to JSON entry records, byte for byte what `iter_json` writes for the decoded entries."""

    def __init__(self) -> None:
        super().__init__(json_text, json_text)
        self._soreness: dict[str | None, str] = {
            None: "null",
            "": "null",
            **{level.value: json_text(level.value) for level in Soreness},
        }

    def _text(self, row: tuple[Any, ...]) -> str:
        (ident, offset, local, night, duration, woke, side, locations, intensity, helped, soreness, context,
         tags, note, created, updated) = row  # fmt: skip
        return _JSON_RECORD % (
            _entry_id(ident),
            local + self._offsets[offset],
            night,
            "null" if duration is None else _json_number(duration),
            "true" if woke else "false",
            self._sides[side],
            self._locations[locations],
            "null" if intensity is None else _json_number(intensity),
            self._helped[helped],
            self._soreness[soreness],
            self._context[context],
            self._tags[tags],
            '""' if note == "" else json_text(note),
            _seconds_stamp(created),
            _seconds_stamp(updated),
        )
