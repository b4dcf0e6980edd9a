from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvi_companion.domain.cramps import Location, Side, is_night
from cvi_companion.domain.insights import (
    CrampPoint,
    NightRange,
    ReminderPoint,
    adherence,
    care_log,
    compute_insights,
    describe,
    level_char,
    night_edges,
    night_log,
    tally,
    weeks_of,
    window_spans,
)
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from tests.unit.domain.insights_reference import reference_insights

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = (BERLIN, NEW_YORK, UTC, timezone(timedelta(hours=5, minutes=30)))
# Late October 2026: Europe leaves summer time on the 25th, the United States on 1 November.
BASE = date(2026, 10, 18)


def cramp(y, m, d, hh, mm=0, ss=0, us=0, tz=BERLIN, intensity=None):
    return CrampPoint(datetime(y, m, d, hh, mm, ss, us, tzinfo=tz), Side.LEFT, (Location.CALF,), intensity)


# --- the tally ---------------------------------------------------------------------------------------------


def test_the_tally_keeps_the_range_in_wall_clock_order_with_each_intensity_beside_it():
    nights = NightRange(date(2026, 11, 16), date(2026, 11, 17))
    cramps = [
        cramp(2026, 11, 18, 3, 59, 59, intensity=10),
        cramp(2026, 11, 16, 23, 0, 0, 500_000, intensity=0),
        cramp(2026, 11, 16, 23, 0, tz=NEW_YORK),  # 05:00 in Berlin, but 23:00 where it happened
        cramp(2026, 11, 16, 3, 59),  # the night of the 15th
        cramp(2026, 11, 18, 4, 0),  # the night of the 18th
    ]
    counted = tally(nights, cramps)
    assert counted.started == ["2026-11-16T23:00:00", "2026-11-16T23:00:00.500000", "2026-11-18T03:59:59"]
    assert counted.levels == "-0:"
    assert counted.count == 3
    assert counted.hours[23] == 2
    assert counted.hours[3] == 1
    assert night_edges(counted.started, nights) == [0, 2, 3]
    log = night_log(nights, counted, [date(2026, 11, 17)], (time(23, 30), time(4)))
    assert dict(log.cramp_nights) == {date(2026, 11, 17): 1}  # 23:00 is before the window, 03:59:59 inside
    assert (log.has_data(date(2026, 11, 16)), log.has_data(date(2026, 11, 17))) == (False, True)
    assert log.overridden == {date(2026, 11, 17)}


def test_an_intensity_has_one_character_and_only_from_0_to_10():
    assert [level_char(level) for level in (None, 0, 9, 10)] == ["-", "0", "9", ":"]
    with pytest.raises(ValueError, match="0 to 10"):
        level_char(11)


def test_a_tally_of_another_range_is_refused():
    counted = tally(NightRange(BASE, BASE), [])
    with pytest.raises(ValueError, match="tally"):
        night_log(NightRange(BASE, BASE + timedelta(days=1)), counted, [])


@pytest.mark.parametrize(
    ("window", "spans"),
    [
        # The night runs from 04:00 to 04:00; a window over midnight covers its start and its end.
        (
            (time(22), time(7)),
            (((0, "T04:00:00"), (0, "T07:00:00")), ((0, "T22:00:00"), (1, "T04:00:00"))),
        ),
        ((time(1), time(6, 30)), (((0, "T04:00:00"), (0, "T06:30:00")), ((1, "T01:00:00"), (1, "T04:00:00")))),
        ((time(0), time(0)), ()),
        ((time(4), time(4)), ()),
        ((time(23, 59, 59, 999_999), time(4)), (((0, "T23:59:59.999999"), (1, "T04:00:00")),)),
        ((time(3, 0, 30), time(2)), (((0, "T04:00:00"), (1, "T02:00:00")), ((1, "T03:00:30"), (1, "T04:00:00")))),
    ],
)
def test_the_night_window_as_spans_of_a_night(window, spans):
    assert window_spans(window) == spans


# --- the fast figures against the plain ones ----------------------------------------------------------------

# Clock times on and next to the edges that matter (the hour, 04:00, the window's ends) as often as any other.
_clock = st.builds(
    time,
    st.integers(0, 23),
    st.sampled_from([0, 0, 30, 59]),
    st.sampled_from([0, 0, 1, 59]),
    st.sampled_from([0, 0, 0, 1, 999_999]),
)
_moments = st.builds(
    lambda day, clock, zone, fold: datetime.combine(BASE + timedelta(days=day), clock, zone).replace(fold=fold),
    st.integers(-3, 45),
    _clock | st.times(),
    st.sampled_from(ZONES),
    st.integers(0, 1),
)
_cramps = st.lists(
    st.builds(
        CrampPoint,
        _moments,
        st.sampled_from(list(Side)),
        st.lists(st.sampled_from(list(Location)), max_size=3).map(tuple),
        st.none() | st.integers(0, 10),
    ),
    max_size=60,
)
_reminders = st.lists(
    st.builds(
        lambda kind, due, outcome: ReminderPoint(kind, due.isoformat(), due, outcome),
        st.sampled_from(list(ReminderKind)),
        _moments,
        st.sampled_from(list(Outcome)),
    ),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(
    cramps=_cramps,
    free=st.sets(st.integers(-3, 45).map(lambda day: BASE + timedelta(days=day)), max_size=30),
    reminders=_reminders,
    start=st.integers(0, 20),
    length=st.integers(1, 30),
    window=st.none() | st.tuples(_clock, _clock),
    first_weekday=st.integers(0, 6),
)
def test_every_figure_is_the_one_counted_cramp_by_cramp(cramps, free, reminders, start, length, window, first_weekday):
    nights = NightRange(BASE + timedelta(days=start), BASE + timedelta(days=start + length - 1))
    fast = compute_insights(nights, cramps, free, reminders, window, first_weekday)
    plain = reference_insights(nights, cramps, free, reminders, window, first_weekday)
    assert fast == plain
    assert describe(fast) == describe(plain)


@settings(max_examples=100, deadline=None)
@given(cramps=_cramps, window=st.tuples(_clock, _clock))
def test_the_window_counts_exactly_the_cramps_is_night_keeps(cramps, window):
    nights = NightRange(BASE - timedelta(days=4), BASE + timedelta(days=45))  # every moment drawn
    log = night_log(nights, cramps, [], window)
    inside = [c for c in cramps if is_night(c.started_at.time(), *window)]
    assert sum(log.cramp_nights.values()) == len(inside)
    assert log.daytime == len(cramps) - len(inside)


def test_the_score_is_the_same_whether_care_days_run_in_order_or_not():
    # Flying west: one due at 05:00 on the 4th in Berlin (that day's), the next half an hour later at 23:30 on
    # the 3rd in New York (the day before's), so in due order the care days run backwards once.
    first = NightRange(date(2026, 11, 2), date(2026, 11, 15))
    due = [
        datetime(2026, 11, 2, 21, 45, tzinfo=BERLIN),
        datetime(2026, 11, 4, 5, 0, tzinfo=BERLIN),
        datetime(2026, 11, 3, 23, 30, tzinfo=NEW_YORK),
        datetime(2026, 11, 9, 21, 45, tzinfo=NEW_YORK),
    ]
    outcomes = [Outcome.DONE, Outcome.MISSED, Outcome.DONE, Outcome.SKIPPED]
    records = [
        ReminderPoint(ReminderKind.BEDTIME_STRETCH, d.isoformat(), d, o) for d, o in zip(due, outcomes, strict=True)
    ]
    days = care_log(records).by_kind[ReminderKind.BEDTIME_STRETCH].days
    assert list(days) != sorted(days)  # the slow path
    weeks = weeks_of(first)
    assert adherence(first, weeks, records) == reference_insights(first, [], [], records).adherence
    in_order = records[:2]
    assert adherence(first, weeks, in_order) == reference_insights(first, [], [], in_order).adherence
    later = NightRange(date(2026, 11, 16), date(2026, 11, 22))
    assert adherence(later, weeks_of(later), records) == adherence(later, weeks_of(later), in_order) == ()
