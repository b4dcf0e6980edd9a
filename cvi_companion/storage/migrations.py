"""Schema versions of the cramp log, keyed by PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from `version - 1` to `version`."""

    version: int
    apply: Callable[[sqlite3.Connection], None]


def run_statements(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated DDL inside the caller's transaction (executescript would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    # started_local and night_of are derived from started_utc + utc_offset and kept for fast date filters.
    # The indexes are ascending so that "newest first, latest logged first among equal times" is a plain
    # backwards index scan (a DESC index would need a temporary sort for the rowid tie-break).
    run_statements(
        conn,
        """
        CREATE TABLE cramp_entries (
            id            TEXT PRIMARY KEY NOT NULL,
            started_utc   INTEGER NOT NULL,
            utc_offset    INTEGER NOT NULL,
            started_local TEXT NOT NULL,
            night_of      TEXT NOT NULL,
            duration_s    INTEGER CHECK (duration_s IS NULL OR duration_s > 0),
            woke_me       INTEGER NOT NULL CHECK (woke_me IN (0, 1)),
            side          TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
            locations     TEXT NOT NULL CHECK (locations <> ''),
            intensity     INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 0 AND 10),
            helped        TEXT NOT NULL DEFAULT '',
            soreness      TEXT CHECK (soreness IS NULL OR soreness IN ('none', 'mild', 'moderate', 'severe')),
            context       TEXT NOT NULL DEFAULT '',
            tags          TEXT NOT NULL DEFAULT '[]',
            note          TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            deleted_at    TEXT
        );
        CREATE INDEX cramp_entries_by_start ON cramp_entries (deleted_at, started_utc);
        CREATE INDEX cramp_entries_by_side ON cramp_entries (deleted_at, side, started_utc);
        CREATE INDEX cramp_entries_by_local_day ON cramp_entries (deleted_at, started_local);
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    # One row per reminder occurrence, named by kind and slot (its nominal local date and time), so an
    # occurrence can never be recorded twice; the row's outcome moves on (shown -> snoozed -> done).
    run_statements(
        conn,
        """
        CREATE TABLE reminder_events (
            kind           TEXT NOT NULL,
            slot           TEXT NOT NULL,
            due_utc        INTEGER NOT NULL,
            utc_offset     INTEGER NOT NULL,
            outcome        TEXT NOT NULL CHECK (outcome IN ('shown', 'snoozed', 'done', 'skipped', 'missed')),
            at             TEXT NOT NULL,
            snoozes        INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0),
            missed_because TEXT CHECK (missed_because IS NULL OR missed_because IN ('asleep', 'paused', 'not-running')),
            PRIMARY KEY (kind, slot)
        );
        CREATE INDEX reminder_events_by_due ON reminder_events (due_utc)
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    # Nights the person said were free of cramps (the morning check-in's "No"). Without them a night with
    # no entry is unknown, and the statistics would count it as good. A logged cramp for the same night wins.
    run_statements(
        conn,
        """
        CREATE TABLE cramp_free_nights (
            night TEXT PRIMARY KEY CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            via   TEXT NOT NULL CHECK (via IN ('check-in', 'log')),
            at    TEXT NOT NULL
        )
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    # The insights read every live entry and every reminder occurrence of a range (100,000 entries and 36,000
    # occurrences over five years). With the columns they count in an index, each is read from it in time
    # order without a look-up in the table per row: all time in about a third of the time (benchmarks/
    # insights.py). The local-day index keeps its name and first columns, so what used it still does.
    run_statements(
        conn,
        """
        DROP INDEX cramp_entries_by_local_day;
        CREATE INDEX cramp_entries_by_local_day
            ON cramp_entries (deleted_at, started_local, side, locations, intensity);
        CREATE INDEX reminder_events_by_kind_due
            ON reminder_events (kind, due_utc, slot, utc_offset, outcome)
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, _v1),
    Migration(2, _v2),
    Migration(3, _v3),
    Migration(4, _v4),
)


def latest_version(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """The schema version this code writes."""
    return migrations[-1].version
