"""Insights, part two: when, where and how strong the cramps of a range were (hours, sides, places, intensity).

These count every cramp in the range, daytime ones included (they were cramps); see `insights_nights` for
which nights count as cramp nights.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cvi_companion.domain.cramps import Location, Side
from cvi_companion.domain.insights_nights import NightLog, level_char
from cvi_companion.domain.insights_range import Week

_LEVEL_CHARS = tuple(level_char(level) for level in range(11))


@dataclass(frozen=True, slots=True)
class HourHistogram:
    """Cramps by the hour of the local wall clock at which they started; `counts[h]` is h:00 to h:59."""

    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """All cramps counted."""
        return sum(self.counts)

    @property
    def peak(self) -> int | None:
        """The hour with most cramps (the earliest in night order on a tie), or None when empty."""
        if not self.total:
            return None
        return max(self.in_night_order(), key=lambda pair: pair[1])[0]

    def in_night_order(self, start_hour: int = 12) -> tuple[tuple[int, int], ...]:
        """(hour, count) pairs starting at noon, so the night sits unbroken in the middle of a chart."""
        return tuple(((start_hour + i) % 24, self.counts[(start_hour + i) % 24]) for i in range(24))


def hour_histogram(log: NightLog) -> HourHistogram:
    """Start hours of all cramps in range, by their own wall clock (DST-safe: no conversion)."""
    return HourHistogram(tuple(log.cramps.hours))


@dataclass(frozen=True, slots=True)
class SideSplit:
    """Cramps per side."""

    counts: Mapping[Side, int]

    @property
    def total(self) -> int:
        """All cramps counted."""
        return sum(self.counts.values())

    def share(self, side: Side) -> float | None:
        """A side's share of all cramps, or None when there are none."""
        return self.counts[side] / self.total if self.total else None


def side_split(log: NightLog) -> SideSplit:
    """Left, right and both, over all cramps in range."""
    return SideSplit({side: log.cramps.sides.get(side, 0) for side in Side})


@dataclass(frozen=True, slots=True)
class LocationSplit:
    """Cramps naming each place; one cramp may name several, so the counts can add up to more than `entries`."""

    counts: Mapping[Location, int]
    entries: int

    def share(self, location: Location) -> float | None:
        """Share of cramps that named a place, or None when there are none."""
        return self.counts[location] / self.entries if self.entries else None


def location_split(log: NightLog) -> LocationSplit:
    """Calf, foot, thigh, shin and other, over all cramps in range."""
    return LocationSplit({place: log.cramps.locations.get(place, 0) for place in Location}, log.cramps.count)


@dataclass(frozen=True, slots=True)
class WeekIntensity:
    """Intensity over one week's rated cramps; average and worst are None when none was rated."""

    week: Week
    rated: int
    average: float | None
    worst: int | None


def intensity_per_week(log: NightLog) -> tuple[WeekIntensity, ...]:
    """Average and worst intensity per week, over cramps that have an intensity."""
    out = []
    for index, week in enumerate(log.weeks):
        # The week's cramps are one slice of the tally (it is in time order); see CrampTally.levels.
        low, high = log.week_edges[index], log.week_edges[index + 1]
        counts = [log.cramps.levels.count(char, low, high) for char in _LEVEL_CHARS]
        rated = sum(counts)
        if rated:
            total = sum(level * count for level, count in enumerate(counts))
            worst = max(level for level, count in enumerate(counts) if count)
            out.append(WeekIntensity(week, rated, total / rated, worst))
        else:
            out.append(WeekIntensity(week, 0, None, None))
    return tuple(out)
