from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.when import localize, most_recent, parse_clock, parse_date, parse_when

BERLIN = ZoneInfo("Europe/Berlin")


def at(y, mo, d, h, mi, offset_hours):
    return datetime(y, mo, d, h, mi, tzinfo=UTC) - timedelta(hours=offset_hours)


def test_earlier_today_when_the_time_has_passed():
    now = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    assert most_recent(now, time(3, 0), BERLIN) == datetime(2026, 11, 23, 3, 0, tzinfo=BERLIN)


def test_yesterday_when_the_time_is_still_ahead_today():
    now = datetime(2026, 11, 23, 2, 0, tzinfo=BERLIN)
    assert most_recent(now, time(3, 0), BERLIN) == datetime(2026, 11, 22, 3, 0, tzinfo=BERLIN)
    assert most_recent(now, time(23, 30), BERLIN) == datetime(2026, 11, 22, 23, 30, tzinfo=BERLIN)


def test_exactly_now_counts_as_the_most_recent():
    now = datetime(2026, 11, 23, 3, 0, tzinfo=BERLIN)
    assert most_recent(now, time(3, 0), BERLIN) == now


def test_a_time_skipped_by_the_spring_change_moves_forward():
    # 2026-03-29 02:00-03:00 does not exist in Berlin; "02:30" that night means 03:30 summer time.
    now = datetime(2026, 3, 29, 9, 0, tzinfo=BERLIN)
    result = most_recent(now, time(2, 30), BERLIN)
    assert result == at(2026, 3, 29, 3, 30, 2)
    assert result.astimezone(BERLIN).strftime("%H:%M %z") == "03:30 +0200"


def test_the_repeated_autumn_hour_picks_the_latest_past_one():
    # On 2026-10-25 the clock reads 02:30 twice: first at +02:00, then at +01:00.
    # (Instants are compared as timestamps: Python never calls a fold=1 time equal to another zone's.)
    second_pass = at(2026, 10, 25, 2, 40, 1)
    result = most_recent(second_pass, time(2, 30), BERLIN)
    assert result.timestamp() == at(2026, 10, 25, 2, 30, 1).timestamp()
    assert result.utcoffset() == timedelta(hours=1)
    first_pass = at(2026, 10, 25, 2, 40, 2)
    result = most_recent(first_pass, time(2, 30), BERLIN)
    assert result.timestamp() == at(2026, 10, 25, 2, 30, 2).timestamp()
    assert result.utcoffset() == timedelta(hours=2)


@given(
    st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 1, 1), timezones=st.just(UTC)),
    st.times(),
)
def test_most_recent_is_never_in_the_future_and_within_a_day(now, clock):
    result = most_recent(now, clock, BERLIN)
    assert result.timestamp() <= now.timestamp()
    assert now.timestamp() - result.timestamp() < 25 * 3600
    local = result.astimezone(BERLIN)
    gap_shifted = (local.replace(tzinfo=None) - datetime.combine(local.date(), clock)) == timedelta(hours=1)
    assert (local.hour, local.minute, local.second) == (clock.hour, clock.minute, clock.second) or gap_shifted


def test_localize_keeps_ordinary_times():
    assert localize(datetime(2026, 11, 23, 3, 10), BERLIN).utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("text", ["03:15", "3:15", "03.15", "03h15"])
def test_clock_formats(text):
    assert parse_clock(text) == time(3, 15)


@pytest.mark.parametrize("text", ["24:00", "12:60", "3", "three", "", "12:5"])
def test_bad_clock_times_are_refused(text):
    with pytest.raises(ValidationError):
        parse_clock(text)


def test_parse_when_variants():
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert parse_when("now", now, BERLIN) == now
    assert parse_when("03:15", now, BERLIN) == datetime(2026, 11, 23, 3, 15, tzinfo=BERLIN)
    assert parse_when("2026-11-20T03:15", now, BERLIN) == datetime(2026, 11, 20, 3, 15, tzinfo=BERLIN)
    assert parse_when("2026-11-20 03:15", now, BERLIN) == datetime(2026, 11, 20, 3, 15, tzinfo=BERLIN)
    with_offset = parse_when("2026-11-20T03:15+09:00", now, BERLIN)
    assert with_offset.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize("text", ["yesterday", "2026-11-20", "2026-13-01T03:00", "  "])
def test_parse_when_refuses_what_it_cannot_read(text):
    with pytest.raises(ValidationError) as caught:
        parse_when(text, datetime(2026, 11, 23, tzinfo=UTC), BERLIN)
    assert caught.value.problems[0].field == "at"


def test_parse_date():
    assert parse_date("2026-11-01", "since") == date(2026, 11, 1)
    with pytest.raises(ValidationError) as caught:
        parse_date("1 Nov", "since")
    assert caught.value.problems[0].field == "since"
