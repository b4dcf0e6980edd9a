"""Whatever a file holds, reading it either gives data or our one clean error."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cvi_companion.domain.export import CSV_COLUMNS
from cvi_companion.domain.importing import parse_import
from cvi_companion.domain.importing_data import ImportData, ImportFileError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(raw: bytes) -> None:
    try:
        result: ImportData | ImportFileError = parse_import(raw, now=NOW, tz=BERLIN)
    except ImportFileError as error:
        result = error
    if isinstance(result, ImportFileError):
        assert result.problems
        assert str(result)
    else:
        assert isinstance(result, ImportData)


SAMPLES = [
    "", "left", "RIGHT", "both", "calf;foot", "calf,foot", "knee", "true", "FALSE", "maybe", "7", "10", "11",
    "-1", "7.0", "1e3", "120", "0", "2026-11-20T03:10:00+01:00", "2026-11-20 03:10", "20.11.2026 03:10",
    "01/02/2026 03:10", "13/01/2026 03:10", "01/13/2026 03:10", "2026/11/20 03:10", "2999-01-01T00:00",
    "2026-11-20", "6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01", "stretching;nothing", "mild", "heat", "\x00",
    '"', '""', "a\nb", "\r", "²", "٣",
]  # fmt: skip
CELLS = st.one_of(st.sampled_from(SAMPLES), st.text(max_size=30))


@st.composite
def csv_texts(draw: st.DrawFn) -> bytes:
    columns = draw(st.lists(st.sampled_from([*CSV_COLUMNS, "Started At", "mood", ""]), max_size=8))
    sep = draw(st.sampled_from([",", ";", "\t", "|"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote = draw(st.booleans())

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote or any(c in value for c in f'{sep}"\r\n') else value

    lines = [sep.join(cell(c) for c in columns)]
    for _ in range(draw(st.integers(0, 6))):
        cells = draw(st.lists(CELLS, min_size=0, max_size=len(columns) + 2))
        lines.append(sep.join(cell(c) for c in cells))
    text = newline.join(lines)
    if draw(st.booleans()):
        text = draw(st.text(max_size=5)) + text  # garbage in front, or a sep= line
    prefix = "\ufeff" if draw(st.booleans()) else ""
    return (prefix + text).encode("utf-8", errors="surrogatepass")


@FUZZ
@given(csv_texts())
def test_fuzzed_csv_gives_data_or_a_clean_error(raw):
    read(raw)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_give_data_or_a_clean_error(raw):
    read(raw)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | CELLS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
ENTRY = {
    "id": "6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01", "started_at": "2026-11-20T03:10:00+01:00", "side": "left",
    "locations": ["calf"], "duration_seconds": 60, "woke_me": True, "intensity": 4, "helped": [],
    "soreness": None, "context": [], "tags": ["x"], "note": "", "created_at": "2026-11-20T02:12:40+00:00",
    "updated_at": "2026-11-20T02:12:40+00:00",
}  # fmt: skip
REMINDER = {
    "kind": "elevation", "slot": "2026-11-20T11:00", "due": "2026-11-20T11:00:00+01:00", "outcome": "done",
    "at": "2026-11-20T10:05:00+00:00", "snoozes": 0, "missed_because": None,
}  # fmt: skip
NIGHT = {"night": "2026-11-19", "via": "check-in", "at": "2026-11-20T07:00:00+00:00"}


@st.composite
def json_docs(draw: st.DrawFn) -> bytes:
    entry, reminder, night = dict(ENTRY), dict(REMINDER), dict(NIGHT)
    doc: dict[str, Any] = {
        "format": "cvi-companion-cramps",
        "version": 1,
        "schema_version": 3,
        "settings": {"version": 1},
        "entries": [entry],
        "reminder_events": [reminder],
        "cramp_free_nights": [night],
    }
    holders: dict[str, dict[str, Any]] = {"top": doc, "entry": entry, "reminder": reminder, "night": night}
    for _ in range(draw(st.integers(1, 4))):
        holder = holders[draw(st.sampled_from(sorted(holders)))]
        key = draw(st.sampled_from(sorted(holder)) | st.text(max_size=6))
        if draw(st.booleans()):
            holder.pop(key, None)
        else:
            holder[key] = draw(JSON_VALUES)
    return json.dumps(doc, allow_nan=True).encode()


@FUZZ
@given(json_docs())
def test_fuzzed_json_export_gives_data_or_a_clean_error(raw):
    read(raw)


@FUZZ
@given(JSON_VALUES)
def test_any_json_value_gives_data_or_a_clean_error(value):
    read(json.dumps(value).encode())
