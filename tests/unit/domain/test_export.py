from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness
from cvi_companion.domain.export import CSV_COLUMNS, EXPORT_FORMAT, entry_to_record, iter_json, write_csv

EXPORTED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_csv_has_the_documented_columns_and_readable_values(make_entry):
    entry = make_entry(
        side=Side.BOTH,
        locations=[Location.FOOT, Location.CALF],
        duration_s=90,
        woke_me=True,
        intensity=6,
        helped=[Relief.WALKING, Relief.STRETCHING],
        soreness=Soreness.MILD,
        context=[Context.ALCOHOL],
        tags=["after gardening"],
        note='said "ouch",\nthen slept',
    )
    out = io.StringIO()
    assert write_csv([entry, make_entry(minutes_ago=60)], out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    assert first["id"] == str(entry.id)
    assert first["started_at"] == "2026-11-23T03:30:00+01:00"
    assert first["night_of"] == "2026-11-22"
    assert first["duration_seconds"] == "90"
    assert first["woke_me"] == "true"
    assert first["locations"] == "calf;foot"
    assert first["helped"] == "stretching;walking"
    assert first["soreness"] == "mild"
    assert first["note"] == 'said "ouch",\nthen slept'
    assert rows[1]["intensity"] == ""
    assert rows[1]["woke_me"] == "false"


def test_json_export_is_one_valid_document(make_entry):
    entries = [make_entry(minutes_ago=m, intensity=m % 11) for m in range(3)]
    text = "".join(iter_json(entries, EXPORTED))
    doc = json.loads(text)
    assert doc["format"] == EXPORT_FORMAT
    assert doc["version"] == 1
    assert doc["exported_at"] == "2026-11-23T09:00:00+00:00"
    assert doc["entries"] == [entry_to_record(e) for e in entries]


def test_json_export_of_nothing_is_still_valid():
    assert json.loads("".join(iter_json([], EXPORTED)))["entries"] == []


def test_json_export_holds_every_section_with_its_range(make_entry):
    from datetime import date, timedelta, timezone

    from cvi_companion.domain.importing_data import CrampFreeNight
    from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
    from cvi_companion.domain.reminders import ReminderKind

    due = datetime(2026, 11, 22, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    missed = ReminderRecord(
        ReminderKind.ELEVATION, "2026-11-22T11:00", due, Outcome.MISSED, due, missed_because=MissedBecause.ASLEEP
    )
    night = CrampFreeNight(date(2026, 11, 20), "check-in", datetime(2026, 11, 21, 7, 5, tzinfo=UTC))
    text = "".join(
        iter_json(
            [make_entry()],
            EXPORTED,
            reminders=[missed],
            nights=[night],
            settings={"version": 1},
            schema_version=3,
            since=date(2026, 11, 1),
        )
    )
    doc = json.loads(text)
    assert list(doc) == [
        "format", "version", "exported_at", "schema_version", "since", "until", "settings",
        "entries", "reminder_events", "cramp_free_nights",
    ]  # fmt: skip
    assert (doc["schema_version"], doc["since"], doc["until"]) == (3, "2026-11-01", None)
    assert doc["settings"] == {"version": 1}
    assert doc["reminder_events"] == [
        {
            "kind": "elevation",
            "slot": "2026-11-22T11:00",
            "due": "2026-11-22T11:00:00+01:00",
            "outcome": "missed",
            "at": "2026-11-22T10:00:00+00:00",
            "snoozes": 0,
            "missed_because": "asleep",
        }
    ]
    assert doc["cramp_free_nights"] == [{"night": "2026-11-20", "via": "check-in", "at": "2026-11-21T07:05:00+00:00"}]


def _row_from_record(entry) -> list[str]:
    """The CSV row as docs/data-format.md derives it from the JSON record (lists ';'-joined, null empty)."""
    row = []
    for column in CSV_COLUMNS:
        value = entry_to_record(entry)[column]
        if value is None:
            row.append("")
        elif isinstance(value, bool):
            row.append("true" if value else "false")
        elif isinstance(value, list):
            row.append(";".join(value))
        else:
            row.append(str(value))
    return row


def test_a_csv_row_is_the_json_record_flattened(make_entry):
    from cvi_companion.domain.export import entry_to_csv_row

    full = make_entry(
        side=Side.RIGHT,
        locations=[Location.THIGH, Location.CALF],
        duration_s=600,
        woke_me=True,
        intensity=0,
        helped=[Relief.NOTHING],
        soreness=Soreness.SEVERE,
        context=[Context.HEAT, Context.EXERCISE],
        tags=["a", "b c"],
        note="x",
    )
    bare = make_entry(minutes_ago=5)
    for entry in (full, bare, full, bare):  # the second time from the code-list caches
        assert entry_to_csv_row(entry) == _row_from_record(entry)


def test_records_do_not_share_their_lists(make_entry):
    entry = make_entry(locations=[Location.FOOT])
    first = entry_to_record(entry)
    first["locations"].append("knee")
    assert entry_to_record(entry)["locations"] == ["foot"]


def test_json_pieces_are_what_json_dumps_writes(make_entry):
    entry = make_entry(note='quote " backslash \\ tab \t ümlaut 😀', tags=["ä"])
    text = "".join(iter_json([entry], EXPORTED))
    assert "\n  " + json.dumps(entry_to_record(entry), ensure_ascii=False) + "\n]" in text
