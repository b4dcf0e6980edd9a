from __future__ import annotations

import errno
import io
import json
import os
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import Context, CrampFilter, Location, Relief, Side, Soreness
from cvi_companion.domain.export import iter_json, write_csv
from cvi_companion.domain.importing import ImportMode, parse_import
from cvi_companion.domain.importing_data import ImportFileError
from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.settings import Settings, settings_to_mapping
from cvi_companion.storage import importer
from cvi_companion.storage.backups import list_backups
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import DiskFull, StorageError
from cvi_companion.storage.importer import (
    apply_import,
    cramp_free_nights,
    plan_import,
    read_import_file,
    reminder_history,
    schema_version,
)
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def table_dump(db) -> dict[str, list[tuple[object, ...]]]:
    conn = db.connection
    return {
        table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in ("cramp_entries", "reminder_events", "cramp_free_nights")
    }


def fill(db, make_entry) -> None:
    full = make_entry(
        minutes_ago=5, side=Side.BOTH, locations=[Location.FOOT, Location.CALF], duration_s=90, woke_me=True,
        intensity=6, helped=[Relief.STRETCHING], soreness=Soreness.MILD, context=[Context.HEAT],
        tags=["x y"], note='a "note",\nwith lines',
    )  # fmt: skip
    CrampRepository(db).add_many(
        [
            full,
            make_entry(minutes_ago=60 * 24 * 3, side=Side.RIGHT),
            make_entry(minutes_ago=60 * 24 * 40, side=Side.LEFT, note="October"),
        ]
    )
    due = datetime(2026, 11, 22, 7, 30, tzinfo=BERLIN)
    later = due + timedelta(hours=3, minutes=30)
    ReminderLog(db).record(
        [
            ReminderRecord(ReminderKind.STOCKINGS_ON, "2026-11-22T07:30", due, Outcome.DONE, due + timedelta(hours=1)),
            ReminderRecord(
                ReminderKind.ELEVATION,
                "2026-11-22T11:00",
                later,
                Outcome.MISSED,
                later,
                missed_because=MissedBecause.ASLEEP,
            ),
        ]
    )
    NightReports(db).mark_cramp_free(date(2026, 11, 20), ReportedVia.CHECK_IN, NOW - timedelta(days=2))


def export_text(db, since=None, until=None, settings=None) -> str:
    repo = CrampRepository(db)
    pieces = iter_json(
        repo.iter_entries(CrampFilter(since=since, until=until)),
        NOW,
        reminders=reminder_history(db, since, until),
        nights=cramp_free_nights(db, since, until),
        settings=settings,
        schema_version=schema_version(db),
        since=since,
        until=until,
    )
    return "".join(pieces)


def without_stamp(text: str) -> dict[str, object]:
    doc = json.loads(text)
    doc.pop("exported_at")
    return doc


@pytest.fixture
def other_db(tmp_path):
    paths = resolve_paths(tmp_path / "other", env={})
    paths.ensure()
    database = open_database(paths.db_path, paths.backups_dir)
    yield database
    database.close()


def load(text: str):
    return parse_import(text.encode(), now=NOW, tz=BERLIN)


@pytest.mark.parametrize("mode", list(ImportMode))
def test_json_round_trip_keeps_entries_reminders_and_nights(db, other_db, make_entry, mode, tmp_path):
    fill(db, make_entry)
    text = export_text(db)
    doc = json.loads(text)
    assert len(doc["entries"]) == 3
    assert len(doc["reminder_events"]) == 2
    assert doc["cramp_free_nights"] == [{"night": "2026-11-20", "via": "check-in", "at": "2026-11-21T09:00:00+00:00"}]
    result = apply_import(other_db, plan_import(other_db, load(text), mode), tmp_path / "b", now=NOW)
    assert len(result.plan.added) == 3
    assert without_stamp(export_text(other_db)) == without_stamp(text)
    # Importing the same file again changes nothing and needs no backup.
    again = apply_import(other_db, plan_import(other_db, load(text), mode), tmp_path / "b", now=NOW)
    assert again.backup is None
    assert len(again.plan.skipped) == 3
    assert not again.plan.changes_anything


def test_csv_round_trip_keeps_the_entries(db, other_db, make_entry, tmp_path):
    fill(db, make_entry)
    out = io.StringIO()
    write_csv(CrampRepository(db).iter_entries(CrampFilter()), out)
    apply_import(other_db, plan_import(other_db, load(out.getvalue()), ImportMode.MERGE), tmp_path, now=NOW)
    again = io.StringIO()
    write_csv(CrampRepository(other_db).iter_entries(CrampFilter()), again)
    assert again.getvalue() == out.getvalue()
    assert table_dump(other_db)["reminder_events"] == []


def test_export_of_a_range_holds_that_range_of_every_section(db, make_entry):
    fill(db, make_entry)
    doc = json.loads(export_text(db, since=date(2026, 11, 21), until=date(2026, 11, 23)))
    assert (doc["since"], doc["until"]) == ("2026-11-21", "2026-11-23")
    assert len(doc["entries"]) == 1
    assert [r["slot"] for r in doc["reminder_events"]] == ["2026-11-22T07:30", "2026-11-22T11:00"]
    assert doc["cramp_free_nights"] == []


def test_merge_applies_in_one_transaction_after_a_backup(db, make_entry, app_paths):
    fill(db, make_entry)
    entries = list(CrampRepository(db).iter_entries(CrampFilter()))
    before = table_dump(db)
    changed = replace(entries[0], note="changed")
    new = make_entry(minutes_ago=7, note="new")
    text = "".join(iter_json([changed, new, entries[1]], NOW))
    result = apply_import(db, plan_import(db, load(text), ImportMode.MERGE), app_paths.backups_dir, now=NOW)
    assert (len(result.plan.added), len(result.plan.changed), len(result.plan.skipped)) == (1, 1, 1)
    assert result.backup is not None
    assert result.backup.name.startswith("cramp-log-import-")
    backup = open_database(result.backup, app_paths.backups_dir / "scratch")
    assert table_dump(backup) == before
    backup.close()
    notes = sorted(e.note for e in CrampRepository(db).iter_entries(CrampFilter()))
    assert notes == ["", 'a "note",\nwith lines', "changed", "new"]  # the oldest, October's, was changed


def test_replace_makes_the_file_the_log_after_a_backup(db, make_entry, app_paths):
    fill(db, make_entry)
    before = table_dump(db)
    only = make_entry(minutes_ago=1, note="only")
    text = "".join(iter_json([only], NOW, reminders=[], nights=[]))
    plan = plan_import(db, load(text), ImportMode.REPLACE)
    assert (plan.removed, plan.reminders.removed, plan.nights.removed) == (3, 2, 1)
    result = apply_import(db, plan, app_paths.backups_dir, now=NOW)
    assert [e.note for e in CrampRepository(db).iter_entries(CrampFilter())] == ["only"]
    assert table_dump(db)["reminder_events"] == []
    assert result.backup is not None
    copy = open_database(result.backup, app_paths.backups_dir / "scratch")
    assert table_dump(copy) == before
    copy.close()


def test_replace_with_a_csv_leaves_reminders_and_nights_alone(db, make_entry, app_paths):
    fill(db, make_entry)
    before = table_dump(db)
    plan = plan_import(db, load("started_at,side\n2026-11-20 03:10,left\n"), ImportMode.REPLACE)
    apply_import(db, plan, app_paths.backups_dir, now=NOW)
    after = table_dump(db)
    assert len(after["cramp_entries"]) == 1
    assert after["reminder_events"] == before["reminder_events"]
    assert after["cramp_free_nights"] == before["cramp_free_nights"]


def test_a_failure_midway_changes_nothing(db, make_entry, app_paths, monkeypatch):
    fill(db, make_entry)
    before = table_dump(db)
    text = "".join(iter_json([make_entry(minutes_ago=9)], NOW, reminders=[], nights=[]))
    plan = plan_import(db, load(text), ImportMode.REPLACE)

    def broken(conn, plan):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(importer, "_write_sections", broken)
    with pytest.raises(DiskFull, match="Could not import the file: the disk is full"):
        apply_import(db, plan, app_paths.backups_dir, now=NOW)
    assert table_dump(db) == before
    assert not db.connection.in_transaction


def test_a_full_disk_while_backing_up_changes_nothing(db, make_entry, app_paths, monkeypatch):
    fill(db, make_entry)
    before = table_dump(db)
    plan = plan_import(db, load("".join(iter_json([make_entry(minutes_ago=9)], NOW))), ImportMode.MERGE)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull, match="the disk is full"):
        apply_import(db, plan, app_paths.backups_dir, now=NOW)
    monkeypatch.undo()
    assert table_dump(db) == before
    assert list_backups(app_paths.backups_dir) == []


def test_a_log_that_outgrows_the_disk_changes_nothing(db, make_entry, app_paths):
    fill(db, make_entry)
    before = table_dump(db)
    many = [make_entry(minutes_ago=100 + i, note="x" * 3000) for i in range(60)]
    plan = plan_import(db, load("".join(iter_json(many, NOW))), ImportMode.MERGE)
    pages = db.connection.execute("PRAGMA page_count").fetchone()[0]
    db.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull):
        apply_import(db, plan, app_paths.backups_dir, now=NOW)
    assert table_dump(db) == before


def test_the_plan_is_made_again_under_the_write_lock(db, make_entry, app_paths):
    entry = make_entry(note="from the file")
    plan = plan_import(db, load("".join(iter_json([entry], NOW))), ImportMode.MERGE)
    assert len(plan.added) == 1
    CrampRepository(db).add(entry)  # the app saved the same entry meanwhile
    result = apply_import(db, plan, app_paths.backups_dir, now=NOW)
    assert len(result.plan.added) == 0
    assert len(result.plan.skipped) == 1


def test_a_file_from_a_newer_schema_is_refused(db):
    text = json.dumps({"format": "cvi-companion-cramps", "version": 1, "schema_version": 99, "entries": []})
    with pytest.raises(ImportFileError, match="schema_version: the file comes from a newer version"):
        plan_import(db, load(text), ImportMode.MERGE)


def test_settings_are_restored_only_when_asked(db, app_paths):
    store = SettingsStore(app_paths.settings_path)
    mine = settings_to_mapping(Settings())
    theirs = {**mine, "night_starts": "23:30"}
    data = load("".join(iter_json([], NOW, settings=theirs)))
    apply_import(db, plan_import(db, data, ImportMode.REPLACE), app_paths.backups_dir, settings_store=store, now=NOW)
    assert not app_paths.settings_path.exists()
    plan = plan_import(db, data, ImportMode.REPLACE, restore_settings=True)
    apply_import(db, plan, app_paths.backups_dir, settings_store=store, now=NOW)
    assert json.loads(app_paths.settings_path.read_text())["night_starts"] == "23:30"


def test_a_settings_file_that_cannot_be_written_undoes_the_import(db, make_entry, app_paths):
    fill(db, make_entry)
    before = table_dump(db)
    app_paths.settings_path.write_text(json.dumps({"version": 99}))
    data = load("".join(iter_json([], NOW, settings=settings_to_mapping(Settings()), reminders=[], nights=[])))
    plan = plan_import(db, data, ImportMode.REPLACE, restore_settings=True)
    with pytest.raises(StorageError, match="newer version"):
        apply_import(db, plan, app_paths.backups_dir, settings_store=SettingsStore(app_paths.settings_path), now=NOW)
    assert table_dump(db) == before
    assert json.loads(app_paths.settings_path.read_text()) == {"version": 99}


def test_reading_an_import_file(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(b"\xef\xbb\xbfstarted_at;side\r\n20.11.2026 03:10;left\r\n")
    assert read_import_file(path, now=NOW, tz=BERLIN).entries[0].entry.side is Side.LEFT
    with pytest.raises(StorageError, match="Could not read"):
        read_import_file(tmp_path / "missing.csv", now=NOW, tz=BERLIN)


def test_stamps_of_the_backup_folder_are_not_touched_by_a_dry_plan(db, app_paths):
    plan_import(db, load("started_at,side\n2026-11-20 03:10,left\n"), ImportMode.REPLACE)
    assert list(Path(app_paths.backups_dir).iterdir()) == []
    assert CrampRepository(db).count(CrampFilter()) == 0
