"""Turning what a person types or picks ("03:10", "last night", an ISO time) into aware datetimes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cvi_companion.domain.errors import FieldProblem, ValidationError

_CLOCK = re.compile(r"^(\d{1,2})[:.h](\d{2})$")
_FIRST_DAY = date.min + timedelta(days=366)
_LAST_DAY = date.max - timedelta(days=366)


def localize(naive: datetime, tz: tzinfo, *, fold: int = 0) -> datetime:
    """Attach a zone to a wall-clock time; a time skipped by a DST change moves forward past the gap."""
    aware = naive.replace(tzinfo=tz, fold=fold)
    # Round-tripping through UTC turns a non-existent wall time (inside the spring gap) into a real one.
    return aware.astimezone(UTC).astimezone(tz)


def most_recent(now: datetime, clock: time, tz: tzinfo) -> datetime:
    """The latest moment at or before `now` whose local wall clock reads `clock` (e.g. 03:00 -> last night)."""
    local_now = now.astimezone(tz)
    limit = now.timestamp()
    candidates: list[datetime] = []
    for days_back in (0, 1, 2):
        day = local_now.date() - timedelta(days=days_back)
        for fold in (0, 1):
            candidate = localize(datetime.combine(day, clock), tz, fold=fold)
            if candidate.timestamp() <= limit:
                candidates.append(candidate)
    # Compare instants, not wall clocks: same-zone datetime comparison ignores `fold` in the repeated hour.
    return max(candidates, key=lambda moment: moment.timestamp())


def parse_clock(text: str) -> time:
    """Parse "HH:MM" (also "H:MM", "HH.MM", "HHhMM") into a time of day."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise ValidationError([FieldProblem("at", f"'{text}' is not a time like 03:15")])
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError([FieldProblem("at", f"'{text}' is not a time of day (00:00 to 23:59)")])
    return time(hour, minute)


def parse_when(text: str, now: datetime, tz: tzinfo) -> datetime:
    """Parse "now", "HH:MM" (the most recent such time) or an ISO-8601 date-time (local if no offset)."""
    value = text.strip()
    if not value:
        raise ValidationError([FieldProblem("at", "the time is empty")])
    if value.lower() == "now":
        return now.astimezone(tz)
    if _CLOCK.match(value):
        return most_recent(now, parse_clock(value), tz)
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if " " in value else value)
    except ValueError:
        raise ValidationError(
            [FieldProblem("at", f"'{text}' is not a time: use HH:MM or a date and time like 2026-11-20T03:15")]
        ) from None
    if "T" not in value and " " not in value:
        raise ValidationError([FieldProblem("at", f"'{text}' has a date but no time of day")])
    if parsed.tzinfo is None:
        try:
            return localize(parsed, tz)
        except OverflowError:  # year 1 or 9999 pushed past the calendar's end by the zone's offset
            raise ValidationError([FieldProblem("at", f"'{text}' is too far in the past or future")]) from None
    return parsed


def parse_date(text: str, field: str) -> date:
    """Parse an ISO date (YYYY-MM-DD) for range options."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError([FieldProblem(field, f"'{text}' is not a date like 2026-11-01")]) from None
    if not _FIRST_DAY <= day <= _LAST_DAY:
        # A range is widened by a day or a few weeks; year 1 or 9999 would then leave the calendar.
        raise ValidationError([FieldProblem(field, f"'{text}' is too far in the past or future")])
    return day
