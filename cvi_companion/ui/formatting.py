"""How entries read on screen: dates, durations, sides and places in short plain words."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from cvi_companion.domain.cramps import (
    LOCATION_LABELS,
    RELIEF_LABELS,
    SIDE_LABELS,
    CrampEntry,
    Location,
    Relief,
    Side,
)

# Day and month names are spelled out here rather than taken from the C library's locale (which Qt switches
# to the system's language) so dates match the rest of the still-untranslated English interface.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# What each quick duration choice stands for, in seconds: a representative middle of the range.
DURATION_CHOICES: tuple[tuple[str, int], ...] = (
    ("Under 1 min", 30),
    ("1–5 min", 180),
    ("5–10 min", 450),
    ("Over 10 min", 900),
)


def day_text(day: date) -> str:
    """Format like "Mon 23 Nov"."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def full_day_text(day: date) -> str:
    """Format like "Mon 23 Nov 2026"."""
    return f"{day_text(day)} {day.year}"


def clock_text(moment: datetime) -> str:
    """Format like "03:10" in the moment's own wall-clock time."""
    return moment.strftime("%H:%M")


def started_text(moment: datetime) -> str:
    """Format like "Mon 23 Nov 2026 03:10": the local date and time as recorded."""
    return f"{full_day_text(moment.date())} {clock_text(moment)}"


def duration_text(seconds: int | None) -> str:
    """Format like "45 s", "3 min", "1 h 5 min", or "" when not recorded."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 10 and rest:
        return f"{minutes} min {rest} s"
    if rest >= 30:
        minutes += 1
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def side_text(side: Side) -> str:
    """Format like "Left", "Right" or "Both"."""
    return SIDE_LABELS[side]


def locations_text(locations: Iterable[Location]) -> str:
    """Format like "Calf, foot"."""
    names = [LOCATION_LABELS[loc] for loc in locations]
    if not names:
        return ""
    return ", ".join([names[0], *(name.lower() for name in names[1:])])


def helped_text(helped: Iterable[Relief]) -> str:
    """Format like "Walking, heat"."""
    names = [RELIEF_LABELS[item] for item in helped]
    if not names:
        return ""
    return ", ".join([names[0], *(name[0].lower() + name[1:] for name in names[1:])])


def where_phrase(entry: CrampEntry) -> str:
    """Format like "left calf", "right calf and foot", "calf, both legs": for sentences about one entry."""
    places = [LOCATION_LABELS[loc].lower() for loc in entry.locations]
    where = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
    if entry.side is Side.BOTH:
        return f"{where}, both legs"
    return f"{entry.side.value} {where}"


def first_line(text: str, limit: int = 80) -> str:
    """The first line of a note, shortened with an ellipsis if long."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def count_text(count: int, one: str = "entry", many: str = "entries") -> str:
    """Format like "1 entry", "1,234 entries"."""
    return f"{count:,} {one if count == 1 else many}"


def snooze_text(seconds: int) -> str:
    """A snooze length, like "10 min"."""
    return f"{seconds // 60} min"
