from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from cvi_companion.domain.cramps import Context, CrampFilter, Location, Relief, Side, Soreness
from cvi_companion.storage.db import open_database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_an_entry_reads_back_exactly_as_saved(repo, make_entry):
    entry = make_entry(
        side=Side.BOTH,
        locations=[Location.FOOT, Location.CALF, Location.OTHER],
        duration_s=75,
        woke_me=True,
        intensity=0,
        helped=[Relief.MASSAGE, Relief.HEAT],
        soreness=Soreness.SEVERE,
        context=list(Context),
        tags=["ünïcode ✓", "night shift"],
        note="x" * 100_000,
    )
    repo.add(entry)
    assert repo.get(entry.id) == entry


def test_keys_are_newest_first_and_filters_apply(repo, make_entry, berlin):
    days = [datetime(2026, 11, d, 3, 0, tzinfo=berlin) for d in (1, 5, 9, 20)]
    sides = [Side.LEFT, Side.RIGHT, Side.LEFT, Side.BOTH]
    entries = [make_entry(started_at=s, side=side, now=NOW) for s, side in zip(days, sides, strict=True)]
    repo.add_many(entries)
    assert [e.started_at for _, e in repo.page(CrampFilter(), 0, 10)] == sorted(days, reverse=True)
    assert repo.count(CrampFilter(side=Side.LEFT)) == 2
    ranged = repo.page(CrampFilter(since=date(2026, 11, 5), until=date(2026, 11, 9)), 0, 10)
    assert sorted(e.started_at.day for _, e in ranged) == [5, 9]
    assert repo.date_span() == (date(2026, 11, 1), date(2026, 11, 20))


def test_the_local_date_of_the_recording_decides_the_range(repo, make_entry):
    # 23:30 in New York on the 5th is the 6th in UTC; a range ending on the 5th must still include it.
    ny = datetime(2026, 11, 5, 23, 30, tzinfo=__import__("zoneinfo").ZoneInfo("America/New_York"))
    repo.add(make_entry(started_at=ny, now=NOW))
    assert repo.count(CrampFilter(until=date(2026, 11, 5))) == 1
    assert repo.count(CrampFilter(since=date(2026, 11, 6))) == 0


def test_soft_delete_restore_and_purge(repo, make_entry):
    a, b, c = (make_entry(minutes_ago=m) for m in (1, 2, 3))
    repo.add_many([a, b, c])
    assert repo.soft_delete([a.id, b.id], at=NOW) == 2
    assert repo.count(CrampFilter()) == 1
    assert repo.count(CrampFilter(trash=True)) == 2
    assert repo.get(a.id).deleted_at == NOW
    assert repo.restore([a.id]) == 1
    assert repo.get(a.id).deleted_at is None
    # Purge only removes what is already in the trash: a live entry survives a stray purge.
    assert repo.purge([a.id, b.id]) == 1
    assert repo.get(b.id) is None
    assert repo.get(a.id) is not None
    assert repo.count(CrampFilter()) == 2


def test_many_deletes_in_one_go(repo, make_entry):
    entries = [make_entry(minutes_ago=m) for m in range(1200)]
    repo.add_many(entries)
    assert repo.soft_delete([e.id for e in entries]) == 1200
    assert repo.count(CrampFilter()) == 0


def test_update_returns_the_previous_version(repo, make_entry):
    entry = make_entry(intensity=3)
    repo.add(entry)
    changed = replace(entry, intensity=8, updated_at=NOW)
    before = repo.update(changed)
    assert before == entry
    assert repo.get(entry.id) == changed
    from cvi_companion.storage.errors import EntryMissing

    with pytest.raises(EntryMissing, match="deleted for good"):
        repo.update(make_entry())


def test_last_side_follows_the_latest_live_entry(repo, make_entry):
    assert repo.last_side() is None
    older = make_entry(minutes_ago=60, side=Side.RIGHT)
    newer = make_entry(minutes_ago=5, side=Side.BOTH)
    repo.add_many([newer, older])
    assert repo.last_side() is Side.BOTH
    repo.soft_delete([newer.id])
    assert repo.last_side() is Side.RIGHT


def test_iter_entries_streams_in_time_order(repo, make_entry):
    repo.add_many([make_entry(minutes_ago=m) for m in (5, 50, 20)])
    starts = [e.started_at for e in repo.iter_entries(CrampFilter())]
    assert starts == sorted(starts)
    newest_first = [e.started_at for e in repo.iter_entries(CrampFilter(), oldest_first=False)]
    assert newest_first == sorted(starts, reverse=True)


def test_data_version_moves_when_another_connection_writes(repo, app_paths, make_entry):
    from cvi_companion.storage.cramp_repository import CrampRepository

    before = repo.database.data_version()
    other = open_database(app_paths.db_path, app_paths.backups_dir)
    CrampRepository(other).add(make_entry())
    other.close()
    assert repo.database.data_version() != before
    assert repo.count(CrampFilter()) == 1


def test_a_row_damaged_by_hand_is_reported_not_crashed(repo, make_entry):
    from cvi_companion.storage.errors import DatabaseUnreadable

    entry = make_entry()
    repo.add(entry)
    repo.database.connection.execute("UPDATE cramp_entries SET locations = 'knee'")
    with pytest.raises(DatabaseUnreadable, match=str(entry.id)):
        repo.get(entry.id)


def test_started_times_keep_their_own_offset(repo, make_entry, berlin):
    summer = datetime(2026, 7, 1, 3, 0, tzinfo=berlin)
    winter = datetime(2026, 1, 1, 3, 0, tzinfo=berlin)
    repo.add_many([make_entry(started_at=summer, now=NOW), make_entry(started_at=winter, now=NOW)])
    offsets = sorted(e.started_at.utcoffset() for e in repo.iter_entries(CrampFilter()))
    assert offsets == [timedelta(hours=1), timedelta(hours=2)]


def test_pages_and_positions_follow_the_newest_first_order(repo, make_entry, berlin):
    same_time = datetime(2026, 11, 10, 3, 0, tzinfo=berlin)
    entries = [make_entry(minutes_ago=m, now=NOW, side=Side.LEFT if m % 2 else Side.RIGHT) for m in range(1, 26)]
    twins = [make_entry(started_at=same_time, now=NOW) for _ in range(3)]
    repo.add_many(entries + twins)
    everything = CrampFilter()
    rows = repo.page(everything, 0, 100)
    keys = [key for key, _ in rows]
    assert len(keys) == 28
    starts = [entry.started_at for _, entry in rows]
    assert starts == sorted(starts, reverse=True)
    pages = [repo.page(everything, offset, 7) for offset in range(0, 28, 7)]
    assert [key for page in pages for key, _ in page] == keys
    assert [key for key, _ in repo.page(everything, 26, 7)] == keys[26:]
    for expected, key in enumerate(keys):
        assert repo.position(everything, key) == expected
    lefts = CrampFilter(side=Side.LEFT)
    left_keys = [key for key, entry in repo.page(everything, 0, 100) if entry.side is Side.LEFT]
    assert [key for key, _ in repo.page(lefts, 0, 100)] == left_keys
    assert repo.position(lefts, left_keys[-1]) == len(left_keys) - 1
    right_key = next(key for key, entry in repo.page(everything, 0, 100) if entry.side is Side.RIGHT)
    assert repo.position(lefts, right_key) is None
    # Entries with the same start time: the one logged last comes first.
    twin_rows = [key for key, entry in repo.page(everything, 0, 100) if entry.started_at == same_time]
    assert twin_rows == sorted(twin_rows, reverse=True)


def test_reading_newest_first_needs_no_sort(repo):
    plan = repo.database.connection.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM cramp_entries WHERE deleted_at IS NULL "
        "ORDER BY started_utc DESC, rowid DESC LIMIT 200 OFFSET 1000"
    ).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "cramp_entries_by_start" in details
    assert "TEMP B-TREE" not in details


def test_date_ranges_read_pages_without_sorting(repo):
    from cvi_companion.storage.cramp_repository import _where

    where, params = _where(CrampFilter(since=date(2026, 1, 1), until=date(2026, 6, 30), side=Side.LEFT))
    plan = repo.database.connection.execute(
        f"EXPLAIN QUERY PLAN SELECT rowid FROM cramp_entries WHERE {where} "
        "ORDER BY started_utc DESC, rowid DESC LIMIT 200 OFFSET 1000",
        params,
    ).fetchall()
    assert "TEMP B-TREE" not in " ".join(row[-1] for row in plan)


def test_date_ranges_at_the_edges_of_the_world(repo, make_entry):
    from zoneinfo import ZoneInfo

    kiritimati = datetime(2026, 11, 5, 0, 30, tzinfo=ZoneInfo("Pacific/Kiritimati"))  # UTC+14
    pago = datetime(2026, 11, 5, 23, 30, tzinfo=ZoneInfo("Pacific/Pago_Pago"))  # UTC-11
    repo.add_many([make_entry(started_at=kiritimati, now=NOW), make_entry(started_at=pago, now=NOW)])
    the_fifth = CrampFilter(since=date(2026, 11, 5), until=date(2026, 11, 5))
    assert repo.count(the_fifth) == 2
    assert len(repo.page(the_fifth, 0, 10)) == 2
    assert repo.count(CrampFilter(until=date(2026, 11, 4))) == 0
    assert repo.count(CrampFilter(since=date(2026, 11, 6))) == 0


def test_adding_no_entries_saves_nothing_and_says_so(repo):
    assert repo.add_many([]) == 0
    assert repo.count(CrampFilter()) == 0
