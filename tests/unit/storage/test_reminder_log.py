from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.reminder_log import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")
DUE = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)


@pytest.fixture
def log(db):
    return ReminderLog(db)


def event(outcome, minutes_after=0, because=None, slot="2026-11-23T07:30", kind=ReminderKind.STOCKINGS_ON):
    return ReminderRecord(kind, slot, DUE, outcome, DUE + timedelta(minutes=minutes_after), missed_because=because)


def test_an_occurrence_goes_from_shown_through_snoozes_to_done(log):
    log.record([event(Outcome.SHOWN)])
    log.record([event(Outcome.SNOOZED, 1)])
    log.record([event(Outcome.SNOOZED, 11)])
    kept = log.record([event(Outcome.DONE, 21)])[0]
    assert (kept.outcome, kept.snoozes) == (Outcome.DONE, 2)
    stored = log.get(ReminderKind.STOCKINGS_ON, "2026-11-23T07:30")
    assert stored == kept
    assert stored.at == (DUE + timedelta(minutes=21)).astimezone(UTC)
    assert stored.due.utcoffset() == timedelta(hours=1)


def test_an_answer_is_final_and_a_seen_reminder_is_never_called_missed(log):
    log.record([event(Outcome.SKIPPED, 2)])
    assert log.record([event(Outcome.MISSED, 60, MissedBecause.ASLEEP)])[0].outcome is Outcome.SKIPPED
    log.record([event(Outcome.SHOWN, slot="2026-11-24T07:30")])
    later = log.record([event(Outcome.MISSED, 90, MissedBecause.ASLEEP, slot="2026-11-24T07:30")])[0]
    assert later.outcome is Outcome.SHOWN


def test_missed_occurrences_keep_why_and_are_recorded_once(log):
    for _ in range(3):
        log.record([event(Outcome.MISSED, 120, MissedBecause.PAUSED)])
    records = log.between(DUE - timedelta(hours=1), DUE + timedelta(hours=1))
    assert len(records) == 1
    assert records[0].missed_because is MissedBecause.PAUSED


def test_done_already_before_the_due_time_suppresses_the_occurrence(log):
    log.record([event(Outcome.DONE, -20)])
    assert log.record([event(Outcome.SHOWN)])[0].outcome is Outcome.DONE


def test_history_between_two_instants_in_due_order(log):
    kinds = [ReminderKind.ELEVATION, ReminderKind.WALKING, ReminderKind.STOCKINGS_ON]
    for hours, kind in enumerate(kinds):
        due = DUE + timedelta(hours=hours)
        log.record([ReminderRecord(kind, due.strftime("%Y-%m-%dT%H:%M"), due, Outcome.DONE, due)])
    found = log.between(DUE, DUE + timedelta(hours=2))
    assert [r.kind for r in found] == kinds[:2]
