from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from random import Random
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import CrampFilter, Location, Side, new_entry
from cvi_companion.domain.insights import (
    SCORE_WARMUP,
    NightRange,
    adherence,
    care_log,
    compute_insights,
    tally,
    weeks_of,
)
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.errors import DatabaseUnreadable
from cvi_companion.storage.insight_data import InsightData
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.reminder_log import ReminderLog
from tests.unit.domain.insights_reference import reference_insights

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
        add(repo, at(2026, 11, 23, 3, 59, 59), side=Side.BOTH, intensity=10),
        add(repo, at(2026, 11, 20, 23, 30, tz=NEW_YORK)),  # 05:30 on the 21st in Berlin; its own night is the 20th
        add(repo, at(2026, 11, 22, 21, 0, tz=NEW_YORK)),  # 03:00 on the 23rd in Berlin, but 21:00 on the 22nd
    ]
    add(repo, at(2026, 11, 16, 3, 59, 59))  # the night of the 15th
    add(repo, at(2026, 11, 23, 4, 0, 0))  # the night of the 23rd
    trashed = add(repo, at(2026, 11, 18, 2, 0))
    repo.soft_delete([trashed.id])
    counted = data.cramps(WEEK)
    assert counted.started == [
        "2026-11-16T04:00:00",
        "2026-11-20T23:30:00",
        "2026-11-22T21:00:00",
        "2026-11-23T03:59:59",
    ]
    assert counted.levels == "4--:"
    assert dict(counted.sides) == {Side.LEFT: 3, Side.RIGHT: 0, Side.BOTH: 1}
    assert counted.locations[Location.FOOT] == 1
    assert counted.hours[23] == 1
    assert counted == tally(WEEK, inside)


def test_an_empty_range_reads_as_an_empty_tally(data):
    assert data.cramps(WEEK) == tally(WEEK, [])


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
    # Everything due within the range and a few hours around it, once; the five latest elevations before it.
    care = data.care(WEEK, warmup=5)
    assert care == care_log([*warm[-5:], *before, *inside, *after])
    assert care.occurrences == 5 + 1 + 3 + 2
    # What the extra hours around the range hold changes no statistic.
    weeks = weeks_of(WEEK)
    assert adherence(WEEK, weeks, care) == adherence(WEEK, weeks, [*warm[-5:], *before, *inside])
    assert data.care(WEEK, warmup=0) == care_log([*before, *inside, *after])


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


def test_a_range_is_read_from_indexes_alone_short_or_long(repo, db, data):
    for started in (at(2025, 11, 17, 2, 0), at(2026, 11, 17, 2, 0), at(2027, 5, 17, 2, 0)):
        add(repo, started)
    ReminderLog(db).record([occurrence(ReminderKind.ELEVATION, at(2026, 11, 17, 11), Outcome.DONE)])
    for nights in (WEEK, NightRange(date(2025, 1, 1), date(2027, 12, 31))):
        plans = _plans(db, lambda nights=nights: data.read(nights))
        # The cramps, the cramp-free nights, and for each kind its warm-up and its range.
        assert len(plans) == 2 + 2 * len(ReminderKind)
        for sql, plan in plans.items():
            assert not re.search(r"SCAN (cramp_entries|reminder_events|cramp_free_nights)\b", plan), (sql, plan)
        assert any("COVERING INDEX cramp_entries_by_local_day" in plan for plan in plans.values())
        assert any("COVERING INDEX reminder_events_by_kind_due" in plan for plan in plans.values())


def test_without_the_covering_indexes_the_figures_are_the_same(repo, db, data):
    rng = Random(3)
    for _ in range(40):
        # From several time zones, so that no other index gives them in wall-clock order.
        started = at(2026, 11, rng.randint(14, 24), rng.randint(0, 23), rng.randint(0, 59), tz=rng.choice(_ZONES))
        add(repo, started, intensity=rng.randint(0, 10))
    ReminderLog(db).record(
        occurrence(kind, at(2026, 11, day, 21, 45), rng.choice(list(Outcome)))
        for kind in (ReminderKind.BEDTIME_STRETCH, ReminderKind.STOCKINGS_ON)
        for day in range(10, 24)
    )
    fast = data.read(WEEK)
    with db.write("test") as conn:
        conn.execute("DROP INDEX cramp_entries_by_local_day")
        conn.execute("DROP INDEX reminder_events_by_kind_due")
    # Rows in another order (SQLite picks another plan) are sorted before counting.
    slow = data.read(WEEK)
    assert (slow.cramps, slow.reminders) == (fast.cramps, fast.reminders)


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


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE cramp_entries SET locations = 'knee'",
        "UPDATE cramp_entries SET locations = 'calf,'",
        "UPDATE cramp_entries SET locations = 'calffoot'",
        "UPDATE cramp_entries SET intensity = 3.5",
        "UPDATE cramp_entries SET started_local = '2026-11-17 02:00'",
        "UPDATE cramp_entries SET started_local = '2026-11-17T0x:00:00'",
    ],
)
def test_an_unreadable_row_is_reported_not_crashed_on(repo, db, data, change):
    add(repo, at(2026, 11, 17, 2, 0))
    add(repo, at(2026, 11, 18, 2, 0))
    with db.write("test") as conn:
        conn.execute(change)
    with pytest.raises(DatabaseUnreadable, match="cannot be read"):
        data.cramps(WEEK)


def test_an_unreadable_reminder_is_reported_not_crashed_on(db, data):
    ReminderLog(db).record([occurrence(ReminderKind.ELEVATION, at(2026, 11, 17, 11), Outcome.DONE)])
    with db.write("test") as conn:
        conn.execute("UPDATE reminder_events SET utc_offset = 'east'")
    with pytest.raises(DatabaseUnreadable, match="cannot be read"):
        data.care(WEEK)


# --- the log read as it is against the entries and records one by one ------------------------------------------

_ZONES = (BERLIN, NEW_YORK, UTC, timezone(timedelta(hours=5, minutes=30)))


def _random_log(repo, db, rng: Random, first: date, days: int) -> None:
    """Cramps, cramp-free nights and reminder history over `days` nights from `first`, some of it travelling."""
    entries = []
    for _ in range(rng.randint(0, 150)):
        day = first + timedelta(days=rng.randint(-3, days + 3))
        clock = time(rng.randint(0, 23), rng.choice([0, 30, 59, rng.randint(0, 59)]), rng.choice([0, 59]))
        entries.append(
            new_entry(
                started_at=datetime.combine(day, clock, rng.choice(_ZONES)),
                side=rng.choice(list(Side)),
                now=LATER,
                locations=rng.sample(list(Location), rng.randint(1, 3)),
                intensity=rng.choice([None, *range(11)]),
            )
        )
    if entries:
        repo.add_many(entries)
        repo.soft_delete(entry.id for entry in entries if rng.random() < 0.1)
    reports = NightReports(db)
    for _ in range(rng.randint(0, days)):
        reports.mark_cramp_free(first + timedelta(days=rng.randint(-3, days + 3)), ReportedVia.CHECK_IN, LATER)
    # Fewer occurrences per kind before the range than the warm-up reads, so all of them count in both.
    records = {}
    for _ in range(rng.randint(0, 200)):
        kind = rng.choice(list(ReminderKind))
        day = first + timedelta(days=rng.randint(-10, days + 3))
        due = datetime.combine(day, time(rng.randint(0, 23), rng.choice([0, 30])), rng.choice(_ZONES))
        records[(kind, due.strftime("%Y-%m-%dT%H:%M"))] = ReminderRecord(
            kind, due.strftime("%Y-%m-%dT%H:%M"), due, rng.choice(list(Outcome)), due
        )
    ReminderLog(db).record(records.values())


@pytest.mark.parametrize("seed", range(8))
def test_the_log_gives_the_figures_its_entries_give_one_by_one(repo, db, data, seed):
    rng = Random(seed)
    first = date(2026, 10, 12) + timedelta(days=rng.randint(0, 30))
    days = rng.randint(1, 60)
    _random_log(repo, db, rng, first, days)
    nights = NightRange(first, first + timedelta(days=days - 1))
    window = rng.choice([None, (time(22), time(7)), (time(1, 30), time(6)), (time(21), time(23, 59))])
    weekday = rng.randint(0, 6)
    entries = list(repo.iter_entries(CrampFilter()))
    free = NightReports(db).cramp_free_between(date(2000, 1, 1), date(2100, 1, 1))
    records = ReminderLog(db).between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    # Occurrences of a kind due at the same instant (12:00 in Berlin, 11:00 in UTC) count in slot order.
    records.sort(key=lambda record: (record.due, record.slot))
    assert max((sum(r.kind is kind for r in records) for kind in ReminderKind), default=0) < SCORE_WARMUP
    found = data.read(nights)
    assert found.cramps == tally(nights, entries)
    assert found.cramp_free == {night for night in free if night in nights}
    insights = compute_insights(nights, found.cramps, found.cramp_free, found.reminders, window, weekday)
    assert insights == compute_insights(nights, entries, free, records, window, weekday)
    assert insights == reference_insights(nights, entries, free, records, window, weekday)
