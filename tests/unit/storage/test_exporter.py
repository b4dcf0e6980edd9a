"""The export as the terminal and the window write it: the same bytes as the documented format, fast path or not."""

from __future__ import annotations

import io
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cvi_companion.domain.cramps import (
    MAX_DURATION_S,
    Context,
    CrampFilter,
    Location,
    Relief,
    Side,
    Soreness,
    new_entry,
)
from cvi_companion.domain.export import write_csv
from cvi_companion.domain.settings import Settings
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.errors import DatabaseUnreadable
from cvi_companion.storage.exporter import (
    ExportFormat,
    ExportStopped,
    export_file,
    export_file_apart,
    write_export,
)

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
ZONES = [
    UTC,
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/St_Johns"),
    ZoneInfo("Pacific/Kiritimati"),
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=5, minutes=45)),
    timezone(timedelta(hours=-3, seconds=-17)),  # an offset with seconds, as old local mean times have
]
# Text the csv module quotes (or, for \r, quotes in some Python versions and not in others) and text it does not.
AWKWARD = st.text(alphabet=st.sampled_from(list("ab ,;\"'\r\n\t\\äß€😀")), max_size=12)
TAG = st.text(alphabet=st.sampled_from(list("ab \"'\\äß€\r\n")), min_size=1, max_size=10)


@st.composite
def entries(draw: st.DrawFn) -> object:
    zone = draw(st.sampled_from(ZONES))
    started = draw(
        st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2026, 11, 21), timezones=st.just(UTC))
    )
    nothing = draw(st.booleans())
    return new_entry(
        now=NOW + timedelta(microseconds=draw(st.integers(0, 999_999))),
        started_at=started.astimezone(zone),
        side=draw(st.sampled_from(list(Side))),
        locations=draw(st.lists(st.sampled_from(list(Location)), min_size=1, max_size=3)),
        duration_s=draw(st.none() | st.integers(1, MAX_DURATION_S)),
        woke_me=draw(st.booleans()),
        intensity=draw(st.none() | st.integers(0, 10)),
        helped=[Relief.NOTHING]
        if nothing
        else draw(st.lists(st.sampled_from([r for r in Relief if r is not Relief.NOTHING]))),
        soreness=draw(st.none() | st.sampled_from(list(Soreness))),
        context=draw(st.lists(st.sampled_from(list(Context)), max_size=4)),
        tags=draw(st.lists(TAG, max_size=3)),
        note=draw(st.one_of(st.just(""), AWKWARD)),
    )


def reference_csv(db, flt: CrampFilter) -> str:
    """The format as domain.export defines it, from the entries the repository decodes."""
    out = io.StringIO()
    write_csv(CrampRepository(db).iter_entries(flt), out)
    return out.getvalue()


def exported(db, fmt: ExportFormat = ExportFormat.CSV, flt: CrampFilter | None = None) -> str:
    out = io.StringIO()
    write_export(db, Settings(), out, fmt, flt or CrampFilter(), NOW)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(entries(), max_size=12), side=st.none() | st.sampled_from(list(Side)))
def test_the_csv_export_is_byte_for_byte_the_documented_format(db, batch, side):
    db.connection.execute("DELETE FROM cramp_entries")
    CrampRepository(db).add_many(batch)
    for flt in (CrampFilter(), CrampFilter(side=side), CrampFilter(since=date(2010, 1, 1), until=date(2020, 6, 30))):
        assert exported(db, flt=flt) == reference_csv(db, flt)


def test_an_id_stored_in_another_spelling_is_exported_as_the_entries_decode_it(db, make_entry):
    entry = make_entry(note='a "quoted", note')
    CrampRepository(db).add(entry)
    db.connection.execute("UPDATE cramp_entries SET id = upper(id)")
    text = exported(db)
    assert text == reference_csv(db, CrampFilter())
    assert str(entry.id) in text


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("locations", "'calf,knee'"),
        ("helped", "'flying'"),
        ("context", "'long-standing,,moon'"),
        ("tags", "'not json'"),
        ("created_at", "'yesterday'"),
        ("utc_offset", "90000"),
    ],
)
def test_a_row_damaged_by_hand_stops_the_export_with_the_entrys_id(db, make_entry, tmp_path, column, value):
    entry = make_entry()
    CrampRepository(db).add(entry)
    db.connection.execute(f"UPDATE cramp_entries SET {column} = {value}")
    with pytest.raises(DatabaseUnreadable, match=str(entry.id)):
        list(CrampRepository(db).iter_entries(CrampFilter()))  # the entries path refuses it too
    target = tmp_path / "out.csv"
    with pytest.raises(DatabaseUnreadable, match=str(entry.id)):
        export_file(db, Settings(), target, ExportFormat.CSV, CrampFilter(), NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_damaged_id_stops_the_export(db, make_entry):
    CrampRepository(db).add(make_entry())
    db.connection.execute("UPDATE cramp_entries SET id = 'not-an-id'")
    with pytest.raises(DatabaseUnreadable, match="not-an-id"):
        exported(db)


def test_a_known_code_list_does_not_hide_a_damaged_one_later(db, make_entry):
    good, bad = make_entry(minutes_ago=10), make_entry()
    CrampRepository(db).add_many([good, bad])
    db.connection.execute("UPDATE cramp_entries SET locations = 'calf,knee' WHERE id = ?", (str(bad.id),))
    with pytest.raises(DatabaseUnreadable, match=str(bad.id)):
        exported(db)


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("stop_at", [1, 2, 4])
def test_a_stopped_export_writes_nothing_and_leaves_no_temporary_file(
    db, make_entry, tmp_path, monkeypatch, fmt, stop_at
):
    monkeypatch.setattr("cvi_companion.storage.exporter._BATCH", 2)
    CrampRepository(db).add_many(make_entry(minutes_ago=i) for i in range(5))
    asked: list[bool] = []

    def stop() -> bool:  # "stop" from the `stop_at`-th question on: before, in the middle, at the very end
        asked.append(True)
        return len(asked) >= stop_at

    target = tmp_path / f"out.{fmt.value}"
    with pytest.raises(ExportStopped):
        export_file(db, Settings(), target, fmt, CrampFilter(), NOW, stop=stop)
    assert len(asked) == stop_at
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_export_on_another_thread_writes_what_the_terminal_writes(db, make_entry, tmp_path, fmt):
    CrampRepository(db).add_many(make_entry(minutes_ago=7 * i, note=f"n{i}, with a comma") for i in range(30))
    terminal, apart = tmp_path / f"terminal.{fmt.value}", tmp_path / f"apart.{fmt.value}"
    export_file(db, Settings(), terminal, fmt, CrampFilter(), NOW)
    counts: list[int] = []
    results: list[int | BaseException] = []

    def work() -> None:
        try:
            results.append(
                export_file_apart(db.path, Settings(), apart, fmt, CrampFilter(), NOW, counted=counts.append)
            )
        except BaseException as error:
            results.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert results == [30]
    assert counts == [30]
    assert apart.read_bytes() == terminal.read_bytes()


def test_an_export_reads_one_snapshot_whatever_is_logged_meanwhile(db, make_entry, tmp_path):
    repo = CrampRepository(db)
    repo.add_many(make_entry(minutes_ago=60 + i) for i in range(3))
    late = make_entry()
    counts: list[int] = []

    def log_one_while_exporting(count: int) -> None:
        counts.append(count)
        repo.add(late)  # through the window's own connection, after the export counted

    target = tmp_path / "out.csv"
    written = export_file_apart(
        db.path, Settings(), target, ExportFormat.CSV, CrampFilter(), NOW, counted=log_one_while_exporting
    )
    assert counts == [3]
    assert written == 3
    assert str(late.id) not in target.read_text()
    assert repo.count(CrampFilter()) == 4


def test_an_export_apart_never_writes_to_the_log(db, make_entry, tmp_path):
    CrampRepository(db).add(make_entry())
    before = db.data_version()
    export_file_apart(db.path, Settings(), tmp_path / "out.json", ExportFormat.JSON, CrampFilter(), NOW)
    assert db.data_version() == before


def test_an_export_apart_of_a_missing_log_is_a_clear_problem(tmp_path):
    from cvi_companion.storage.errors import StorageError

    with pytest.raises(StorageError, match="read the log"):
        export_file_apart(
            tmp_path / "nowhere.sqlite3", Settings(), tmp_path / "out.csv", ExportFormat.CSV, CrampFilter(), NOW
        )
    assert not (tmp_path / "out.csv").exists()
