"""Plain-text renderings of the insights: short lines with the numbers, for screen readers and the PDF report.

Each function returns complete sentences; a chart shows the same numbers, so nothing here depends on seeing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from cvi_companion.domain.cramps import LOCATION_LABELS, SIDE_LABELS
from cvi_companion.domain.insights_care import (
    ASSOCIATION_NOTE,
    MIN_NIGHTS_EACH_SIDE,
    SCORE_RULE,
    Comparison,
    KindAdherence,
)
from cvi_companion.domain.insights_cramps import HourHistogram, LocationSplit, SideSplit, WeekIntensity
from cvi_companion.domain.insights_nights import (
    FreeRun,
    NightRange,
    NightShare,
    WeekCount,
    day_label,
)
from cvi_companion.domain.reminders import KIND_LABELS


def percent(share: float) -> str:
    """A share in [0, 1] as a whole percentage, halves rounded up ("45 %")."""
    return f"{int(share * 100 + 0.5)} %"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _hours(hour: int) -> str:
    return f"{hour:02d}:00 to {(hour + 1) % 24:02d}:00"


def describe_range(nights: NightRange) -> list[str]:
    """The range in words."""
    return [
        f"Nights from {day_label(nights.first, with_year=True)} to {day_label(nights.last, with_year=True)} "
        f"({_plural(nights.count, 'night')})."
    ]


def describe_per_week(weeks: Sequence[WeekCount]) -> list[str]:
    """One line per week: cramps logged, and how many were in the daytime."""
    lines = [f"Cramps per week, {_plural(sum(w.cramps for w in weeks), 'cramp')} in all:"]
    for week in weeks:
        daytime = f" ({week.daytime} in the daytime)" if week.daytime else ""
        lines.append(f"{week.week.long_label}: {_plural(week.cramps, 'cramp')}{daytime}.")
    return lines


def describe_night_share(share: NightShare) -> list[str]:
    """Nights with a cramp among nights with data, and the unknown nights."""
    unknown = f"Nights without any record, not counted: {share.unknown}."
    if share.share is None:
        return [f"No night in this range has a logged cramp or a cramp-free report. {unknown}"]
    lines = [
        f"Nights with a cramp: {share.with_cramp} of {_plural(share.with_data, 'night')} with a record "
        f"({percent(share.share)}). {unknown}"
    ]
    if share.overridden:
        lines.append(
            f"{_plural(share.overridden, 'night')} reported cramp-free also had a logged cramp; the cramp counts."
        )
    return lines


def describe_hours(histogram: HourHistogram) -> list[str]:
    """The busiest hour and every hour with a cramp, in night order (from noon)."""
    if histogram.peak is None:
        return ["Time of the cramps: none logged."]
    busy = [f"{_hours(hour)}: {count}" for hour, count in histogram.in_night_order() if count]
    return [
        f"Most cramps started between {_hours(histogram.peak).replace(' to ', ' and ')} "
        f"({histogram.counts[histogram.peak]} of {histogram.total}).",
        "Cramps by starting hour (local clock): " + "; ".join(busy) + ".",
    ]


def describe_sides(split: SideSplit) -> list[str]:
    """Left, right and both, with shares."""
    if not split.total:
        return ["Side: no cramps logged."]
    parts = [f"{SIDE_LABELS[side].lower()} {n} ({percent(n / split.total)})" for side, n in split.counts.items()]
    return ["Side: " + ", ".join(parts) + "."]


def describe_locations(split: LocationSplit) -> list[str]:
    """Places named, with shares of cramps (one cramp may name several places)."""
    if not split.entries:
        return ["Place: no cramps logged."]
    parts = [
        f"{LOCATION_LABELS[place].lower()} {n} ({percent(n / split.entries)})" for place, n in split.counts.items() if n
    ]
    return ["Place: " + ", ".join(parts) + " (a cramp can name more than one place)."]


def describe_intensity(weeks: Sequence[WeekIntensity]) -> list[str]:
    """Average and worst intensity per week, for weeks with a rated cramp."""
    lines = ["Intensity per week (0 to 10, cramps with an intensity only):"]
    for week in weeks:
        label = week.week.long_label
        if week.average is None:
            lines.append(f"{label}: no rated cramps.")
        else:
            lines.append(
                f"{label}: average {week.average:.1f}, worst {week.worst}, from {_plural(week.rated, 'cramp')}."
            )
    return lines


def describe_free_run(run: FreeRun | None) -> list[str]:
    """The longest run of nights reported cramp-free."""
    if run is None:
        return ["No night in this range was reported cramp-free."]
    return [
        f"Longest run of nights reported cramp-free: {_plural(run.nights, 'night')}, "
        f"{day_label(run.first, with_year=True)} to {day_label(run.last, with_year=True)}. "
        "Nights without any record end a run."
    ]


def describe_adherence(kind: KindAdherence) -> list[str]:
    """Weekly counts for one reminder kind, its score and the score's rule."""
    lines = [
        f"{KIND_LABELS[kind.kind]}: done {kind.done} of {kind.total} times; score {percent(kind.score)}. {SCORE_RULE}"
    ]
    for week in kind.weeks:
        if week.total:
            lines.append(
                f"{week.week.long_label}: {week.done} done, {week.skipped} skipped, "
                f"{week.missed} missed, {week.unanswered} not answered."
            )
    return lines


def describe_comparison(comparison: Comparison) -> list[str]:
    """Night cramps after days a reminder was done against days it was not, or why there is no comparison."""
    label = KIND_LABELS[comparison.kind]
    if comparison.rate_with is None or comparison.rate_without is None:
        return [
            f"{label}: not enough nights to compare yet. Needs {MIN_NIGHTS_EACH_SIDE} nights with a record on each "
            f"side; there are {comparison.with_nights} after a day it was done and {comparison.without_nights} "
            "after a day it was not."
        ]
    return [
        f"{label}: after a day it was done, {comparison.rate_with:.2f} cramps a night "
        f"({comparison.with_cramps} in {_plural(comparison.with_nights, 'night')}); after a day it was due but not "
        f"done, {comparison.rate_without:.2f} cramps a night "
        f"({comparison.without_cramps} in {_plural(comparison.without_nights, 'night')}).",
        ASSOCIATION_NOTE,
    ]
