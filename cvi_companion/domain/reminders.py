"""Reminder kinds, their schedules and the defaults the clinical sources support (research Part B.5)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time
from enum import StrEnum

from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.text import QT_TRANSLATE_NOOP

EVERY_DAY: frozenset[int] = frozenset(range(7))  # date.weekday(): 0 = Monday
WEEKDAYS: frozenset[int] = frozenset(range(5))
MIN_INTERVAL_S = 15 * 60
MAX_INTERVAL_S = 120 * 60
SNOOZE_CHOICES_S: tuple[int, ...] = (5 * 60, 10 * 60, 30 * 60)


class ReminderKind(StrEnum):
    """What a reminder asks the person to do."""

    ELEVATION = "elevation"
    WALKING = "walking"
    STOCKINGS_ON = "stockings-on"
    STOCKINGS_OFF = "stockings-off"
    BEDTIME_STRETCH = "bedtime-stretch"
    MORNING_CHECK_IN = "morning-check-in"
    STOCKING_REPLACEMENT = "stocking-replacement"


# Shown in the GUI through cvi_companion.ui.i18n.label("Reminders", ...); the CLI prints the English as is.
KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.ELEVATION: QT_TRANSLATE_NOOP("Reminders", "Raise your legs"),
    ReminderKind.WALKING: QT_TRANSLATE_NOOP("Reminders", "Walking break"),
    ReminderKind.STOCKINGS_ON: QT_TRANSLATE_NOOP("Reminders", "Put your stockings on"),
    ReminderKind.STOCKINGS_OFF: QT_TRANSLATE_NOOP("Reminders", "Take your stockings off"),
    ReminderKind.BEDTIME_STRETCH: QT_TRANSLATE_NOOP("Reminders", "Bedtime calf stretch"),
    ReminderKind.MORNING_CHECK_IN: QT_TRANSLATE_NOOP("Reminders", "Any cramps last night?"),
    ReminderKind.STOCKING_REPLACEMENT: QT_TRANSLATE_NOOP("Reminders", "Time for new stockings"),
}

# What to do and why, in one calm line per kind. Advice, never a diagnosis or a prescription.
KIND_ADVICE: dict[ReminderKind, str] = {
    ReminderKind.ELEVATION: QT_TRANSLATE_NOOP(
        "Reminders",
        "Lie back with your feet above the level of your heart for 30 minutes: "
        "it helps blood flow back from your legs.",
    ),
    ReminderKind.WALKING: QT_TRANSLATE_NOOP(
        "Reminders",
        "Stand up and walk for a few minutes, or do 10 ankle pumps and 10 calf raises: "
        "your calf muscles pump blood upward.",
    ),
    ReminderKind.STOCKINGS_ON: QT_TRANSLATE_NOOP(
        "Reminders", "Put your compression stockings on before your legs swell."
    ),
    ReminderKind.STOCKINGS_OFF: QT_TRANSLATE_NOOP(
        "Reminders", "Take your stockings off for the night, unless your clinician told you to keep them on."
    ),
    ReminderKind.BEDTIME_STRETCH: QT_TRANSLATE_NOOP("Reminders", "Stretch your calves for a few minutes before bed."),
    ReminderKind.MORNING_CHECK_IN: QT_TRANSLATE_NOOP("Reminders", "Any leg cramps last night?"),
    ReminderKind.STOCKING_REPLACEMENT: QT_TRANSLATE_NOOP(
        "Reminders", "Compression stockings lose their stretch: time to replace them or book a re-measure."
    ),
}

# Kinds that only make sense once a clinician has recommended compression (it is unsafe with arterial disease).
STOCKING_KINDS = frozenset({ReminderKind.STOCKINGS_ON, ReminderKind.STOCKINGS_OFF, ReminderKind.STOCKING_REPLACEMENT})


@dataclass(frozen=True, slots=True)
class DailyTimes:
    """Fixed local times on chosen days of the week."""

    times: tuple[time, ...]
    days: frozenset[int] = EVERY_DAY


@dataclass(frozen=True, slots=True)
class Interval:
    """Every `every_s` seconds within a daily window [starts, ends) on chosen days."""

    every_s: int
    starts: time
    ends: time
    days: frozenset[int] = WEEKDAYS


@dataclass(frozen=True, slots=True)
class EveryMonths:
    """Every `months` calendar months from `since`, at a local time (e.g. replacing stockings)."""

    months: int
    at: time
    since: date


Schedule = DailyTimes | Interval | EveryMonths


@dataclass(frozen=True, slots=True)
class ReminderRule:
    """One kind of reminder: whether it is on, when, and how long the activity takes (seconds)."""

    kind: ReminderKind
    enabled: bool
    schedule: Schedule
    activity_s: int | None = None


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """All reminder rules plus the quiet hours and the default snooze."""

    rules: tuple[ReminderRule, ...]
    quiet_starts: time = time(22, 30)
    quiet_ends: time = time(7, 0)
    snooze_s: int = 10 * 60
    # Stocking reminders stay off until the person confirms a clinician recommended compression.
    stockings_confirmed: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def rule(self, kind: ReminderKind) -> ReminderRule:
        """The rule for one kind."""
        return next(r for r in self.rules if r.kind is kind)

    def active_rules(self) -> tuple[ReminderRule, ...]:
        """Rules that are switched on and allowed (stocking kinds need the clinician confirmation)."""
        return tuple(r for r in self.rules if r.enabled and (self.stockings_confirmed or r.kind not in STOCKING_KINDS))

    def with_rule(self, rule: ReminderRule) -> ReminderPlan:
        """A copy with one kind's rule replaced."""
        return replace(self, rules=tuple(rule if r.kind is rule.kind else r for r in self.rules))


def default_plan(today: date) -> ReminderPlan:
    """The default plan.

    Elevation three times a day, walking breaks on weekdays, stockings morning and night (off until a
    clinician's recommendation is confirmed), and the optional kinds switched off.
    """
    return ReminderPlan(
        rules=(
            ReminderRule(ReminderKind.ELEVATION, True, DailyTimes((time(11, 0), time(15, 0), time(19, 30))), 30 * 60),
            ReminderRule(ReminderKind.WALKING, True, Interval(30 * 60, time(9, 0), time(18, 0)), 3 * 60),
            ReminderRule(ReminderKind.STOCKINGS_ON, True, DailyTimes((time(7, 30),))),
            ReminderRule(ReminderKind.STOCKINGS_OFF, True, DailyTimes((time(22, 0),))),
            ReminderRule(ReminderKind.BEDTIME_STRETCH, False, DailyTimes((time(21, 45),)), 5 * 60),
            ReminderRule(ReminderKind.MORNING_CHECK_IN, False, DailyTimes((time(8, 0),))),
            ReminderRule(ReminderKind.STOCKING_REPLACEMENT, False, EveryMonths(3, time(10, 0), today)),
        )
    )


def check_rule(rule: ReminderRule) -> None:
    """Reject a rule that cannot be scheduled, with a message for the person."""
    problems: list[FieldProblem] = []
    schedule = rule.schedule
    if isinstance(schedule, DailyTimes):
        if rule.enabled and not schedule.times:
            problems.append(FieldProblem("times", QT_TRANSLATE_NOOP("Problems", "add at least one time of day")))
        if len(set(schedule.times)) != len(schedule.times):
            problems.append(FieldProblem("times", QT_TRANSLATE_NOOP("Problems", "the same time is listed twice")))
    elif isinstance(schedule, Interval):
        if not MIN_INTERVAL_S <= schedule.every_s <= MAX_INTERVAL_S:
            problems.append(
                FieldProblem("every", QT_TRANSLATE_NOOP("Problems", "choose an interval from 15 to 120 minutes"))
            )
        if schedule.starts >= schedule.ends:
            problems.append(
                FieldProblem("window", QT_TRANSLATE_NOOP("Problems", "the active hours must end after they start"))
            )
    elif not 1 <= schedule.months <= 24:
        problems.append(FieldProblem("months", QT_TRANSLATE_NOOP("Problems", "choose from 1 to 24 months")))
    days = schedule.days if not isinstance(schedule, EveryMonths) else EVERY_DAY
    if rule.enabled and not days:
        problems.append(FieldProblem("days", QT_TRANSLATE_NOOP("Problems", "choose at least one day of the week")))
    if not days <= EVERY_DAY:
        problems.append(
            FieldProblem(
                "days", QT_TRANSLATE_NOOP("Problems", "days of the week are numbered 0 (Monday) to 6 (Sunday)")
            )
        )
    if problems:
        raise ValidationError(problems)
