"""What the Insights tab and the clinician report show, section by section: charts plus their numbers in words.

Both build from `sections(insights)`, so the screen and the paper never disagree. Each figure's `lines` are
exactly the `describe_*` output for it, said in the person's language and locale (screen readers and the
report read those). Weeks start on the locale's first day of the week. `InsightsSource` is what the window
reads them from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from cvi_companion.domain.cramps import LOCATION_LABELS, SIDE_LABELS, Side
from cvi_companion.domain.insights import (
    ASSOCIATION_NOTE,
    MIN_NIGHTS_EACH_SIDE,
    SCORE_RULE,
    Comparison,
    Insights,
    KindAdherence,
    NightRange,
    NightWindow,
    Period,
    Week,
    compute_insights,
    describe_adherence,
    describe_comparison,
    describe_free_run,
    describe_hours,
    describe_intensity,
    describe_locations,
    describe_night_share,
    describe_per_week,
    describe_sides,
    range_for,
)
from cvi_companion.domain.reminders import KIND_LABELS, ReminderKind
from cvi_companion.domain.settings import Settings
from cvi_companion.services.clock import Clock
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.db import Database, read_only
from cvi_companion.storage.insight_data import READ_INSIGHTS, InsightData
from cvi_companion.ui.charts import BarChart, Chart, Fill, Segment, Series, SplitBar
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.i18n import label
from cvi_companion.ui.locale_text import (
    clock_text,
    day_text,
    first_weekday,
    percent_text,
    say_all,
    weekday_name,
)

HOUR_LABEL_EVERY = 3
COMPARISON_HEIGHT = 140


@dataclass(frozen=True, slots=True)
class Figure:
    """One chart, its numbers in words (the describe_* lines, said in the person's language), a heading."""

    key: str
    chart: Chart
    lines: tuple[str, ...]
    heading: str = ""
    # The lines as listed beside the chart, when they differ (the score rule is said once per section).
    shown: tuple[str, ...] | None = None

    @property
    def shown_lines(self) -> tuple[str, ...]:
        """The lines as listed beside the chart."""
        return self.lines if self.shown is None else self.shown


@dataclass(frozen=True, slots=True)
class Section:
    """A heading, notes in words, and figures."""

    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    notes: tuple[str, ...] = ()


def week_axis_label(week: Week) -> str:
    """A week on a chart axis by its first night in range ("23 Nov"), starred when the range cuts it."""
    return day_text(week.first) + ("*" if week.partial else "")


def part_week_note(weekday: int | None = None) -> str:
    """The part-week note ("Weeks start on Monday; * a week cut by the range.") for a first weekday."""
    name = weekday_name(first_weekday() if weekday is None else weekday)
    return QCoreApplication.translate("Insights", "Weeks start on {weekday}; * a week cut by the range.").format(
        weekday=name
    )


def week_note(weeks: tuple[Week, ...]) -> str:
    """The note under a weekly chart, only when the range cuts a week."""
    partial = [week for week in weeks if week.partial]
    return part_week_note(partial[0].start.weekday()) if partial else ""


def hour_axis_label(hour: int) -> str:
    """An hour on a chart axis: "03" on a 24-hour clock, "3 AM" where the locale uses a 12-hour one."""
    if "a" in QLocale().timeFormat(QLocale.FormatType.ShortFormat).lower():
        return clock_text(hour).replace(":00", "")
    return f"{hour:02d}"


def per_week_figure(insights: Insights) -> Figure:
    """Cramps per week."""
    chart = BarChart(
        QCoreApplication.translate("Insights", "Cramps per week"),
        tuple(week_axis_label(w.week) for w in insights.per_week),
        (Series(QCoreApplication.translate("Insights", "Cramps"), tuple(float(w.cramps) for w in insights.per_week)),),
        axis=QCoreApplication.translate("Insights", "Cramps"),
        note=week_note(insights.weeks),
    )
    return Figure("per_week", chart, say_all(describe_per_week(insights.per_week)))


def nights_figure(insights: Insights) -> Figure:
    """Nights with a cramp, cramp-free and without a record (unknown, never counted as good)."""
    share = insights.nights
    chart = SplitBar(
        QCoreApplication.translate("Insights", "Nights"),
        (
            Segment(QCoreApplication.translate("Insights", "With a cramp"), share.with_cramp, Fill.SOLID),
            Segment(QCoreApplication.translate("Insights", "Reported cramp-free"), share.cramp_free, Fill.HATCH),
            Segment(QCoreApplication.translate("Insights", "No record (unknown)"), share.unknown, Fill.OUTLINE),
        ),
        # The share that counts is among nights with a record (in the text); shares of all nights would mislead.
        shares=False,
    )
    return Figure("nights", chart, say_all(describe_night_share(share)))


def hours_figure(insights: Insights) -> Figure:
    """Starting hours, from noon to noon so the night sits in the middle."""
    pairs = insights.hours.in_night_order()
    chart = BarChart(
        QCoreApplication.translate("Insights", "Time of the cramps"),
        tuple(hour_axis_label(hour) if i % HOUR_LABEL_EVERY == 0 else "" for i, (hour, _) in enumerate(pairs)),
        (Series(QCoreApplication.translate("Insights", "Cramps"), tuple(float(count) for _, count in pairs)),),
        axis=QCoreApplication.translate("Insights", "Cramps by starting hour (local clock, noon to noon)"),
    )
    return Figure("hours", chart, say_all(describe_hours(insights.hours)))


_SIDE_FILLS = {Side.LEFT: Fill.SOLID, Side.RIGHT: Fill.HATCH, Side.BOTH: Fill.CROSS}


def sides_figure(insights: Insights) -> Figure:
    """Left, right and both."""
    counts = insights.sides.counts
    chart = SplitBar(
        QCoreApplication.translate("Insights", "Side"),
        tuple(Segment(label("Cramps", SIDE_LABELS[side]), counts[side], _SIDE_FILLS[side]) for side in Side),
    )
    return Figure("sides", chart, say_all(describe_sides(insights.sides)))


def places_figure(insights: Insights) -> Figure:
    """Places named (one cramp may name several)."""
    counts = insights.locations.counts
    chart = BarChart(
        QCoreApplication.translate("Insights", "Place"),
        tuple(label("Cramps", LOCATION_LABELS[place]) for place in counts),
        (
            Series(
                QCoreApplication.translate("Insights", "Cramps naming the place"),
                tuple(float(n) for n in counts.values()),
            ),
        ),
        axis=QCoreApplication.translate("Insights", "Cramps naming each place"),
    )
    return Figure("places", chart, say_all(describe_locations(insights.locations)))


def intensity_figure(insights: Insights) -> Figure:
    """Average and worst intensity per week, side by side."""
    weeks = insights.intensity
    chart = BarChart(
        QCoreApplication.translate("Insights", "Intensity per week"),
        tuple(week_axis_label(w.week) for w in weeks),
        (
            Series(QCoreApplication.translate("Insights", "Average"), tuple(w.average for w in weeks), Fill.SOLID),
            Series(
                QCoreApplication.translate("Insights", "Worst"),
                tuple(None if w.worst is None else float(w.worst) for w in weeks),
                Fill.HATCH,
            ),
        ),
        axis=QCoreApplication.translate("Insights", "Intensity, 0 to 10 (– no rated cramps)"),
        y_max=10,
        decimals=1,
        note=week_note(insights.weeks),
    )
    return Figure("intensity", chart, say_all(describe_intensity(weeks)))


def kind_text(kind: ReminderKind) -> str:
    """A reminder kind's label in the person's language."""
    return label("Reminders", KIND_LABELS[kind])


def adherence_heading(kind: KindAdherence) -> str:
    """A kind's heading with its score ("Raise your legs – score 58 %")."""
    return QCoreApplication.translate("Insights", "{kind} – score {score}").format(
        kind=kind_text(kind.kind), score=percent_text(kind.score)
    )


def adherence_figure(kind: KindAdherence) -> Figure:
    """Done, skipped, missed and not answered per week, stacked."""
    weeks = kind.weeks
    chart = BarChart(
        kind_text(kind.kind),
        tuple(week_axis_label(w.week) for w in weeks),
        (
            Series(QCoreApplication.translate("Insights", "Done"), tuple(float(w.done) for w in weeks), Fill.SOLID),
            Series(
                QCoreApplication.translate("Insights", "Skipped"), tuple(float(w.skipped) for w in weeks), Fill.HATCH
            ),
            Series(QCoreApplication.translate("Insights", "Missed"), tuple(float(w.missed) for w in weeks), Fill.CROSS),
            Series(
                QCoreApplication.translate("Insights", "Not answered"),
                tuple(float(w.unanswered) for w in weeks),
                Fill.OUTLINE,
            ),
        ),
        stacked=True,
        axis=QCoreApplication.translate("Insights", "Reminders per week"),
        note=week_note(tuple(w.week for w in weeks)),
    )
    return Figure(
        f"adherence:{kind.kind.value}",
        chart,
        say_all(describe_adherence(kind)),
        adherence_heading(kind),
        say_all(describe_adherence(kind, with_rule=False)),
    )


def comparison_figure(comparison: Comparison) -> Figure:
    """Night cramps per night after days a reminder was done and after days it was not (only with enough data)."""
    rates = (comparison.rate_with or 0.0, comparison.rate_without or 0.0)
    chart = BarChart(
        kind_text(comparison.kind),
        (
            plural(
                QCoreApplication.translate("Insights", "After a day done (%n night(s))", None, comparison.with_nights),
                comparison.with_nights,
            ),
            plural(
                QCoreApplication.translate(
                    "Insights", "After a day not done (%n night(s))", None, comparison.without_nights
                ),
                comparison.without_nights,
            ),
        ),
        (Series(QCoreApplication.translate("Insights", "Night cramps per night"), rates),),
        axis=QCoreApplication.translate("Insights", "Night cramps per night"),
        decimals=2,
        height=COMPARISON_HEIGHT,
    )
    return Figure(
        f"comparison:{comparison.kind.value}",
        chart,
        say_all(describe_comparison(comparison)),
        kind_text(comparison.kind),
    )


def score_rule_note() -> str:
    """The note saying how the adherence score works, in the person's language."""
    return QCoreApplication.translate("Insights", "How the score works: {rule}").format(
        rule=label("Insights", SCORE_RULE)
    )


def sections(insights: Insights, *, with_hints: bool = True) -> list[Section]:
    """Every section in the order shown; `with_hints` adds the "not enough nights yet" line (the tab's)."""
    out = [
        Section("per_week", QCoreApplication.translate("Insights", "Cramps per week"), (per_week_figure(insights),)),
        Section(
            "nights",
            QCoreApplication.translate("Insights", "Nights with a cramp"),
            (nights_figure(insights),),
            (
                QCoreApplication.translate(
                    "Insights",
                    "Only nights with a logged cramp or a cramp-free report count; nights without any record are "
                    "shown as unknown, not as good nights.",
                ),
                *say_all(describe_free_run(insights.free_run)),
            ),
        ),
        Section("hours", QCoreApplication.translate("Insights", "Time of the cramps"), (hours_figure(insights),)),
        Section(
            "sides",
            QCoreApplication.translate("Insights", "Side and place"),
            (sides_figure(insights), places_figure(insights)),
        ),
        Section("intensity", QCoreApplication.translate("Insights", "Intensity"), (intensity_figure(insights),)),
    ]
    if insights.adherence:
        out.append(
            Section(
                "adherence",
                QCoreApplication.translate("Insights", "Reminders: done, skipped and missed"),
                tuple(adherence_figure(kind) for kind in insights.adherence),
                (score_rule_note(),),
            )
        )
    shown = [c for c in insights.comparisons if c.enough]
    with_and_without = QCoreApplication.translate("Insights", "With and without")
    if shown:
        out.append(
            Section(
                "comparisons",
                with_and_without,
                tuple(comparison_figure(c) for c in shown),
                (label("Insights", ASSOCIATION_NOTE),),
            )
        )
    elif with_hints and insights.comparisons:
        out.append(
            Section(
                "comparisons",
                with_and_without,
                notes=(
                    QCoreApplication.translate(
                        "Insights",
                        "Comparisons of nights after days a reminder was done and days it was not appear once "
                        "there are at least {minimum} nights with a record on each side.",
                    ).format(minimum=MIN_NIGHTS_EACH_SIDE),
                ),
            )
        )
    return out


def read_insights(
    db: Database, nights: NightRange, night_window: NightWindow | None, week_start: int | None = None
) -> Insights:
    """Read a range from the log and compute its insights (on the thread that owns `db`).

    Weeks start on `week_start` (`date.weekday()`), by default on the locale's first day of the week.
    """
    data = InsightData(db).read(nights)
    start = first_weekday() if week_start is None else week_start
    return compute_insights(nights, data.cramps, data.cramp_free, data.reminders, night_window, start)


class InsightsSource:
    """What the tab reads: the log, the clock and the settings (night window, whether the check-in is on)."""

    def __init__(self, db: Database, clock: Clock, settings: SettingsService | None = None) -> None:
        self.database = db
        self.clock = clock
        self._settings = settings

    @property
    def settings(self) -> Settings:
        """The settings in force (defaults when the window has no settings service)."""
        return self._settings.settings if self._settings is not None else Settings()

    def now(self) -> datetime:
        """The local time now."""
        return self.clock.now()

    def night_window(self) -> NightWindow:
        """The person's night hours: cramps outside them count, but do not make a cramp night."""
        return (self.settings.night_starts, self.settings.night_ends)

    def check_in_on(self) -> bool:
        """Whether the morning check-in (which records cramp-free nights) is switched on."""
        return self.settings.reminders.rule(ReminderKind.MORNING_CHECK_IN).enabled

    def first_night(self) -> date | None:
        """The first night with any data, or None for an empty log."""
        return InsightData(self.database).first_night()

    def range_for(self, period: Period) -> NightRange:
        """The nights a period covers now."""
        earliest = self.first_night() if period is Period.ALL_TIME else None
        return range_for(period, self.now(), self.clock.tz, earliest)

    @property
    def week_start(self) -> int:
        """The day weeks start on (`date.weekday()`), from the locale."""
        return first_weekday()

    def compute(self, nights: NightRange) -> Insights:
        """The insights for a range, on this (the GUI) thread."""
        return read_insights(self.database, nights, self.night_window(), self.week_start)

    def compute_apart(self, nights: NightRange) -> Insights:
        """The insights for a range on a read-only connection of the calling thread's own."""
        with read_only(self.database.path, READ_INSIGHTS) as db:
            return read_insights(db, nights, self.night_window(), self.week_start)
