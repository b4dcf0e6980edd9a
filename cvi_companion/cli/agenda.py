"""`cvi-companion agenda`: the coming reminders, from the same domain code the app schedules with."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta, tzinfo
from typing import IO

from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.reminder_schedule import Occurrence, occurrences
from cvi_companion.domain.reminders import KIND_LABELS, ReminderPlan
from cvi_companion.domain.when import parse_when
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.settings_store import SettingsStore

MAX_DAYS = 366


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise UsageError(f"{PROG} agenda: --days: '{text}' is not a whole number") from None
    if not 1 <= days <= MAX_DAYS:
        raise UsageError(f"{PROG} agenda: --days: choose from 1 to {MAX_DAYS}")
    return days


def _line(occurrence: Occurrence, plan: ReminderPlan) -> str:
    label = KIND_LABELS[occurrence.kind]
    activity = plan.rule(occurrence.kind).activity_s
    if activity:
        label += f" ({activity // 60} min)"
    return f"  {occurrence.local.strftime('%H:%M')}  {label}"


def cmd_agenda(args: argparse.Namespace, out: IO[str], now: datetime, tz: tzinfo) -> int:
    """Print the reminders due from a moment on, for a number of days, as a table or JSON."""
    days = _days(args.days)
    try:
        start = parse_when(args.start, now, tz) if args.start else now.astimezone(tz)
    except ValidationError as error:
        raise UsageError(f"{PROG} agenda: --from: {error}") from None
    read = SettingsStore(resolve_paths(args.data_dir).settings_path).load()
    for problem in read.problems:
        sys.stderr.write(f"{PROG} agenda: note: {problem}\n")
    plan = read.settings.reminders
    # Start one second early so a reminder due exactly at --from is included.
    found = occurrences(plan, start - timedelta(seconds=1), start + timedelta(days=days), tz)
    if args.format == "json":
        rows = [
            {
                "kind": o.kind.value,
                "key": o.key,
                "due": o.local.isoformat(timespec="minutes"),
                "label": KIND_LABELS[o.kind],
            }
            for o in found
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not found:
        out.write("No reminders in this period.\n")
    day = None
    for occurrence in found:
        if occurrence.local.date() != day:
            day = occurrence.local.date()
            out.write(f"{occurrence.local.strftime('%a %d %b %Y')}\n")
        out.write(_line(occurrence, plan) + "\n")
    return 0
