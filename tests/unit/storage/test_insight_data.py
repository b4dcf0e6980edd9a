from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import Location, Side, new_entry
from cvi_companion.domain.insights import NightRange, adherence, care_day, compute_insights, weeks_of
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.errors import DatabaseUnreadable
from cvi_companion.storage.insight_data import InsightData
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.reminder_log import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LATER = datetime(2027, 6, 1, tzinfo=UTC)
WEEK = NightRange(date(2026, 11, 16), date(2026, 11, 22))


def at(y, m, d, hh, mm=0, ss=0, tz=BERLIN):
    return datetime(y, m, d, hh, mm, ss, tzinfo=tz)


def add(repo, started, **fields):
    entry = new_entry(started_at=started, side=fields.pop("side", Side.LEFT), now=LATER, **fields)
    repo.add(entry)
    return entry


def occurrence(kind, due, outcome):
    slot = due.strftime("%Y-%m-%dT%H:%M")
    return ReminderRecord(kind, slot, due, outcome, due)


@pytest.fixture
def data(db):
    return InsightData(db)


def test_cramps_are_read_by_night_with_both_ends_exact(repo, data):
    inside = [
        add(repo, at(2026, 11, 16, 4, 0, 0), intensity=4, locations=[Location.FOOT, Location.CALF]),
        add(repo, at(2026, 11, 23, 3, 59, 59), side=Side.BOTH),
        add(repo, at(2026, 11, 20, 23, 30, tz=NEW_YORK)),  # 05:30 on the 21st in Berlin; its own night is the 20th
    ]
    add(repo, at(2026, 11, 16, 3, 59, 59))  # the night of the 15th
    add(repo, at(2026, 11, 23, 4, 0, 0))  # the night of the 23rd
    add(repo, at(2026, 11, 22, 21, 0, tz=NEW_YORK))  # 03:00 on the 23rd in Berlin, but 21:00 on the 22nd: inside
    trashed = add(repo, at(2026, 11, 18, 2, 0))
    repo.soft_delete([trashed.id])
    points = sorted(data.cramps(WEEK), key=lambda p: p.started_at)
    expected = [*(e.started_at for e in inside), at(2026, 11, 22, 21, 0, tz=NEW_YORK)]
    assert [p.started_at for p in points] == sorted(expected)
    first = points[0]
    assert (first.side, first.locations, first.intensity) == (Side.LEFT, (Location.CALF, Location.FOOT), 4)
    assert first.started_at.utcoffset() == timedelta(hours=1)
    new_york = next(p for p in points if p.started_at.day == 20 and p.started_at.hour == 23)
    assert new_york.started_at.utcoffset() == timedelta(hours=-5)
    assert new_york.started_at.hour == 23


def test_cramp_free_nights_of_the_range(db, data):
    reports = NightReports(db)
    for night in (date(2026, 11, 15), date(2026, 11, 16), date(2026, 11, 22), date(2026, 11, 23)):
        reports.mark_cramp_free(night, ReportedVia.CHECK_IN, LATER)
    assert data.cramp_free(WEEK) == {date(2026, 11, 16), date(2026, 11, 22)}


def test_reminders_of_the_range_by_care_day_plus_a_limited_warm_up(db, data):
    log = ReminderLog(db)
    warm = [
        occurrence(ReminderKind.ELEVATION, at(2026, 10, 17, 11) + timedelta(days=i), Outcome.DONE) for i in range(30)
    ]
    inside = [
        occurrence(ReminderKind.ELEVATION, at(2026, 11, 16, 11), Outcome.SKIPPED),
        occurrence(ReminderKind.BEDTIME_STRETCH, at(2026, 11, 23, 0, 30), Outcome.DONE),  # Sunday's late evening
        occurrence(ReminderKind.WALKING, at(2026, 11, 16, 4, 0), Outcome.MISSED),
    ]
    after = [
        occurrence(ReminderKind.STOCKINGS_ON, at(2026, 11, 23, 7, 30), Outcome.DONE),
        occurrence(ReminderKind.BEDTIME_STRETCH, at(2026, 11, 23, 4, 30), Outcome.DONE),
    ]
    before = [occurrence(ReminderKind.WALKING, at(2026, 11, 16, 3, 30), Outcome.DONE)]  # the 15th's care day
    log.record([*warm, *inside, *after, *before])
    points = data.reminders(WEEK, warmup=5)
    keys = [(p.kind, p.due) for p in points]
    assert len(set(keys)) == len(keys)
    # Everything whose care day is in the range, once; the five latest elevations before it; nothing older.
    assert {(p.kind, p.due) for p in points if care_day(p.due) in WEEK} == {(r.kind, r.due) for r in inside}
    assert [p.due for p in points if p.kind is ReminderKind.ELEVATION and p.due < at(2026, 11, 16, 4)] == [
        r.due for r in warm[-5:]
    ]
    # What the extra hours around the range hold changes no statistic.
    weeks = weeks_of(WEEK)
    assert adherence(WEEK, weeks, points) == adherence(WEEK, weeks, [*warm[-5:], *before, *inside])
    no_warmup = data.reminders(WEEK, warmup=0)
    assert {(p.kind, p.due) for p in no_warmup} == {(r.kind, r.due) for r in (*before, *inside, *after)}


def test_read_gives_compute_insights_what_it_needs(repo, db, data):
    add(repo, at(2026, 11, 17, 2, 0))
    NightReports(db).mark_cramp_free(date(2026, 11, 18), ReportedVia.LOG, LATER)
    ReminderLog(db).record([occurrence(ReminderKind.BEDTIME_STRETCH, at(2026, 11, 16, 21, 45), Outcome.DONE)])
    found = data.read(WEEK)
    assert not db.connection.in_transaction
    insights = compute_insights(WEEK, found.cramps, found.cramp_free, found.reminders)
    assert (insights.nights.with_cramp, insights.nights.cramp_free, insights.nights.unknown) == (1, 1, 5)
    assert insights.adherence[0].done == 1


def _plans(db, read):
    statements: list[str] = []
    db.connection.set_trace_callback(statements.append)
    try:
        read()
    finally:
        db.connection.set_trace_callback(None)
    return {
        sql: " | ".join(row[-1] for row in db.connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in statements
        if sql.startswith("SELECT")
    }


def test_a_short_range_of_a_long_log_is_read_through_indexes_only(repo, db, data):
    for started in (at(2025, 11, 17, 2, 0), at(2026, 11, 17, 2, 0), at(2027, 5, 17, 2, 0)):
        add(repo, started)
    plans = _plans(db, lambda: data.read(WEEK))
    # Two ends of the log, the cramps, the cramp-free nights, the reminders, and a warm-up read per kind.
    assert len(plans) == 2 + 3 + len(ReminderKind)
    for sql, plan in plans.items():
        assert "SCAN" not in plan, (sql, plan)
    assert any("cramp_entries_by_local_day" in plan for plan in plans.values())
    assert any("reminder_events_by_due" in plan for plan in plans.values())


def test_a_range_holding_most_of_the_log_reads_it_in_one_pass(repo, db, data):
    entries = [add(repo, at(2026, 11, 17, 2, 0)), add(repo, at(2026, 11, 19, 23, 0)), add(repo, at(2025, 1, 1, 23))]
    long_range = NightRange(date(2025, 1, 1), date(2026, 12, 31))
    plans = _plans(db, lambda: data.cramps(long_range))
    assert any(plan.startswith("SCAN cramp_entries") for plan in plans.values())
    assert {p.started_at for p in data.cramps(long_range)} == {e.started_at for e in entries}
    assert {p.started_at for p in data.cramps(WEEK)} == {e.started_at for e in entries[:2]}


def test_the_first_night_with_any_data(repo, db, data):
    assert data.first_night() is None
    ReminderLog(db).record([occurrence(ReminderKind.ELEVATION, at(2026, 3, 2, 11), Outcome.DONE)])
    assert data.first_night() == date(2026, 3, 2)
    NightReports(db).mark_cramp_free(date(2026, 2, 20), ReportedVia.CHECK_IN, LATER)
    assert data.first_night() == date(2026, 2, 20)
    early = add(repo, at(2026, 2, 10, 2, 30))  # the night of 9 February
    assert data.first_night() == date(2026, 2, 9)
    repo.soft_delete([early.id])
    assert data.first_night() == date(2026, 2, 20)


def test_an_unreadable_row_is_reported_not_crashed_on(repo, db, data):
    add(repo, at(2026, 11, 17, 2, 0))
    with db.write("test") as conn:
        conn.execute("UPDATE cramp_entries SET locations = 'knee'")
    with pytest.raises(DatabaseUnreadable, match="cannot be read"):
        data.cramps(WEEK)
