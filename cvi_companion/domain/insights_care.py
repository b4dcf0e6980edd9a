"""Insights, part three: reminder adherence per week, a smoothed score per kind, and "with and without".

A reminder occurrence belongs to a care day named like a night: from 04:00 to 04:00 of the wall clock where
it was due (`night_of` of its due time), so a bedtime stretch answered at 00:30 still counts for the evening
before, and the care day of date D is followed by night D.

The history is grouped once into a `CareLog`: per kind, the care days (as `date.toordinal()` numbers, cheaper
than tens of thousands of dates) and outcomes of its occurrences in due order. `care_log` builds it from
records; `storage.insight_data` builds the same straight from the log's columns.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import compress, islice, pairwise, repeat
from operator import is_, itemgetter, le
from typing import NamedTuple, Protocol

from cvi_companion.domain.insights_nights import NightLog
from cvi_companion.domain.insights_range import NightRange, Week, night_for
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


@dataclass(frozen=True, slots=True)
class KindHistory:
    """One kind's occurrences, oldest first (by due time).

    `days` holds the care day of each as `date.toordinal()`, `outcomes` what finally became of it.
    """

    days: Sequence[int]
    outcomes: Sequence[Outcome]


@dataclass(frozen=True, slots=True)
class CareLog:
    """Reminder history grouped by kind, each kind's occurrences in due order."""

    by_kind: Mapping[ReminderKind, KindHistory]

    @property
    def occurrences(self) -> int:
        """How many occurrences the history holds."""
        return sum(len(history.days) for history in self.by_kind.values())


def care_log(reminders: Iterable[ReminderLike] | CareLog) -> CareLog:
    """Group and sort the history once, so each statistic need not (a long range has tens of thousands)."""
    if isinstance(reminders, CareLog):
        return reminders
    groups: dict[ReminderKind, list[tuple[datetime, int, Outcome]]] = {}
    for record in reminders:
        groups.setdefault(record.kind, []).append((record.due, night_for(record.due).toordinal(), record.outcome))
    by_kind = {}
    for kind, items in groups.items():
        items.sort(key=itemgetter(0))  # by the instant; occurrences due at the same moment keep their order
        by_kind[kind] = KindHistory([item[1] for item in items], [item[2] for item in items])
    return CareLog(by_kind)


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
    # Names bound locally: a long range runs this once per occurrence, tens of thousands of times.
    score, keep, gain, done = start, _KEEP, 1.0 - _KEEP, Outcome.DONE
    for outcome in outcomes:
        # score * keep + gain * done, without adding a zero when not done: the same result at half the cost.
        score *= keep
        if outcome is done:
            score += gain
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
    out = []
    for kind in ReminderKind:
        history = care.by_kind.get(kind)
        if history is not None:
            result = _kind_adherence(kind, history, nights, weeks)
            if result is not None:
                out.append(result)
    return tuple(out)


def _kind_adherence(
    kind: ReminderKind, history: KindHistory, nights: NightRange, weeks: Sequence[Week]
) -> KindAdherence | None:
    """One kind's adherence, or None when it has no occurrence in the range."""
    days, outcomes = history.days, history.outcomes
    first, last = nights.first.toordinal(), nights.last.toordinal()
    tallies = [[0, 0, 0, 0] for _ in weeks]
    scores: list[float | None] = [None] * len(weeks)
    score = 0.0
    if all(map(le, days, islice(days, 1, None))):
        # In due order the care days almost always run in order too (travelling west can turn them back), so
        # each week's occurrences are one run, found by bisection, and its outcomes are counted in one go.
        bounds = [bisect_left(days, week.first.toordinal()) for week in weeks]
        bounds.append(bisect_right(days, last))
        score = habit_score(outcomes[: bounds[0]])
        for index, (low, high) in enumerate(pairwise(bounds)):
            if low < high:
                run = outcomes[low:high]
                score = habit_score(run, score)
                scores[index] = score
                by_outcome = [run.count(Outcome.DONE), run.count(Outcome.SKIPPED), run.count(Outcome.MISSED)]
                tallies[index] = [*by_outcome, len(run) - sum(by_outcome)]  # the rest were shown or snoozed
        if bounds[0] == bounds[-1]:
            return None
    else:
        monday = weeks[0].start.toordinal()
        counted = False
        keep, gain, is_done = _KEEP, 1.0 - _KEEP, Outcome.DONE
        for day, outcome in zip(days, outcomes, strict=True):
            if day > last:
                continue
            # habit_score, inlined: this loop runs once per occurrence of the range.
            score *= keep
            if outcome is is_done:
                score += gain
            if day >= first:
                counted = True
                index = (day - monday) // 7
                tallies[index][_COLUMN[outcome]] += 1
                scores[index] = score
        if not counted:
            return None
    # A week without occurrences carries the score of the week before (the score only moves on occurrences).
    for index in range(1, len(scores)):
        if scores[index] is None:
            scores[index] = scores[index - 1]
    counts = tuple(WeekAdherence(week, *tally) for week, tally in zip(weeks, tallies, strict=True))
    return KindAdherence(kind, counts, score, tuple(scores))


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
    history = care_log(reminders).by_kind.get(kind, KindHistory((), ()))
    return _compare(kind, history, *_nights_with_data(log))


def _nights_with_data(log: NightLog) -> tuple[dict[int, int], set[int]]:
    """Night cramps per night, and every night with data, by `date.toordinal()` (all inside the range)."""
    cramps = {night.toordinal(): count for night, count in log.cramp_nights.items()}
    return cramps, cramps.keys() | {night.toordinal() for night in log.free_nights}


def _compare(kind: ReminderKind, history: KindHistory, cramps: dict[int, int], with_data: set[int]) -> Comparison:
    done_days = set(compress(history.days, map(is_, history.outcomes, repeat(Outcome.DONE))))
    compared = with_data.intersection(history.days)
    done, not_done = compared & done_days, compared - done_days
    return Comparison(
        kind,
        len(done),
        sum(map(cramps.get, done, repeat(0))),
        len(not_done),
        sum(map(cramps.get, not_done, repeat(0))),
    )


def comparisons(
    log: NightLog, reminders: Iterable[ReminderLike] | CareLog, kinds: Iterable[ReminderKind] = COMPARED_KINDS
) -> tuple[Comparison, ...]:
    """`with_and_without` for each kind that was due at least once on a night with data."""
    care = care_log(reminders)
    cramps, with_data = _nights_with_data(log)
    out = []
    for kind in kinds:
        result = _compare(kind, care.by_kind.get(kind, KindHistory((), ())), cramps, with_data)
        if result.with_nights or result.without_nights:
            out.append(result)
    return tuple(out)
