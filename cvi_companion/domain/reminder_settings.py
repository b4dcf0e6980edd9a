"""The reminder plan in the settings file: plain JSON values, durations in whole seconds, read leniently.

A kind whose values cannot be used falls back to its default with a message; the other kinds are kept. The
messages are phrases (domain.text) like the other settings problems: the key names and the values as the file
has them are fields, kept verbatim; `str(problem)` is the English the terminal prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from typing import Any

from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.insights_values import Joined
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
from cvi_companion.domain.text import Phrase, translate


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
    """A value that cannot be used; `problem` says why (a phrase, or the rule's own problems joined)."""

    def __init__(self, problem: Phrase | Joined) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _not_a_time(value: object) -> _Bad:
    return _Bad(translate("Settings", "{value} is not a time like 07:30", value=repr(value)))


def _time(value: object) -> time:
    if not isinstance(value, str):
        raise _not_a_time(value)
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise _not_a_time(value) from None


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(translate("Settings", "{value} is not a whole number", value=repr(value)))
    return value


def _days(value: object) -> frozenset[int]:
    if not isinstance(value, list):
        raise _Bad(translate("Settings", "{value} is not a list of weekdays (0 = Monday)", value=repr(value)))
    return frozenset(_int(v) for v in value)


def _rule_from_mapping(default: ReminderRule, data: Mapping[str, Any]) -> ReminderRule:
    enabled = data.get("enabled", default.enabled)
    if not isinstance(enabled, bool):
        raise _Bad(
            translate("Settings", "'{key}' should be true or false, not {value}", key="enabled", value=repr(enabled))
        )
    schedule = default.schedule
    if isinstance(schedule, DailyTimes):
        times = data.get("times", [_hhmm(t) for t in schedule.times])
        if not isinstance(times, list):
            raise _Bad(translate("Settings", "'{key}' should be a list, not {value}", key="times", value=repr(times)))
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
            raise _Bad(
                translate(
                    "Settings", "'{key}' should be a date like 2026-11-23, not {value}", key="since", value=repr(since)
                )
            )
        schedule = EveryMonths(
            _int(data.get("every_months", schedule.months)), _time(data.get("at", _hhmm(schedule.at))), since_date
        )
    activity = data.get("activity_s", default.activity_s)
    rule = ReminderRule(default.kind, enabled, schedule, None if activity is None else _int(activity))
    try:
        check_rule(rule)
    except ValidationError as error:
        # The rule's own problems, each a phrase already (context "Problems"), joined as the English always was.
        raise _Bad(Joined([problem.phrase for problem in error.problems], "; ")) from None
    return rule


def plan_from_mapping(data: object, today: date) -> tuple[ReminderPlan, list[Phrase]]:
    """Read a plan, resetting what cannot be used (with a message each) and keeping unknown keys."""
    plan = default_plan(today)
    problems: list[Phrase] = []
    if data is None:
        return plan, problems
    if not isinstance(data, Mapping):
        unreadable = translate(
            "Settings", "the reminder settings are not readable ({value}); using the defaults", value=repr(data)
        )
        return plan, [unreadable]
    known = {"quiet_starts", "quiet_ends", "snooze_s", "stockings_confirmed", "kinds"}
    plan = replace(plan, extra={k: v for k, v in data.items() if k not in known})
    try:
        plan = replace(plan, quiet_starts=_time(data.get("quiet_starts", _hhmm(plan.quiet_starts))))
    except _Bad as error:
        problems.append(
            translate(
                "Settings",
                "quiet hours start: {problem}; using {default}",
                problem=error.problem,
                default=_hhmm(plan.quiet_starts),
            )
        )
    try:
        plan = replace(plan, quiet_ends=_time(data.get("quiet_ends", _hhmm(plan.quiet_ends))))
    except _Bad as error:
        problems.append(
            translate(
                "Settings",
                "quiet hours end: {problem}; using {default}",
                problem=error.problem,
                default=_hhmm(plan.quiet_ends),
            )
        )
    snooze = data.get("snooze_s", plan.snooze_s)
    if snooze in SNOOZE_CHOICES_S:
        plan = replace(plan, snooze_s=snooze)
    else:
        problems.append(
            translate(
                "Settings",
                "snooze: {value} seconds is not one of 5, 10 or 30 minutes; using 10 minutes",
                value=repr(snooze),
            )
        )
    confirmed = data.get("stockings_confirmed", False)
    if isinstance(confirmed, bool):
        plan = replace(plan, stockings_confirmed=confirmed)
    else:
        problems.append(
            translate(
                "Settings",
                "{key} should be true or false, not {value}; stocking reminders stay off",
                key="stockings_confirmed",
                value=repr(confirmed),
            )
        )
    kinds = data.get("kinds", {})
    if not isinstance(kinds, Mapping):
        return plan, [*problems, translate("Settings", "the reminder kinds are not readable; using the defaults")]
    for name, values in kinds.items():
        try:
            kind = ReminderKind(name)
        except ValueError:
            problems.append(translate("Settings", "unknown reminder kind {name} ignored", name=repr(name)))
            continue
        default = plan.rule(kind)
        try:
            if not isinstance(values, Mapping):
                raise _Bad(translate("Settings", "{value} is not a set of values", value=repr(values)))
            plan = plan.with_rule(_rule_from_mapping(default, values))
        except _Bad as error:
            # Keep the person's on/off choice when it is readable: a bad time must not switch a reminder on.
            enabled = values.get("enabled") if isinstance(values, Mapping) else None
            if isinstance(enabled, bool):
                plan = plan.with_rule(replace(default, enabled=enabled))
            problems.append(
                translate(
                    "Settings",
                    "{kind}: {problem}; using the default schedule",
                    kind=kind.value,
                    problem=error.problem,
                )
            )
    return plan, problems
