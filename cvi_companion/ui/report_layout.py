"""The clinician report's summary table: one line per figure, in words a clinician scans in seconds.

Labels and values are in the person's language, dates and numbers in their locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cvi_companion.domain.cramps import LOCATION_LABELS, SIDE_LABELS
from cvi_companion.domain.insights import Insights, hour_span
from cvi_companion.domain.insights_values import Label
from cvi_companion.domain.reminders import KIND_LABELS
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.i18n import label
from cvi_companion.ui.locale_text import day_text, number_text, percent_text, say_local, value_text


def _intensity(insights: Insights) -> str:
    rated = sum(week.rated for week in insights.intensity)
    if not rated:
        return QCoreApplication.translate("Report", "no rated cramps")
    average = sum((week.average or 0.0) * week.rated for week in insights.intensity) / rated
    worst = max(week.worst for week in insights.intensity if week.worst is not None)
    text = QCoreApplication.translate("Report", "average {average}, worst {worst} (%n rated cramp(s))", None, rated)
    return plural(text, rated).format(average=number_text(average, 1), worst=worst)


def _shares(parts: list[tuple[Label, int]], whole: int) -> str:
    return ", ".join(
        QCoreApplication.translate("Report", "{name} {count} ({share})").format(
            name=value_text(name), count=count, share=percent_text(count / whole)
        )
        for name, count in parts
    )


def summary_rows(insights: Insights) -> list[tuple[str, str]]:
    """(label, value) pairs for the summary table, the same numbers as the sections below it."""
    cramps = sum(week.cramps for week in insights.per_week)
    daytime = sum(week.daytime for week in insights.per_week)
    share = insights.nights
    none_logged = QCoreApplication.translate("Report", "no cramps logged")
    if share.share is not None:
        nights = plural(
            QCoreApplication.translate(
                "Report", "{with_cramp} of %n night(s) with a record ({share})", None, share.with_data
            ),
            share.with_data,
        ).format(with_cramp=share.with_cramp, share=percent_text(share.share))
    else:
        nights = QCoreApplication.translate("Report", "no night has a record")
    run = insights.free_run
    if run is not None:
        longest = plural(
            QCoreApplication.translate("Report", "%n night(s), {first} to {last}", None, run.nights), run.nights
        ).format(first=day_text(run.first, with_year=True), last=day_text(run.last, with_year=True))
    else:
        longest = QCoreApplication.translate("Report", "no night reported cramp-free")
    hours = insights.hours
    if hours.peak is not None:
        peak = QCoreApplication.translate("Report", "{hours} ({count} of {total})").format(
            hours=say_local(hour_span(hours.peak)), count=hours.counts[hours.peak], total=hours.total
        )
    else:
        peak = none_logged
    sides = insights.sides
    places = insights.locations
    logged = (
        QCoreApplication.translate("Report", "{count} ({daytime} in the daytime)").format(count=cramps, daytime=daytime)
        if daytime
        else str(cramps)
    )
    rows = [
        (QCoreApplication.translate("Report", "Cramps logged"), logged),
        (QCoreApplication.translate("Report", "Nights with a cramp"), nights),
        (
            QCoreApplication.translate("Report", "Nights without any record"),
            QCoreApplication.translate("Report", "{unknown} (unknown, not counted as good nights)").format(
                unknown=share.unknown
            ),
        ),
        (QCoreApplication.translate("Report", "Longest cramp-free run"), longest),
        (QCoreApplication.translate("Report", "Most cramps started"), peak),
        (
            QCoreApplication.translate("Report", "Side"),
            _shares([(Label("Cramps", SIDE_LABELS[s], lower=True), n) for s, n in sides.counts.items()], sides.total)
            if sides.total
            else none_logged,
        ),
        (
            QCoreApplication.translate("Report", "Place"),
            _shares(
                [(Label("Cramps", LOCATION_LABELS[p], lower=True), n) for p, n in places.counts.items() if n],
                places.entries,
            )
            if places.entries
            else none_logged,
        ),
        (QCoreApplication.translate("Report", "Intensity (0 to 10)"), _intensity(insights)),
    ]
    for kind in insights.adherence:
        done = plural(
            QCoreApplication.translate("Report", "done {done} of %n time(s); score {score}", None, kind.total),
            kind.total,
        ).format(done=kind.done, score=percent_text(kind.score))
        rows.append((label("Reminders", KIND_LABELS[kind.kind]), done))
    return rows
