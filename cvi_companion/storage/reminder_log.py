"""The reminder history table: one row per occurrence, merged as things happen to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord, merge
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.text import translate
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import DatabaseUnreadable, from_sqlite

_COLUMNS = "kind, slot, due_utc, utc_offset, outcome, at, snoozes, missed_because"


def _to_row(record: ReminderRecord) -> tuple[Any, ...]:
    offset = record.due.utcoffset()
    assert offset is not None  # occurrences are always aware
    return (
        record.kind.value,
        record.slot,
        int(record.due.timestamp()),
        int(offset.total_seconds()),
        record.outcome.value,
        record.at.astimezone(UTC).isoformat(timespec="seconds"),
        record.snoozes,
        record.missed_because.value if record.missed_because else None,
    )


def _from_row(row: tuple[Any, ...]) -> ReminderRecord:
    kind, slot, due_utc, offset, outcome, at, snoozes, because = row
    try:
        return ReminderRecord(
            kind=ReminderKind(kind),
            slot=slot,
            due=datetime.fromtimestamp(due_utc, timezone(timedelta(seconds=offset))),
            outcome=Outcome(outcome),
            at=datetime.fromisoformat(at),
            snoozes=snoozes,
            missed_because=MissedBecause(because) if because else None,
        )
    except (ValueError, TypeError) as error:
        raise DatabaseUnreadable(
            translate(
                "Storage",
                "The reminder history entry {kind}@{slot} cannot be read ({reason}).",
                kind=str(kind),
                slot=str(slot),
                reason=str(error),
            )
        ) from error


class ReminderLog:
    """Records what became of reminder occurrences; each write is one short transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, records: Iterable[ReminderRecord]) -> list[ReminderRecord]:
        """Merge new events into the history (see domain.reminder_history.merge); return what is kept."""
        kept: list[ReminderRecord] = []
        with self._db.write(translate("Storage", "record the reminder")) as conn:
            for record in records:
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM reminder_events WHERE kind = ? AND slot = ?",
                    (record.kind.value, record.slot),
                ).fetchone()
                merged = merge(_from_row(row) if row else None, record)
                conn.execute(
                    f"INSERT OR REPLACE INTO reminder_events ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", _to_row(merged)
                )
                kept.append(merged)
        return kept

    def get(self, kind: ReminderKind, slot: str) -> ReminderRecord | None:
        """One occurrence's history."""
        rows = self._read(f"SELECT {_COLUMNS} FROM reminder_events WHERE kind = ? AND slot = ?", (kind.value, slot))
        return _from_row(rows[0]) if rows else None

    def between(self, start: datetime, end: datetime) -> list[ReminderRecord]:
        """Occurrences due in [start, end), oldest first."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM reminder_events WHERE due_utc >= ? AND due_utc < ? ORDER BY due_utc, kind",
            (int(start.timestamp()), int(end.timestamp())),
        )
        return [_from_row(row) for row in rows]

    def _read(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        try:
            return self._db.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise from_sqlite(error, translate("Storage", "read the reminder history")) from error
