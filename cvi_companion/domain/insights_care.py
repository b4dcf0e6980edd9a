"""Insights, part three: reminder adherence per week, a smoothed score per kind, and "with and without".

A reminder occurrence belongs to a care day named like a night: from 04:00 to 04:00 of the wall clock where
it was due (`night_of` of its due time), so a bedtime stretch answered at 00:30 still counts for the evening
before, and the care day of date D is followed by night D.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple, Protocol

from cvi_companion.domain.insights_nights import NightLog, NightRange, Week, night_for
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.text import QT_TRANSLATE_NOOP

# Loop Habit Tracker's daily half-life is 13 days; counting in occurrences instead of days keeps the score
# comparable between a kind due once a day and one due every half hour.
SCORE_HALF_LIFE = 14
_KEEP = 0.5 ** (1 / SCORE_HALF_LIFE)
# Occurrences before the range that the score starts from: after 8 half-lives older history weighs under 0.4 %.
SCORE_WARMUP = 8 * SCORE_HALF_LIFE
SCORE_RULE = QT_TRANSLATE_NOOP(
    "Insights",
    "The score moves towards 100 % each time you do this reminder and towards 0 % each time it is skipped, "
    "missed or left unanswered. Recent reminders count most: each one counts half as much after 14 more, "
    "so a few misses after a good run only dent the score.",
)

# Kinds whose effect on the following night is worth comparing (the morning check-in is about the night
# before, and replacing stockings is too rare to compare).
COMPARED_KINDS: tuple[ReminderKind, ...] = (
    ReminderKind.BEDTIME_STRETCH,
    ReminderKind.STOCKINGS_ON,
    ReminderKind.ELEVATION,
    ReminderKind.WALKING,
)
MIN_NIGHTS_EACH_SIDE = 3
ASSOCIATION_NOTE = QT_TRANSLATE_NOOP(
    "Insights",
    "This is an association, not proof: nights on the two sides may differ in other ways too "
    "(a long day standing, heat, a new medicine).",
)


class ReminderLike(Protocol):
    """What the insights read of an occurrence; `ReminderRecord` and the lighter `ReminderPoint` both fit."""

    @property
    def kind(self) -> ReminderKind:
        """Which reminder."""

    @property
    def due(self) -> datetime:
        """Aware due time, in the UTC offset where it was due."""

    @property
    def outcome(self) -> Outcome:
        """What finally became of it."""


class ReminderPoint(NamedTuple):
    """Just the fields the insights need (the slot names the occurrence, to merge reads without doubles)."""

    kind: ReminderKind
    slot: str
    due: datetime
    outcome: Outcome


def care_day(due: datetime) -> date:
    """The day an occurrence counts for: 04:00 to 04:00 of its own wall clock, like a night."""
    return night_for(due)


Occurrence = tuple[datetime, date, Outcome]


@dataclass(frozen=True, slots=True)
class CareLog:
    """Reminder history grouped by kind, each occurrence as (due, care day, outcome), oldest first."""

    by_kind: Mapping[ReminderKind, tuple[Occurrence, ...]]


def care_log(reminders: Iterable[ReminderLike] | CareLog) -> CareLog:
    """Group and sort the history once, so each statistic need not (a long range has tens of thousands)."""
    if isinstance(reminders, CareLog):
        return reminders
    groups: dict[ReminderKind, list[Occurrence]] = {}
    for record in reminders:
        groups.setdefault(record.kind, []).append((record.due, night_for(record.due), record.outcome))
    return CareLog({kind: tuple(sorted(items, key=lambda item: item[0])) for kind, items in groups.items()})


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    """What became of one kind's occurrences in one week.

    `unanswered` are occurrences whose final outcome is shown or snoozed: seen, never answered.
    """

    week: Week
    done: int = 0
    skipped: int = 0
    missed: int = 0
    unanswered: int = 0

    @property
    def total(self) -> int:
        """All occurrences of the week."""
        return self.done + self.skipped + self.missed + self.unanswered


@dataclass(frozen=True, slots=True)
class KindAdherence:
    """One reminder kind over the range: weekly counts, the score at the end, and the score after each week."""

    kind: ReminderKind
    weeks: tuple[WeekAdherence, ...]
    score: float
    weekly_scores: tuple[float | None, ...]

    @property
    def done(self) -> int:
        """Done over the whole range."""
        return sum(w.done for w in self.weeks)

    @property
    def total(self) -> int:
        """Occurrences over the whole range."""
        return sum(w.total for w in self.weeks)


def habit_score(outcomes: Iterable[Outcome], start: float = 0.0) -> float:
    """Exponential moving average over occurrences, oldest first: done is 1, anything else 0."""
    score = start
    for outcome in outcomes:
        score = score * _KEEP + (1.0 - _KEEP) * (outcome is Outcome.DONE)
    return score


# Column of each outcome in the weekly tallies: done, skipped, missed, unanswered (shown or snoozed).
_COLUMN = {Outcome.DONE: 0, Outcome.SKIPPED: 1, Outcome.MISSED: 2, Outcome.SHOWN: 3, Outcome.SNOOZED: 3}


def adherence(
    nights: NightRange, weeks: Sequence[Week], reminders: Iterable[ReminderLike] | CareLog
) -> tuple[KindAdherence, ...]:
    """Adherence per kind with at least one occurrence in the range, in the kinds' declared order.

    Occurrences before the range (see SCORE_WARMUP) only feed the score; later ones are ignored.
    """
    care = care_log(reminders)
    monday = weeks[0].start
    out = []
    for kind in ReminderKind:
        records = [item for item in care.by_kind.get(kind, ()) if item[1] <= nights.last]
        if not any(day >= nights.first for _, day, _ in records):
            continue
        tallies = [[0, 0, 0, 0] for _ in weeks]
        scores: list[float | None] = [None] * len(weeks)
        score = 0.0
        for _, day, outcome in records:
            # habit_score, inlined: this loop runs once per occurrence of the range.
            score = score * _KEEP + (1.0 - _KEEP) * (outcome is Outcome.DONE)
            if day >= nights.first:
                index = (day - monday).days // 7
                tallies[index][_COLUMN[outcome]] += 1
                scores[index] = score
        # A week without occurrences carries the score of the week before (the score only moves on occurrences).
        for index in range(1, len(scores)):
            if scores[index] is None:
                scores[index] = scores[index - 1]
        counts = tuple(WeekAdherence(week, *tally) for week, tally in zip(weeks, tallies, strict=True))
        out.append(KindAdherence(kind, counts, score, tuple(scores)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Night cramps after care days when a kind was done, against care days when it was due but not done."""

    kind: ReminderKind
    with_nights: int
    with_cramps: int
    without_nights: int
    without_cramps: int

    @property
    def enough(self) -> bool:
        """Whether each side has at least MIN_NIGHTS_EACH_SIDE nights with data."""
        return min(self.with_nights, self.without_nights) >= MIN_NIGHTS_EACH_SIDE

    @property
    def rate_with(self) -> float | None:
        """Night cramps per night after a day it was done (None until there is enough data)."""
        return self.with_cramps / self.with_nights if self.enough else None

    @property
    def rate_without(self) -> float | None:
        """Night cramps per night after a day it was not done (None until there is enough data)."""
        return self.without_cramps / self.without_nights if self.enough else None


def with_and_without(log: NightLog, reminders: Iterable[ReminderLike] | CareLog, kind: ReminderKind) -> Comparison:
    """Compare nights after a care day with `kind` done (at least once) to nights after one without.

    "Without" means the kind was due that day and not done (skipped, missed or unanswered); a day with no
    occurrence at all (the reminder was off) tells nothing and is left out, as are nights without data.
    """
    done_days: set[date] = set()
    due_days: set[date] = set()
    for _, day, outcome in care_log(reminders).by_kind.get(kind, ()):
        due_days.add(day)
        if outcome is Outcome.DONE:
            done_days.add(day)
    sides = {True: [0, 0], False: [0, 0]}  # done -> [nights, cramps]
    for night in due_days:
        if night in log.range and log.has_data(night):
            side = sides[night in done_days]
            side[0] += 1
            side[1] += log.cramp_nights.get(night, 0)
    return Comparison(kind, sides[True][0], sides[True][1], sides[False][0], sides[False][1])


def comparisons(
    log: NightLog, reminders: Iterable[ReminderLike] | CareLog, kinds: Iterable[ReminderKind] = COMPARED_KINDS
) -> tuple[Comparison, ...]:
    """`with_and_without` for each kind that was due at least once on a night with data."""
    care = care_log(reminders)
    out = []
    for kind in kinds:
        result = with_and_without(log, care, kind)
        if result.with_nights or result.without_nights:
            out.append(result)
    return tuple(out)
