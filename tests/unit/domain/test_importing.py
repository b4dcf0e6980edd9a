from __future__ import annotations

import io
import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness
from cvi_companion.domain.export import CSV_COLUMNS, entry_to_record, iter_json, write_csv
from cvi_companion.domain.importing import (
    ExistingData,
    ImportMode,
    build_plan,
    merge_imported,
    parse_import,
    summary_counts,
)
from cvi_companion.domain.importing_data import (
    CrampFreeNight,
    DayOrder,
    ImportFileError,
    derived_id,
    parse_moment,
)
from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def parse(text: str | bytes):
    raw = text.encode() if isinstance(text, str) else text
    return parse_import(raw, now=NOW, tz=BERLIN)


def problem(text: str | bytes) -> str:
    with pytest.raises(ImportFileError) as caught:
        parse(text)
    return str(caught.value)


def full_entry(make_entry):
    return make_entry(
        side=Side.BOTH,
        locations=[Location.FOOT, Location.CALF],
        duration_s=90,
        woke_me=True,
        intensity=6,
        helped=[Relief.WALKING, Relief.STRETCHING],
        soreness=Soreness.MILD,
        context=[Context.ALCOHOL],
        tags=["after gardening", "Bad night"],
        note='said "ouch",\nthen slept; ok',
    )


# --- CSV ---------------------------------------------------------------------------------------------------


def test_the_apps_own_csv_reads_back_identically(make_entry):
    entries = [full_entry(make_entry), make_entry(minutes_ago=600, side=Side.RIGHT)]
    out = io.StringIO()
    write_csv(entries, out)
    data = parse(out.getvalue())
    assert data.kind == "csv"
    assert [item.entry for item in data.entries] == entries
    assert all(item.stamped and not item.derived_id for item in data.entries)
    assert data.reminders is None
    assert data.nights is None


def spreadsheet(rows: list[list[str]], sep: str = ",", newline: str = "\r\n", bom: bool = True) -> bytes:
    def cell(value: str) -> str:
        return f'"{value}"' if any(ch in value for ch in f'{sep}"\n') else value

    text = newline.join(sep.join(cell(v) for v in row) for row in rows) + newline
    return ("\ufeff" if bom else "").encode() + text.encode()


def test_a_spreadsheet_csv_with_bom_crlf_semicolons_other_order_and_missing_columns_imports():
    raw = spreadsheet(
        [
            ["Side", "Started at", "Intensity", "Locations", "Note"],
            ["Left", "23.11.2026 03:10", "7", "calf, foot", "woke me; twice"],
            ["right", "2026/11/21 22:45", "", "", ""],
            ["", "", "", "", ""],  # a row of bare separators
        ],
        sep=";",
    )
    data = parse(raw)
    first, second = (item.entry for item in data.entries)
    assert first.started_at == datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)
    assert first.started_at.utcoffset() == timedelta(hours=1)
    assert (first.side, first.locations, first.intensity) == (Side.LEFT, (Location.CALF, Location.FOOT), 7)
    assert first.note == "woke me; twice"
    assert second.locations == (Location.CALF,)  # the default when the cell is empty
    assert second.intensity is None
    assert all(item.derived_id and not item.stamped for item in data.entries)


def test_excel_sep_hint_tabs_and_short_rows():
    data = parse("sep=;\nstarted_at;side;note\n2026-11-20 03:10;left\n")
    assert data.entries[0].entry.note == ""
    tabbed = parse("started_at\tside\tintensity\n2026-11-20T03:10\tright\t4.0\n")
    assert tabbed.entries[0].entry.intensity == 4


def test_rows_without_an_id_get_a_stable_id_from_start_side_and_places():
    text = "started_at,side,locations\n2026-11-20T03:10:00+01:00,left,foot;calf\n"
    once, again = parse(text).entries[0], parse(text).entries[0]
    assert once.entry.id == again.entry.id == derived_id(once.entry)
    reordered = parse("side,locations,started_at\nleft,calf;foot,2026-11-20T02:10:00Z\n").entries[0]
    assert reordered.entry.id == once.entry.id  # same instant, same places in another order
    other = parse("started_at,side\n2026-11-20T03:10:00+01:00,right\n").entries[0]
    assert other.entry.id != once.entry.id
    assert once.entry.id.version == 5


def test_two_rows_for_the_same_cramp_without_ids_are_named():
    message = problem("started_at,side\n2026-11-20 03:10,left\n2026-11-20 03:10,left\n")
    assert message.startswith("line 3: describes the same cramp as line 2")


def test_two_rows_with_one_id_are_named():
    ident = uuid.uuid4()
    message = problem(f"id,started_at,side\n{ident},2026-11-20 03:10,left\n{ident},2026-11-21 03:10,left\n")
    assert "line 3: has the same id as line 2" in message


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-11-23T03:10:00+01:00", None, datetime(2026, 11, 23, 3, 10, tzinfo=timezone(timedelta(hours=1)))),
        ("2026-11-23T02:10:00Z", None, datetime(2026, 11, 23, 2, 10, tzinfo=UTC)),
        ("2026-11-23 03:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("2026-11-23 3:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("23.11.2026 03:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("3.1.2026 03:10:59", None, datetime(2026, 1, 3, 3, 10, 59, tzinfo=BERLIN)),
        ("2026/11/23 03:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("23/11/2026 03:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("11/23/2026 03:10", None, datetime(2026, 11, 23, 3, 10, tzinfo=BERLIN)),
        ("01/02/2026 03:10", DayOrder.DAY_FIRST, datetime(2026, 2, 1, 3, 10, tzinfo=BERLIN)),
        ("01/02/2026 03:10", DayOrder.MONTH_FIRST, datetime(2026, 1, 2, 3, 10, tzinfo=BERLIN)),
    ],
)
def test_unambiguous_date_formats(text, order, expected):
    parsed = parse_moment(text, BERLIN, order)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("01/02/2026 03:10", "ambiguous: it could be 1 February 2026 or 2 January 2026"),
        ("2026-11-23", "has a date but no time of day"),
        ("23.11.2026", "has a date but no time of day"),
        ("yesterday", "is not a date and time"),
        ("31.02.2026 03:10", "is not a date and time"),
        ("23.11.26 03:10", "is not a date and time"),
        ("", "empty"),
    ],
)
def test_dates_that_cannot_be_read(text, words):
    with pytest.raises(ValueError, match=words):
        parse_moment(text, BERLIN)


def test_an_ambiguous_date_is_rejected_naming_the_line_and_why():
    message = problem("started_at,side\n2026-11-20 03:10,left\n01/02/2026 03:10,left\n")
    assert message.startswith("line 3, started_at: '01/02/2026 03:10' is ambiguous")
    assert "1 February 2026 or 2 January 2026" in message


def test_slashed_dates_are_settled_by_another_row_of_the_file():
    data = parse("started_at,side\n01/02/2026 03:10,left\n23/01/2026 03:10,left\n")
    assert [item.entry.started_at.date() for item in data.entries] == [date(2026, 2, 1), date(2026, 1, 23)]
    mixed = problem("started_at,side\n13/01/2026 03:10,left\n01/13/2026 03:10,left\n")
    assert "day first on line 2 but month first on line 3" in mixed


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "the file: is empty"),
        ("\ufeff  \r\n", "the file: is empty"),
        ("hello world\n1,2\n", "line 1: the first row should name the columns"),
        ("id,note\n1,x\n", "line 1: there is no 'started_at' column"),
        ("started_at,side,side\n2026-11-20 03:10,left,left\n", "the column 'side' appears twice"),
        ("started_at,side\n2026-11-20 03:10,middle\n", "line 2, side: 'middle' is not one of left, right, both"),
        ("started_at,side\n2026-11-20 03:10,\n", "line 2, side: is empty"),
        ("started_at,side,intensity\n2026-11-20 03:10,left,11\n", "line 2, intensity: the intensity must be"),
        ("started_at,side,intensity\n2026-11-20 03:10,left,high\n", "line 2, intensity: 'high' is not a whole"),
        ("started_at,side,woke_me\n2026-11-20 03:10,left,maybe\n", "line 2, woke_me: 'maybe' is not true or false"),
        ("started_at,side,id\n2026-11-20 03:10,left,42\n", "line 2, id: '42' is not an id"),
        ("started_at,side\n2999-11-20 03:10,left\n", "line 2, started_at: the start time is in the future"),
        ("started_at,side,duration_seconds\n2026-11-20 03:10,left,0\n", "line 2, duration_seconds: the duration"),
        ('started_at,side,note\n2026-11-20 03:10,left,"open\n', "line 2: the CSV quoting is broken"),
        ("started_at,side\n2026-11-20 03:10,left,extra\n", "line 2: has 3 cells but the header names 2 columns"),
        ('started_at,side,note\n2026-11-20 03:10,left,"a\nb"\n2026-11-20 04:10,up\n', "line 4, side: 'up'"),
    ],
)
def test_malformed_csv_names_the_line_and_the_problem(text, words):
    assert words in problem(text)


def test_many_problems_are_counted_and_the_first_named():
    rows = "".join(f"2026-11-20 03:{m:02d},middle\n" for m in range(30))
    message = problem("started_at,side\n" + rows)
    assert message.startswith("line 2, side:")
    assert message.endswith("(and 29 more problems)")


def test_not_utf8_is_explained():
    assert "is not UTF-8 text" in problem("started_at,side\n2026-11-20 03:10,left,caf\xe9\n".encode("latin-1"))


def test_unknown_columns_are_ignored_with_a_note():
    data = parse("started_at,side,mood\n2026-11-20 03:10,left,grumpy\n")
    assert tuple(map(str, data.notes)) == ("Columns ignored (not part of the format): mood",)


def test_a_very_long_note_is_fine():
    note = "x" * 300_000
    data = parse(f'started_at,side,note\n2026-11-20 03:10,left,"{note}"\n')
    assert data.entries[0].entry.note == note


# --- JSON --------------------------------------------------------------------------------------------------

REMINDERS = (
    ReminderRecord(
        ReminderKind.STOCKINGS_ON,
        "2026-11-20T07:30",
        datetime(2026, 11, 20, 7, 30, tzinfo=timezone(timedelta(hours=1))),
        Outcome.DONE,
        datetime(2026, 11, 20, 6, 40, tzinfo=UTC),
        snoozes=2,
    ),
    ReminderRecord(
        ReminderKind.ELEVATION,
        "2026-11-20T11:00",
        datetime(2026, 11, 20, 11, 0, tzinfo=timezone(timedelta(hours=1))),
        Outcome.MISSED,
        datetime(2026, 11, 20, 12, 0, tzinfo=UTC),
        missed_because=MissedBecause.ASLEEP,
    ),
)
NIGHTS = (CrampFreeNight(date(2026, 11, 18), "check-in", datetime(2026, 11, 19, 7, 5, tzinfo=UTC)),)
SETTINGS = {"version": 1, "night_starts": "23:00", "night_ends": "06:30"}


def export_json(entries, **extra) -> str:
    return "".join(iter_json(entries, NOW, **extra))


def test_the_apps_own_json_reads_back_identically(make_entry):
    entries = [full_entry(make_entry), make_entry(minutes_ago=600, side=Side.RIGHT)]
    text = export_json(
        entries, reminders=REMINDERS, nights=NIGHTS, settings=SETTINGS, schema_version=3, since=date(2026, 11, 1)
    )
    data = parse(text)
    assert data.kind == "json"
    assert [item.entry for item in data.entries] == entries
    assert data.reminders == REMINDERS
    assert [r.due.utcoffset() for r in data.reminders] == [timedelta(hours=1)] * 2
    assert data.nights == NIGHTS
    assert data.settings == SETTINGS
    assert (data.schema_version, data.since, data.until) == (3, date(2026, 11, 1), None)


def test_the_list_commands_bare_array_imports(make_entry):
    entry = make_entry()
    data = parse(json.dumps([entry_to_record(entry)]))
    assert data.entries[0].entry == entry
    assert data.reminders is None


def doc(**changes):
    base = {"format": "cvi-companion-cramps", "version": 1, "entries": []}
    base.update(changes)
    return json.dumps(base)


GOOD = {"id": str(uuid.UUID(int=7)), "started_at": "2026-11-20T03:10:00+01:00", "side": "left"}
REMINDER_RECORD = json.loads(export_json([], reminders=REMINDERS[:1]))["reminder_events"][0]
NIGHT_RECORD = {"night": "2026-11-01", "via": "log", "at": "2026-11-20T07:30:00+00:00"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "line 1, column 2: this is not valid JSON"),
        ("[" * 100_000, "nested too deeply"),
        ("[1]", "entries[0]: should be an object"),
        (json.dumps({"entries": []}), "format: this is not a cvi-companion export"),
        (doc(version=2), "version: format version 2 is not one this app reads"),
        (doc(version="1"), "version: should be a whole number"),
        (doc(entries={}), "entries: should be a list"),
        (doc(entries=[1]), "entries[0]: should be an object"),
        (doc(entries=[{**GOOD, "side": "up"}]), "entries[0].side: 'up' is not one of left, right, both"),
        (doc(entries=[{"side": "left"}]), "entries[0].started_at: is missing"),
        (doc(entries=[{**GOOD, "intensity": True}]), "entries[0].intensity: should be a whole number, not true"),
        (doc(entries=[{**GOOD, "intensity": 7.5}]), "entries[0].intensity: should be a whole number"),
        (doc(entries=[GOOD, {**GOOD, "intensity": 12}]), "entries[1].intensity: the intensity must be"),
        (doc(entries=[{**GOOD, "locations": ["knee"]}]), "entries[0].locations[0]: 'knee' is not one of"),
        (doc(entries=[{**GOOD, "tags": [3]}]), "entries[0].tags[0]: should be text"),
        (doc(entries=[GOOD, GOOD]), "entries[1]: has the same id as entries[0]"),
        (doc(reminder_events=[{"kind": "dance"}]), "reminder_events[0].kind: 'dance' is not one of"),
        (doc(reminder_events=[{**REMINDER_RECORD, "due": "2026-11-20T07:30"}]), "due: '2026-11-20T07:30' has no UTC"),
        (doc(cramp_free_nights=[{**NIGHT_RECORD, "night": "2026-13-01"}]), "nights[0].night: '2026-13-01' is not a"),
        (doc(cramp_free_nights=[{**NIGHT_RECORD, "via": "owl"}]), "nights[0].via: 'owl' is not one of check-in, log"),
        (doc(settings=[]), "settings: should be an object"),
    ],
)
def test_malformed_json_names_the_path_and_the_problem(text, words):
    assert words in problem(text)


def test_a_repeated_reminder_occurrence_is_named():
    text = export_json([], reminders=REMINDERS[:1] * 2)
    assert "reminder_events[1]: the occurrence stockings-on@2026-11-20T07:30 appears twice" in problem(text)


# --- Plans -------------------------------------------------------------------------------------------------


def test_merge_adds_new_changes_different_and_skips_identical_or_trashed(make_entry):
    same, edited, trashed, new = (make_entry(minutes_ago=m) for m in (10, 20, 30, 40))
    file_entries = [same, replace(edited, intensity=9, note="more"), trashed, new]
    data = parse(export_json(file_entries))
    existing = ExistingData(
        entries={e.id: e for e in (same, edited, replace(trashed, deleted_at=NOW))},
        entry_total=5,
    )
    plan = build_plan(data, existing, ImportMode.MERGE, now=NOW, tz=BERLIN)
    assert [a.entry.id for a in plan.added] == [new.id]
    assert [(c.before.id, c.fields) for c in plan.changed] == [(edited.id, ("intensity", "note"))]
    assert plan.changed[0].after.created_at == edited.created_at
    skipped = [(s.entry.id, str(s.reason)) for s in plan.skipped]
    assert skipped == [(same.id, "identical"), (trashed.id, "in the Trash here")]
    assert plan.removed == 0
    assert plan.changes_anything
    nothing = {"added": 0, "changed": 0, "skipped": 0, "removed": 0}
    assert summary_counts(plan) == {
        "entries": {"added": 1, "changed": 1, "skipped": 2, "removed": 0},
        "reminder_events": nothing,
        "cramp_free_nights": nothing,
    }


def test_replace_counts_what_goes_and_brings_back_trashed(make_entry):
    kept, trashed = make_entry(minutes_ago=10), make_entry(minutes_ago=20)
    data = parse(export_json([kept, trashed]))
    existing = ExistingData(entries={kept.id: kept, trashed.id: replace(trashed, deleted_at=NOW)}, entry_total=7)
    plan = build_plan(data, existing, ImportMode.REPLACE, now=NOW, tz=BERLIN)
    assert plan.removed == 5
    assert [c.after.deleted_at for c in plan.changed] == [None]
    assert [s.entry.id for s in plan.skipped] == [kept.id]


def test_a_change_from_an_unstamped_row_is_dated_now(make_entry):
    entry = make_entry()
    row = f"id,started_at,side,intensity\n{entry.id},{entry.started_at.isoformat()},left,3\n"
    existing = ExistingData(entries={entry.id: entry}, entry_total=1)
    plan = build_plan(parse(row), existing, ImportMode.MERGE, now=NOW, tz=BERLIN)
    assert plan.changed[0].after.updated_at == NOW
    assert plan.changed[0].after.created_at == entry.created_at


def test_reminder_merge_keeps_answers_here_and_takes_the_files_total_snoozes():
    due = REMINDERS[0].due
    shown = replace(REMINDERS[0], outcome=Outcome.SHOWN, snoozes=0)
    done_here = replace(REMINDERS[0], outcome=Outcome.SKIPPED, snoozes=0)
    assert merge_imported(None, REMINDERS[0]) == REMINDERS[0]
    assert merge_imported(done_here, REMINDERS[0]) == done_here
    merged = merge_imported(shown, REMINDERS[0])
    assert (merged.outcome, merged.snoozes, merged.due) == (Outcome.DONE, 2, due)
    missed = replace(REMINDERS[0], outcome=Outcome.MISSED, missed_because=MissedBecause.PAUSED)
    assert merge_imported(shown, missed) == shown


def test_sections_merge_and_replace():
    here_done = replace(REMINDERS[0], outcome=Outcome.SKIPPED, snoozes=0)
    other_night = CrampFreeNight(date(2026, 11, 1), "log", NOW)
    existing = ExistingData(
        reminders={(here_done.kind, here_done.slot): here_done},
        nights={NIGHTS[0].night: replace(NIGHTS[0], via="log"), other_night.night: other_night},
    )
    data = parse(export_json([], reminders=REMINDERS, nights=NIGHTS))
    merged = build_plan(data, existing, ImportMode.MERGE, now=NOW, tz=BERLIN)
    assert merged.reminders.added == REMINDERS[1:]
    assert merged.reminders.skipped == (here_done,)
    assert merged.nights.skipped == (replace(NIGHTS[0], via="log"),)
    assert merged.nights.removed == 0
    replaced = build_plan(data, existing, ImportMode.REPLACE, now=NOW, tz=BERLIN)
    assert replaced.reminders.changed == REMINDERS[:1]
    assert replaced.nights.changed == NIGHTS
    assert replaced.nights.removed == 1


def test_settings_are_restored_only_when_asked_and_only_in_replace_mode(make_entry):
    data = parse(export_json([], settings=SETTINGS))
    assert build_plan(data, ExistingData(), ImportMode.REPLACE, now=NOW, tz=BERLIN).settings is None
    plan = build_plan(data, ExistingData(), ImportMode.REPLACE, now=NOW, tz=BERLIN, restore_settings=True)
    assert plan.settings is not None
    assert plan.settings.night_starts.isoformat() == "23:00:00"
    with pytest.raises(ValueError, match="only in replace mode"):
        build_plan(data, ExistingData(), ImportMode.MERGE, now=NOW, tz=BERLIN, restore_settings=True)
    newer = parse(export_json([], settings={**SETTINGS, "version": 99}))
    plan = build_plan(newer, ExistingData(), ImportMode.REPLACE, now=NOW, tz=BERLIN, restore_settings=True)
    assert plan.settings is None
    assert "newer version" in str(plan.notes[0])


def test_a_ranged_file_warns_before_a_replace():
    data = parse(export_json([], since=date(2026, 11, 1), until=date(2026, 11, 30)))
    plan = build_plan(data, ExistingData(), ImportMode.REPLACE, now=NOW, tz=BERLIN)
    assert "covers only 2026-11-01 to 2026-11-30" in str(plan.notes[0])
    assert not plan.changes_anything


def test_csv_columns_are_what_the_reader_knows():
    header = ",".join(CSV_COLUMNS)
    assert parse(header + "\n").entries == ()
