"""Reading and writing cramp entries in the log database."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, TypeVar

from cvi_companion.domain.cramps import (
    Context,
    CrampEntry,
    CrampFilter,
    Location,
    Relief,
    Side,
    Soreness,
)
from cvi_companion.domain.text import Phrase, translate
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, EntryMissing, from_sqlite

_COLUMNS = (
    "id, started_utc, utc_offset, duration_s, woke_me, side, locations, intensity, helped, soreness, "
    "context, tags, note, created_at, updated_at, deleted_at"
)
_CHUNK = 500  # stays under SQLite's limit on bound parameters
# Distinct code lists in a real log number in the dozens; the cap only bounds a log damaged on purpose.
_CACHE_LIMIT = 4096
E = TypeVar("E", bound=StrEnum)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _codes(values: Iterable[Any]) -> str:
    return ",".join(v.value for v in values)


def _to_row(entry: CrampEntry) -> dict[str, Any]:
    offset = entry.started_at.utcoffset()
    assert offset is not None  # validate() guarantees an aware start
    return {
        "id": str(entry.id),
        "started_utc": int(entry.started_at.timestamp()),
        "utc_offset": int(offset.total_seconds()),
        "started_local": entry.started_at.replace(tzinfo=None).isoformat(timespec="seconds"),
        "night_of": entry.night_of.isoformat(),
        "duration_s": entry.duration_s,
        "woke_me": int(entry.woke_me),
        "side": entry.side.value,
        "locations": _codes(entry.locations),
        "intensity": entry.intensity,
        "helped": _codes(entry.helped),
        "soreness": entry.soreness.value if entry.soreness else None,
        "context": _codes(entry.context),
        "tags": json.dumps(list(entry.tags), ensure_ascii=False),
        "note": entry.note,
        "created_at": _stamp(entry.created_at),
        "updated_at": _stamp(entry.updated_at),
        "deleted_at": _stamp(entry.deleted_at) if entry.deleted_at else None,
    }


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


# Decoding is the cost of every full read (an export, `list`, the import's comparison): a few hundred
# thousand rows hold only a handful of distinct offsets and code lists, so each is decoded once and then
# looked up. A bad value is never cached: it raises the same ValueError the enum call would.
_ZONES: dict[int, timezone] = {}
_SIDES: dict[str, Side] = {member.value: member for member in Side}
_SORENESS: dict[str, Soreness] = {member.value: member for member in Soreness}
_LOCATIONS: dict[str, tuple[Location, ...]] = {}
_RELIEFS: dict[str, tuple[Relief, ...]] = {}
_CONTEXTS: dict[str, tuple[Context, ...]] = {}


def _zone(offset: int) -> timezone:
    zone = _ZONES.get(offset)
    if zone is None:
        zone = _ZONES[offset] = timezone(timedelta(seconds=offset))
    return zone


def _member(lookup: dict[str, E], kind: type[E], code: str) -> E:
    found = lookup.get(code)
    return found if found is not None else kind(code)  # the enum call raises the usual ValueError


def _members(cache: dict[str, tuple[E, ...]], kind: type[E], text: str) -> tuple[E, ...]:
    found = cache.get(text)
    if found is None:
        found = tuple(kind(code) for code in _split(text))
        if len(cache) < _CACHE_LIMIT:
            cache[text] = found
    return found


def _from_row(row: Sequence[Any]) -> CrampEntry:
    (ident, started_utc, offset, duration, woke, side, locations, intensity, helped, soreness, context, tags,
     note, created, updated, deleted) = row  # fmt: skip
    try:
        return CrampEntry(
            id=uuid.UUID(ident),
            started_at=datetime.fromtimestamp(started_utc, _zone(offset)),
            side=_member(_SIDES, Side, side),
            locations=_members(_LOCATIONS, Location, locations),
            duration_s=duration,
            woke_me=bool(woke),
            intensity=intensity,
            helped=_members(_RELIEFS, Relief, helped),
            soreness=_member(_SORENESS, Soreness, soreness) if soreness else None,
            context=_members(_CONTEXTS, Context, context),
            tags=() if tags == "[]" else tuple(json.loads(tags)),
            note=note,
            created_at=datetime.fromisoformat(created),
            updated_at=datetime.fromisoformat(updated),
            deleted_at=datetime.fromisoformat(deleted) if deleted else None,
        )
    except (ValueError, TypeError) as error:
        raise unreadable_entry(ident, error) from error


def unreadable_entry(ident: object, error: Exception) -> DatabaseUnreadable:
    """The error for a stored entry that cannot be read back, naming its id and what was wrong."""
    return DatabaseUnreadable(
        translate(
            "Storage", "The entry {entry} in the log cannot be read ({reason}).", entry=str(ident), reason=str(error)
        )
    )


def _read_log() -> Phrase:
    return translate("Storage", "read the log")


# No place on Earth is more than 14 hours from UTC; a little more keeps the UTC bounds below safe.
_OFFSET_MARGIN_S = 16 * 3600


def _day_start_utc(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _where(flt: CrampFilter) -> tuple[str, list[Any]]:
    clauses = ["deleted_at IS NOT NULL" if flt.trash else "deleted_at IS NULL"]
    params: list[Any] = []
    # Dates are local to where each cramp was logged (started_local). The extra, slightly wider bounds on
    # started_utc let SQLite walk the newest-first index for the range instead of sorting it; the unary
    # `+` keeps it from choosing the local-day index, which would need a sort for every page.
    if flt.since:
        clauses.append("started_utc >= ? AND +started_local >= ?")
        params += [_day_start_utc(flt.since) - _OFFSET_MARGIN_S, flt.since.isoformat()]
    if flt.until:
        after = flt.until + timedelta(days=1)
        clauses.append("started_utc < ? AND +started_local < ?")
        params += [_day_start_utc(after) + _OFFSET_MARGIN_S, after.isoformat()]
    if flt.side:
        clauses.append("side = ?")
        params.append(flt.side.value)
    return " AND ".join(clauses), params


class CrampRepository:
    """The cramp entries table. Every write is one short BEGIN IMMEDIATE transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def database(self) -> Database:
        """The database this repository writes to."""
        return self._db

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise from_sqlite(error, _read_log()) from error

    def add(self, entry: CrampEntry) -> None:
        """Insert a new entry."""
        self.add_many([entry])

    def add_many(self, entries: Iterable[CrampEntry]) -> int:
        """Insert entries in one transaction; all or none are saved."""
        rows = [_to_row(e) for e in entries]
        if not rows:
            return 0
        names = ", ".join(rows[0])
        marks = ", ".join(f":{k}" for k in rows[0])
        with self._db.write(translate("Storage", "save the cramp entry")) as conn:
            conn.executemany(f"INSERT INTO cramp_entries ({names}) VALUES ({marks})", rows)
        return len(rows)

    def update(self, entry: CrampEntry) -> CrampEntry:
        """Replace an entry's contents; return what it was before (for undo)."""
        row = _to_row(entry)
        sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
        with self._db.write(translate("Storage", "save the changes")) as conn:
            before = conn.execute(f"SELECT {_COLUMNS} FROM cramp_entries WHERE id = ?", (row["id"],)).fetchone()
            if before is None:
                raise EntryMissing(
                    translate("Storage", "This entry was deleted for good meanwhile, so the change was not saved.")
                )
            conn.execute(f"UPDATE cramp_entries SET {sets} WHERE id = :id", row)
        return _from_row(before)

    def _set_deleted(self, ids: Iterable[uuid.UUID], value: str | None, action: Phrase) -> int:
        keys = [str(i) for i in ids]
        changed = 0
        with self._db.write(action) as conn:
            for start in range(0, len(keys), _CHUNK):
                part = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(part))
                cursor = conn.execute(f"UPDATE cramp_entries SET deleted_at = ? WHERE id IN ({marks})", [value, *part])
                changed += cursor.rowcount
        return changed

    def soft_delete(self, ids: Iterable[uuid.UUID], at: datetime | None = None) -> int:
        """Move entries to the trash; return how many moved."""
        action = translate("Storage", "move the entries to the trash")
        return self._set_deleted(ids, _stamp(at or datetime.now(UTC)), action)

    def restore(self, ids: Iterable[uuid.UUID]) -> int:
        """Bring entries back from the trash."""
        return self._set_deleted(ids, None, translate("Storage", "restore the entries"))

    def purge(self, ids: Iterable[uuid.UUID]) -> int:
        """Remove trashed entries for good (only ones already in the trash)."""
        keys = [str(i) for i in ids]
        removed = 0
        with self._db.write(translate("Storage", "delete the entries for good")) as conn:
            for start in range(0, len(keys), _CHUNK):
                part = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(part))
                cursor = conn.execute(
                    f"DELETE FROM cramp_entries WHERE deleted_at IS NOT NULL AND id IN ({marks})", part
                )
                removed += cursor.rowcount
        return removed

    def get(self, ident: uuid.UUID) -> CrampEntry | None:
        """One entry by id, trashed or not."""
        rows = self._read(f"SELECT {_COLUMNS} FROM cramp_entries WHERE id = ?", (str(ident),))
        return _from_row(rows[0]) if rows else None

    def _read_cursor(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self._db.connection.execute(sql, params)
        except sqlite3.Error as error:
            raise from_sqlite(error, _read_log()) from error

    def page(self, flt: CrampFilter, offset: int, limit: int) -> list[tuple[int, CrampEntry]]:
        """One slice of the matching entries, newest first, with their row keys.

        SQLite walks the index to the offset in C, so any page of a 100,000-entry log comes back in a few
        milliseconds and a view never needs all the keys in Python.
        """
        where, params = _where(flt)
        rows = self._read(
            f"SELECT rowid, {_COLUMNS} FROM cramp_entries WHERE {where} "
            "ORDER BY started_utc DESC, rowid DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [(row[0], _from_row(row[1:])) for row in rows]

    def position(self, flt: CrampFilter, key: int) -> int | None:
        """Where a row key sits in `page` order (0 = newest), or None if it does not match the filter."""
        where, params = _where(flt)
        found = self._read(f"SELECT started_utc FROM cramp_entries WHERE rowid = ? AND {where}", [key, *params])
        if not found:
            return None
        started = found[0][0]
        ahead = self._read(
            f"SELECT count(*) FROM cramp_entries WHERE {where} "
            "AND (started_utc > ? OR (started_utc = ? AND rowid > ?))",
            [*params, started, started, key],
        )
        return int(ahead[0][0])

    def iter_entries(self, flt: CrampFilter, *, oldest_first: bool = True) -> Iterator[CrampEntry]:
        """Stream matching entries in time order without loading them all."""
        where, params = _where(flt)
        order = "ASC" if oldest_first else "DESC"
        cursor = self._read_cursor(
            f"SELECT {_COLUMNS} FROM cramp_entries WHERE {where} ORDER BY started_utc {order}, rowid {order}",
            params,
        )
        try:
            while batch := cursor.fetchmany(1000):
                yield from (_from_row(r) for r in batch)
        except sqlite3.Error as error:
            raise from_sqlite(error, _read_log()) from error

    def count(self, flt: CrampFilter) -> int:
        """How many entries match."""
        where, params = _where(flt)
        return int(self._read(f"SELECT count(*) FROM cramp_entries WHERE {where}", params)[0][0])

    def last_side(self) -> Side | None:
        """The side of the most recently started live entry, for the quick-log default."""
        rows = self._read(
            "SELECT side FROM cramp_entries WHERE deleted_at IS NULL ORDER BY started_utc DESC, rowid DESC LIMIT 1"
        )
        return Side(rows[0][0]) if rows else None

    def date_span(self) -> tuple[date, date] | None:
        """First and last local start dates of live entries."""
        # Two ordered LIMIT 1 reads use the index; one min()/max() query would scan the whole table.
        query = "SELECT started_local FROM cramp_entries WHERE deleted_at IS NULL ORDER BY started_local {} LIMIT 1"
        first = self._read(query.format("ASC"))
        if not first:
            return None
        last = self._read(query.format("DESC"))
        return date.fromisoformat(first[0][0][:10]), date.fromisoformat(last[0][0][:10])
