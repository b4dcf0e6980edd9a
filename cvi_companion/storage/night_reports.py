"""Nights the person reported as free of cramps, so statistics can tell a good night from an unknown one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time
from enum import StrEnum

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR
from cvi_companion.domain.text import translate
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, from_sqlite


class ReportedVia(StrEnum):
    """Where a cramp-free night was reported."""

    CHECK_IN = "check-in"
    LOG = "log"


class NightReports:
    """Cramp-free nights, one row per night (named by the date it began, as in domain.cramps.night_of)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def mark_cramp_free(
        self, night: date, via: ReportedVia, at: datetime, *, lasts_until: datetime | None = None
    ) -> bool:
        """Record that the person had no cramps in this night; False if it was already recorded (kept as is).

        With `lasts_until` (local wall clock, domain.cramps.night_lasts_until), nothing is recorded either
        when a cramp is logged from the night's start until then: the log already says otherwise.
        """
        with self._db.write(translate("Storage", "record a night without cramps")) as conn:
            if lasts_until is not None:
                start = datetime.combine(night, time(NIGHT_BOUNDARY_HOUR))
                logged = conn.execute(
                    "SELECT 1 FROM cramp_entries WHERE deleted_at IS NULL AND started_local >= ? "
                    "AND started_local < ? LIMIT 1",
                    (start.isoformat(timespec="seconds"), lasts_until.isoformat(timespec="seconds")),
                ).fetchone()
                if logged is not None:
                    return False
            cursor = conn.execute(
                "INSERT OR IGNORE INTO cramp_free_nights (night, via, at) VALUES (?, ?, ?)",
                (night.isoformat(), via.value, at.astimezone(UTC).isoformat(timespec="seconds")),
            )
            return cursor.rowcount > 0

    def unmark(self, night: date) -> bool:
        """Forget a cramp-free report (the person changed their mind); True when there was one."""
        with self._db.write(translate("Storage", "forget a night without cramps")) as conn:
            return conn.execute("DELETE FROM cramp_free_nights WHERE night = ?", (night.isoformat(),)).rowcount > 0

    def cramp_free_between(self, first: date, last: date) -> set[date]:
        """Nights reported cramp-free from `first` to `last`, both included."""
        try:
            rows = self._db.connection.execute(
                "SELECT night FROM cramp_free_nights WHERE night BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
            ).fetchall()
        except sqlite3.Error as error:
            raise from_sqlite(error, translate("Storage", "read the nights without cramps")) from error
        try:
            return {date.fromisoformat(night) for (night,) in rows}
        except ValueError as error:
            raise DatabaseUnreadable(
                translate("Storage", "A night without cramps cannot be read ({reason}).", reason=str(error))
            ) from error
