"""Insights, the ground: the range of nights a statistic covers, the night of a moment, and the weeks.

Every date here is a night named as in `domain.cramps.night_of` (04:00 to 04:00 of the wall clock where the
cramp happened), and every step from one night to the next is a calendar day, never 24 hours of UTC, so a
range across a daylight-saving change neither loses nor doubles a night.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, night_before

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ONE_DAY = timedelta(days=1)

NightWindow = tuple[time, time]


class Period(StrEnum):
    """The ranges the Insights tab offers."""

    LAST_4_WEEKS = "4w"
    LAST_3_MONTHS = "3m"
    LAST_YEAR = "1y"
    ALL_TIME = "all"


@dataclass(frozen=True, slots=True)
class NightRange:
    """Nights from `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the range ends ({self.last}) before it starts ({self.first})")

    @property
    def count(self) -> int:
        """How many nights the range holds."""
        return (self.last - self.first).days + 1

    def __contains__(self, night: object) -> bool:
        return isinstance(night, date) and self.first <= night <= self.last

    def nights(self) -> Iterator[date]:
        """Every night of the range, oldest first."""
        night = self.first
        while night <= self.last:
            yield night
            night += ONE_DAY


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    # 31 May minus three months is the last day of February, not an error.
    for last_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def range_for(period: Period, now: datetime, tz: tzinfo, earliest: date | None = None) -> NightRange:
    """The nights a period covers, ending with the last night that has ended by `now` in zone `tz`.

    At 02:00 the night in progress is not included yet; at 08:00 it is. `earliest` (the first night with
    any data) starts the all-time range; without it the all-time range is just the last night.
    """
    last = night_before(now.astimezone(tz))
    if period is Period.LAST_4_WEEKS:
        first = last - timedelta(days=27)
    elif period is Period.LAST_3_MONTHS:
        first = _months_back(last, 3) + ONE_DAY
    elif period is Period.LAST_YEAR:
        first = _months_back(last, 12) + ONE_DAY
    else:
        first = min(earliest, last) if earliest else last
    return NightRange(first, last)


def day_label(day: date, *, with_year: bool = False) -> str:
    """A date as "23 Nov" or "23 Nov 2026" (fixed English month names: the same in every locale)."""
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


@dataclass(frozen=True, slots=True)
class Week:
    """One week (Monday to Sunday, or from another first weekday) as far as it lies inside the range."""

    start: date
    first: date
    last: date

    @property
    def monday(self) -> date:
        """The first day of the whole week (a Monday unless the weeks start on another day)."""
        return self.start

    @property
    def partial(self) -> bool:
        """Whether the range cuts the week (its first or last week)."""
        return self.first != self.start or self.last != self.start + timedelta(days=6)

    @property
    def nights(self) -> int:
        """Nights of the week inside the range."""
        return (self.last - self.first).days + 1

    @property
    def number(self) -> tuple[int, int]:
        """(ISO week number, ISO year) of the Monday inside the week."""
        monday = self.start + timedelta(days=(7 - self.start.weekday()) % 7)
        year, week, _ = monday.isocalendar()
        return week, year

    @property
    def label(self) -> str:
        """Short label for a chart axis: "2026-W48", with an asterisk when the week is partial."""
        week, year = self.number
        return f"{year}-W{week:02d}{'*' if self.partial else ''}"

    @property
    def long_label(self) -> str:
        """Label for text and tables: "Week 48 of 2026, 23 Nov – 29 Nov", plus the part-week note."""
        week, year = self.number
        text = f"Week {week} of {year}, {day_label(self.first)} – {day_label(self.last)}"
        return f"{text} (part week, {self.nights} of 7 nights)" if self.partial else text


def weeks_of(nights: NightRange, first_weekday: int = 0) -> tuple[Week, ...]:
    """The weeks the range touches, oldest first; the first and last may be partial.

    `first_weekday` is the day weeks start on, as `date.weekday()` (0 Monday, the ISO week; 6 Sunday).
    """
    start = nights.first - timedelta(days=(nights.first.weekday() - first_weekday) % 7)
    out = []
    while start <= nights.last:
        end = start + timedelta(days=6)
        out.append(Week(start, max(start, nights.first), min(end, nights.last)))
        start += timedelta(days=7)
    return tuple(out)


def night_for(local: datetime) -> date:
    """The night of a local time, exactly as `domain.cramps.night_of`.

    It skips the datetime arithmetic: a long range calls it once per entry and once per reminder.
    """
    day = local.date()
    return day - ONE_DAY if local.hour < NIGHT_BOUNDARY_HOUR else day
