"""The reminder plan as an iCalendar file (RFC 5545), written by hand: recurring events with alarms.

A phone calendar can then remind the person away from the desk. Each fixed time becomes one weekly (or
daily) event; each interval slot the app would actually prompt becomes one too, so quiet hours and the
clearance before a timed activity hold on the phone as well. Times carry the IANA zone name and a
VTIMEZONE derived from zoneinfo; a zone without a name falls back to UTC.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cvi_companion import __version__
from cvi_companion.domain.reminder_schedule import occurrences, resolve_local
from cvi_companion.domain.reminders import (
    KIND_LABELS,
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderKind,
    ReminderPlan,
    ReminderRule,
)

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = f"-//cvi-companion//cvi-companion {__version__}//EN"
UID_DOMAIN = "cvi-companion"
DEFAULT_DURATION_S = 5 * 60
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # date.weekday() order
_WEEK = timedelta(days=7)


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold one content line to at most 75 octets per physical line (RFC 5545 3.1), joined by CRLF.

    Continuation lines start with one space; a multi-byte UTF-8 character is never split.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [" "], 1, MAX_OCTETS
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return CRLF.join(pieces)


def iana_key(tz: tzinfo) -> str | None:
    """The zone's IANA name, or None for a fixed-offset or file-based zone that has none."""
    key = tz.key if isinstance(tz, ZoneInfo) else None
    if key and key.startswith("/") and "zoneinfo/" in key:
        key = key.split("zoneinfo/", 1)[1]  # TZ=/usr/share/zoneinfo/Europe/Berlin names its zone too
    if not key or key.startswith("/") or key == "localtime":
        return None
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return key


def _offset(delta: timedelta | None) -> str:
    seconds = int((delta or timedelta(0)).total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _local_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True, slots=True)
class _Transition:
    at: datetime  # UTC instant of the change
    before: timedelta
    after: timedelta
    dst: bool
    name: str

    @property
    def wall(self) -> datetime:
        """The local wall-clock time at the change, on the clock that was in force before it (as RFC 5545 wants)."""
        return (self.at + self.before).replace(tzinfo=None)


def _transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every change of UTC offset or DST flag in the years given, found hour by hour then minute by minute."""
    found = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    hour, minute = timedelta(hours=1), timedelta(minutes=1)

    def state(instant: datetime) -> tuple[timedelta | None, timedelta | None]:
        local = instant.astimezone(zone)
        return local.utcoffset(), local.dst()

    previous = state(moment)
    while moment < end:
        following = state(moment + hour)
        if following != previous:
            instant = moment
            while state(instant) == previous:
                instant += minute
            local = instant.astimezone(zone)
            found.append(
                _Transition(
                    at=instant,
                    before=previous[0] or timedelta(0),
                    after=following[0] or timedelta(0),
                    dst=bool(local.dst()),
                    name=local.tzname() or "",
                )
            )
        previous = following
        moment += hour
    return found


def _yearly_rule(group: list[_Transition], years: range) -> str | None:
    """A FREQ=YEARLY rule (month, nth weekday, wall time) that produces exactly these changes, if one does."""
    if len(group) != len(years) or sorted(t.wall.year for t in group) != list(years):
        return None
    first = group[0].wall
    month_days = calendar.monthrange(first.year, first.month)[1]
    candidates = [(first.day - 1) // 7 + 1]
    if first.day + 7 > month_days:
        candidates.append(-1)
    for nth in candidates:
        if all(_nth_weekday(t.wall.year, first.month, first.weekday(), nth) == t.wall.date() for t in group) and all(
            t.wall.time() == first.time() for t in group
        ):
            return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={nth}{_BYDAY[first.weekday()]}"
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    if nth > len(days):
        return None
    return date(year, month, days[nth - 1] if nth > 0 else days[nth])


def vtimezone(zone: ZoneInfo, key: str, year: int) -> list[str]:
    """A VTIMEZONE for the zone, from the year before `year` on (so early-year dates are covered too).

    Each kind of change becomes one STANDARD or DAYLIGHT block with a yearly RRULE when one rule fits the
    three years scanned; otherwise each change gets a block of its own. A zone without changes gets one
    STANDARD block.
    """
    years = range(year - 1, year + 2)
    found = _transitions(zone, years[0], years[-1])
    lines = ["BEGIN:VTIMEZONE", f"TZID:{key}"]
    if not found:
        probe = datetime(year, 1, 1, tzinfo=UTC).astimezone(zone)
        offset = _offset(probe.utcoffset())
        lines += [
            "BEGIN:STANDARD",
            f"DTSTART:{years[0]}0101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            f"TZNAME:{escape_text(probe.tzname() or key)}",
            "END:STANDARD",
        ]
        return [*lines, "END:VTIMEZONE"]
    groups: dict[tuple[timedelta, timedelta, bool, str], list[_Transition]] = defaultdict(list)
    for change in found:
        groups[(change.before, change.after, change.dst, change.name)].append(change)
    blocks: list[tuple[datetime, list[str]]] = []
    for (before, after, dst, name), group in groups.items():
        rule = _yearly_rule(group, years)
        members = group[:1] if rule else group
        for change in members:
            block = "DAYLIGHT" if dst else "STANDARD"
            body = [
                f"BEGIN:{block}",
                f"DTSTART:{_local_stamp(change.wall)}",
                f"TZOFFSETFROM:{_offset(before)}",
                f"TZOFFSETTO:{_offset(after)}",
            ]
            if rule:
                body.append(f"RRULE:{rule}")
            if name:
                body.append(f"TZNAME:{escape_text(name)}")
            body.append(f"END:{block}")
            blocks.append((change.at, body))
    for _, body in sorted(blocks, key=lambda item: item[0]):
        lines += body
    return [*lines, "END:VTIMEZONE"]


@dataclass(frozen=True, slots=True)
class _Event:
    kind: ReminderKind
    clock: time
    first: date  # the local date of the first occurrence
    rrule: str
    duration_s: int


def _first_day(start: date, days: Iterable[int]) -> date:
    allowed = set(days)
    day = start
    while day.weekday() not in allowed:
        day += timedelta(days=1)
    return day


def _weekly(days: Iterable[int]) -> str:
    chosen = sorted(set(days))
    if len(chosen) == 7:
        return "FREQ=DAILY"
    return "FREQ=WEEKLY;BYDAY=" + ",".join(_BYDAY[d] for d in chosen)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _representative_week(start: date, tz: tzinfo) -> date:
    """The first Monday-to-Sunday week from `start` on without a clock change (interval slots shift on one)."""
    monday = start - timedelta(days=start.weekday())
    for _ in range(60):
        offsets = {
            datetime.combine(monday + timedelta(days=d), time()).replace(tzinfo=tz).utcoffset() for d in range(8)
        }
        if len(offsets) == 1:
            return monday
        monday += _WEEK
    return monday  # pragma: no cover - a zone changing its clock every week for a year does not exist


def _interval_events(plan: ReminderPlan, rule: ReminderRule, start: date, tz: tzinfo) -> list[_Event]:
    """The slots the app would prompt in one ordinary week (quiet hours and activity clearance applied)."""
    monday = _representative_week(start, tz)
    # A monthly task would block a slot in whichever week it falls; the calendar keeps the slot every week.
    for other in plan.active_rules():
        if isinstance(other.schedule, EveryMonths):
            plan = plan.with_rule(replace(other, enabled=False))
    opens = datetime.combine(monday, time()).replace(tzinfo=tz)
    found = occurrences(plan, opens - timedelta(seconds=1), opens + _WEEK - timedelta(seconds=1), tz)
    slots: dict[time, set[int]] = defaultdict(set)
    for occurrence in found:
        if occurrence.kind is rule.kind:
            slots[occurrence.local.time()].add(occurrence.local.weekday())
    duration = rule.activity_s or DEFAULT_DURATION_S
    return [
        _Event(rule.kind, clock, _first_day(start, days), _weekly(days), duration)
        for clock, days in sorted(slots.items())
    ]


def _events(plan: ReminderPlan, start: date, tz: tzinfo) -> list[_Event]:
    events: list[_Event] = []
    for rule in plan.active_rules():
        schedule = rule.schedule
        duration = rule.activity_s or DEFAULT_DURATION_S
        if isinstance(schedule, DailyTimes):
            first = _first_day(start, schedule.days)
            events += [
                _Event(rule.kind, clock, first, _weekly(schedule.days), duration) for clock in sorted(schedule.times)
            ]
        elif isinstance(schedule, Interval):
            events += _interval_events(plan, rule, start, tz)
        elif isinstance(schedule, EveryMonths):
            events.append(_monthly_event(rule.kind, schedule, start, duration))
    return events


def _monthly_event(kind: ReminderKind, schedule: EveryMonths, start: date, duration: int) -> _Event:
    step = 1
    first = _add_months(schedule.since, schedule.months)
    while first < start:
        step += 1
        first = _add_months(schedule.since, schedule.months * step)
    rule = f"FREQ=MONTHLY;INTERVAL={schedule.months}"
    day = schedule.since.day
    if day > 28:
        # The app moves the 31st to a shorter month's last day; "the last of the 28th..31st that exists"
        # says the same in RFC 5545 (a plain BYMONTHDAY would skip those months instead).
        rule += ";BYMONTHDAY=" + ",".join(str(d) for d in range(28, day + 1)) + ";BYSETPOS=-1"
    else:
        rule += f";BYMONTHDAY={day}"
    return _Event(kind, schedule.at, first, rule, duration)


def _uid(event: _Event) -> str:
    clock = event.clock.strftime("%H%M") + (event.clock.strftime("%S") if event.clock.second else "")
    return f"{event.kind.value}-{clock}@{UID_DOMAIN}"


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{secs}S" if secs else "")
    return text if text != "PT" else "PT0M"


def _description(event: _Event) -> str:
    label = KIND_LABELS[event.kind]
    minutes = max(1, round(event.duration_s / 60))
    return f"{label}, about {minutes} min. From cvi-companion; change the plan there, then export again."


def _shift_days(rrule: str, shift: int) -> str:
    """Move a BYDAY list by whole days (a local time written in UTC can fall on the neighbouring date)."""
    if not shift or "BYDAY=" not in rrule:
        return rrule
    head, days = rrule.split("BYDAY=", 1)
    moved = sorted((_BYDAY.index(d) + shift) % 7 for d in days.split(","))
    return head + "BYDAY=" + ",".join(_BYDAY[d] for d in moved)


def _event_lines(event: _Event, tz: tzinfo, key: str | None, stamp: str) -> list[str]:
    local = resolve_local(event.first, event.clock, tz)
    rrule = event.rrule
    if key is not None:
        dtstart = f"DTSTART;TZID={key}:{_local_stamp(local)}"
    else:
        dtstart = f"DTSTART:{_utc_stamp(local)}"
        rrule = _shift_days(rrule, (local.astimezone(UTC).date() - local.date()).days)
    label = KIND_LABELS[event.kind]
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(event)}",
        f"DTSTAMP:{stamp}",
        dtstart,
        f"DURATION:{_duration(event.duration_s)}",
        f"RRULE:{rrule}",
        f"SUMMARY:{escape_text(label)}",
        f"DESCRIPTION:{escape_text(_description(event))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT0M",
        f"DESCRIPTION:{escape_text(label)}",
        "END:VALARM",
        "END:VEVENT",
    ]


@dataclass(frozen=True, slots=True)
class Calendar:
    """The finished file text, how many events it holds, and whether times had to be written in UTC."""

    text: str
    events: int
    in_utc: bool


def build_calendar(plan: ReminderPlan, start: datetime, tz: tzinfo, now: datetime) -> Calendar:
    """The plan's active reminders from `start`'s local date on, as iCalendar text with CRLF line ends."""
    key = iana_key(tz)
    first_day = start.astimezone(tz).date()
    events = _events(plan, first_day, tz)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text('CVI companion reminders')}",
    ]
    if key is not None:
        lines += [f"X-WR-TIMEZONE:{key}", *vtimezone(ZoneInfo(key), key, first_day.year)]
    stamp = _utc_stamp(now)
    for event in events:
        lines += _event_lines(event, tz, key, stamp)
    lines.append("END:VCALENDAR")
    text = "".join(fold_line(line) + CRLF for line in lines)
    return Calendar(text=text, events=len(events), in_utc=key is None)
