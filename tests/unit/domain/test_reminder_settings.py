from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from cvi_companion.domain.reminder_settings import plan_from_mapping, plan_to_mapping
from cvi_companion.domain.reminders import DailyTimes, Interval, ReminderKind, default_plan

TODAY = date(2026, 11, 23)
K = ReminderKind


def test_the_default_plan_survives_json():
    plan = default_plan(TODAY)
    data = json.loads(json.dumps(plan_to_mapping(plan)))
    read, problems = plan_from_mapping(data, TODAY)
    assert problems == []
    assert read == plan
    assert data["kinds"]["walking"]["every_s"] == 1800  # durations are stored as whole seconds
    assert data["kinds"]["elevation"]["activity_s"] == 1800


def test_a_changed_plan_survives_json():
    plan = default_plan(TODAY)
    plan = plan.with_rule(
        replace(plan.rule(K.ELEVATION), schedule=DailyTimes((time(10, 0), time(20, 0)), frozenset({5, 6})))
    )
    plan = plan.with_rule(replace(plan.rule(K.WALKING), schedule=Interval(45 * 60, time(8, 0), time(17, 0))))
    plan = replace(plan, stockings_confirmed=True, snooze_s=300, quiet_starts=time(23, 0))
    read, problems = plan_from_mapping(json.loads(json.dumps(plan_to_mapping(plan))), TODAY)
    assert problems == []
    assert read == plan


def test_a_bad_kind_falls_back_alone_with_a_message():
    data = plan_to_mapping(default_plan(TODAY))
    data["kinds"]["walking"]["every_s"] = 60
    data["kinds"]["elevation"]["times"] = ["11:00", "teatime"]
    data["kinds"]["stockings-on"]["times"] = ["06:45"]
    read, problems = plan_from_mapping(data, TODAY)
    assert read.rule(K.WALKING) == default_plan(TODAY).rule(K.WALKING)
    assert read.rule(K.ELEVATION) == default_plan(TODAY).rule(K.ELEVATION)
    assert read.rule(K.STOCKINGS_ON).schedule == DailyTimes((time(6, 45),))
    assert len(problems) == 2
    english = [str(p) for p in problems]
    assert any(p.startswith("walking:") and "15 to 120" in p for p in english)
    assert any(p.startswith("elevation:") and "teatime" in p for p in english)


def test_unsafe_or_odd_values_are_reset_with_a_message():
    read, problems = plan_from_mapping(
        {"snooze_s": 7, "stockings_confirmed": "yes", "quiet_starts": 2230, "kinds": {"teleport": {}}}, TODAY
    )
    assert read.snooze_s == 600
    assert read.stockings_confirmed is False  # never switched on by a malformed value
    assert read.quiet_starts == time(22, 30)
    assert len(problems) == 4


def test_unknown_keys_are_kept():
    data = plan_to_mapping(default_plan(TODAY))
    data["future"] = {"x": 1}
    read, _ = plan_from_mapping(data, TODAY)
    assert plan_to_mapping(read)["future"] == {"x": 1}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@given(JSON)
def test_any_json_value_gives_a_usable_plan_and_never_raises(data):
    plan, problems = plan_from_mapping(data, TODAY)
    assert isinstance(problems, list)
    assert plan.rule(K.ELEVATION).kind is K.ELEVATION


@given(
    st.dictionaries(
        st.sampled_from([k.value for k in K]),
        st.dictionaries(
            st.sampled_from(
                ["enabled", "times", "days", "every_s", "starts", "ends", "activity_s", "at", "since", "every_months"]
            ),
            JSON,
            max_size=5,
        ),
        max_size=4,
    )
)
def test_any_values_for_known_kinds_give_schedulable_rules(kinds):
    from cvi_companion.domain.reminders import check_rule

    plan, _ = plan_from_mapping({"kinds": kinds}, TODAY)
    for rule in plan.rules:
        check_rule(rule)


def test_a_kind_switched_off_stays_off_when_its_schedule_is_unreadable():
    data = plan_to_mapping(default_plan(TODAY))
    data["kinds"]["walking"].update(enabled=False, every_s="often")
    read, problems = plan_from_mapping(data, TODAY)
    assert read.rule(K.WALKING).enabled is False
    assert read.rule(K.WALKING).schedule == default_plan(TODAY).rule(K.WALKING).schedule
    assert [str(p) for p in problems] == ["walking: 'often' is not a whole number; using the default schedule"]


def test_a_reminder_without_an_activity_length_stays_without_one_after_a_save():
    from datetime import date

    from cvi_companion.domain.reminder_settings import plan_from_mapping, plan_to_mapping

    first, _ = plan_from_mapping({"kinds": {"walking": {"activity_s": None}}}, date(2026, 11, 24))
    walking = next(r for r in first.rules if r.kind.value == "walking")
    assert walking.activity_s is None
    again, problems = plan_from_mapping(plan_to_mapping(first), date(2026, 11, 24))
    assert problems == []
    assert next(r for r in again.rules if r.kind.value == "walking").activity_s is None
