"""`cvi-companion agenda --ics`: the plan as recurring iCalendar events, read back with `icalendar`."""

from __future__ import annotations

import importlib.resources
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

from cvi_companion.cli.ics import build_calendar, escape_text, fold_line, iana_key
from cvi_companion.domain.reminder_schedule import occurrences
from cvi_companion.domain.reminders import (
    DailyTimes,
    EveryMonths,
    ReminderKind,
    ReminderPlan,
    ReminderRule,
    default_plan,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]


def zone_file(name: str) -> bytes:
    """A compiled zone file from the tzdata package (a dev dependency), so no system database is needed."""
    node = importlib.resources.files("tzdata.zoneinfo")
    for part in name.split("/"):
        node = node / part
    return node.read_bytes()


def run(data_dir: Path, *args: str, tz: str = "Europe/Berlin") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), "agenda", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": tz},
        timeout=60,
        check=False,
    )


def export(data_dir: Path, target: Path, *args: str, tz: str = "Europe/Berlin") -> icalendar.Calendar:
    result = run(data_dir, "--ics", "-o", str(target), *args, tz=tz)
    assert result.returncode == 0, result.stderr
    return icalendar.Calendar.from_ical(target.read_bytes())


def prop(component, name):
    """A property, untyped: icalendar types every lookup as a union of all property types."""
    return component[name]


def dec(component, name):
    return component.decoded(name)


def kind_of(event) -> str:
    return str(prop(event, "UID")).split("@")[0].rsplit("-", 1)[0]


def expand(cal: icalendar.Calendar, start: datetime, end: datetime) -> set[tuple[str, datetime]]:
    """Every (kind, instant in UTC) the calendar's recurrences produce in [start, end), by dateutil."""
    found = set()
    for event in cal.walk("VEVENT"):
        first = dec(event, "DTSTART")
        rule = rrulestr(prop(event, "RRULE").to_ical().decode(), dtstart=first)
        found |= {(kind_of(event), moment.astimezone(UTC)) for moment in rule.between(start, end, inc=True)}
    return found


def expected(plan: ReminderPlan, start: datetime, end: datetime, tz) -> set[tuple[str, datetime]]:
    return {(o.kind.value, o.due) for o in occurrences(plan, start - timedelta(seconds=1), end, tz) if o.due < end}


# --- the text format -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain", "plain"),
        ("Stretch, then walk; slowly", "Stretch\\, then walk\\; slowly"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nthree", "two\\nlines\\nthree"),
        ("\\,", "\\\\\\,"),
    ],
)
def test_text_escaping(raw, escaped):
    assert escape_text(raw) == escaped
    parsed = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\nSUMMARY:{escaped}\r\nEND:VEVENT\r\n")
    assert str(prop(parsed, "SUMMARY")) == raw.replace("\r\n", "\n")


def test_folding_keeps_every_line_within_75_octets_and_never_splits_a_character():
    for line in ["SUMMARY:" + "x" * 200, "DESCRIPTION:" + "Wadenkrämpfe ünd Füße, " * 12, "X:" + "€" * 80, "A" * 75]:
        folded = fold_line(line)
        physical = folded.split("\r\n")
        assert all(len(p.encode("utf-8")) <= 75 for p in physical)
        assert all(p.startswith(" ") for p in physical[1:])
        assert folded.replace("\r\n ", "") == line
    assert fold_line("A" * 75) == "A" * 75
    assert fold_line("A" * 76) == "A" * 75 + "\r\n A"


def test_iana_key_only_for_named_zones():
    assert iana_key(ZoneInfo("Europe/Berlin")) == "Europe/Berlin"
    assert iana_key(timezone(timedelta(hours=5, minutes=30))) is None
    assert iana_key(ZoneInfo.from_file(io.BytesIO(zone_file("Europe/Berlin")), key="localtime")) is None


# --- the command ---------------------------------------------------------------------------------------


def test_default_plan_as_recurring_events(data_dir, tmp_path):
    target = tmp_path / "plan.ics"
    result = run(data_dir, "--ics", "-o", str(target), "--from", "2026-11-21T08:00")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Wrote 18 reminders to {target}"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert (str(prop(cal, "VERSION")), str(prop(cal, "CALSCALE"))) == ("2.0", "GREGORIAN")
    assert "cvi-companion" in str(prop(cal, "PRODID"))
    events = cal.walk("VEVENT")
    by_kind: dict[str, list[Any]] = {}
    for event in events:
        by_kind.setdefault(kind_of(event), []).append(event)
    # Elevation at 11:00, 15:00 and 19:30; walking every 30 min 09:30-17:30 but not at 11:00 nor 15:00.
    assert sorted(by_kind) == ["elevation", "walking"]
    assert len(by_kind["elevation"]) == 3
    assert len(by_kind["walking"]) == 15
    walking_times = sorted(dec(e, "DTSTART").strftime("%H:%M") for e in by_kind["walking"])
    assert "11:00" not in walking_times
    assert "15:00" not in walking_times
    assert "11:30" in walking_times
    assert (walking_times[0], walking_times[-1]) == ("09:30", "17:30")
    for event in events:
        start = dec(event, "DTSTART")
        assert start.tzinfo.key == "Europe/Berlin"
        assert isinstance(start, datetime)
        rule = prop(event, "RRULE")
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(prop(alarms[0], "ACTION")) == "DISPLAY"
        assert dec(alarms[0], "TRIGGER") == timedelta(0)
        assert dec(event, "DTSTAMP").tzinfo is not None
        if kind_of(event) == "elevation":
            assert prop(rule, "FREQ") == ["DAILY"]
            assert start.date() == date(2026, 11, 21)  # a Saturday: elevation is every day
            assert dec(event, "DURATION") == timedelta(minutes=30)
        else:
            assert prop(rule, "FREQ") == ["WEEKLY"]
            assert prop(rule, "BYDAY") == WEEKDAYS
            assert start.date() == date(2026, 11, 23)  # the first weekday on or after --from
            assert dec(event, "DURATION") == timedelta(minutes=3)
    uids = [str(prop(e, "UID")) for e in events]
    assert len(set(uids)) == len(uids)
    assert "elevation-1100@cvi-companion" in uids
    assert "walking-0930@cvi-companion" in uids


def test_the_file_is_crlf_folded_and_escaped(data_dir, tmp_path):
    target = tmp_path / "plan.ics"
    export(data_dir, target)
    raw = target.read_bytes()
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the descriptions are long enough to fold
    unfolded = raw.replace(b"\r\n ", b"")
    assert b"DESCRIPTION:Raise your legs\\, about 30 min. From cvi-companion\\; change" in unfolded
    event = icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(prop(event, "DESCRIPTION")).startswith("Raise your legs, about 30 min. From cvi-companion; change")


def test_uids_are_stable_across_runs(data_dir, tmp_path):
    first = export(data_dir, tmp_path / "a.ics", "--from", "2026-11-23T08:00")
    second = export(data_dir, tmp_path / "b.ics", "--from", "2026-12-02T08:00")
    assert [str(prop(e, "UID")) for e in first.walk("VEVENT")] == [str(prop(e, "UID")) for e in second.walk("VEVENT")]


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_the_time_zone_follows_tz_with_a_matching_vtimezone(data_dir, tmp_path, zone):
    cal = export(data_dir, tmp_path / "plan.ics", "--from", "2026-11-23T08:00", tz=zone)
    assert {dec(e, "DTSTART").tzinfo.key for e in cal.walk("VEVENT")} == {zone}
    assert sorted(dec(e, "DTSTART").strftime("%H:%M") for e in cal.walk("VEVENT") if kind_of(e) == "elevation") == [
        "11:00",
        "15:00",
        "19:30",
    ]
    (vtz,) = cal.walk("VTIMEZONE")
    assert isinstance(vtz, icalendar.Timezone)
    assert str(prop(vtz, "TZID")) == zone
    assert sorted(str(c.name) for c in vtz.subcomponents) == ["DAYLIGHT", "STANDARD"]
    # Built from our STANDARD/DAYLIGHT blocks alone (not looked up by name), it agrees with zoneinfo.
    ours, real = vtz.to_tz(lookup_tzid=False), ZoneInfo(zone)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += timedelta(hours=1)


def test_stockings_appear_once_confirmed(data_dir, tmp_path):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"reminders": {"stockings_confirmed": True}}))
    cal = export(data_dir, tmp_path / "plan.ics", "--from", "2026-11-23T08:00")
    events = {kind_of(e): e for e in cal.walk("VEVENT")}
    assert len(cal.walk("VEVENT")) == 20
    assert dec(events["stockings-on"], "DTSTART").strftime("%H:%M") == "07:30"
    assert dec(events["stockings-off"], "DTSTART").strftime("%H:%M") == "22:00"
    assert prop(events["stockings-on"], "RRULE")["FREQ"] == ["DAILY"]
    assert dec(events["stockings-on"], "DURATION") == timedelta(minutes=5)  # no activity time: 5 min


def test_standard_output(data_dir):
    result = run(data_dir, "--ics", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert "Wrote 18 reminders to standard output" in result.stderr
    assert len(icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")) == 18


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--ics"], "--ics needs -o FILE"),
        (["--ics", "-o", "x.ics", "--format", "json"], "cannot be combined with --format json"),
        (["--ics", "-o", "x.ics", "--days", "7"], "--days does not apply"),
        (["-o", "x.ics"], "-o is only used with --ics"),
        (["--ics", "-o", "/nonexistent-folder/x.ics"], "the folder '/nonexistent-folder' does not exist"),
        (["--ics", "-o", "-", "--from", "someday"], "--from: 'someday'"),
    ],
)
def test_bad_options_exit_2_with_one_line(data_dir, args, words):
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert not Path("x.ics").exists()


NO_QT = """
import sys
from cvi_companion.app import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'apscheduler', 'icalendar'))
print('LOADED', loaded, file=sys.stderr)
sys.exit(code)
"""


def test_ics_needs_neither_qt_nor_icalendar(data_dir, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data_dir), "agenda", "--ics", "-o", str(tmp_path / "p.ics")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stderr


# --- round trips: the calendar's recurrences are exactly what the app schedules -----------------------


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
@pytest.mark.parametrize(
    "monday",
    [date(2026, 11, 23), date(2026, 10, 19), date(2026, 3, 23), date(2026, 3, 2), date(2026, 10, 26)],
    ids=str,
)
def test_one_week_round_trip(zone, monday):
    tz = ZoneInfo(zone)
    plan = ReminderPlan(rules=default_plan(date(2026, 1, 1)).rules, stockings_confirmed=True)
    start = datetime.combine(monday, time()).replace(tzinfo=tz)
    made = build_calendar(plan, start, tz, NOW)
    cal = icalendar.Calendar.from_ical(made.text)
    week_start, week_end = start, datetime.combine(monday + timedelta(days=7), time()).replace(tzinfo=tz)
    ours = expand(cal, week_start, week_end)
    assert ours == expected(plan, week_start, week_end, tz)
    assert len(ours) == 7 * 5 + 5 * 15  # elevation 3 + stockings 2 a day; 15 walking breaks a weekday


def test_a_custom_plan_round_trips_for_a_month():
    tz = ZoneInfo("Europe/Berlin")
    base = default_plan(date(2026, 1, 1))
    plan = base.with_rule(
        ReminderRule(ReminderKind.ELEVATION, True, DailyTimes((time(12, 10), time(16, 45)), frozenset({0, 2, 5})), 1800)
    ).with_rule(ReminderRule(ReminderKind.BEDTIME_STRETCH, True, DailyTimes((time(23, 15),), frozenset({6})), 300))
    start = datetime(2026, 11, 25, 9, 0, tzinfo=tz)
    cal = icalendar.Calendar.from_ical(build_calendar(plan, start, tz, NOW).text)
    rules = {str(prop(e, "UID")): prop(e, "RRULE") for e in cal.walk("VEVENT")}
    assert rules["elevation-1210@cvi-companion"]["BYDAY"] == ["MO", "WE", "SA"]
    assert rules["bedtime-stretch-2315@cvi-companion"]["BYDAY"] == ["SU"]
    # 12:10-12:40 blocks 12:00 (clearance) and 12:30 (during); 16:45-17:15 blocks 17:00 but not 16:30.
    for slot in ("1200", "1230", "1700"):
        assert rules[f"walking-{slot}@cvi-companion"]["BYDAY"] == ["TU", "TH", "FR"]
    assert rules["walking-1630@cvi-companion"]["BYDAY"] == WEEKDAYS
    assert rules["walking-1100@cvi-companion"]["FREQ"] == ["WEEKLY"]
    begin = datetime(2026, 11, 26, tzinfo=tz)
    end = begin + timedelta(days=35)
    assert expand(cal, begin, end) == expected(plan, begin, end, tz)


def test_every_months_keeps_the_apps_end_of_month_rule():
    tz = ZoneInfo("Europe/Berlin")
    replacement = ReminderRule(ReminderKind.STOCKING_REPLACEMENT, True, EveryMonths(1, time(10, 0), date(2026, 1, 31)))
    plan = ReminderPlan(rules=(replacement,), stockings_confirmed=True)
    start = datetime(2026, 2, 1, tzinfo=tz)
    cal = icalendar.Calendar.from_ical(build_calendar(plan, start, tz, NOW).text)
    (event,) = cal.walk("VEVENT")
    assert prop(event, "RRULE")["FREQ"] == ["MONTHLY"]
    assert prop(event, "RRULE")["INTERVAL"] == [1]
    assert dec(event, "DTSTART") == datetime(2026, 2, 28, 10, 0, tzinfo=tz)
    end = datetime(2028, 6, 1, tzinfo=tz)
    ours = expand(cal, start, end)
    assert ours == expected(plan, start, end, tz)
    assert len(ours) == 28


def test_every_three_months_from_a_mid_month_date():
    tz = ZoneInfo("America/New_York")
    replacement = ReminderRule(ReminderKind.STOCKING_REPLACEMENT, True, EveryMonths(3, time(9, 30), date(2025, 5, 14)))
    plan = ReminderPlan(rules=(replacement,), stockings_confirmed=True)
    start = datetime(2026, 11, 20, tzinfo=tz)
    cal = icalendar.Calendar.from_ical(build_calendar(plan, start, tz, NOW).text)
    assert prop(cal.walk("VEVENT")[0], "RRULE")["INTERVAL"] == [3]
    end = datetime(2029, 1, 1, tzinfo=tz)
    assert expand(cal, start, end) == expected(plan, start, end, tz)


def test_a_zone_without_a_name_is_written_in_utc():
    tz = timezone(timedelta(hours=5, minutes=30))
    plan = default_plan(date(2026, 1, 1)).with_rule(
        ReminderRule(ReminderKind.BEDTIME_STRETCH, True, DailyTimes((time(2, 0),), frozenset({0})))
    )
    start = datetime(2026, 11, 23, tzinfo=tz)
    made = build_calendar(plan, start, tz, NOW)
    assert made.in_utc
    assert "VTIMEZONE" not in made.text
    cal = icalendar.Calendar.from_ical(made.text)
    stretch = next(e for e in cal.walk("VEVENT") if kind_of(e) == "bedtime-stretch")
    assert dec(stretch, "DTSTART") == datetime(2026, 11, 22, 20, 30, tzinfo=UTC)
    assert prop(stretch, "RRULE")["BYDAY"] == ["SU"]  # Monday 02:00 at +05:30 is Sunday evening in UTC
    end = start + timedelta(days=14)
    assert expand(cal, start, end) == expected(plan, start, end, tz)


def test_a_file_based_zone_says_so_on_stderr(data_dir, tmp_path):
    fixed = tmp_path / "zone"
    fixed.write_bytes(zone_file("Asia/Kolkata"))
    target = tmp_path / "plan.ics"
    result = run(data_dir, "--ics", "-o", str(target), tz=str(fixed))
    assert result.returncode == 0, result.stderr
    assert "written in UTC" in result.stderr
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert all(dec(e, "DTSTART").utcoffset() == timedelta(0) for e in events)
    assert all(prop(e, "DTSTART").to_ical().endswith(b"Z") for e in events)
