"""Insights, part one: the cramps of a range, which nights had cramps, none, or no record, and each week's count.

The cramps are first reduced to a `CrampTally`: the start of each as wall-clock text, sorted, beside its
intensity, and counts of everything else. ISO text sorts in time order, so the cramps of a night, of a week
or of the night window within a night are a slice found by bisection: a year of a large log costs a few
thousand look-ups instead of a pass over every entry per statistic. `storage.insight_data` builds the same
tally straight from the log's columns; `tally` builds it from entries.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple, Protocol

from cvi_companion.domain.cramps import NIGHT_BOUNDARY_HOUR, Location, Side
from cvi_companion.domain.insights_range import NightRange, NightWindow, Week, night_for, weeks_of

_DAY_US = 86_400_000_000
_BOUNDARY_US = NIGHT_BOUNDARY_HOUR * 3_600_000_000
# What follows a night's date in the text of its first possible moment ("2026-11-23" + "T04:00:00").
NIGHT_STARTS = f"T{NIGHT_BOUNDARY_HOUR:02d}:00:00"
# A moment of a night: (days after the night's date, "Thh:mm:ss[.ffffff]"), and a span from one to another.
Point = tuple[int, str]
Span = tuple[Point, Point]


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
    """Just the fields the insights need (a cramp made by hand, in tests and tools)."""

    started_at: datetime
    side: Side
    locations: tuple[Location, ...]
    intensity: int | None


@dataclass(frozen=True, slots=True)
class CrampTally:
    """The cramps of one range of nights, reduced to what the statistics count.

    `started` holds each cramp's wall-clock start as ISO text ("2026-11-23T03:10:00", with ".ffffff" when it
    has microseconds), in ascending order. `levels` has one character per cramp beside it for its intensity:
    "-" when not rated, otherwise the one whose code is that of "0" plus the intensity ("0" to "9", ":" for
    10), so a week's slice is counted, added up and searched for its worst without a step per cramp. `hours`
    counts the cramps by the hour of their clock; `sides` and `locations` by side and by each place named (a
    cramp naming two places counts for both). Daytime cramps are in every count.
    """

    nights: NightRange
    started: Sequence[str]
    levels: str
    hours: tuple[int, ...]
    sides: Mapping[Side, int]
    locations: Mapping[Location, int]

    @property
    def count(self) -> int:
        """How many cramps the range holds."""
        return len(self.started)


UNRATED = "-"


def level_char(intensity: int | None) -> str:
    """The character `CrampTally.levels` holds for an intensity (0 to 10) or for none."""
    if intensity is None:
        return UNRATED
    if not 0 <= intensity <= 10:
        raise ValueError(f"an intensity runs from 0 to 10, not {intensity}")
    return chr(ord("0") + intensity)


def tally(nights: NightRange, cramps: Iterable[CrampLike]) -> CrampTally:
    """The tally of the cramps whose night lies in the range (any order; the others are left out)."""
    rows: list[tuple[str, str]] = []
    hours = [0] * 24
    sides = dict.fromkeys(Side, 0)
    places = dict.fromkeys(Location, 0)
    for cramp in cramps:
        local = cramp.started_at
        if night_for(local) not in nights:
            continue
        rows.append((local.replace(tzinfo=None).isoformat(), level_char(cramp.intensity)))
        hours[local.hour] += 1
        sides[cramp.side] += 1
        # Stored entries never repeat a place; the set only guards hand-made data.
        for place in set(cramp.locations):
            places[place] += 1
    rows.sort(key=itemgetter(0))
    return CrampTally(nights, [row[0] for row in rows], "".join(row[1] for row in rows), tuple(hours), sides, places)


def _dates(nights: NightRange) -> list[str]:
    """Each night of the range as ISO text, then the day after the last."""
    first = nights.first.toordinal()
    return [date.fromordinal(first + index).isoformat() for index in range(nights.count + 1)]


def _edges(started: Sequence[str], dates: Sequence[str]) -> list[int]:
    edges = []
    low = 0
    for day in dates:
        low = bisect_left(started, day + NIGHT_STARTS, low)
        edges.append(low)
    return edges


def night_edges(started: Sequence[str], nights: NightRange) -> list[int]:
    """Where each night of the range begins in `started` (sorted wall-clock texts), then where the last ends.

    The cramps of the range's i-th night are `started[edges[i]:edges[i + 1]]`.
    """
    return _edges(started, _dates(nights))


def _micro(clock: time) -> int:
    return ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1_000_000 + clock.microsecond


def _point(micro: int) -> Point:
    """The point of a moment given in microseconds after the midnight that starts the night's date."""
    days, micro = divmod(micro, _DAY_US)
    seconds, fraction = divmod(micro, 1_000_000)
    return days, "T" + time(seconds // 3600, seconds // 60 % 60, seconds % 60, fraction).isoformat()


def window_spans(window: NightWindow) -> tuple[Span, ...]:
    """The night window as spans of one night (04:00 to 04:00), each from a point up to (not including) another.

    A window of 22:00 to 07:00 gives two: 04:00 to 07:00 on the night's own date, and 22:00 to 04:00 the
    next morning. Counting cramps between text bounds is exactly `domain.cramps.is_night` of their clock.
    """
    starts, ends = _micro(window[0]), _micro(window[1])
    clock = [(starts, _DAY_US), (0, ends)] if ends < starts else [(starts, ends)]
    spans = []
    for low, high in clock:
        # The part from 04:00 on the night's date, and the part after midnight up to 04:00.
        for lo, hi in ((max(low, _BOUNDARY_US), high), (low + _DAY_US, min(high, _BOUNDARY_US) + _DAY_US)):
            if lo < hi:
                spans.append((lo, hi))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple((_point(lo), _point(hi)) for lo, hi in merged)


@dataclass(frozen=True, slots=True)
class NightLog:
    """The cramps of a range sorted into nights and weeks: the shared first step of every statistic.

    A cramp outside the night window (when one is given) keeps its night for the weekly counts but neither
    marks the night as a cramp night nor gives it data. A logged night cramp wins over a cramp-free report for
    the same night. `week_edges[i]` is where week i begins in `cramps.started` (one more for the end).
    """

    range: NightRange
    weeks: tuple[Week, ...]
    cramps: CrampTally
    week_edges: tuple[int, ...]
    week_daytime: tuple[int, ...]
    cramp_nights: Mapping[date, int]
    free_nights: frozenset[date]
    overridden: frozenset[date]

    def has_data(self, night: date) -> bool:
        """Whether the night had a night cramp logged or was reported cramp-free."""
        return night in self.cramp_nights or night in self.free_nights

    @property
    def daytime(self) -> int:
        """Cramps in range that started outside the night window."""
        return sum(self.week_daytime)


def _night_cramps(started: Sequence[str], dates: Sequence[str], edges: Sequence[int], window: NightWindow) -> list[int]:
    """Cramps inside the night window, per night (`dates` and `edges` as `_dates` and `_edges` give them)."""
    spans = window_spans(window)
    night_start, night_end = (0, NIGHT_STARTS), (1, NIGHT_STARTS)
    inside = [0] * (len(edges) - 1)
    for index, (low, high) in enumerate(pairwise(edges)):
        if low == high:
            continue
        for start, end in spans:
            # A span from the start of the night or up to its end needs no search: the night's edges are known.
            first = low if start == night_start else bisect_left(started, dates[index + start[0]] + start[1], low, high)
            last = high if end == night_end else bisect_left(started, dates[index + end[0]] + end[1], low, high)
            inside[index] += last - first
    return inside


def night_log(
    nights: NightRange,
    cramps: Iterable[CrampLike] | CrampTally,
    cramp_free: Iterable[date],
    night_window: NightWindow | None = None,
    first_weekday: int = 0,
) -> NightLog:
    """Sort the cramps of the range into nights and weeks.

    Args:
        nights: The range.
        cramps: Entries (any order; those outside the range are ignored), or the range's `CrampTally`.
        cramp_free: Nights reported cramp-free (outside the range ignored).
        night_window: The settings' night hours (start, end); None counts every cramp as a night cramp.
        first_weekday: The day weeks start on (`date.weekday()`; 0, Monday, by default).
    """
    counted = cramps if isinstance(cramps, CrampTally) else tally(nights, cramps)
    if counted.nights != nights:
        raise ValueError(f"the tally is of {counted.nights}, not of {nights}")
    dates = _dates(nights)
    edges = _edges(counted.started, dates)
    if night_window is None:
        inside = [high - low for low, high in pairwise(edges)]
    else:
        inside = _night_cramps(counted.started, dates, edges, night_window)
    per_night = {nights.first + timedelta(days=index): n for index, n in enumerate(inside) if n}
    weeks = weeks_of(nights, first_weekday)
    week_edges, daytime = [], []
    for week in weeks:
        first, last = (week.first - nights.first).days, (week.last - nights.first).days
        week_edges.append(edges[first])
        daytime.append(edges[last + 1] - edges[first] - sum(inside[first : last + 1]))
    week_edges.append(edges[-1])
    reported = {night for night in cramp_free if night in nights}
    return NightLog(
        range=nights,
        weeks=weeks,
        cramps=counted,
        week_edges=tuple(week_edges),
        week_daytime=tuple(daytime),
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
    edges = log.week_edges
    return tuple(
        WeekCount(week, edges[index + 1] - edges[index], daytime)
        for index, (week, daytime) in enumerate(zip(log.weeks, log.week_daytime, strict=True))
    )


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
