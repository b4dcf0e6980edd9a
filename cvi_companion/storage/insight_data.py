"""Reading exactly what the insights need for a range of nights, as a few aggregates instead of a row per entry.

A long range holds tens of thousands of cramps and reminders, and a Python object per row would cost more
than all the statistics. So each is read as one row of `group_concat`s, walked from an index that holds every
column read (schema 4): the cramps' wall-clock starts, sides, places and intensities in time order, and for
each reminder kind the care days and outcomes of its occurrences in due order. They become the `CrampTally`
and the `CareLog` that the domain builds from entries and records, so both give the same figures.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from operator import itemgetter
from typing import Any

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, Location, Side
from cvi_companion.domain.insights import (
    SCORE_WARMUP,
    CareLog,
    CrampTally,
    KindHistory,
    NightRange,
    care_day,
    level_char,
)
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.text import translate
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, from_sqlite

# What the window's worker reads the insights for, when it cannot (a phrase, said in the person's language).
READ_INSIGHTS = translate("Storage", "read the data for the insights")


def _unreadable_record(reason: str) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        translate("Storage", "A reminder history entry cannot be read ({reason}).", reason=reason)
    )


# No place on Earth is more than 14 hours from UTC; the wider margin keeps the UTC bounds below safe.
_OFFSET_MARGIN_S = 16 * 3600
# started_local is written as "2026-11-23T03:10:00": 19 characters, then group_concat's comma.
_WIDTH = 20
# One character per cramp for its intensity, as CrampTally.levels holds it: "-" when not rated, the digit for 0 to
# 9, ":" (the character after "9") for 10. Any other value reads as more than one character, which is caught.
_LEVEL = f"CASE intensity WHEN 10 THEN '{level_char(10)}' ELSE ifnull(intensity, '{level_char(None)}') END"
_CRAMPS = (
    "SELECT count(*), group_concat(started_local), group_concat(side), group_concat(locations, ';'), "
    f"group_concat({_LEVEL}, '') FROM cramp_entries "
    "WHERE deleted_at IS NULL AND started_local >= ? AND started_local < ?"
)
# A reminder's care day as a day number (date.toordinal()) from its UTC time and offset: whole days since
# 1 January of year 1, counted from 04:00 like a night. The numerator stays positive, so SQLite's integer
# division rounds down like Python's.
_DAY_SHIFT_S = date(1970, 1, 1).toordinal() * 86400 - NIGHT_BOUNDARY_HOUR * 3600
_KINDS = tuple(ReminderKind)
# One character per outcome ("?" for a value this version does not know).
_OUTCOMES = {"d": Outcome.DONE, "k": Outcome.SKIPPED, "m": Outcome.MISSED, "h": Outcome.SHOWN, "z": Outcome.SNOOZED}
_OUTCOME = " ".join(f"WHEN '{outcome.value}' THEN '{code}'" for code, outcome in _OUTCOMES.items())
# One kind's occurrences of the range, from its index, in due order (and slot order for the same due time, which
# only a clock change can give). SQLite keeps a FROM-clause subquery's ORDER BY when the outer query aggregates
# with anything but count(), min() or max(), so group_concat receives them in that order.
# An offset that is not a whole number gives no day, which is caught (SQL would take text for 0).
_REMINDERS = (
    "SELECT count(*), group_concat(day), group_concat(outcome, '') FROM (SELECT "
    "CASE WHEN utc_offset = CAST(utc_offset AS INTEGER) "
    f"THEN (due_utc + utc_offset + {_DAY_SHIFT_S}) / 86400 END AS day, "
    f"CASE outcome {_OUTCOME} ELSE '?' END AS outcome "
    "FROM reminder_events WHERE kind = ? AND due_utc >= ? AND due_utc < ? ORDER BY due_utc, slot)"
)
_REMINDER_COLUMNS = "kind, slot, due_utc, utc_offset, outcome"


@dataclass(frozen=True, slots=True)
class InsightInput:
    """What `domain.insights.compute_insights` takes, for one range."""

    cramps: CrampTally
    cramp_free: set[date]
    reminders: CareLog


def _boundary(night: date) -> str:
    """Local wall-clock text at which a night begins (started_local of its first possible cramp)."""
    return f"{night.isoformat()}T{NIGHT_BOUNDARY_HOUR:02d}:00:00"


def _utc(night: date) -> int:
    return int(datetime(night.year, night.month, night.day, NIGHT_BOUNDARY_HOUR, tzinfo=UTC).timestamp())


def _hours(joined: str, count: int) -> tuple[int, ...]:
    """Cramps per hour of their wall clock, from `count` started_local texts joined by commas."""
    raw = joined.encode("ascii", "replace")
    # Every cramp's hour at once, without a Python object per cramp: the tens digits and the units digits,
    # read as big numbers, subtract, multiply and add byte by byte (no byte goes past 29, so nothing carries
    # into its neighbour), leaving one byte per cramp that is its hour.
    zeros = int.from_bytes(b"0" * count)
    tens = int.from_bytes(raw[11::_WIDTH]) - zeros
    units = int.from_bytes(raw[12::_WIDTH]) - zeros
    hours = (tens * 10 + units).to_bytes(count)
    return tuple(hours.count(hour) for hour in range(24))


def _care_day(due_utc: int, offset: int) -> int:
    """The care day (`date.toordinal()`) of an occurrence due at `due_utc` where the clock was `offset` ahead."""
    try:
        return (due_utc + offset + _DAY_SHIFT_S) // 86400
    except TypeError as error:
        raise _unreadable_record(str(error)) from error


def _outcome(value: str) -> Outcome:
    try:
        return Outcome(value)
    except ValueError as error:
        raise _unreadable_record(str(error)) from error


def _in_time_order(joined: str, count: int, levels: str) -> tuple[list[str], str]:
    """The start texts and the intensity characters beside them, checked and in time order."""
    started = joined.split(",")
    if len(started) != count or len(joined) != _WIDTH * count - 1 or joined[_WIDTH - 1 :: _WIDTH].strip(","):
        raise ValueError("a start time is not as written")
    if len(levels) != count:
        raise ValueError("an intensity is not one from 0 to 10")
    if sorted(started) != started:
        # The index walk gives them in order; should SQLite choose another plan, they are sorted here.
        pairs = sorted(zip(started, levels, strict=True), key=itemgetter(0))
        started, levels = [pair[0] for pair in pairs], "".join(pair[1] for pair in pairs)
    return started, levels


def _place_counts(places: str, count: int) -> dict[Location, int]:
    """Entries naming each place, from `count` locations texts joined by semicolons."""
    # The log stores each entry's places once each (domain.cramps.canonical), so counting every code in the
    # joined text counts the entries that name it. Codes, commas and semicolons must make up all the text.
    counts = {place: places.count(place.value) for place in Location}
    commas = places.count(",")
    codes = sum(len(place.value) * n for place, n in counts.items())
    if sum(counts.values()) != commas + count or codes + commas + count - 1 != len(places):
        raise ValueError("a place is not one this version knows")
    return counts


class InsightData:
    """Reads cramps, cramp-free nights and reminder history for a range of nights."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _rows(self, sql: str, params: Sequence[Any]) -> list[Any]:
        try:
            return self._db.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise from_sqlite(error, READ_INSIGHTS) from error

    def cramps(self, nights: NightRange) -> CrampTally:
        """The live cramps whose night lies in the range, as a tally.

        A night runs from 04:00 to 04:00 of the entry's own wall clock, which is exactly a range of the stored
        `started_local` text, so the local-day index answers it without touching other rows.
        """
        low, high = _boundary(nights.first), _boundary(nights.last + timedelta(days=1))
        ((count, joined, sides, places, levels),) = self._rows(_CRAMPS, (low, high))
        if not count:
            return CrampTally(nights, [], "", (0,) * 24, dict.fromkeys(Side, 0), dict.fromkeys(Location, 0))
        try:
            started, levels = _in_time_order(joined, count, levels)
            hours = _hours(joined, count)
            side_counts = {side: sides.count(side.value) for side in Side}
            place_counts = _place_counts(places, count)
        except (ValueError, OverflowError) as error:
            raise DatabaseUnreadable(
                translate("Storage", "A cramp entry cannot be read for the insights ({reason}).", reason=str(error))
            ) from error
        if sum(hours) != count or sum(side_counts.values()) != count:
            raise DatabaseUnreadable(
                translate("Storage", "A cramp entry cannot be read for the insights (its start time or side).")
            )
        return CrampTally(nights, started, levels, hours, side_counts, place_counts)

    def cramp_free(self, nights: NightRange) -> set[date]:
        """Nights of the range reported cramp-free."""
        rows = self._rows(
            "SELECT night FROM cramp_free_nights WHERE night BETWEEN ? AND ?",
            (nights.first.isoformat(), nights.last.isoformat()),
        )
        try:
            return {date.fromisoformat(night) for (night,) in rows}
        except ValueError as error:
            raise DatabaseUnreadable(
                translate("Storage", "A night without cramps cannot be read ({reason}).", reason=str(error))
            ) from error

    def care(self, nights: NightRange, warmup: int = SCORE_WARMUP) -> CareLog:
        """Occurrences due around the range, plus at least `warmup` per kind before it for the score.

        The range is read kind by kind through the (kind, due time) index with bounds widened by the largest
        UTC offset; the domain cuts it by each occurrence's own wall clock (a few extra hours at each end are
        harmless: the earlier ones warm the score up, the later ones are ignored). The warm-up walks the
        (kind, slot) key backwards: slots are named by their local date and time ("2026-11-23T07:30"), so text
        order is time order. The two reads never overlap (one ends where the other starts), so nothing is counted twice.
        """
        start, end = _utc(nights.first) - _OFFSET_MARGIN_S, _utc(nights.last + timedelta(days=1)) + _OFFSET_MARGIN_S
        by_kind = {}
        for kind in _KINDS:
            days: list[int] = []
            outcomes: list[Outcome] = []
            if warmup > 0:
                earlier = self._rows(
                    f"SELECT {_REMINDER_COLUMNS} FROM reminder_events "
                    "WHERE kind = ? AND slot < ? AND due_utc < ? ORDER BY slot DESC LIMIT ?",
                    (kind.value, _boundary(nights.first), start, warmup),
                )
                # By due time; the same due time in slot order, as the range read gives them.
                for _, _, due_utc, offset, outcome in sorted(earlier, key=lambda row: (row[2], row[1])):
                    days.append(_care_day(due_utc, offset))
                    outcomes.append(_outcome(outcome))
            ((count, day_text, outcome_text),) = self._rows(_REMINDERS, (kind.value, start, end))
            if count:
                try:
                    read = json.loads(f"[{day_text}]")
                    if len(read) != count or len(outcome_text) != count:
                        raise ValueError("an occurrence's due time is not as written")
                    days += read
                    outcomes += map(_OUTCOMES.__getitem__, outcome_text)
                except (ValueError, KeyError) as error:
                    raise _unreadable_record(repr(error)) from error
            if days:
                by_kind[kind] = KindHistory(days, outcomes)
        return CareLog(by_kind)

    def read(self, nights: NightRange, warmup: int = SCORE_WARMUP) -> InsightInput:
        """Everything `compute_insights` needs for the range, in one read transaction (a consistent picture)."""
        conn = self._db.connection
        own = not conn.in_transaction
        try:
            if own:
                conn.execute("BEGIN")
            return InsightInput(self.cramps(nights), self.cramp_free(nights), self.care(nights, warmup))
        except sqlite3.Error as error:
            raise from_sqlite(error, READ_INSIGHTS) from error
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
            candidates += [care_day(datetime.fromtimestamp(row[0], timezone(timedelta(seconds=row[1])))) for row in due]
        except (ValueError, TypeError, OverflowError) as error:
            raise DatabaseUnreadable(
                translate("Storage", "The first night of the log cannot be read ({reason}).", reason=str(error))
            ) from error
        return min(candidates, default=None)
