"""The export as the terminal and the window write it: the same bytes as the documented format, fast path or not."""

from __future__ import annotations

import io
import json
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
from cvi_companion.domain.export import iter_json, write_csv
from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.settings import Settings, settings_to_mapping
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.errors import DatabaseUnreadable
from cvi_companion.storage.exporter import (
    ExportFormat,
    ExportStopped,
    export_file,
    export_file_apart,
    write_export,
)
from cvi_companion.storage.importer import cramp_free_nights, reminder_history, schema_version
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.reminder_log import ReminderLog

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
ZONES = [
    UTC,
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/St_Johns"),
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Australia/Lord_Howe"),  # its daylight saving time moves the clock by 30 minutes
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=5, minutes=45)),
    timezone(timedelta(hours=-3, seconds=-17)),  # an offset with seconds, as old local mean times have
]
# Text the csv module quotes (or, for \r, quotes in some Python versions and not in others) and text it does not.
AWKWARD = st.text(alphabet=st.sampled_from(list("ab ,;\"'\r\n\t\\äß€😀")), max_size=12)
TAG = st.text(alphabet=st.sampled_from(list("ab \"'\\äß€\r\n")), min_size=1, max_size=10)
# What JSON escapes (quotes, backslashes, every control character) and what it leaves as it is with
# ensure_ascii=False (DEL, U+2028, letters beyond ASCII and the BMP); validation only refuses NUL in notes.
JSON_AWKWARD = st.text(alphabet=st.sampled_from(list('a "\\/\b\f\n\r\t\x01\x1f\x7f\u2028\u00e4€😀')), max_size=12)
JSON_NOTE = JSON_AWKWARD | st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20)
JSON_TAG = st.text(alphabet=st.characters(codec="utf-8", exclude_characters=",;"), min_size=1, max_size=12)
# Instants when a zone in ZONES changes its offset (Berlin, St. John's, Lord Howe), to log cramps around.
CLOCK_CHANGES = [
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
    datetime(2025, 10, 26, 1, 0, tzinfo=UTC),
    datetime(2026, 3, 8, 5, 30, tzinfo=UTC),
    datetime(2025, 11, 2, 4, 30, tzinfo=UTC),
    datetime(2026, 4, 4, 15, 0, tzinfo=UTC),
    datetime(2025, 10, 4, 15, 30, tzinfo=UTC),
]
ANY_START = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2026, 11, 21), timezones=st.just(UTC))
NEAR_A_CLOCK_CHANGE = st.builds(
    lambda change, seconds: change + timedelta(seconds=seconds),
    st.sampled_from(CLOCK_CHANGES),
    st.integers(-3 * 3600, 3 * 3600),
)


@st.composite
def entries(draw: st.DrawFn, notes: st.SearchStrategy[str] = AWKWARD, tags: st.SearchStrategy[str] = TAG) -> object:
    zone = draw(st.sampled_from(ZONES))
    started = draw(ANY_START | NEAR_A_CLOCK_CHANGE)
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
        tags=draw(st.lists(tags, max_size=3)),
        note=draw(st.one_of(st.just(""), notes)),
    )


@st.composite
def reminder_records(draw: st.DrawFn) -> ReminderRecord:
    zone = draw(st.sampled_from(ZONES))
    due = draw(ANY_START | NEAR_A_CLOCK_CHANGE).replace(microsecond=0).astimezone(zone)
    outcome = draw(st.sampled_from(list(Outcome)))
    return ReminderRecord(
        kind=draw(st.sampled_from(list(ReminderKind))),
        slot=due.strftime("%Y-%m-%dT%H:%M"),
        due=due,
        outcome=outcome,
        at=due + timedelta(seconds=draw(st.integers(0, 86_400))),
        snoozes=draw(st.integers(0, 5)),
        missed_because=draw(st.sampled_from(list(MissedBecause))) if outcome is Outcome.MISSED else None,
    )


def reference_csv(db, flt: CrampFilter) -> str:
    """The format as domain.export defines it, from the entries the repository decodes."""
    out = io.StringIO()
    write_csv(CrampRepository(db).iter_entries(flt), out)
    return out.getvalue()


def reference_json(db, flt: CrampFilter, now: datetime = NOW) -> str:
    """The document as domain.export defines it, from the entries and records the storage decodes."""
    pieces = iter_json(
        CrampRepository(db).iter_entries(flt),
        now,
        reminders=reminder_history(db, flt.since, flt.until),
        nights=cramp_free_nights(db, flt.since, flt.until),
        settings=settings_to_mapping(Settings()),
        schema_version=schema_version(db),
        since=flt.since,
        until=flt.until,
    )
    return "".join(pieces)


def exported(db, fmt: ExportFormat = ExportFormat.CSV, flt: CrampFilter | None = None, now: datetime = NOW) -> str:
    out = io.StringIO()
    write_export(db, Settings(), out, fmt, flt or CrampFilter(), now)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(entries(), max_size=12), side=st.none() | st.sampled_from(list(Side)))
def test_the_csv_export_is_byte_for_byte_the_documented_format(db, batch, side):
    db.connection.execute("DELETE FROM cramp_entries")
    CrampRepository(db).add_many(batch)
    for flt in (CrampFilter(), CrampFilter(side=side), CrampFilter(since=date(2010, 1, 1), until=date(2020, 6, 30))):
        assert exported(db, flt=flt) == reference_csv(db, flt)


def _respell(db) -> None:
    """Store the entries as another version of the app, or a hand, might have: the decoded entries are the
    same or barely differ (control characters in a note, places out of order), the stored text is not."""
    conn = db.connection
    rows = conn.execute("SELECT rowid, tags, created_at FROM cramp_entries").fetchall()
    for rowid, tags, created in rows:
        conn.execute(
            "UPDATE cramp_entries SET tags = ?, created_at = ? WHERE rowid = ?",
            (
                json.dumps(json.loads(tags), separators=(",", ":")),  # compact, and non-ASCII as \\u escapes
                datetime.fromisoformat(created).astimezone(timezone(timedelta(hours=5, minutes=30))).isoformat(),
                rowid,
            ),
        )
    conn.execute("UPDATE cramp_entries SET id = upper(id), note = note || char(13, 0) WHERE rowid % 2 = 0")
    conn.execute(
        "UPDATE cramp_entries SET locations = 'foot,calf', updated_at = substr(updated_at, 1, 19) WHERE rowid % 3 = 0"
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batch=st.lists(entries(notes=JSON_NOTE, tags=JSON_TAG), max_size=12),
    reminders=st.lists(reminder_records(), max_size=4),
    nights=st.lists(st.tuples(st.dates(date(2000, 1, 1), date(2026, 11, 22)), st.sampled_from(list(ReportedVia)))),
    side=st.none() | st.sampled_from(list(Side)),
    now=st.datetimes(timezones=st.sampled_from(ZONES)),
    respell=st.booleans(),
)
def test_the_json_export_is_byte_for_byte_the_documented_format(db, batch, reminders, nights, side, now, respell):
    for table in ("cramp_entries", "reminder_events", "cramp_free_nights"):
        db.connection.execute(f"DELETE FROM {table}")
    CrampRepository(db).add_many(batch)
    ReminderLog(db).record(reminders)
    for night, via in nights:
        NightReports(db).mark_cramp_free(night, via, datetime.combine(night, datetime.min.time(), UTC))
    if respell:
        _respell(db)
    for flt in (CrampFilter(), CrampFilter(side=side), CrampFilter(since=date(2010, 1, 1), until=date(2020, 6, 30))):
        assert exported(db, ExportFormat.JSON, flt, now) == reference_json(db, flt, now)


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
        ("tags", "'5'"),
        ("created_at", "'yesterday'"),
        ("updated_at", "'2026-13-01T00:00:00+00:00'"),
        ("utc_offset", "90000"),
    ],
)
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_row_damaged_by_hand_stops_the_export_with_the_entrys_id(db, make_entry, tmp_path, column, value, fmt):
    entry = make_entry()
    CrampRepository(db).add(entry)
    db.connection.execute(f"UPDATE cramp_entries SET {column} = {value}")
    with pytest.raises(DatabaseUnreadable, match=str(entry.id)):
        list(CrampRepository(db).iter_entries(CrampFilter()))  # the entries path refuses it too
    target = tmp_path / f"out.{fmt.value}"
    with pytest.raises(DatabaseUnreadable, match=str(entry.id)):
        export_file(db, Settings(), target, fmt, CrampFilter(), NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_damaged_id_stops_the_export(db, make_entry, fmt):
    CrampRepository(db).add(make_entry())
    db.connection.execute("UPDATE cramp_entries SET id = 'not-an-id'")
    with pytest.raises(DatabaseUnreadable, match="not-an-id"):
        exported(db, fmt)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_known_code_list_does_not_hide_a_damaged_one_later(db, make_entry, fmt):
    good, bad = make_entry(minutes_ago=10), make_entry()
    CrampRepository(db).add_many([good, bad])
    db.connection.execute("UPDATE cramp_entries SET locations = 'calf,knee' WHERE id = ?", (str(bad.id),))
    with pytest.raises(DatabaseUnreadable, match=str(bad.id)):
        exported(db, fmt)


class _Writes(io.StringIO):
    """A stream that remembers how many entry records each write held."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[int] = []

    def write(self, text: str) -> int:
        self.records.append(text.count('{"id": '))
        return super().write(text)


def test_the_json_export_streams_its_entries_a_batch_at_a_time(db, make_entry, monkeypatch):
    monkeypatch.setattr("cvi_companion.storage.exporter._BATCH", 2)
    CrampRepository(db).add_many(make_entry(minutes_ago=i) for i in range(5))
    out = _Writes()
    assert write_export(db, Settings(), out, ExportFormat.JSON, CrampFilter(), NOW) == 5
    assert sum(out.records) == 5
    assert max(out.records) == 2
    assert out.getvalue() == reference_json(db, CrampFilter())


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
