from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cvi_companion.domain.cramps import Side
from cvi_companion.domain.insights import (
    COMPARED_KINDS,
    CrampPoint,
    NightRange,
    ReminderPoint,
    adherence,
    care_day,
    comparisons,
    habit_score,
    night_log,
    weeks_of,
    with_and_without,
)
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = (time(22, 0), time(7, 0))
K = ReminderKind


def rec(kind, day, hh, mm, outcome, tz=BERLIN):
    due = datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)
    return ReminderRecord(kind, f"{day.isoformat()}T{hh:02d}:{mm:02d}", due, outcome, due)


def cramp(day, hh, mm=0):
    return CrampPoint(datetime(day.year, day.month, day.day, hh, mm, tzinfo=BERLIN), Side.LEFT, (), None)


def nov(day):
    return date(2026, 11, day)


# --- the score -------------------------------------------------------------------------------------------------


def test_the_score_halves_every_fourteen_occurrences():
    assert habit_score([Outcome.DONE]) == pytest.approx(0.048305, abs=1e-6)
    assert habit_score([Outcome.DONE] * 14) == pytest.approx(0.5)
    assert habit_score([Outcome.DONE] * 14 + [Outcome.MISSED] * 14) == pytest.approx(0.25)
    assert habit_score([Outcome.DONE] * 28) == pytest.approx(0.75)
    assert habit_score([Outcome.MISSED] * 14, start=1.0) == pytest.approx(0.5)


@pytest.mark.parametrize("outcome", [Outcome.SKIPPED, Outcome.MISSED, Outcome.SHOWN, Outcome.SNOOZED])
def test_anything_but_done_pulls_the_score_down(outcome):
    assert habit_score([Outcome.DONE] * 14 + [outcome] * 14) == pytest.approx(0.25)


@given(st.lists(st.sampled_from(list(Outcome)), max_size=300), st.floats(0.0, 1.0))
def test_the_score_stays_between_zero_and_one(outcomes, start):
    assert 0.0 <= habit_score(outcomes, start) <= 1.0


# --- adherence per week ----------------------------------------------------------------------------------------

TWO_WEEKS = NightRange(nov(16), nov(29))  # Monday of W47 to Sunday of W48
HISTORY = [
    rec(K.ELEVATION, nov(16), 11, 0, Outcome.DONE),
    rec(K.ELEVATION, nov(16), 15, 0, Outcome.SKIPPED),
    rec(K.ELEVATION, nov(16), 19, 30, Outcome.MISSED),
    rec(K.ELEVATION, nov(17), 11, 0, Outcome.SHOWN),
    rec(K.ELEVATION, nov(17), 15, 0, Outcome.SNOOZED),
    rec(K.ELEVATION, nov(24), 11, 0, Outcome.DONE),
    rec(K.BEDTIME_STRETCH, nov(22), 21, 45, Outcome.DONE),
    rec(K.BEDTIME_STRETCH, nov(23), 0, 30, Outcome.DONE),  # after midnight: still Sunday's evening, week 47
    rec(K.BEDTIME_STRETCH, nov(29), 21, 45, Outcome.SKIPPED),
    rec(K.BEDTIME_STRETCH, nov(30), 0, 30, Outcome.DONE),  # Sunday 29th's care day, inside the range
    rec(K.BEDTIME_STRETCH, nov(30), 21, 45, Outcome.DONE),  # after the range: ignored entirely
    rec(K.STOCKINGS_ON, nov(16), 3, 30, Outcome.DONE),  # the care day of the 15th: before the range
]


def test_adherence_counts_each_outcome_per_week_and_unanswered_apart():
    result = adherence(TWO_WEEKS, weeks_of(TWO_WEEKS), HISTORY)
    assert [k.kind for k in result] == [K.ELEVATION, K.BEDTIME_STRETCH]
    elevation, stretch = result
    assert [(w.done, w.skipped, w.missed, w.unanswered) for w in elevation.weeks] == [(1, 1, 1, 2), (1, 0, 0, 0)]
    assert [(w.done, w.skipped, w.missed, w.unanswered) for w in stretch.weeks] == [(2, 0, 0, 0), (1, 1, 0, 0)]
    assert (elevation.done, elevation.total) == (2, 6)


def test_the_score_follows_the_occurrences_in_time_order_and_carries_over_quiet_weeks():
    elevation = adherence(TWO_WEEKS, weeks_of(TWO_WEEKS), list(reversed(HISTORY)))[0]
    # done, skipped, missed, shown, snoozed, done: (1-k)·k⁵ + (1-k) with k = 0.5^(1/14)
    assert elevation.score == pytest.approx(0.08602, abs=1e-5)
    assert elevation.weekly_scores == pytest.approx((0.03963, 0.08602), abs=1e-5)
    three_weeks = NightRange(nov(16), date(2026, 12, 6))
    only_second = [rec(K.WALKING, nov(24), 9, 0, Outcome.DONE)]
    scores = adherence(three_weeks, weeks_of(three_weeks), only_second)[0].weekly_scores
    assert scores[0] is None
    assert scores[1:] == pytest.approx((0.048305, 0.048305), abs=1e-6)


def test_occurrences_before_the_range_warm_the_score_up_but_are_not_counted():
    before = [rec(K.ELEVATION, nov(1) + timedelta(days=i), 11, 0, Outcome.DONE) for i in range(14)]
    inside = [rec(K.ELEVATION, nov(16) + timedelta(days=i), 11, 0, Outcome.MISSED) for i in range(14)]
    warm = adherence(TWO_WEEKS, weeks_of(TWO_WEEKS), before + inside)[0]
    assert warm.score == pytest.approx(0.25)
    assert (warm.done, warm.total) == (0, 14)
    cold = adherence(TWO_WEEKS, weeks_of(TWO_WEEKS), inside)[0]
    assert cold.score == 0.0


def test_a_kind_with_history_only_before_the_range_is_left_out():
    assert adherence(TWO_WEEKS, weeks_of(TWO_WEEKS), [rec(K.WALKING, nov(2), 9, 0, Outcome.DONE)]) == ()


def test_an_occurrence_counts_for_its_own_wall_clocks_care_day():
    # 23:30 in New York on Sunday the 22nd is Monday 05:30 in Berlin: it still counts for Sunday (week 47).
    assert care_day(datetime(2026, 11, 22, 23, 30, tzinfo=NEW_YORK)) == nov(22)
    result = adherence(
        TWO_WEEKS, weeks_of(TWO_WEEKS), [rec(K.BEDTIME_STRETCH, nov(22), 23, 30, Outcome.DONE, NEW_YORK)]
    )
    assert [w.done for w in result[0].weeks] == [1, 0]


# --- with and without ------------------------------------------------------------------------------------------

# 1-12 November. Bedtime stretch at 21:45: done on the 1st-4th and 8th; skipped, missed, shown, snoozed on the
# 5th, 6th, 7th and 9th; not due on the 10th-12th.
_STRETCH_OUTCOMES = {
    1: Outcome.DONE,
    2: Outcome.DONE,
    3: Outcome.DONE,
    4: Outcome.DONE,
    5: Outcome.SKIPPED,
    6: Outcome.MISSED,
    7: Outcome.SHOWN,
    8: Outcome.DONE,
    9: Outcome.SNOOZED,
}
STRETCH = [rec(K.BEDTIME_STRETCH, nov(d), 21, 45, outcome) for d, outcome in _STRETCH_OUTCOMES.items()]
# Nights: 2 one cramp, 5 two cramps, 6 one cramp, 10 one cramp; 1, 3, 4, 7, 11 reported free; 8, 9, 12 unknown.
# A daytime cramp on the 3rd does not spoil its good night.
NIGHT_CRAMPS = [
    cramp(nov(2), 23, 30),
    cramp(nov(6), 1, 0),
    cramp(nov(6), 3, 0),
    cramp(nov(7), 2, 0),
    cramp(nov(10), 23, 0),
    cramp(nov(3), 15, 0),
]
FREE = {nov(1), nov(3), nov(4), nov(7), nov(11)}
TWELVE = NightRange(nov(1), nov(12))


def test_nights_after_a_day_done_against_nights_after_a_day_not_done():
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    result = with_and_without(log, STRETCH, K.BEDTIME_STRETCH)
    # With: nights 1-4 (night 8 is unknown). Without: nights 5, 6, 7 (night 9 unknown). 10-11: not due.
    assert (result.with_nights, result.with_cramps, result.without_nights, result.without_cramps) == (4, 1, 3, 3)
    assert result.enough
    assert result.rate_with == pytest.approx(0.25)
    assert result.rate_without == pytest.approx(1.0)


def test_fewer_than_three_nights_on_one_side_gives_no_comparison():
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    result = with_and_without(log, STRETCH[:6], K.BEDTIME_STRETCH)  # 1st-6th: without has nights 5 and 6 only
    assert (result.with_nights, result.without_nights) == (4, 2)
    assert not result.enough
    assert result.rate_with is None
    assert result.rate_without is None


def test_elevation_counts_as_done_when_done_at_least_once_that_day():
    history = [
        *(rec(K.ELEVATION, nov(d), 11, 0, Outcome.SKIPPED) for d in range(1, 8)),
        rec(K.ELEVATION, nov(1), 15, 0, Outcome.DONE),
        rec(K.ELEVATION, nov(2), 19, 30, Outcome.DONE),
        rec(K.ELEVATION, nov(3), 19, 30, Outcome.MISSED),
    ]
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    result = with_and_without(log, history, K.ELEVATION)
    # With: nights 1 and 2 (1 cramp). Without: 3, 4, 5, 6, 7 (3 cramps).
    assert (result.with_nights, result.with_cramps, result.without_nights, result.without_cramps) == (2, 1, 5, 3)
    assert not result.enough


def test_stockings_put_on_in_the_morning_count_for_that_nights():
    history = [
        rec(K.STOCKINGS_ON, nov(d), 7, 30, Outcome.DONE if d in (1, 3, 4) else Outcome.SKIPPED) for d in range(1, 8)
    ]
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    result = with_and_without(log, history, K.STOCKINGS_ON)
    assert (result.with_nights, result.with_cramps, result.without_nights, result.without_cramps) == (3, 0, 4, 4)
    assert (result.rate_with, result.rate_without) == (0.0, 1.0)


def test_comparisons_cover_the_compared_kinds_that_were_due_on_nights_with_data():
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    history = [
        *STRETCH,
        rec(K.MORNING_CHECK_IN, nov(2), 8, 0, Outcome.DONE),
        rec(K.WALKING, nov(9), 9, 0, Outcome.DONE),
    ]
    result = comparisons(log, history)
    # The check-in is not compared; walking was due only before an unknown night.
    assert [c.kind for c in result] == [K.BEDTIME_STRETCH]
    assert K.MORNING_CHECK_IN not in COMPARED_KINDS


def test_reminder_points_and_records_give_the_same_answer():
    points = [ReminderPoint(r.kind, r.slot, r.due, r.outcome) for r in STRETCH]
    log = night_log(TWELVE, NIGHT_CRAMPS, FREE, WINDOW)
    assert with_and_without(log, points, K.BEDTIME_STRETCH) == with_and_without(log, STRETCH, K.BEDTIME_STRETCH)
