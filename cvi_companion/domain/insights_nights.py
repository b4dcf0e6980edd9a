"""Insights, part one: the range of nights, its weeks, and which nights had cramps, none, or no record.

Every date here is a night named as in `domain.cramps.night_of` (04:00 to 04:00 of the wall clock where the
cramp happened), and every step from one night to the next is a calendar day, never 24 hours of UTC, so a
range across a daylight-saving change neither loses nor doubles a night.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple, Protocol

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, Location, Side, night_before

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ONE_DAY = timedelta(days=1)


class CrampLike(Protocol):
    """What the insights read of a cramp; `CrampEntry` and the lighter `CrampPoint` both fit."""

    @property
    def started_at(self) -> datetime:
        """Aware start, in the UTC offset where it happened (its wall clock decides night and hour)."""

    @property
    def side(self) -> Side:
        """Which leg."""

    @property
    def locations(self) -> tuple[Location, ...]:
        """Where in the leg."""

    @property
    def intensity(self) -> int | None:
        """0 to 10, or None when not rated."""


class CrampPoint(NamedTuple):
    """Just the fields the insights need, so storage can read a long range without building whole entries."""

    started_at: datetime
    side: Side
    locations: tuple[Location, ...]
    intensity: int | None


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
            night += _ONE_DAY


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
        first = _months_back(last, 3) + _ONE_DAY
    elif period is Period.LAST_YEAR:
        first = _months_back(last, 12) + _ONE_DAY
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
    return day - _ONE_DAY if local.hour < NIGHT_BOUNDARY_HOUR else day


NightWindow = tuple[time, time]


@dataclass(frozen=True, slots=True)
class NightLog:
    """The cramps of a range sorted into nights: the shared first step of every statistic.

    `cramps`, `nights`, `week_of` (index into `weeks`) and `at_night` run in parallel. A cramp outside the
    night window (when one is given) keeps its date (`night_of`) for the weekly counts but neither marks a
    night as a cramp night nor gives it data. A logged night cramp wins over a cramp-free report for the same
    night.
    """

    range: NightRange
    weeks: tuple[Week, ...]
    cramps: tuple[CrampLike, ...]
    nights: tuple[date, ...]
    week_of: tuple[int, ...]
    at_night: tuple[bool, ...]
    cramp_nights: Mapping[date, int]
    free_nights: frozenset[date]
    overridden: frozenset[date]

    def has_data(self, night: date) -> bool:
        """Whether the night had a night cramp logged or was reported cramp-free."""
        return night in self.cramp_nights or night in self.free_nights

    @property
    def daytime(self) -> int:
        """Cramps in range that started outside the night window."""
        return self.at_night.count(False)


def night_log(
    nights: NightRange,
    cramps: Iterable[CrampLike],
    cramp_free: Iterable[date],
    night_window: NightWindow | None = None,
    first_weekday: int = 0,
) -> NightLog:
    """Sort cramps into the nights of the range; entries outside it are dropped.

    Args:
        nights: The range.
        cramps: Entries (any order; others outside the range are ignored).
        cramp_free: Nights reported cramp-free (outside the range ignored).
        night_window: The settings' night hours (start, end); None counts every cramp as a night cramp.
        first_weekday: The day weeks start on (`date.weekday()`; 0, Monday, by default).
    """
    kept: list[CrampLike] = []
    named: list[date] = []
    flags: list[bool] = []
    per_night: dict[date, int] = {}
    first, last = nights.first, nights.last
    starts, ends = night_window or (time(0), time(0))
    wraps = ends < starts
    for cramp in cramps:
        started = cramp.started_at
        night = night_for(started)
        if not first <= night <= last:
            continue
        if night_window is None:
            inside = True
        else:
            # domain.cramps.is_night, inlined: this loop runs once per entry of the range.
            local = started.time()
            inside = (local >= starts or local < ends) if wraps else starts <= local < ends
        kept.append(cramp)
        named.append(night)
        flags.append(inside)
        if inside:
            per_night[night] = per_night.get(night, 0) + 1
    reported = {night for night in cramp_free if night in nights}
    weeks = weeks_of(nights, first_weekday)
    monday = weeks[0].start
    return NightLog(
        range=nights,
        weeks=weeks,
        cramps=tuple(kept),
        nights=tuple(named),
        week_of=tuple((night - monday).days // 7 for night in named),
        at_night=tuple(flags),
        cramp_nights=per_night,
        free_nights=frozenset(reported - per_night.keys()),
        overridden=frozenset(reported & per_night.keys()),
    )


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Cramps per week: all of them, and how many of those were outside the night window."""

    week: Week
    cramps: int
    daytime: int


def cramps_per_week(log: NightLog) -> tuple[WeekCount, ...]:
    """Cramps logged per ISO week of the range (by the night each belongs to)."""
    totals = [0] * len(log.weeks)
    daytime = [0] * len(log.weeks)
    for index, inside in zip(log.week_of, log.at_night, strict=True):
        totals[index] += 1
        daytime[index] += not inside
    return tuple(WeekCount(w, t, d) for w, t, d in zip(log.weeks, totals, daytime, strict=True))


@dataclass(frozen=True, slots=True)
class NightShare:
    """Nights with a cramp among nights with data; unknown nights are counted apart, never as good."""

    nights: int
    with_cramp: int
    cramp_free: int
    overridden: int

    @property
    def with_data(self) -> int:
        """Nights with a night cramp or a cramp-free report."""
        return self.with_cramp + self.cramp_free

    @property
    def unknown(self) -> int:
        """Nights with neither."""
        return self.nights - self.with_data

    @property
    def share(self) -> float | None:
        """Nights with a cramp as a share of nights with data, or None when no night has data."""
        return self.with_cramp / self.with_data if self.with_data else None


def night_share(log: NightLog) -> NightShare:
    """How many nights of the range had a cramp, were reported cramp-free, or are unknown."""
    return NightShare(log.range.count, len(log.cramp_nights), len(log.free_nights), len(log.overridden))


@dataclass(frozen=True, slots=True)
class FreeRun:
    """The longest run of consecutive nights reported cramp-free (the most recent one on a tie)."""

    first: date
    last: date

    @property
    def nights(self) -> int:
        """Length of the run."""
        return (self.last - self.first).days + 1


def longest_cramp_free_run(log: NightLog) -> FreeRun | None:
    """Longest run of reported cramp-free nights; a cramp night or an unknown night ends a run."""
    best: FreeRun | None = None
    start: date | None = None
    for night in log.range.nights():
        if night in log.free_nights:
            start = start or night
            if best is None or (night - start).days + 1 >= best.nights:
                best = FreeRun(start, night)
        else:
            start = None
    return best
