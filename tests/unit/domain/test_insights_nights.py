from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvi_companion.domain.cramps import Location, Side, new_entry, night_of
from cvi_companion.domain.insights import (
    CrampPoint,
    NightRange,
    Period,
    cramps_per_week,
    hour_histogram,
    intensity_per_week,
    location_split,
    longest_cramp_free_run,
    night_for,
    night_log,
    night_share,
    range_for,
    side_split,
    weeks_of,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = (time(22, 0), time(7, 0))


def cramp(y, m, d, hh, mm=0, tz=BERLIN, side=Side.LEFT, locations=(Location.CALF,), intensity=None, fold=0):
    return CrampPoint(datetime(y, m, d, hh, mm, tzinfo=tz, fold=fold), side, locations, intensity)


def nov(day):
    return date(2026, 11, day)


# --- the range and its weeks -------------------------------------------------------------------------------


def test_a_range_counts_both_ends_and_refuses_to_run_backwards():
    nights = NightRange(nov(16), nov(22))
    assert nights.count == 7
    assert list(nights.nights()) == [nov(d) for d in range(16, 23)]
    assert nov(16) in nights
    assert nov(23) not in nights
    with pytest.raises(ValueError, match="before it starts"):
        NightRange(nov(22), nov(16))


@pytest.mark.parametrize(
    ("now", "period", "expected"),
    [
        # At 08:00 last night has ended and is included; at 02:00 the night in progress is not.
        (datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN), Period.LAST_4_WEEKS, NightRange(date(2026, 10, 26), nov(22))),
        (datetime(2026, 11, 23, 2, 0, tzinfo=BERLIN), Period.LAST_4_WEEKS, NightRange(date(2026, 10, 25), nov(21))),
        (datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN), Period.LAST_3_MONTHS, NightRange(date(2026, 8, 23), nov(22))),
        (datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN), Period.LAST_YEAR, NightRange(date(2025, 11, 23), nov(22))),
        # 31 May less three months is the end of February.
        (
            datetime(2026, 6, 1, 9, 0, tzinfo=BERLIN),
            Period.LAST_3_MONTHS,
            NightRange(date(2026, 3, 1), date(2026, 5, 31)),
        ),
        (datetime(2024, 3, 1, 9, 0, tzinfo=BERLIN), Period.LAST_YEAR, NightRange(date(2023, 3, 1), date(2024, 2, 29))),
    ],
)
def test_range_for_a_period_ends_with_the_last_finished_night(now, period, expected):
    assert range_for(period, now, BERLIN) == expected


def test_range_for_uses_the_given_zone_not_the_instants_own():
    # 06:00 UTC is 07:00 in Berlin (last night has ended) but 01:00 in New York (a night still in progress).
    now = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert range_for(Period.LAST_4_WEEKS, now, BERLIN).last == nov(22)
    assert range_for(Period.LAST_4_WEEKS, now, NEW_YORK).last == nov(21)


def test_all_time_starts_at_the_first_night_with_data():
    now = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)
    assert range_for(Period.ALL_TIME, now, BERLIN, earliest=date(2024, 2, 3)) == NightRange(date(2024, 2, 3), nov(22))
    assert range_for(Period.ALL_TIME, now, BERLIN) == NightRange(nov(22), nov(22))
    assert range_for(Period.ALL_TIME, now, BERLIN, earliest=nov(23)) == NightRange(nov(22), nov(22))


def test_weeks_are_iso_weeks_and_the_cut_ends_say_so():
    weeks = weeks_of(NightRange(nov(4), nov(24)))  # Wednesday to Tuesday
    assert [(w.monday, w.first, w.last, w.partial) for w in weeks] == [
        (nov(2), nov(4), nov(8), True),
        (nov(9), nov(9), nov(15), False),
        (nov(16), nov(16), nov(22), False),
        (nov(23), nov(23), nov(24), True),
    ]
    assert [w.label for w in weeks] == ["2026-W45*", "2026-W46", "2026-W47", "2026-W48*"]
    assert weeks[0].long_label == "Week 45 of 2026, 4 Nov – 8 Nov (part week, 5 of 7 nights)"
    assert weeks[1].long_label == "Week 46 of 2026, 9 Nov – 15 Nov"


def test_weeks_across_the_new_year_take_the_iso_year():
    weeks = weeks_of(NightRange(date(2026, 12, 28), date(2027, 1, 10)))
    assert [w.label for w in weeks] == ["2026-W53", "2027-W01"]


# --- nights with data, cramp-free reports, daytime cramps ------------------------------------------------------

# Monday 16 to Sunday 22 November 2026:
#   16 a cramp at 23:10                          -> cramp night
#   17 a cramp at 02:00 on the 18th              -> cramp night (before 04:00 belongs to the evening before)
#   18 reported cramp-free                       -> good night
#   19 reported cramp-free, but a cramp at 03:00 -> cramp night (the logged cramp wins)
#   20 only a cramp at 14:00 on the 20th         -> daytime: no data with the night window, a cramp night without
#   21 nothing                                   -> unknown
#   22 reported cramp-free                       -> good night
WEEK_CRAMPS = [
    cramp(2026, 11, 16, 23, 10, intensity=6),
    cramp(2026, 11, 18, 2, 0, side=Side.RIGHT, intensity=8),
    cramp(2026, 11, 20, 3, 0, side=Side.BOTH, locations=(Location.CALF, Location.FOOT)),
    cramp(2026, 11, 20, 14, 0, locations=(Location.THIGH,), intensity=3),
    # Outside the range: the night of the 15th and the night of the 23rd.
    cramp(2026, 11, 16, 3, 59),
    cramp(2026, 11, 23, 4, 0),
]
WEEK_FREE = {nov(18), nov(19), nov(22), nov(10)}
WEEK = NightRange(nov(16), nov(22))


def test_unknown_nights_are_not_good_and_a_cramp_wins_over_a_cramp_free_report():
    log = night_log(WEEK, WEEK_CRAMPS, WEEK_FREE, WINDOW)
    assert dict(log.cramp_nights) == {nov(16): 1, nov(17): 1, nov(19): 1}
    assert log.free_nights == {nov(18), nov(22)}
    assert log.overridden == {nov(19)}
    share = night_share(log)
    assert (share.nights, share.with_cramp, share.cramp_free, share.unknown, share.overridden) == (7, 3, 2, 2, 1)
    assert share.share == pytest.approx(3 / 5)


def test_without_a_night_window_a_daytime_cramp_counts_as_that_dates_night():
    share = night_share(night_log(WEEK, WEEK_CRAMPS, WEEK_FREE))
    assert (share.with_cramp, share.cramp_free, share.unknown) == (4, 2, 1)
    assert share.share == pytest.approx(4 / 6)


def test_a_range_with_no_data_has_no_share():
    share = night_share(night_log(WEEK, [], []))
    assert share.share is None
    assert share.unknown == 7


def test_cramps_per_week_count_every_cramp_and_flag_the_daytime_ones():
    nights = NightRange(nov(11), nov(24))  # Wednesday of W46 to Tuesday of W48
    cramps = [*WEEK_CRAMPS, cramp(2026, 11, 12, 1, 0), cramp(2026, 11, 24, 22, 30)]
    counts = cramps_per_week(night_log(nights, cramps, [], WINDOW))
    assert [(c.week.label, c.cramps, c.daytime) for c in counts] == [
        ("2026-W46*", 2, 0),  # 16 Nov 03:59 (night of the 15th) and 12 Nov 01:00 (night of the 11th)
        ("2026-W47", 4, 1),
        ("2026-W48*", 2, 0),  # 23 Nov 04:00 and 24 Nov 22:30
    ]


def test_daytime_cramps_count_in_the_week_hours_and_splits_but_not_as_a_cramp_night():
    log = night_log(WEEK, WEEK_CRAMPS, WEEK_FREE, WINDOW)
    assert log.daytime == 1
    assert hour_histogram(log).counts[14] == 1
    assert nov(20) not in log.cramp_nights


# --- hours, sides, places, intensity ---------------------------------------------------------------------------


def test_hour_histogram_uses_the_wall_clock_of_each_entry():
    log = night_log(WEEK, WEEK_CRAMPS, [], WINDOW)
    hist = hour_histogram(log)
    assert hist.total == 4
    assert {h: n for h, n in enumerate(hist.counts) if n} == {23: 1, 2: 1, 3: 1, 14: 1}
    assert hist.in_night_order()[0] == (12, 0)
    assert [h for h, _ in hist.in_night_order()][11:14] == [23, 0, 1]


def test_the_peak_hour_is_the_busiest_and_none_without_cramps():
    cramps = [cramp(2026, 11, 17, 3, 5), cramp(2026, 11, 18, 3, 40), cramp(2026, 11, 19, 1, 0)]
    assert hour_histogram(night_log(WEEK, cramps, [])).peak == 3
    assert hour_histogram(night_log(WEEK, [], [])).peak is None


def test_side_and_place_split():
    log = night_log(WEEK, WEEK_CRAMPS, [], WINDOW)
    sides = side_split(log)
    assert dict(sides.counts) == {Side.LEFT: 2, Side.RIGHT: 1, Side.BOTH: 1}
    assert sides.share(Side.LEFT) == pytest.approx(0.5)
    places = location_split(log)
    assert places.entries == 4
    assert dict(places.counts) == {
        Location.CALF: 3,
        Location.FOOT: 1,
        Location.THIGH: 1,
        Location.SHIN: 0,
        Location.OTHER: 0,
    }
    assert places.share(Location.CALF) == pytest.approx(0.75)
    assert side_split(night_log(WEEK, [], [])).share(Side.LEFT) is None


def test_intensity_per_week_averages_only_rated_cramps():
    nights = NightRange(nov(9), nov(22))
    cramps = [*WEEK_CRAMPS, cramp(2026, 11, 10, 2, 0)]  # W46 has one cramp without an intensity
    weeks = intensity_per_week(night_log(nights, cramps, [], WINDOW))
    assert [(w.week.label, w.rated, w.average, w.worst) for w in weeks] == [
        ("2026-W46", 0, None, None),
        ("2026-W47", 3, pytest.approx(17 / 3), 8),
    ]


# --- the longest cramp-free run --------------------------------------------------------------------------------


def test_the_longest_cramp_free_run_is_broken_by_unknown_and_cramp_nights():
    nights = NightRange(nov(1), nov(12))
    free = {nov(1), nov(2), nov(3), nov(5), nov(6), nov(7), nov(8), nov(10), nov(11), nov(12)}
    cramps = [cramp(2026, 11, 9, 23, 0), cramp(2026, 11, 11, 1, 0)]  # nights 9 and 10 (10 was reported free)
    run = longest_cramp_free_run(night_log(nights, cramps, free))
    assert run is not None
    assert (run.first, run.last, run.nights) == (nov(5), nov(8), 4)


def test_the_most_recent_run_wins_a_tie_and_no_report_means_no_run():
    free = {nov(1), nov(2), nov(4), nov(5)}
    run = longest_cramp_free_run(night_log(NightRange(nov(1), nov(6)), [], free))
    assert run is not None
    assert (run.first, run.last) == (nov(4), nov(5))
    assert longest_cramp_free_run(night_log(NightRange(nov(1), nov(6)), [], [])) is None


def test_a_run_is_cut_at_the_edges_of_the_range():
    free = {nov(d) for d in range(1, 20)}
    run = longest_cramp_free_run(night_log(NightRange(nov(5), nov(9)), [], free))
    assert run is not None
    assert (run.first, run.last) == (nov(5), nov(9))


# --- daylight saving and time zones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2026, 3, 23), date(2026, 4, 5)),  # Berlin moves to summer time on Sunday 29 March
        (date(2026, 10, 19), date(2026, 11, 1)),  # and back on Sunday 25 October
    ],
)
def test_ranges_across_a_clock_change_neither_lose_nor_double_a_night(first, last):
    nights = NightRange(first, last)
    # One cramp at 03:30 on the morning after every night, built on the wall clock (03:30 exists on both days).
    cramps = [cramp(n.year, n.month, n.day, 3, 30) for n in (first + timedelta(days=i + 1) for i in range(14))]
    log = night_log(nights, cramps, [], WINDOW)
    assert nights.count == 14
    assert dict(log.cramp_nights) == dict.fromkeys(nights.nights(), 1)
    assert [c.cramps for c in cramps_per_week(log)] == [7, 7]
    assert night_share(log).unknown == 0
    assert hour_histogram(log).counts[3] == 14


def test_the_repeated_hour_of_the_autumn_change_counts_both_cramps_in_the_same_night():
    first_0230 = cramp(2026, 10, 25, 2, 30, fold=0)  # 02:30 summer time (00:30 UTC)
    second_0230 = cramp(2026, 10, 25, 2, 30, fold=1)  # 02:30 again, winter time (01:30 UTC)
    assert first_0230.started_at.utcoffset() != second_0230.started_at.utcoffset()
    log = night_log(NightRange(date(2026, 10, 24), date(2026, 10, 24)), [first_0230, second_0230], [], WINDOW)
    assert dict(log.cramp_nights) == {date(2026, 10, 24): 2}
    assert hour_histogram(log).counts[2] == 2


def test_the_short_spring_night_still_holds_its_cramps():
    # 03:30 summer time on 29 March is 01:30 UTC; 04:30 summer time is the next night (02:30 UTC).
    early = cramp(2026, 3, 29, 3, 30)
    late = cramp(2026, 3, 29, 4, 30)
    log = night_log(NightRange(date(2026, 3, 28), date(2026, 3, 29)), [early, late], [])
    assert dict(log.cramp_nights) == {date(2026, 3, 28): 1, date(2026, 3, 29): 1}


def test_an_entry_from_new_york_in_a_berlin_log_keeps_its_own_wall_clock():
    # 23:30 in New York is 05:30 the next morning in Berlin: by Berlin's clock it would be the night of the 21st
    # at hour 5, outside the night window; by its own clock it is the night of the 20th at 23:00.
    travelling = new_entry(
        started_at=datetime(2026, 11, 20, 23, 30, tzinfo=NEW_YORK),
        side=Side.RIGHT,
        now=datetime(2027, 1, 1, tzinfo=UTC),
    )
    at_home = cramp(2026, 11, 22, 2, 0)
    log = night_log(WEEK, [travelling, at_home], [nov(21)], WINDOW)
    assert dict(log.cramp_nights) == {nov(20): 1, nov(21): 1}
    assert log.free_nights == frozenset()
    assert hour_histogram(log).counts[23] == 1
    assert hour_histogram(log).counts[5] == 0


# --- properties ------------------------------------------------------------------------------------------------


@given(st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.sampled_from([BERLIN, NEW_YORK, UTC])))
def test_the_cheap_night_is_the_same_as_the_cramp_logs_night(local):
    assert night_for(local) == night_of(local)


_OFFSETS = st.sampled_from([timezone(timedelta(hours=h)) for h in (-10, -5, 0, 1, 2, 9, 14)])
_CRAMPS = st.lists(
    st.builds(
        CrampPoint,
        st.builds(
            lambda instant, tz: instant.astimezone(tz),
            st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC)),
            _OFFSETS,
        ),
        st.sampled_from(list(Side)),
        st.lists(st.sampled_from(list(Location)), min_size=1, max_size=3, unique=True).map(tuple),
        st.none() | st.integers(0, 10),
    ),
    max_size=60,
)
_DAYS = st.dates(date(2026, 1, 1), date(2026, 12, 31))


@settings(max_examples=150, deadline=None)
@given(cramps=_CRAMPS, free=st.sets(_DAYS, max_size=80), start=_DAYS, length=st.integers(0, 120), window=st.booleans())
def test_counts_add_up_and_shares_stay_between_zero_and_one(cramps, free, start, length, window):
    nights = NightRange(start, start + timedelta(days=length))
    log = night_log(nights, cramps, free, WINDOW if window else None)
    in_range = [c for c in cramps if (c.started_at.replace(tzinfo=None) - timedelta(hours=4)).date() in nights]
    weeks = cramps_per_week(log)
    assert sum(w.week.nights for w in weeks) == nights.count
    assert sum(w.cramps for w in weeks) == len(in_range) == hour_histogram(log).total == side_split(log).total
    assert sum(w.daytime for w in weeks) == log.daytime
    assert sum(w.rated for w in intensity_per_week(log)) == sum(c.intensity is not None for c in in_range)
    share = night_share(log)
    assert share.with_data + share.unknown == nights.count
    assert share.share is None or 0.0 <= share.share <= 1.0
    assert share.with_cramp <= len(in_range)
    for side in Side:
        value = side_split(log).share(side)
        assert value is None or 0.0 <= value <= 1.0
    run = longest_cramp_free_run(log)
    if run is not None:
        assert run.nights <= len(log.free_nights)
        assert all(run.first + timedelta(days=i) in log.free_nights for i in range(run.nights))
