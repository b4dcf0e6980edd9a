"""When reminders are due: pure functions of a plan, a time range and a time zone.

Rules that hold everywhere here (the bugs every reminder app we studied has):
- A daily time fires at most once per local date: an occurrence is named by its nominal local date and
  time ("elevation@2026-10-25T02:30"), so the autumn repeated hour cannot produce a second one.
- A local time that does not exist (the spring gap) moves forward to the first valid minute.
- Intervals count real elapsed seconds inside the day's window and restart from an anchor (a resume or a
  "done") when one is given.
- Quiet hours silence interval reminders; times the person set explicitly inside quiet hours still count.
- Arithmetic and comparisons happen in UTC: Python adds, subtracts and compares two datetimes that share a
  zone as plain wall-clock times, which is wrong across a clock change.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cvi_companion.domain.reminders import (
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderKind,
    ReminderPlan,
    ReminderRule,
)

# A wall-clock gap is at most a few hours anywhere; searching minute by minute past it is cheap and exact.
_MAX_GAP_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True, order=True)
class Occurrence:
    """One due reminder: when (aware, UTC), which kind, its stable slot name, and the local clock time."""

    due: datetime
    kind: ReminderKind
    slot: str
    local: datetime = field(compare=False)

    @property
    def key(self) -> str:
        """A stable identifier, e.g. "stockings-on@2026-11-23T07:30" (also a scheduler job id)."""
        return f"{self.kind.value}@{self.slot}"


def _occurrence(instant: datetime, kind: ReminderKind, slot: str, tz: tzinfo) -> Occurrence:
    return Occurrence(instant.astimezone(UTC), kind, slot, instant.astimezone(UTC).astimezone(tz))


def _exists(naive: datetime, tz: tzinfo) -> bool:
    aware = naive.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def resolve_local(day: date, clock: time, tz: tzinfo) -> datetime:
    """The instant a wall-clock time happens on a date.

    A time skipped by a clock change moves to the first valid minute; a repeated time means its first pass.
    """
    naive = datetime.combine(day, clock)
    if _exists(naive, tz):
        return naive.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz)
    candidate = naive.replace(second=0, microsecond=0)
    for _ in range(_MAX_GAP_MINUTES):
        candidate += timedelta(minutes=1)
        if _exists(candidate, tz):
            return candidate.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
    raise ValueError(f"no valid local time after {naive} in {tz}")  # pragma: no cover - no such zone exists


def _local_dates(start: datetime, end: datetime, tz: tzinfo) -> Iterable[date]:
    # One day either side: a nominal time on a neighbouring date can still fall inside the range.
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _slot(day: date, clock: time) -> str:
    return f"{day.isoformat()}T{clock.strftime('%H:%M')}"


def _daily(kind: ReminderKind, schedule: DailyTimes, start: datetime, end: datetime, tz: tzinfo) -> list[Occurrence]:
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    out = []
    for day in _local_dates(start, end, tz):
        if day.weekday() not in schedule.days:
            continue
        for clock in schedule.times:
            due = resolve_local(day, clock, tz).astimezone(UTC)
            if start < due <= end:
                out.append(_occurrence(due, kind, _slot(day, clock), tz))
    return out


def _interval(
    kind: ReminderKind,
    schedule: Interval,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    anchor: datetime | None,
) -> list[Occurrence]:
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    anchor = anchor.astimezone(UTC) if anchor is not None else None
    out = []
    step = timedelta(seconds=schedule.every_s)
    for day in _local_dates(start, end, tz):
        if day.weekday() not in schedule.days:
            continue
        opens = resolve_local(day, schedule.starts, tz).astimezone(UTC)
        closes = resolve_local(day, schedule.ends, tz).astimezone(UTC)
        # The first reminder comes one interval after the window opens, or after the anchor inside it.
        origin = anchor if anchor is not None and opens <= anchor < closes else opens
        due = origin + step
        while due < closes:
            if start < due <= end:
                local = due.astimezone(tz)
                out.append(_occurrence(due, kind, _slot(local.date(), local.time()), tz))
            due += step
    return out


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _monthly(kind: ReminderKind, schedule: EveryMonths, start: datetime, end: datetime, tz: tzinfo) -> list[Occurrence]:
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    out = []
    last_day = end.astimezone(tz).date()
    step = 1
    day = _add_months(schedule.since, schedule.months)
    while day <= last_day:
        due = resolve_local(day, schedule.at, tz).astimezone(UTC)
        if start < due <= end:
            out.append(_occurrence(due, kind, _slot(day, schedule.at), tz))
        step += 1
        day = _add_months(schedule.since, schedule.months * step)
    return out


def rule_occurrences(
    rule: ReminderRule, start: datetime, end: datetime, tz: tzinfo, anchor: datetime | None = None
) -> list[Occurrence]:
    """A rule's occurrences with start < due <= end, in time order (quiet hours not applied)."""
    schedule = rule.schedule
    if isinstance(schedule, DailyTimes):
        found = _daily(rule.kind, schedule, start, end, tz)
    elif isinstance(schedule, Interval):
        found = _interval(rule.kind, schedule, start, end, tz, anchor)
    else:
        found = _monthly(rule.kind, schedule, start, end, tz)
    return sorted(found)


def in_quiet_hours(moment: datetime, plan: ReminderPlan, tz: tzinfo) -> bool:
    """Whether a moment falls in the quiet hours (which may wrap past midnight)."""
    local = moment.astimezone(tz).time()
    starts, ends = plan.quiet_starts, plan.quiet_ends
    if starts == ends:
        return False
    if starts < ends:
        return starts <= local < ends
    return local >= starts or local < ends


def occurrences(
    plan: ReminderPlan,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    anchors: dict[ReminderKind, datetime] | None = None,
) -> list[Occurrence]:
    """Every active reminder due in (start, end], in time order.

    Interval reminders are dropped in quiet hours; fixed times are kept there, because the person chose them.
    """
    anchors = anchors or {}
    fixed: list[Occurrence] = []
    interval: list[Occurrence] = []
    busy: list[tuple[datetime, datetime]] = []
    for rule in plan.active_rules():
        # Look a little wider for fixed activities, so one just outside the range still blocks a break.
        lead = timedelta(seconds=rule.activity_s or 0) + BREAK_CLEARANCE
        wide = rule_occurrences(rule, start - lead, end + BREAK_CLEARANCE, tz, anchors.get(rule.kind))
        if isinstance(rule.schedule, Interval):
            interval.extend(o for o in wide if not in_quiet_hours(o.due, plan, tz))
        else:
            fixed.extend(wide)
            if rule.activity_s:
                busy.extend((o.due - BREAK_CLEARANCE, o.due + timedelta(seconds=rule.activity_s)) for o in wide)
    # A walking break that would land during (or just before) a timed activity such as raising the legs is
    # dropped: one gentle prompt at a time.
    interval = [o for o in interval if not any(lo <= o.due < hi for lo, hi in busy)]
    start_u, end_u = start.astimezone(UTC), end.astimezone(UTC)
    return sorted(o for o in fixed + interval if start_u < o.due <= end_u)


def next_per_kind(
    plan: ReminderPlan,
    after: datetime,
    tz: tzinfo,
    anchors: dict[ReminderKind, datetime] | None = None,
    skip: Callable[[Occurrence], bool] | None = None,
    horizon_days: int = 400,
) -> dict[ReminderKind, Occurrence]:
    """The next occurrence of each active kind after a moment.

    Occurrences `skip` rejects are passed over (the service skips what was already answered).
    """
    found: dict[ReminderKind, Occurrence] = {}
    window = timedelta(days=2)
    start = after
    limit = after + timedelta(days=horizon_days)
    kinds = {rule.kind for rule in plan.active_rules()}
    while start < limit and len(found) < len(kinds):
        # Only the kinds still missing are searched (a months-long search for the stocking replacement must
        # not drag every walking break along), plus the timed activities that still decide where breaks fall.
        breaks_missing = any(isinstance(r.schedule, Interval) and r.kind not in found for r in plan.rules)
        needed = tuple(
            r
            for r in plan.rules
            if r.kind not in found or (breaks_missing and r.activity_s and not isinstance(r.schedule, Interval))
        )
        for occurrence in occurrences(replace(plan, rules=needed), start, start + window, tz, anchors):
            if occurrence.kind not in found and not (skip and skip(occurrence)):
                found[occurrence.kind] = occurrence
        start += window
        window = min(window * 4, timedelta(days=120))
    return found


# A break is not prompted this soon before a timed activity (nor during it).
BREAK_CLEARANCE = timedelta(minutes=10)

# How long after its due time a missed care task is still worth showing once, per kind. None: never
# shown after an absence (an interval break simply restarts from the moment the person is back).
STILL_RELEVANT_S: dict[ReminderKind, int | None] = {
    ReminderKind.ELEVATION: 2 * 3600,
    ReminderKind.WALKING: None,
    ReminderKind.STOCKINGS_ON: 5 * 3600,
    ReminderKind.STOCKINGS_OFF: 4 * 3600,
    ReminderKind.BEDTIME_STRETCH: 1 * 3600,
    ReminderKind.MORNING_CHECK_IN: 6 * 3600,
    ReminderKind.STOCKING_REPLACEMENT: 60 * 86400,
}


@dataclass(frozen=True, slots=True)
class AbsenceOutcome:
    """What to do about reminders that fell due while the person was away (asleep, paused, closed)."""

    show: tuple[Occurrence, ...]
    missed: tuple[Occurrence, ...]


def after_absence(plan: ReminderPlan, away_from: datetime, back_at: datetime, tz: tzinfo) -> AbsenceOutcome:
    """Split what fell due during an absence into what to show now and what was missed.

    At most one occurrence per kind is shown ("this was due at 07:30"), and only while still relevant; the
    rest is recorded as missed. Nothing due means nothing shown: opening the lid never brings up a reminder.
    """
    due = occurrences(plan, away_from, back_at, tz)
    latest: dict[ReminderKind, Occurrence] = {}
    for occurrence in due:
        latest[occurrence.kind] = occurrence
    show = []
    for kind, occurrence in latest.items():
        window = STILL_RELEVANT_S[kind]
        if window is not None and back_at.timestamp() - occurrence.due.timestamp() <= window:
            show.append(occurrence)
    shown = set(show)
    return AbsenceOutcome(show=tuple(sorted(show)), missed=tuple(o for o in due if o not in shown))
