from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.reminder_schedule import (
    after_absence,
    in_quiet_hours,
    next_per_kind,
    occurrences,
    resolve_local,
    rule_occurrences,
)
from cvi_companion.domain.reminders import (
    EVERY_DAY,
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderKind,
    ReminderRule,
    check_rule,
    default_plan,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
K = ReminderKind


def at(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def local_times(found, tz=BERLIN):
    return [(o.kind, o.local.strftime("%H:%M")) for o in found]


def day_of(plan, day: date, tz=BERLIN):
    start = datetime.combine(day, time(0, 0), tzinfo=tz) - timedelta(seconds=1)
    return occurrences(plan, start, start + timedelta(days=1), tz)


MONDAY = date(2026, 11, 23)


def test_a_default_weekday_elevation_three_times_and_walking_breaks_in_working_hours():
    plan = default_plan(MONDAY)
    found = day_of(plan, MONDAY)
    elevation = [t for k, t in local_times(found) if k is K.ELEVATION]
    walking = [t for k, t in local_times(found) if k is K.WALKING]
    assert elevation == ["11:00", "15:00", "19:30"]
    assert walking[0] == "09:30"
    assert walking[-1] == "17:30"
    # Every half hour, except when the legs are up (11:00 and 15:00 fall on elevation).
    assert len(walking) == 15
    assert "11:00" not in walking
    assert "15:00" not in walking
    assert not [o for o in found if o.kind in (K.STOCKINGS_ON, K.STOCKINGS_OFF)]  # off until confirmed


def test_stockings_come_once_the_clinician_recommendation_is_confirmed():
    plan = replace(default_plan(MONDAY), stockings_confirmed=True)
    found = local_times(day_of(plan, MONDAY))
    assert (K.STOCKINGS_ON, "07:30") in found
    assert (K.STOCKINGS_OFF, "22:00") in found


def test_walking_breaks_keep_to_their_days():
    saturday = date(2026, 11, 28)
    assert not [o for o in day_of(default_plan(MONDAY), saturday) if o.kind is K.WALKING]


def one_rule_plan(rule, **changes):
    plan = default_plan(MONDAY)
    plan = replace(plan, rules=tuple(replace(r, enabled=False) for r in plan.rules), **changes)
    return plan.with_rule(rule)


@pytest.mark.parametrize(
    ("tz", "day", "clock", "expected"),
    [
        (BERLIN, date(2026, 3, 29), time(2, 30), "2026-03-29T03:00:00+02:00"),
        (BERLIN, date(2026, 3, 29), time(2, 0), "2026-03-29T03:00:00+02:00"),
        (NEW_YORK, date(2026, 3, 8), time(2, 45), "2026-03-08T03:00:00-04:00"),
        (BERLIN, date(2026, 10, 25), time(2, 30), "2026-10-25T02:30:00+02:00"),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), "2026-11-01T01:30:00-04:00"),
        (BERLIN, date(2026, 11, 23), time(7, 30), "2026-11-23T07:30:00+01:00"),
    ],
)
def test_skipped_times_move_to_the_first_valid_minute_and_repeated_ones_mean_the_first(tz, day, clock, expected):
    assert resolve_local(day, clock, tz).isoformat() == expected


@pytest.mark.parametrize(
    ("tz", "day", "clock"),
    [
        (BERLIN, date(2026, 10, 25), time(2, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30)),
        (BERLIN, date(2026, 3, 29), time(2, 30)),
        (NEW_YORK, date(2026, 3, 8), time(2, 30)),
    ],
)
def test_a_daily_reminder_fires_once_on_the_days_the_clocks_change(tz, day, clock):
    rule = ReminderRule(K.ELEVATION, True, DailyTimes((clock,)))
    found = day_of(one_rule_plan(rule), day, tz)
    assert len(found) == 1
    assert found[0].slot == f"{day.isoformat()}T{clock.strftime('%H:%M')}"


def test_a_week_across_the_autumn_change_has_one_per_day():
    rule = ReminderRule(K.ELEVATION, True, DailyTimes((time(2, 30), time(11, 0))))
    start = at(BERLIN, 2026, 10, 22)
    found = rule_occurrences(rule, start, start + timedelta(days=7), BERLIN)
    assert len(found) == 14
    assert len({o.key for o in found}) == 14


def test_travel_the_plan_follows_the_new_local_clock():
    plan = default_plan(MONDAY)
    berlin = [o for o in day_of(plan, MONDAY, BERLIN) if o.kind is K.ELEVATION]
    new_york = [o for o in day_of(plan, MONDAY, NEW_YORK) if o.kind is K.ELEVATION]
    assert [o.local.strftime("%H:%M") for o in new_york] == ["11:00", "15:00", "19:30"]
    assert berlin[0].due != new_york[0].due


def test_an_interval_restarts_from_its_anchor():
    rule = ReminderRule(K.WALKING, True, Interval(30 * 60, time(9, 0), time(12, 0), EVERY_DAY))
    start, end = at(BERLIN, 2026, 11, 23, 9, 0), at(BERLIN, 2026, 11, 23, 12, 0)
    plain = [o.local.strftime("%H:%M") for o in rule_occurrences(rule, start, end, BERLIN)]
    assert plain == ["09:30", "10:00", "10:30", "11:00", "11:30"]
    back = at(BERLIN, 2026, 11, 23, 10, 7)
    resumed = rule_occurrences(rule, back, end, BERLIN, anchor=back)
    assert [o.local.strftime("%H:%M") for o in resumed] == ["10:37", "11:07", "11:37"]


def test_an_interval_counts_real_time_across_a_clock_change():
    rule = ReminderRule(K.WALKING, True, Interval(60 * 60, time(0, 30), time(5, 0), EVERY_DAY))
    start = at(BERLIN, 2026, 3, 29, 0, 0)
    found = rule_occurrences(rule, start, start + timedelta(hours=6), BERLIN)
    gaps = {(b.due - a.due) for a, b in itertools.pairwise(found)}
    assert gaps == {timedelta(hours=1)}
    assert [o.local.strftime("%H:%M%z") for o in found][:3] == ["01:30+0100", "03:30+0200", "04:30+0200"]


def test_quiet_hours_silence_interval_reminders_but_not_chosen_times():
    walking = ReminderRule(K.WALKING, True, Interval(30 * 60, time(6, 0), time(8, 0), EVERY_DAY))
    plan = one_rule_plan(walking)
    plan = plan.with_rule(ReminderRule(K.BEDTIME_STRETCH, True, DailyTimes((time(23, 15),))))
    found = local_times(day_of(plan, MONDAY))
    assert (K.WALKING, "06:30") not in found
    assert (K.WALKING, "07:00") in found
    assert (K.WALKING, "07:30") in found
    assert (K.BEDTIME_STRETCH, "23:15") in found


def test_quiet_hours_may_wrap_past_midnight():
    plan = default_plan(MONDAY)
    assert in_quiet_hours(at(BERLIN, 2026, 11, 23, 23, 0), plan, BERLIN)
    assert in_quiet_hours(at(BERLIN, 2026, 11, 23, 6, 59), plan, BERLIN)
    assert not in_quiet_hours(at(BERLIN, 2026, 11, 23, 7, 0), plan, BERLIN)
    assert not in_quiet_hours(
        at(BERLIN, 2026, 11, 23, 12, 0), replace(plan, quiet_starts=time(9, 0), quiet_ends=time(9, 0)), BERLIN
    )


def test_stocking_replacement_every_three_months_keeps_to_month_ends():
    rule = ReminderRule(K.STOCKING_REPLACEMENT, True, EveryMonths(1, time(10, 0), date(2026, 1, 31)))
    found = rule_occurrences(rule, at(BERLIN, 2026, 1, 1), at(BERLIN, 2026, 5, 1), BERLIN)
    assert [o.local.date().isoformat() for o in found] == ["2026-02-28", "2026-03-31", "2026-04-30"]


def test_next_per_kind_names_what_comes_next():
    plan = replace(default_plan(MONDAY), stockings_confirmed=True)
    plan = plan.with_rule(replace(plan.rule(K.STOCKING_REPLACEMENT), enabled=True))
    upcoming = next_per_kind(plan, at(BERLIN, 2026, 11, 23, 16, 0), BERLIN)
    assert upcoming[K.ELEVATION].due == at(BERLIN, 2026, 11, 23, 19, 30)
    assert upcoming[K.WALKING].due == at(BERLIN, 2026, 11, 23, 16, 30)
    assert upcoming[K.STOCKINGS_ON].due == at(BERLIN, 2026, 11, 24, 7, 30)
    assert upcoming[K.STOCKING_REPLACEMENT].due == at(BERLIN, 2027, 2, 23, 10, 0)
    assert K.BEDTIME_STRETCH not in upcoming


def test_nothing_due_while_away_means_nothing_shown_on_return():
    outcome = after_absence(
        default_plan(MONDAY), at(BERLIN, 2026, 11, 23, 12, 0), at(BERLIN, 2026, 11, 23, 12, 20), BERLIN
    )
    assert outcome.show == ()
    assert outcome.missed == ()


def test_a_morning_sleep_shows_the_stockings_once_and_says_when():
    plan = replace(default_plan(MONDAY), stockings_confirmed=True)
    outcome = after_absence(plan, at(BERLIN, 2026, 11, 23, 7, 0), at(BERLIN, 2026, 11, 23, 9, 0), BERLIN)
    assert [(o.kind, o.local.strftime("%H:%M")) for o in outcome.show] == [(K.STOCKINGS_ON, "07:30")]
    assert outcome.missed == ()


def test_a_long_absence_shows_one_per_kind_at_most_and_records_the_rest_as_missed():
    plan = replace(default_plan(MONDAY), stockings_confirmed=True)
    outcome = after_absence(plan, at(BERLIN, 2026, 11, 23, 10, 0), at(BERLIN, 2026, 11, 23, 16, 0), BERLIN)
    assert [(o.kind, o.local.strftime("%H:%M")) for o in outcome.show] == [(K.ELEVATION, "15:00")]
    missed = [(o.kind, o.local.strftime("%H:%M")) for o in outcome.missed]
    assert (K.ELEVATION, "11:00") in missed
    # 10:30 ... 16:00 without 11:00 and 15:00 (elevation then); none shown: no burst.
    assert len([m for m in missed if m[0] is K.WALKING]) == 10


def test_overnight_absence_stale_evening_tasks_are_missed_fresh_morning_ones_shown():
    plan = replace(default_plan(MONDAY), stockings_confirmed=True)
    outcome = after_absence(plan, at(BERLIN, 2026, 11, 23, 21, 0), at(BERLIN, 2026, 11, 24, 8, 30), BERLIN)
    assert [o.kind for o in outcome.show] == [K.STOCKINGS_ON]
    assert [o.kind for o in outcome.missed] == [K.STOCKINGS_OFF]


def test_rules_that_cannot_be_scheduled_are_refused():
    with pytest.raises(ValidationError, match="15 to 120"):
        check_rule(ReminderRule(K.WALKING, True, Interval(5 * 60, time(9, 0), time(18, 0))))
    with pytest.raises(ValidationError, match="end after"):
        check_rule(ReminderRule(K.WALKING, True, Interval(30 * 60, time(18, 0), time(9, 0))))
    with pytest.raises(ValidationError, match="at least one time"):
        check_rule(ReminderRule(K.ELEVATION, True, DailyTimes(())))
    with pytest.raises(ValidationError, match="twice"):
        check_rule(ReminderRule(K.ELEVATION, True, DailyTimes((time(9, 0), time(9, 0)))))
    with pytest.raises(ValidationError, match="at least one day"):
        check_rule(ReminderRule(K.ELEVATION, True, DailyTimes((time(9, 0),), frozenset())))
    check_rule(ReminderRule(K.ELEVATION, False, DailyTimes(())))


ZONES = [ZoneInfo(name) for name in ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")]


@given(
    st.sampled_from(ZONES),
    st.dates(min_value=date(2001, 1, 1), max_value=date(2060, 12, 31)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_any_daily_time_fires_exactly_once_on_its_date_never_earlier(tz, day, clock):
    rule = ReminderRule(K.ELEVATION, True, DailyTimes((clock,)))
    start = datetime.combine(day, time(0, 0), tzinfo=tz)
    found = [
        o
        for o in rule_occurrences(rule, start - timedelta(days=1), start + timedelta(days=2), tz)
        if o.slot.startswith(day.isoformat())
    ]
    assert len(found) == 1
    local = found[0].local.replace(tzinfo=None)
    nominal = datetime.combine(day, clock)
    assert timedelta(0) <= local - nominal <= timedelta(hours=1)


def test_interval_reminders_through_the_repeated_autumn_hour_stay_in_true_time_order():
    rule = ReminderRule(K.WALKING, True, Interval(30 * 60, time(1, 0), time(4, 0), EVERY_DAY))
    start = at(BERLIN, 2026, 10, 25, 0, 0)
    found = rule_occurrences(rule, start, start + timedelta(hours=6), BERLIN)
    assert [o.local.strftime("%H:%M%z") for o in found] == [
        "01:30+0200", "02:00+0200", "02:30+0200", "02:00+0100", "02:30+0100", "03:00+0100", "03:30+0100",
    ]  # fmt: skip
    assert all(a.due < b.due for a, b in itertools.pairwise(found))


def test_no_walking_break_just_before_or_while_the_legs_are_up():
    plan = default_plan(MONDAY)
    plan = plan.with_rule(replace(plan.rule(K.ELEVATION), schedule=DailyTimes((time(10, 5),))))
    walking = [t for k, t in local_times(day_of(plan, MONDAY)) if k is K.WALKING]
    # Elevation 10:05-10:35 (30 min): 10:00 is 5 min before it and 10:30 during it; 10:37 would be fine.
    assert "10:00" not in walking
    assert "10:30" not in walking
    assert "09:30" in walking
    assert "11:00" in walking


def test_an_activity_begun_before_the_range_still_blocks_a_break_inside_it():
    plan = default_plan(MONDAY)
    plan = plan.with_rule(replace(plan.rule(K.ELEVATION), activity_s=45 * 60))
    # Elevation 11:00-11:45 began before the range (11:05-12:10): the 11:30 break is still dropped.
    found = occurrences(plan, at(BERLIN, 2026, 11, 23, 11, 5), at(BERLIN, 2026, 11, 23, 12, 10), BERLIN)
    assert [(o.kind, o.local.strftime("%H:%M")) for o in found] == [(K.WALKING, "12:00")]


def _next_per_kind_searching_everything(plan, after, tz):
    """The plain search: every kind over every window until each has its next occurrence."""
    found: dict[ReminderKind, object] = {}
    window, start, kinds = timedelta(days=2), after, {r.kind for r in plan.active_rules()}
    while start < after + timedelta(days=400) and len(found) < len(kinds):
        for occurrence in occurrences(plan, start, start + window, tz):
            found.setdefault(occurrence.kind, occurrence)
        start += window
        window = min(window * 4, timedelta(days=120))
    return found


@settings(deadline=None, max_examples=60)  # the plain search it is compared with takes ~0.3 s
@given(
    minutes=st.integers(min_value=0, max_value=2 * 366 * 24 * 60),
    tz=st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Australia/Sydney")]),
    all_on=st.booleans(),
)
def test_next_per_kind_searching_only_what_is_missing_finds_the_same(minutes, tz, all_on):
    plan = default_plan(MONDAY)
    if all_on:
        plan = replace(plan, stockings_confirmed=True)
        plan = replace(plan, rules=tuple(replace(r, enabled=True) for r in plan.rules))
    after = (datetime(2026, 1, 1, tzinfo=tz) + timedelta(minutes=minutes)).astimezone(tz)
    assert next_per_kind(plan, after, tz) == _next_per_kind_searching_everything(plan, after, tz)
