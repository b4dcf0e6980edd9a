"""The reminder plan in the settings file: plain JSON values, durations in whole seconds, read leniently.

A kind whose values cannot be used falls back to its default with a message; the other kinds are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from typing import Any

from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.reminders import (
    SNOOZE_CHOICES_S,
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderKind,
    ReminderPlan,
    ReminderRule,
    check_rule,
    default_plan,
)


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _rule_to_mapping(rule: ReminderRule) -> dict[str, Any]:
    data: dict[str, Any] = {"enabled": rule.enabled}
    schedule = rule.schedule
    if isinstance(schedule, DailyTimes):
        data.update(times=[_hhmm(t) for t in schedule.times], days=sorted(schedule.days))
    elif isinstance(schedule, Interval):
        data.update(
            every_s=schedule.every_s,
            starts=_hhmm(schedule.starts),
            ends=_hhmm(schedule.ends),
            days=sorted(schedule.days),
        )
    else:
        data.update(every_months=schedule.months, at=_hhmm(schedule.at), since=schedule.since.isoformat())
    # Written even when empty (null): left out, it would read back as the kind's default length.
    data["activity_s"] = rule.activity_s
    return data


def plan_to_mapping(plan: ReminderPlan) -> dict[str, Any]:
    """The JSON form of a plan."""
    return {
        **plan.extra,
        "quiet_starts": _hhmm(plan.quiet_starts),
        "quiet_ends": _hhmm(plan.quiet_ends),
        "snooze_s": plan.snooze_s,
        "stockings_confirmed": plan.stockings_confirmed,
        "kinds": {rule.kind.value: _rule_to_mapping(rule) for rule in plan.rules},
    }


class _Bad(ValueError):
    pass


def _time(value: object) -> time:
    if not isinstance(value, str):
        raise _Bad(f"{value!r} is not a time like 07:30")
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{value!r} is not a time like 07:30") from None


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(f"{value!r} is not a whole number")
    return value


def _days(value: object) -> frozenset[int]:
    if not isinstance(value, list):
        raise _Bad(f"{value!r} is not a list of weekdays (0 = Monday)")
    return frozenset(_int(v) for v in value)


def _rule_from_mapping(default: ReminderRule, data: Mapping[str, Any]) -> ReminderRule:
    enabled = data.get("enabled", default.enabled)
    if not isinstance(enabled, bool):
        raise _Bad(f"'enabled' should be true or false, not {enabled!r}")
    schedule = default.schedule
    if isinstance(schedule, DailyTimes):
        times = data.get("times", [_hhmm(t) for t in schedule.times])
        if not isinstance(times, list):
            raise _Bad(f"'times' should be a list, not {times!r}")
        schedule = DailyTimes(tuple(sorted(_time(t) for t in times)), _days(data.get("days", sorted(schedule.days))))
    elif isinstance(schedule, Interval):
        schedule = Interval(
            _int(data.get("every_s", schedule.every_s)),
            _time(data.get("starts", _hhmm(schedule.starts))),
            _time(data.get("ends", _hhmm(schedule.ends))),
            _days(data.get("days", sorted(schedule.days))),
        )
    else:
        since = data.get("since", schedule.since.isoformat())
        try:
            since_date = date.fromisoformat(since) if isinstance(since, str) else None
        except ValueError:
            since_date = None
        if since_date is None:
            raise _Bad(f"'since' should be a date like 2026-11-23, not {since!r}")
        schedule = EveryMonths(
            _int(data.get("every_months", schedule.months)), _time(data.get("at", _hhmm(schedule.at))), since_date
        )
    activity = data.get("activity_s", default.activity_s)
    rule = ReminderRule(default.kind, enabled, schedule, None if activity is None else _int(activity))
    try:
        check_rule(rule)
    except ValidationError as error:
        raise _Bad(str(error)) from None
    return rule


def plan_from_mapping(data: object, today: date) -> tuple[ReminderPlan, list[str]]:
    """Read a plan, resetting what cannot be used (with a message each) and keeping unknown keys."""
    plan = default_plan(today)
    problems: list[str] = []
    if data is None:
        return plan, problems
    if not isinstance(data, Mapping):
        return plan, [f"the reminder settings are not readable ({data!r}); using the defaults"]
    known = {"quiet_starts", "quiet_ends", "snooze_s", "stockings_confirmed", "kinds"}
    plan = replace(plan, extra={k: v for k, v in data.items() if k not in known})
    try:
        plan = replace(plan, quiet_starts=_time(data.get("quiet_starts", _hhmm(plan.quiet_starts))))
    except _Bad as error:
        problems.append(f"quiet hours start: {error}; using {_hhmm(plan.quiet_starts)}")
    try:
        plan = replace(plan, quiet_ends=_time(data.get("quiet_ends", _hhmm(plan.quiet_ends))))
    except _Bad as error:
        problems.append(f"quiet hours end: {error}; using {_hhmm(plan.quiet_ends)}")
    snooze = data.get("snooze_s", plan.snooze_s)
    if snooze in SNOOZE_CHOICES_S:
        plan = replace(plan, snooze_s=snooze)
    else:
        problems.append(f"snooze: {snooze!r} seconds is not one of 5, 10 or 30 minutes; using 10 minutes")
    confirmed = data.get("stockings_confirmed", False)
    if isinstance(confirmed, bool):
        plan = replace(plan, stockings_confirmed=confirmed)
    else:
        problems.append(f"stockings_confirmed should be true or false, not {confirmed!r}; stocking reminders stay off")
    kinds = data.get("kinds", {})
    if not isinstance(kinds, Mapping):
        return plan, [*problems, "the reminder kinds are not readable; using the defaults"]
    for name, values in kinds.items():
        try:
            kind = ReminderKind(name)
        except ValueError:
            problems.append(f"unknown reminder kind {name!r} ignored")
            continue
        default = plan.rule(kind)
        try:
            if not isinstance(values, Mapping):
                raise _Bad(f"{values!r} is not a set of values")
            plan = plan.with_rule(_rule_from_mapping(default, values))
        except _Bad as error:
            # Keep the person's on/off choice when it is readable: a bad time must not switch a reminder on.
            enabled = values.get("enabled") if isinstance(values, Mapping) else None
            if isinstance(enabled, bool):
                plan = plan.with_rule(replace(default, enabled=enabled))
            problems.append(f"{kind.value}: {error}; using the default schedule")
    return plan, problems
