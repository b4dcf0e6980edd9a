"""Reminder occurrences for the reminder-window tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from cvi_companion.domain.reminder_schedule import Occurrence, occurrences
from cvi_companion.domain.reminders import ReminderKind, ReminderPlan
from cvi_companion.services.reminder_service import ReminderService


def occurrence_of(reminders: ReminderService, kind: ReminderKind, plan: ReminderPlan | None = None) -> Occurrence:
    """The first occurrence of a kind from Monday 23 November 2026 on (every kind switched on)."""
    plan = plan or reminders.plan
    for rule in plan.rules:
        plan = plan.with_rule(type(rule)(rule.kind, True, rule.schedule, rule.activity_s))
    plan = replace(plan, stockings_confirmed=True)
    start = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    found = occurrences(plan, start, start + timedelta(days=200), reminders.clock.tz)
    return next(o for o in found if o.kind is kind)
