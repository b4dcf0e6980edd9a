"""Reading exactly what the insights need for a range of nights, through the existing indexes.

Only the columns the statistics use are read, into light tuples (`CrampPoint`, `ReminderPoint`), so a
year of a large log costs a fraction of loading whole entries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, Location, Side
from cvi_companion.domain.insights import SCORE_WARMUP, CrampPoint, NightRange, ReminderPoint, care_day
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, from_sqlite

# No place on Earth is more than 14 hours from UTC; the wider margin keeps the UTC bounds below safe.
_OFFSET_MARGIN_S = 16 * 3600
# Above this share of the log's time span the cramps are read by one pass over the table (see `cramps`).
_SCAN_ABOVE = 0.2
_REMINDER_COLUMNS = "kind, slot, due_utc, utc_offset, outcome"


@dataclass(frozen=True, slots=True)
class InsightInput:
    """What `domain.insights.compute_insights` takes, for one range."""

    cramps: list[CrampPoint]
    cramp_free: set[date]
    reminders: list[ReminderPoint]


def _boundary(night: date) -> str:
    """Local wall-clock text at which a night begins (started_local of its first possible cramp)."""
    return f"{night.isoformat()}T{NIGHT_BOUNDARY_HOUR:02d}:00:00"


def _utc(night: date) -> int:
    return int(datetime(night.year, night.month, night.day, NIGHT_BOUNDARY_HOUR, tzinfo=UTC).timestamp())


class InsightData:
    """Reads cramps, cramp-free nights and reminder history for a range of nights."""

    def __init__(self, db: Database) -> None:
        self._db = db
        # Offsets repeat (one or two per person), so each fixed zone is built once.
        self._zones: dict[int, timezone] = {}
        self._locations: dict[str, tuple[Location, ...]] = {}

    def _rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        try:
            return self._db.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise from_sqlite(error, "read the data for the insights") from error

    def _zone(self, offset: int) -> timezone:
        zone = self._zones.get(offset)
        if zone is None:
            zone = self._zones[offset] = timezone(timedelta(seconds=offset))
        return zone

    def _places(self, text: str) -> tuple[Location, ...]:
        places = self._locations.get(text)
        if places is None:
            places = self._locations[text] = tuple(Location(code) for code in text.split(",") if code)
        return places

    def _share_of_log(self, low: str, high: str) -> float:
        """Roughly what share of the live entries lies between two local times, judged by their dates."""
        query = "SELECT started_local FROM cramp_entries WHERE deleted_at IS NULL ORDER BY started_local {} LIMIT 1"
        first, last = self._rows(query.format("ASC"), ()), self._rows(query.format("DESC"), ())
        if not first:
            return 0.0
        try:
            start, end = (datetime.fromisoformat(first[0][0]), datetime.fromisoformat(last[0][0]))
            span = (end - start).total_seconds()
            inside = (min(end, datetime.fromisoformat(high)) - max(start, datetime.fromisoformat(low))).total_seconds()
        except ValueError as error:
            raise DatabaseUnreadable(f"A cramp entry's local time cannot be read ({error}).") from error
        return max(0.0, inside) / span if span > 0 else 1.0

    def cramps(self, nights: NightRange) -> list[CrampPoint]:
        """Live cramps whose night lies in the range (in no particular order).

        A night runs from 04:00 to 04:00 of the entry's own wall clock, which is exactly a range of the stored
        `started_local` text, so the local-day index answers it without touching other rows.
        """
        low, high = _boundary(nights.first), _boundary(nights.last + timedelta(days=1))
        # Through the index each row costs a look-up in the table; once a range holds more than about a fifth
        # of the log (measured: 100,000 entries, see docs/performance.md) one pass over the table is cheaper.
        hint = "NOT INDEXED" if self._share_of_log(low, high) > _SCAN_ABOVE else ""
        rows = self._rows(
            f"SELECT started_utc, utc_offset, side, locations, intensity FROM cramp_entries {hint} "
            "WHERE deleted_at IS NULL AND started_local >= ? AND started_local < ?",
            (low, high),
        )
        sides = {side.value: side for side in Side}
        zones, places = self._zones, self._locations
        try:
            # Dictionary look-ups inline rather than method calls: a year of a large log is ~20,000 rows.
            return [
                CrampPoint(
                    datetime.fromtimestamp(utc, zones.get(offset) or self._zone(offset)),
                    sides[side],
                    places.get(codes) or self._places(codes),
                    level,
                )
                for utc, offset, side, codes, level in rows
            ]
        except (KeyError, ValueError, TypeError, OverflowError) as error:
            raise DatabaseUnreadable(f"A cramp entry cannot be read for the insights ({error}).") from error

    def cramp_free(self, nights: NightRange) -> set[date]:
        """Nights of the range reported cramp-free."""
        rows = self._rows(
            "SELECT night FROM cramp_free_nights WHERE night BETWEEN ? AND ?",
            (nights.first.isoformat(), nights.last.isoformat()),
        )
        try:
            return {date.fromisoformat(night) for (night,) in rows}
        except ValueError as error:
            raise DatabaseUnreadable(f"A night without cramps cannot be read ({error}).") from error

    def reminders(self, nights: NightRange, warmup: int = SCORE_WARMUP) -> list[ReminderPoint]:
        """Occurrences due around the range, plus at least `warmup` per kind before it for the score.

        The range is read through the due-time index with bounds widened by the largest UTC offset; the
        domain cuts it by each occurrence's own wall clock (a few extra hours at each end are harmless: the
        earlier ones warm the score up, the later ones are ignored). The warm-up walks the (kind, slot) key
        backwards: slots are named by their local date and time ("2026-11-23T07:30"), so text order is time
        order. The two reads never overlap (one ends where the other starts), so nothing is counted twice.
        """
        start, end = _utc(nights.first) - _OFFSET_MARGIN_S, _utc(nights.last + timedelta(days=1)) + _OFFSET_MARGIN_S
        rows: list[Any] = []
        if warmup > 0:
            for kind in ReminderKind:
                earlier = self._rows(
                    f"SELECT {_REMINDER_COLUMNS} FROM reminder_events "
                    "WHERE kind = ? AND slot < ? AND due_utc < ? ORDER BY slot DESC LIMIT ?",
                    (kind.value, _boundary(nights.first), start, warmup),
                )
                rows += reversed(earlier)
        rows += self._rows(
            f"SELECT {_REMINDER_COLUMNS} FROM reminder_events WHERE due_utc >= ? AND due_utc < ? ORDER BY due_utc",
            (start, end),
        )
        return self._points(rows)

    def _points(self, rows: list[Any]) -> list[ReminderPoint]:
        kinds = {kind.value: kind for kind in ReminderKind}
        outcomes = {outcome.value: outcome for outcome in Outcome}
        zones = self._zones
        try:
            return [
                ReminderPoint(
                    kinds[kind],
                    slot,
                    datetime.fromtimestamp(due_utc, zones.get(offset) or self._zone(offset)),
                    outcomes[outcome],
                )
                for kind, slot, due_utc, offset, outcome in rows
            ]
        except (KeyError, ValueError, TypeError, OverflowError) as error:
            raise DatabaseUnreadable(f"A reminder history entry cannot be read for the insights ({error}).") from error

    def read(self, nights: NightRange, warmup: int = SCORE_WARMUP) -> InsightInput:
        """Everything `compute_insights` needs for the range, in one read transaction (a consistent picture)."""
        conn = self._db.connection
        own = not conn.in_transaction
        try:
            if own:
                conn.execute("BEGIN")
            return InsightInput(self.cramps(nights), self.cramp_free(nights), self.reminders(nights, warmup))
        except sqlite3.Error as error:
            raise from_sqlite(error, "read the data for the insights") from error
        finally:
            if own and conn.in_transaction:
                conn.execute("COMMIT")

    def first_night(self) -> date | None:
        """The earliest night with any data (a live cramp, a cramp-free report or a reminder), for "all time"."""
        candidates: list[date] = []
        # Ordered LIMIT 1 reads walk an index; min() over a column without one would scan the table.
        entry = self._rows(
            "SELECT night_of FROM cramp_entries WHERE deleted_at IS NULL ORDER BY started_local LIMIT 1", ()
        )
        free = self._rows("SELECT night FROM cramp_free_nights ORDER BY night LIMIT 1", ())
        due = self._rows("SELECT due_utc, utc_offset FROM reminder_events ORDER BY due_utc LIMIT 1", ())
        try:
            candidates += [date.fromisoformat(row[0]) for row in (*entry, *free)]
            candidates += [care_day(datetime.fromtimestamp(row[0], self._zone(row[1]))) for row in due]
        except (ValueError, TypeError, OverflowError) as error:
            raise DatabaseUnreadable(f"The first night of the log cannot be read ({error}).") from error
        return min(candidates, default=None)
