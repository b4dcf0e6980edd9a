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
