"""The clinician report's summary table: one line per figure, in words a clinician scans in seconds."""

from __future__ import annotations

from cvi_companion.domain.cramps import LOCATION_LABELS, SIDE_LABELS
from cvi_companion.domain.insights import Insights, day_label, percent
from cvi_companion.domain.reminders import KIND_LABELS


def _plural(count: int, one: str) -> str:
    return f"{count} {one}" if count == 1 else f"{count} {one}s"


def _intensity(insights: Insights) -> str:
    rated = sum(week.rated for week in insights.intensity)
    if not rated:
        return "no rated cramps"
    average = sum((week.average or 0.0) * week.rated for week in insights.intensity) / rated
    worst = max(week.worst for week in insights.intensity if week.worst is not None)
    return f"average {average:.1f}, worst {worst} ({_plural(rated, 'rated cramp')})"


def summary_rows(insights: Insights) -> list[tuple[str, str]]:
    """(label, value) pairs for the summary table, the same numbers as the sections below it."""
    cramps = sum(week.cramps for week in insights.per_week)
    daytime = sum(week.daytime for week in insights.per_week)
    share = insights.nights
    nights = (
        f"{share.with_cramp} of {_plural(share.with_data, 'night')} with a record ({percent(share.share)})"
        if share.share is not None
        else "no night has a record"
    )
    run = insights.free_run
    hours = insights.hours
    sides = insights.sides
    places = insights.locations
    rows = [
        ("Cramps logged", f"{cramps}" + (f" ({daytime} in the daytime)" if daytime else "")),
        ("Nights with a cramp", nights),
        ("Nights without any record", f"{share.unknown} (unknown, not counted as good nights)"),
        (
            "Longest cramp-free run",
            f"{_plural(run.nights, 'night')}, {day_label(run.first, with_year=True)} to "
            f"{day_label(run.last, with_year=True)}"
            if run
            else "no night reported cramp-free",
        ),
        (
            "Most cramps started",
            f"{hours.peak:02d}:00 to {(hours.peak + 1) % 24:02d}:00 ({hours.counts[hours.peak]} of {hours.total})"
            if hours.peak is not None
            else "no cramps logged",
        ),
        (
            "Side",
            ", ".join(f"{SIDE_LABELS[s].lower()} {n} ({percent(n / sides.total)})" for s, n in sides.counts.items())
            if sides.total
            else "no cramps logged",
        ),
        (
            "Place",
            ", ".join(
                f"{LOCATION_LABELS[place].lower()} {n} ({percent(n / places.entries)})"
                for place, n in places.counts.items()
                if n
            )
            if places.entries
            else "no cramps logged",
        ),
        ("Intensity (0 to 10)", _intensity(insights)),
    ]
    for kind in insights.adherence:
        rows.append(
            (KIND_LABELS[kind.kind], f"done {kind.done} of {_plural(kind.total, 'time')}; score {percent(kind.score)}")
        )
    return rows
