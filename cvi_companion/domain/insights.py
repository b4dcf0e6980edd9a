"""Insights over a range of nights (issue 5): what the Insights tab and the clinician report show.

Call `compute_insights` with plain data (cramps, cramp-free nights, reminder history) and render the result
with `describe`. The rules, in short:

- Nights are named as in `domain.cramps.night_of` (04:00 to 04:00 of the wall clock where the cramp happened),
  so an entry logged in New York counts by New York's clock. A range is stepped in calendar days.
- Daytime cramps: with the settings' night window, a cramp starting outside it (14:00) still counts in the
  weekly totals, the hour histogram, the side, place and intensity figures (it was a cramp), but it does not
  make its night a cramp night, nor give the night data. Without a window every cramp counts as a night cramp.
- A night has data when it had a night cramp or was reported cramp-free; other nights are unknown, never good.
  A logged night cramp wins over a cramp-free report for the same night.
- Weeks are ISO weeks (Monday to Sunday) unless another first weekday is asked for (the GUI follows the
  locale's); the first and last may be cut by the range and say so.
- Reminders: an occurrence counts for the care day of its due time (04:00 to 04:00, like a night). One whose
  final outcome is shown or snoozed counts as "not answered", and as not done in the score. The score is an
  exponential moving average over occurrences with a half-life of 14 occurrences (`SCORE_RULE` says it in
  words, for showing next to it).
- "With and without" compares nights after a care day with the kind done against nights after a day it was
  due but not done, only with at least 3 nights with data on each side, and is labelled an association.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cvi_companion.domain.insights_care import (
    ASSOCIATION_NOTE,
    COMPARED_KINDS,
    MIN_NIGHTS_EACH_SIDE,
    SCORE_HALF_LIFE,
    SCORE_RULE,
    SCORE_WARMUP,
    CareLog,
    Comparison,
    KindAdherence,
    KindHistory,
    ReminderLike,
    ReminderPoint,
    WeekAdherence,
    adherence,
    care_day,
    care_log,
    comparisons,
    habit_score,
    with_and_without,
)
from cvi_companion.domain.insights_cramps import (
    HourHistogram,
    LocationSplit,
    SideSplit,
    WeekIntensity,
    hour_histogram,
    intensity_per_week,
    location_split,
    side_split,
)
from cvi_companion.domain.insights_nights import (
    CrampLike,
    CrampPoint,
    CrampTally,
    FreeRun,
    NightLog,
    NightShare,
    WeekCount,
    cramps_per_week,
    level_char,
    longest_cramp_free_run,
    night_edges,
    night_log,
    night_share,
    tally,
    window_spans,
)
from cvi_companion.domain.insights_range import (
    NightRange,
    NightWindow,
    Period,
    Week,
    day_label,
    night_for,
    range_for,
    weeks_of,
)
from cvi_companion.domain.insights_text import (
    adherence_summary,
    association_note,
    cramps_count,
    describe_adherence,
    describe_comparison,
    describe_free_run,
    describe_hours,
    describe_intensity,
    describe_locations,
    describe_night_share,
    describe_per_week,
    describe_range,
    describe_sides,
    hour_span,
    nights_count,
    percent,
    score_rule,
    week_words,
)
from cvi_companion.domain.text import Phrase

__all__ = [
    "ASSOCIATION_NOTE",
    "COMPARED_KINDS",
    "MIN_NIGHTS_EACH_SIDE",
    "SCORE_HALF_LIFE",
    "SCORE_RULE",
    "SCORE_WARMUP",
    "CareLog",
    "Comparison",
    "CrampLike",
    "CrampPoint",
    "CrampTally",
    "FreeRun",
    "HourHistogram",
    "Insights",
    "KindAdherence",
    "KindHistory",
    "LocationSplit",
    "NightLog",
    "NightRange",
    "NightShare",
    "NightWindow",
    "Period",
    "ReminderLike",
    "ReminderPoint",
    "SideSplit",
    "Week",
    "WeekAdherence",
    "WeekCount",
    "WeekIntensity",
    "adherence",
    "adherence_summary",
    "association_note",
    "care_day",
    "care_log",
    "comparisons",
    "compute_insights",
    "cramps_count",
    "cramps_per_week",
    "day_label",
    "describe",
    "describe_adherence",
    "describe_comparison",
    "describe_free_run",
    "describe_hours",
    "describe_intensity",
    "describe_locations",
    "describe_night_share",
    "describe_per_week",
    "describe_range",
    "describe_sides",
    "habit_score",
    "hour_histogram",
    "hour_span",
    "intensity_per_week",
    "level_char",
    "location_split",
    "longest_cramp_free_run",
    "night_edges",
    "night_for",
    "night_log",
    "night_share",
    "nights_count",
    "percent",
    "range_for",
    "score_rule",
    "side_split",
    "tally",
    "week_words",
    "weeks_of",
    "window_spans",
    "with_and_without",
]


@dataclass(frozen=True, slots=True)
class Insights:
    """Every statistic for one range; per-week tuples line up with `weeks`."""

    range: NightRange
    weeks: tuple[Week, ...]
    per_week: tuple[WeekCount, ...]
    nights: NightShare
    hours: HourHistogram
    sides: SideSplit
    locations: LocationSplit
    intensity: tuple[WeekIntensity, ...]
    free_run: FreeRun | None
    adherence: tuple[KindAdherence, ...]
    comparisons: tuple[Comparison, ...]


def compute_insights(
    nights: NightRange,
    cramps: Iterable[CrampLike] | CrampTally,
    cramp_free: Iterable[date],
    reminders: Iterable[ReminderLike] | CareLog,
    night_window: NightWindow | None = None,
    first_weekday: int = 0,
) -> Insights:
    """All insights for a range of nights.

    Args:
        nights: The range (see `range_for`).
        cramps: Live cramp entries (those outside the range are ignored), or the range's `CrampTally`.
        cramp_free: Nights reported cramp-free.
        reminders: Reminder history: occurrences in the range, plus up to SCORE_WARMUP per kind before it so
            the score does not start from nothing at the range's first night (records, or a `CareLog`).
        night_window: The settings' (night_starts, night_ends), or None to count every cramp as a night cramp.
        first_weekday: The day weeks start on (`date.weekday()`: 0 Monday, the ISO week, by default).
    """
    log = night_log(nights, cramps, cramp_free, night_window, first_weekday)
    care = care_log(reminders)
    return Insights(
        range=nights,
        weeks=log.weeks,
        per_week=cramps_per_week(log),
        nights=night_share(log),
        hours=hour_histogram(log),
        sides=side_split(log),
        locations=location_split(log),
        intensity=intensity_per_week(log),
        free_run=longest_cramp_free_run(log),
        adherence=adherence(nights, log.weeks, care),
        comparisons=comparisons(log, care),
    )


def describe(insights: Insights) -> list[Phrase]:
    """Every insight as short lines of text with the numbers, in the order the tab shows them."""
    lines = describe_range(insights.range)
    lines += describe_per_week(insights.per_week)
    lines += describe_night_share(insights.nights)
    lines += describe_free_run(insights.free_run)
    lines += describe_hours(insights.hours)
    lines += describe_sides(insights.sides)
    lines += describe_locations(insights.locations)
    lines += describe_intensity(insights.intensity)
    for kind in insights.adherence:
        lines += describe_adherence(kind)
    for comparison in insights.comparisons:
        lines += describe_comparison(comparison)
    return lines
