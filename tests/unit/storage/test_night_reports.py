from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.night_reports import NightReports, ReportedVia

AT = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)


@pytest.fixture
def nights(db):
    return NightReports(db)


def test_a_cramp_free_night_is_kept_and_read_back_by_range(nights):
    nights.mark_cramp_free(date(2026, 11, 22), ReportedVia.CHECK_IN, AT)
    nights.mark_cramp_free(date(2026, 11, 20), ReportedVia.LOG, AT)
    assert nights.cramp_free_between(date(2026, 11, 21), date(2026, 11, 22)) == {date(2026, 11, 22)}
    assert nights.cramp_free_between(date(2026, 11, 20), date(2026, 11, 20)) == {date(2026, 11, 20)}
    assert nights.cramp_free_between(date(2026, 11, 23), date(2026, 12, 31)) == set()


def test_saying_it_twice_keeps_one_row_and_it_can_be_taken_back(nights, db):
    nights.mark_cramp_free(date(2026, 11, 22), ReportedVia.CHECK_IN, AT)
    nights.mark_cramp_free(date(2026, 11, 22), ReportedVia.LOG, AT)
    assert db.connection.execute("SELECT via FROM cramp_free_nights").fetchall() == [("check-in",)]
    assert nights.unmark(date(2026, 11, 22))
    assert not nights.unmark(date(2026, 11, 22))
    assert nights.cramp_free_between(date(2026, 1, 1), date(2026, 12, 31)) == set()


def test_the_table_refuses_a_night_that_is_not_a_date(db):
    with pytest.raises(StorageError, match="CHECK constraint"), db.write("test") as conn:
        conn.execute("INSERT INTO cramp_free_nights VALUES ('last night', 'log', '2026-11-23T07:05:00+00:00')")


def test_a_cramp_logged_before_the_night_window_ended_keeps_the_night_from_being_marked_free(
    nights, repo, make_entry, berlin
):
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    # 05:30 on the 23rd: filed under the night of the 23rd by the 04:00 rule, but before the 07:00 end.
    repo.add(make_entry(now=now, started_at=datetime(2026, 11, 23, 5, 30, tzinfo=berlin)))
    assert not nights.mark_cramp_free(
        date(2026, 11, 22), ReportedVia.CHECK_IN, AT, lasts_until=datetime(2026, 11, 23, 7, 0)
    )
    assert nights.cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == set()
    # A night window ending at 05:00 leaves that cramp to the next night: the report is kept.
    assert nights.mark_cramp_free(
        date(2026, 11, 22), ReportedVia.CHECK_IN, AT, lasts_until=datetime(2026, 11, 23, 5, 0)
    )
    assert nights.cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == {date(2026, 11, 22)}


def test_a_cramp_in_the_trash_or_before_the_night_does_not_count(nights, repo, make_entry, berlin):
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    binned = make_entry(now=now, started_at=datetime(2026, 11, 23, 5, 30, tzinfo=berlin))
    repo.add(binned)
    repo.soft_delete([binned.id])
    # 03:00 on the 22nd belongs to the night of the 21st.
    repo.add(make_entry(now=now, started_at=datetime(2026, 11, 22, 3, 0, tzinfo=berlin)))
    assert nights.mark_cramp_free(
        date(2026, 11, 22), ReportedVia.CHECK_IN, AT, lasts_until=datetime(2026, 11, 23, 7, 0)
    )
