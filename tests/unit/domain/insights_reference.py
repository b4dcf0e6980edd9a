"""The insights computed the plain way, one step per cramp and per reminder, as they were before the tally.

The fast code (a sorted tally of wall-clock texts, bisection, runs of occurrences per week) must give exactly
these figures; the tests compare the two on random data, so a change to either shows up as a difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from cvi_companion.domain.cramps import Location, Side
from cvi_companion.domain.insights import (
    SCORE_HALF_LIFE,
    Comparison,
    CrampLike,
    FreeRun,
    HourHistogram,
    Insights,
    KindAdherence,
    LocationSplit,
    NightRange,
    NightShare,
    NightWindow,
    ReminderLike,
    SideSplit,
    WeekAdherence,
    WeekCount,
    WeekIntensity,
    night_for,
    weeks_of,
)
from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind

KEEP = 0.5 ** (1 / SCORE_HALF_LIFE)
COMPARED = (ReminderKind.BEDTIME_STRETCH, ReminderKind.STOCKINGS_ON, ReminderKind.ELEVATION, ReminderKind.WALKING)
COLUMN = {Outcome.DONE: 0, Outcome.SKIPPED: 1, Outcome.MISSED: 2, Outcome.SHOWN: 3, Outcome.SNOOZED: 3}


def _inside(local: time, window: NightWindow | None) -> bool:
    if window is None:
        return True
    starts, ends = window
    return (local >= starts or local < ends) if ends < starts else starts <= local < ends


def reference_insights(
    nights: NightRange,
    cramps: Iterable[CrampLike],
    cramp_free: Iterable[date],
    reminders: Iterable[ReminderLike],
    window: NightWindow | None = None,
    first_weekday: int = 0,
) -> Insights:
    """Every statistic of `compute_insights`, by walking the cramps and the occurrences one by one."""
    weeks = weeks_of(nights, first_weekday)
    monday = weeks[0].start
    kept: list[tuple[CrampLike, date, bool]] = []
    per_night: dict[date, int] = {}
    for cramp in cramps:
        night = night_for(cramp.started_at)
        if night not in nights:
            continue
        inside = _inside(cramp.started_at.time(), window)
        kept.append((cramp, night, inside))
        if inside:
            per_night[night] = per_night.get(night, 0) + 1
    reported = {night for night in cramp_free if night in nights}
    free = reported - per_night.keys()

    totals, daytime = [0] * len(weeks), [0] * len(weeks)
    hours = [0] * 24
    sides = dict.fromkeys(Side, 0)
    places = dict.fromkeys(Location, 0)
    sums, rated, top = [0] * len(weeks), [0] * len(weeks), [-1] * len(weeks)
    for cramp, night, inside in kept:
        index = (night - monday).days // 7
        totals[index] += 1
        daytime[index] += not inside
        hours[cramp.started_at.hour] += 1
        sides[cramp.side] += 1
        for place in set(cramp.locations):
            places[place] += 1
        if cramp.intensity is not None:
            sums[index] += cramp.intensity
            rated[index] += 1
            top[index] = max(top[index], cramp.intensity)

    best: FreeRun | None = None
    start: date | None = None
    for night in nights.nights():
        if night in free:
            start = start or night
            if best is None or (night - start).days + 1 >= best.nights:
                best = FreeRun(start, night)
        else:
            start = None

    history: dict[ReminderKind, list[tuple[datetime, date, Outcome]]] = {}
    for record in reminders:
        history.setdefault(record.kind, []).append((record.due, night_for(record.due), record.outcome))
    for items in history.values():
        items.sort(key=lambda item: item[0])

    return Insights(
        range=nights,
        weeks=weeks,
        per_week=tuple(WeekCount(w, t, d) for w, t, d in zip(weeks, totals, daytime, strict=True)),
        nights=NightShare(nights.count, len(per_night), len(free), len(reported & per_night.keys())),
        hours=HourHistogram(tuple(hours)),
        sides=SideSplit(sides),
        locations=LocationSplit(places, len(kept)),
        intensity=tuple(
            WeekIntensity(w, n, total / n if n else None, worst if n else None)
            for w, n, total, worst in zip(weeks, rated, sums, top, strict=True)
        ),
        free_run=best,
        adherence=_adherence(nights, weeks, history),
        comparisons=_comparisons(nights, history, per_night, free),
    )


def _adherence(nights: NightRange, weeks: Any, history: dict[ReminderKind, Any]) -> tuple[KindAdherence, ...]:
    monday = weeks[0].start
    out = []
    for kind in ReminderKind:
        records = [item for item in history.get(kind, ()) if item[1] <= nights.last]
        if not any(day >= nights.first for _, day, _ in records):
            continue
        tallies = [[0, 0, 0, 0] for _ in weeks]
        scores: list[float | None] = [None] * len(weeks)
        score = 0.0
        for _, day, outcome in records:
            score = score * KEEP + (1.0 - KEEP) * (outcome is Outcome.DONE)
            if day >= nights.first:
                index = (day - monday).days // 7
                tallies[index][COLUMN[outcome]] += 1
                scores[index] = score
        for index in range(1, len(scores)):
            if scores[index] is None:
                scores[index] = scores[index - 1]
        counts = tuple(WeekAdherence(week, *tally) for week, tally in zip(weeks, tallies, strict=True))
        out.append(KindAdherence(kind, counts, score, tuple(scores)))
    return tuple(out)


def _comparisons(
    nights: NightRange, history: dict[ReminderKind, Any], per_night: dict[date, int], free: set[date]
) -> tuple[Comparison, ...]:
    out = []
    for kind in COMPARED:
        due_days = {day for _, day, _ in history.get(kind, ())}
        done_days = {day for _, day, outcome in history.get(kind, ()) if outcome is Outcome.DONE}
        sides = {True: [0, 0], False: [0, 0]}
        for night in due_days:
            if night in nights and (night in per_night or night in free):
                side = sides[night in done_days]
                side[0] += 1
                side[1] += per_night.get(night, 0)
        result = Comparison(kind, sides[True][0], sides[True][1], sides[False][0], sides[False][1])
        if result.with_nights or result.without_nights:
            out.append(result)
    return tuple(out)
