"""The insights in words: short sentences with the numbers, for screen readers, the tab and the PDF report.

Each function returns complete sentences as translatable `Phrase`s (domain.text): `str(phrase)` is the English
the terminal prints, the GUI says them in the person's language with dates and numbers in their locale. A chart
shows the same numbers, so nothing here depends on seeing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cvi_companion.domain.cramps import LOCATION_LABELS, SIDE_LABELS
from cvi_companion.domain.insights_care import (
    ASSOCIATION_NOTE,
    MIN_NIGHTS_EACH_SIDE,
    SCORE_RULE,
    Comparison,
    KindAdherence,
)
from cvi_companion.domain.insights_cramps import HourHistogram, LocationSplit, SideSplit, WeekIntensity
from cvi_companion.domain.insights_nights import FreeRun, NightShare, WeekCount
from cvi_companion.domain.insights_range import NightRange, Week
from cvi_companion.domain.insights_values import Day, Hour, Joined, Label, Number, Share
from cvi_companion.domain.reminders import KIND_LABELS, ReminderKind
from cvi_companion.domain.text import Phrase, translate


def percent(share: float) -> str:
    """A share in [0, 1] as a whole percentage, halves rounded up ("45 %")."""
    return str(Share(share))


def nights_count(count: int) -> Phrase:
    """A count of nights: "1 night", "5 nights"."""
    return translate("Insights", "%n night(s)", "", count)


def cramps_count(count: int) -> Phrase:
    """A count of cramps: "1 cramp", "5 cramps"."""
    return translate("Insights", "%n cramp(s)", "", count)


def hour_span(hour: int) -> Phrase:
    """An hour of the clock as "03:00 to 04:00"."""
    return translate("Insights", "{start} to {end}", start=Hour(hour), end=Hour((hour + 1) % 24))


def kind_label(kind: ReminderKind) -> Label:
    """A reminder kind's label, shown translated."""
    return Label("Reminders", KIND_LABELS[kind])


# A week is named once per section of the text (weeks, intensity, each reminder): over years that is thousands
# of the same phrases, which are immutable and so shared.
@lru_cache(maxsize=4096)
def week_words(week: Week) -> Phrase:
    """A week for text and tables: "Week 48 of 2026, 23 Nov – 29 Nov", plus the part-week note."""
    number, year = week.number
    if week.partial:
        return translate(
            "Insights",
            "Week {number} of {year}, {first} – {last} (part week, {nights} of 7 nights)",
            number=number,
            year=year,
            first=Day(week.first),
            last=Day(week.last),
            nights=week.nights,
        )
    return translate(
        "Insights",
        "Week {number} of {year}, {first} – {last}",
        number=number,
        year=year,
        first=Day(week.first),
        last=Day(week.last),
    )


def describe_range(nights: NightRange) -> list[Phrase]:
    """The range in words."""
    return [
        translate(
            "Insights",
            "Nights from {first} to {last} (%n night(s)).",
            "",
            nights.count,
            first=Day(nights.first, with_year=True),
            last=Day(nights.last, with_year=True),
        )
    ]


def describe_per_week(weeks: Sequence[WeekCount]) -> list[Phrase]:
    """One line per week: cramps logged, and how many were in the daytime."""
    lines = [translate("Insights", "Cramps per week, %n cramp(s) in all:", "", sum(w.cramps for w in weeks))]
    for week in weeks:
        words, cramps = week_words(week.week), cramps_count(week.cramps)
        if week.daytime:
            line = translate(
                "Insights",
                "{week}: {cramps} ({daytime} in the daytime).",
                week=words,
                cramps=cramps,
                daytime=week.daytime,
            )
        else:
            line = translate("Insights", "{week}: {cramps}.", week=words, cramps=cramps)
        lines.append(line)
    return lines


def describe_night_share(share: NightShare) -> list[Phrase]:
    """Nights with a cramp among nights with data, and the unknown nights."""
    if share.share is None:
        return [
            translate(
                "Insights",
                "No night in this range has a logged cramp or a cramp-free report. "
                "Nights without any record, not counted: {unknown}.",
                unknown=share.unknown,
            )
        ]
    lines = [
        translate(
            "Insights",
            "Nights with a cramp: {with_cramp} of %n night(s) with a record ({share}). "
            "Nights without any record, not counted: {unknown}.",
            "",
            share.with_data,
            with_cramp=share.with_cramp,
            share=Share(share.share),
            unknown=share.unknown,
        )
    ]
    if share.overridden:
        lines.append(
            translate(
                "Insights",
                "%n night(s) reported cramp-free also had a logged cramp; the cramp counts.",
                "",
                share.overridden,
            )
        )
    return lines


def describe_hours(histogram: HourHistogram) -> list[Phrase]:
    """The busiest hour and every hour with a cramp, in night order (from noon)."""
    if histogram.peak is None:
        return [translate("Insights", "Time of the cramps: none logged.")]
    peak = histogram.peak
    busy = [
        translate("Insights", "{hours}: {count}", hours=hour_span(hour), count=count)
        for hour, count in histogram.in_night_order()
        if count
    ]
    return [
        translate(
            "Insights",
            "Most cramps started between {start} and {end} ({count} of {total}).",
            start=Hour(peak),
            end=Hour((peak + 1) % 24),
            count=histogram.counts[peak],
            total=histogram.total,
        ),
        translate("Insights", "Cramps by starting hour (local clock): {hours}.", hours=Joined(busy, "; ")),
    ]


def describe_sides(split: SideSplit) -> list[Phrase]:
    """Left, right and both, with shares."""
    if not split.total:
        return [translate("Insights", "Side: no cramps logged.")]
    parts = [
        translate(
            "Insights",
            "{side} {count} ({share})",
            side=Label("Cramps", SIDE_LABELS[side], lower=True),
            count=n,
            share=Share(n / split.total),
        )
        for side, n in split.counts.items()
    ]
    return [translate("Insights", "Side: {parts}.", parts=Joined(parts))]


def describe_locations(split: LocationSplit) -> list[Phrase]:
    """Places named, with shares of cramps (one cramp may name several places)."""
    if not split.entries:
        return [translate("Insights", "Place: no cramps logged.")]
    parts = [
        translate(
            "Insights",
            "{place} {count} ({share})",
            place=Label("Cramps", LOCATION_LABELS[place], lower=True),
            count=n,
            share=Share(n / split.entries),
        )
        for place, n in split.counts.items()
        if n
    ]
    return [translate("Insights", "Place: {parts} (a cramp can name more than one place).", parts=Joined(parts))]


def describe_intensity(weeks: Sequence[WeekIntensity]) -> list[Phrase]:
    """Average and worst intensity per week, for weeks with a rated cramp."""
    lines = [translate("Insights", "Intensity per week (0 to 10, cramps with an intensity only):")]
    for week in weeks:
        words = week_words(week.week)
        if week.average is None:
            lines.append(translate("Insights", "{week}: no rated cramps.", week=words))
        else:
            lines.append(
                translate(
                    "Insights",
                    "{week}: average {average}, worst {worst}, from %n cramp(s).",
                    "",
                    week.rated,
                    week=words,
                    average=Number(week.average, 1),
                    worst=week.worst,
                )
            )
    return lines


def describe_free_run(run: FreeRun | None) -> list[Phrase]:
    """The longest run of nights reported cramp-free."""
    if run is None:
        return [translate("Insights", "No night in this range was reported cramp-free.")]
    return [
        translate(
            "Insights",
            "Longest run of nights reported cramp-free: %n night(s), {first} to {last}. "
            "Nights without any record end a run.",
            "",
            run.nights,
            first=Day(run.first, with_year=True),
            last=Day(run.last, with_year=True),
        )
    ]


def score_rule() -> Phrase:
    """How the adherence score works, as a phrase."""
    return Phrase("Insights", SCORE_RULE)


def association_note() -> Phrase:
    """Why a with-and-without comparison is not proof, as a phrase."""
    return Phrase("Insights", ASSOCIATION_NOTE)


def adherence_summary(kind: KindAdherence) -> Phrase:
    """A kind's totals and score ("Raise your legs: done 3 of 10 times; score 45 %."), without the rule."""
    return translate(
        "Insights",
        "{kind}: done {done} of {total} times; score {score}.",
        kind=kind_label(kind.kind),
        done=kind.done,
        total=kind.total,
        score=Share(kind.score),
    )


def describe_adherence(kind: KindAdherence, *, with_rule: bool = True) -> list[Phrase]:
    """Weekly counts for one reminder kind, its score and (unless `with_rule` is off) the score's rule."""
    first = adherence_summary(kind)
    if with_rule:
        first = translate("Insights", "{summary} {rule}", summary=first, rule=score_rule())
    lines = [first]
    for week in kind.weeks:
        if week.total:
            lines.append(
                translate(
                    "Insights",
                    "{week}: {done} done, {skipped} skipped, {missed} missed, {unanswered} not answered.",
                    week=week_words(week.week),
                    done=week.done,
                    skipped=week.skipped,
                    missed=week.missed,
                    unanswered=week.unanswered,
                )
            )
    return lines


def describe_comparison(comparison: Comparison) -> list[Phrase]:
    """Night cramps after days a reminder was done against days it was not, or why there is no comparison."""
    label = kind_label(comparison.kind)
    if comparison.rate_with is None or comparison.rate_without is None:
        return [
            translate(
                "Insights",
                "{kind}: not enough nights to compare yet. Needs {minimum} nights with a record on each side; "
                "there are {with_nights} after a day it was done and {without_nights} after a day it was not.",
                kind=label,
                minimum=MIN_NIGHTS_EACH_SIDE,
                with_nights=comparison.with_nights,
                without_nights=comparison.without_nights,
            )
        ]
    return [
        translate(
            "Insights",
            "{kind}: after a day it was done, {rate_with} cramps a night ({with_cramps} in {with_nights}); "
            "after a day it was due but not done, {rate_without} cramps a night ({without_cramps} in "
            "{without_nights}).",
            kind=label,
            rate_with=Number(comparison.rate_with, 2),
            with_cramps=comparison.with_cramps,
            with_nights=nights_count(comparison.with_nights),
            rate_without=Number(comparison.rate_without, 2),
            without_cramps=comparison.without_cramps,
            without_nights=nights_count(comparison.without_nights),
        ),
        association_note(),
    ]
