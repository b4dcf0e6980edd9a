"""What became of each reminder occurrence: the adherence history the insights will read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from cvi_companion.domain.reminders import ReminderKind


class Outcome(StrEnum):
    """What became of an occurrence. *Missed* means the person never saw it; *skipped* is their answer."""

    SHOWN = "shown"
    SNOOZED = "snoozed"
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"


class MissedBecause(StrEnum):
    """Why an occurrence was missed."""

    ASLEEP = "asleep"
    PAUSED = "paused"
    NOT_RUNNING = "not-running"


# An answer the person gave is final; what the app observed may still change.
FINAL: frozenset[Outcome] = frozenset({Outcome.DONE, Outcome.SKIPPED})


@dataclass(frozen=True, slots=True)
class ReminderRecord:
    """One occurrence's history: kind, slot (its stable name), due instant (aware), and what became of it."""

    kind: ReminderKind
    slot: str
    due: datetime
    outcome: Outcome
    at: datetime
    snoozes: int = 0
    missed_because: MissedBecause | None = None

    @property
    def key(self) -> str:
        """The same identifier as the occurrence's ("stockings-on@2026-11-23T07:30")."""
        return f"{self.kind.value}@{self.slot}"


def merge(old: ReminderRecord | None, new: ReminderRecord) -> ReminderRecord:
    """The record to keep when something new happens to an occurrence that may already have a history.

    Done and skipped are final (a late "missed" never overwrites an answer); snoozing counts up; an
    occurrence already shown or snoozed is not turned into "missed" by a later absence, since the person
    saw it.
    """
    if old is None:
        return replace(new, snoozes=max(new.snoozes, 1)) if new.outcome is Outcome.SNOOZED else new
    if old.outcome in FINAL:
        return old
    if new.outcome is Outcome.MISSED and old.outcome in (Outcome.SHOWN, Outcome.SNOOZED):
        return old
    snoozes = old.snoozes + (1 if new.outcome is Outcome.SNOOZED else 0)
    return ReminderRecord(
        kind=old.kind,
        slot=old.slot,
        due=old.due,
        outcome=new.outcome,
        at=new.at,
        snoozes=snoozes,
        missed_because=new.missed_because if new.outcome is Outcome.MISSED else None,
    )
