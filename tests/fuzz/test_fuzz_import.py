"""Whatever an import file holds, `import` answers cleanly, a dry run changes nothing, and a refusal neither."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.harness import Snapshot, Workspace, assert_clean, fuzz_settings, run_main

# JSON values of every kind, including those close to what a field expects.
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from([
        "", "left", "calf", "2026-11-20T03:10:00+01:00", "2026-11-20 03:10", "9999-12-31T23:59:59+14:00",
        "0001-01-01T00:00:00-12:00", "2026-11-20", "\ud800", "\x00", "6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01",
        "done", "missed", "elevation", "2026-11-20T07:30", "check-in", "log", "x" * 5000,
    ]),
)  # fmt: skip
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_json(draw: st.DrawFn, valid: str) -> bytes:
    """The app's own export with a few values replaced, removed or added."""
    doc = json.loads(valid)
    doc["reminder_events"] = draw(
        st.sampled_from(
            [
                doc.get("reminder_events") or [],
                [
                    {
                        "kind": "elevation",
                        "slot": "2026-11-20T07:30",
                        "due": "2026-11-20T07:30:00+01:00",
                        "outcome": "done",
                        "at": "2026-11-20T06:35:00+00:00",
                        "snoozes": 0,
                        "missed_because": None,
                    }
                ],
            ]
        )
    )
    doc["cramp_free_nights"] = draw(st.sampled_from([doc.get("cramp_free_nights") or [], [
        {"night": "2026-11-18", "via": "check-in", "at": "2026-11-19T06:00:00+00:00"}]]))  # fmt: skip
    for _ in range(draw(st.integers(1, 4))):
        places = _paths(doc)
        path = draw(st.sampled_from(places))
        value = draw(JSON_VALUES)
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if not path:
            doc = value if action == "set" else doc
            continue
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if action == "set":
            parent[last] = value
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, list):
            parent.append(value)
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = value
    if isinstance(doc, dict) and draw(st.booleans()):
        doc = doc.get("entries", doc)  # the bare array `list --format json` prints
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


CELLS = st.one_of(
    st.sampled_from([
        "", "left", "RIGHT", "calf;foot", "knee", "true", "maybe", "7", "11", "-1", "7.0", "1e3", "2026-11-20 03:10",
        "20.11.2026 03:10", "01/02/2026 03:10", "13/01/2026 03:10", "01/13/2026 03:10", "9999-12-31T23:59:59",
        "0001-01-01T00:00", "2026-11-20", "6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01", '"', "a\nb", "\r", "²", "٣",
    ]),
    st.text(max_size=20),
)  # fmt: skip


@st.composite
def mutated_csv(draw: st.DrawFn, valid: str) -> bytes:
    """The app's own CSV export with cells, columns and separators changed."""
    rows = list(csv.reader(io.StringIO(valid, newline="")))
    header, body = rows[0], rows[1:]
    for _ in range(draw(st.integers(0, 2))):
        column = draw(st.integers(0, len(header) - 1))
        change = draw(st.sampled_from(["drop", "duplicate", "rename"]))
        if change == "drop":
            header.pop(column)
            body = [row[:column] + row[column + 1 :] for row in body]
        elif change == "duplicate":
            header.append(header[column])
            body = [[*row, row[column] if column < len(row) else ""] for row in body]
        else:
            header[column] = draw(st.sampled_from(["Started At", "SIDE", " side ", "mood", ""]))
    body = [list(row) for row in body]
    for _ in range(draw(st.integers(1, 5))):
        if not body:
            break
        row = draw(st.sampled_from(body))
        if row:
            row[draw(st.integers(0, len(row) - 1))] = draw(CELLS)
    if draw(st.booleans()):
        body.append(draw(st.lists(CELLS, max_size=len(header) + 2)))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=sep, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"]))).writerows(
        [header, *body]
    )
    text = out.getvalue()
    if draw(st.integers(0, 5)) == 0:
        text = f"sep={sep}\n" + text
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-8", "latin-1", "utf-16"]))
    return text.encode(encoding, "replace")


def import_files(workspace: Workspace) -> st.SearchStrategy[bytes]:
    return st.one_of(
        mutated_json(workspace.export_text("json")),
        mutated_csv(workspace.export_text("csv")),
        st.binary(max_size=300),
        JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    )


def check_import(workspace: Workspace, raw: bytes, options: list[str]) -> None:
    work = workspace.fresh()
    try:
        data = work / "data"
        source = work / "import-me"
        source.write_bytes(raw)
        before = Snapshot.of(data)
        dry = run_main(["--data-dir", str(data), "import", str(source), "--dry-run", *options], work)
        assert_clean(dry, (0, 1, 2))
        assert Snapshot.of(data) == before, "a dry run changed the data"
        real = run_main(["--data-dir", str(data), "import", str(source), *options], work)
        assert_clean(real, (0, 1, 2))
        after = Snapshot.of(data)
        if real.status:
            assert after == before, f"a refused import changed the data: {real}"
        assert dry.status == real.status, (dry, real)
        if "--restore-settings" not in options:
            assert after.settings == before.settings
        if after.log != before.log:
            # What was imported reads back, and the log still opens.
            listing = run_main(["--data-dir", str(data), "list", "--format", "json"], work)
            assert_clean(listing, (0,))
    finally:
        Workspace.discard(work)


OPTIONS = st.sampled_from([[], [], ["--mode", "replace"], ["--mode", "replace", "--restore-settings"]])


@given(st.data(), OPTIONS)
@fuzz_settings(150)
def test_any_import_file_is_handled_cleanly(workspace: Workspace, data: st.DataObject, options: list[str]) -> None:
    check_import(workspace, data.draw(import_files(workspace)), options)


@given(raw=st.binary(max_size=200), options=OPTIONS)
@example(
    raw=b'{"format": "cvi-companion-cramps", "version": 1, "entries": [{"id": null, "started_at": '
    b'"2026-11-20T03:10:00+01:00", "side": "left", "note": "\\ud800"}]}',
    options=[],
)
@fuzz_settings(100)
def test_raw_bytes_are_handled_cleanly(workspace: Workspace, raw: bytes, options: list[str]) -> None:
    check_import(workspace, raw, options)


def test_the_mutators_make_importable_files_too(workspace: Workspace) -> None:
    """Unchanged exports import fine, so the fuzzer starts near valid files (not only from garbage)."""
    for fmt in ("csv", "json"):
        work = workspace.fresh()
        try:
            source = work / f"again.{fmt}"
            source.write_text(workspace.export_text(fmt), encoding="utf-8")
            outcome = run_main(["--data-dir", str(work / "data"), "import", str(source)], work)
            assert outcome.status == 0, outcome
        finally:
            Workspace.discard(work)
