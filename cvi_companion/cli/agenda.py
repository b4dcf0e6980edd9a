"""`cvi-companion agenda`: the coming reminders, from the same domain code the app schedules with (or --ics)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO

from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.reminder_schedule import Occurrence, occurrences
from cvi_companion.domain.reminders import KIND_LABELS, ReminderPlan
from cvi_companion.domain.when import parse_when
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.settings_store import SettingsStore

MAX_DAYS = 366
FIRST_YEAR = 1900
LAST_YEAR = 9000


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


def _ics_target(args: argparse.Namespace) -> Path | None:
    """Check the --ics options; the file to write, or None for standard output."""
    if args.format is not None:
        raise UsageError(f"{PROG} agenda: --ics writes iCalendar, so it cannot be combined with --format {args.format}")
    if args.days is not None:
        raise UsageError(f"{PROG} agenda: --ics writes recurring events, so --days does not apply")
    if not args.output:
        raise UsageError(f"{PROG} agenda: --ics needs -o FILE (or -o - for standard output)")
    if args.output == "-":
        return None
    target = Path(args.output).expanduser()
    if resolve_paths(args.data_dir).is_own_file(target):
        raise UsageError(f"{PROG} agenda: -o: '{args.output}' is one of the app's own files; choose another name")
    if target.is_dir():
        raise UsageError(f"{PROG} agenda: -o: '{args.output}' is a folder; give a file name")
    if not target.parent.is_dir():
        raise UsageError(f"{PROG} agenda: -o: the folder '{target.parent}' does not exist")
    return target


def _write_ics(
    plan: ReminderPlan, start: datetime, tz: tzinfo, now: datetime, target: Path | None, out: IO[str]
) -> int:
    from cvi_companion.cli.ics import build_calendar
    from cvi_companion.storage.atomic import write_text_atomic

    made = build_calendar(plan, start, tz, now)
    if made.in_utc:
        sys.stderr.write(
            f"{PROG} agenda: note: the local time zone has no IANA name (set TZ, e.g. TZ=Europe/Berlin), "
            "so times are written in UTC and will not follow clock changes\n"
        )
    if target is None:
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            # Bytes, so a text stream cannot turn the CRLF line ends into CR CR LF (Windows).
            out.flush()
            buffer.write(made.text.encode("utf-8"))
            buffer.flush()
        else:
            out.write(made.text)
    else:
        write_text_atomic(target, made.text, f"write {target}")
    where = "standard output" if target is None else str(target)
    sys.stderr.write(f"Wrote {made.events} {'reminder' if made.events == 1 else 'reminders'} to {where}\n")
    return 0


def cmd_agenda(args: argparse.Namespace, out: IO[str], now: datetime, tz: tzinfo) -> int:
    """Print the reminders due from a moment on, for a number of days, as a table or JSON (or write --ics)."""
    if args.ics:
        target = _ics_target(args)
    elif args.output:
        raise UsageError(f"{PROG} agenda: -o is only used with --ics")
    days = _days(args.days or "1")
    try:
        start = parse_when(args.start, now, tz) if args.start else now.astimezone(tz)
    except ValidationError as error:
        raise UsageError(f"{PROG} agenda: --from: {error}") from None
    if not FIRST_YEAR <= start.year <= LAST_YEAR:
        # The schedule maths steps days past the start (and before it, for the time zone): keep clear of year 1/9999.
        raise UsageError(f"{PROG} agenda: --from: choose a date between the years {FIRST_YEAR} and {LAST_YEAR}")
    read = SettingsStore(resolve_paths(args.data_dir).settings_path).load()
    for problem in read.problems:
        sys.stderr.write(f"{PROG} agenda: note: {problem}\n")
    plan = read.settings.reminders
    if args.ics:
        return _write_ics(plan, start, tz, now, target, out)
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
