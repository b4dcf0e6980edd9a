from __future__ import annotations

import errno
import hashlib
import os
import re
import sqlite3
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.storage import backups
from cvi_companion.storage import migrations as schema
from cvi_companion.storage.backup_check import NotABackup, check_backup
from cvi_companion.storage.backups import (
    BEFORE_RESTORE,
    DAILY,
    IMPORT,
    KEEP_DAILY,
    KEEP_SAFETY,
    MANUAL,
    backup_to,
    daily_backup,
    list_backups,
    make_backup,
    needs_daily_backup,
    restore,
)
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.errors import DatabaseTooNew, DiskFull, StorageError
from cvi_companion.storage.temp_files import is_temp_name

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX permissions")


def snapshot(path: Path) -> tuple[str, ...]:
    parts = [Path(f"{path}{s}") for s in ("", "-wal")]
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in parts)


def rows(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT note FROM cramp_entries ORDER BY note")]
    finally:
        conn.close()


@pytest.fixture
def filled(app_paths, make_entry):
    """A log with three entries, closed again (as the app would leave it)."""
    db = open_database(app_paths.db_path, app_paths.backups_dir)
    CrampRepository(db).add_many(make_entry(minutes_ago=m, note=f"n{m}") for m in range(3))
    db.close()
    return app_paths


@linux_only
def test_a_backup_is_one_private_self_contained_copy(repo, app_paths, make_entry):
    repo.add(make_entry(note="kept"))
    path = make_backup(repo.database, app_paths.backups_dir, MANUAL, now=T0)
    assert path.name == "cramp-log-manual-20261123T090000Z.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(app_paths.backups_dir.stat().st_mode) == 0o700
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file is the whole backup
    assert rows(path) == ["kept"]
    assert sorted(p.name for p in app_paths.backups_dir.iterdir()) == [path.name]
    again = make_backup(repo.database, app_paths.backups_dir, MANUAL, now=T0)
    assert again.name == "cramp-log-manual-20261123T090000Z-2.sqlite3"
    assert check_backup(path).entries == 1


def test_a_backup_taken_during_a_write_holds_the_last_committed_state(repo, app_paths, make_entry):
    repo.add(make_entry(note="before"))
    with repo.database.write("test") as conn:
        conn.execute("UPDATE cramp_entries SET note = 'during'")
        path = make_backup(repo.database, app_paths.backups_dir, IMPORT, now=T0)
    assert rows(path) == ["before"]


class _Stepping(sqlite3.Connection):
    """A connection whose backups go one page per step and call `between_steps` after the first step."""

    between_steps: Callable[[], None] = staticmethod(lambda: None)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        calls = []

        def step(_status, _remaining, _total):
            calls.append(1)
            if len(calls) == 1:
                _Stepping.between_steps()

        super().backup(target, pages=1, progress=step, name=name, sleep=sleep)
        assert len(calls) > 1, "the copy should take several steps"


def test_a_backup_is_one_moment_of_the_log_even_when_another_connection_commits_during_the_copy(
    repo, app_paths, make_entry, monkeypatch
):
    repo.add_many(make_entry(minutes_ago=m, note=f"before-{m:02d} " + "x" * 3000) for m in range(20))
    connect = sqlite3.connect

    def stepping(*args, **kwargs):
        return connect(*args, **kwargs, factory=_Stepping) if kwargs.get("uri") else connect(*args, **kwargs)

    def a_write_meanwhile():
        # The terminal command, say: it changes and adds entries while the window's backup runs.
        writer = connect(app_paths.db_path, isolation_level=None)
        writer.execute("UPDATE cramp_entries SET note = 'changed'")
        writer.close()
        repo.add(make_entry(note="added"))

    monkeypatch.setattr(sqlite3, "connect", stepping)
    monkeypatch.setattr(_Stepping, "between_steps", staticmethod(a_write_meanwhile))
    path = make_backup(repo.database, app_paths.backups_dir, DAILY, now=T0)
    monkeypatch.undo()
    assert [n.split()[0] for n in rows(path)] == [f"before-{m:02d}" for m in range(20)]
    assert check_backup(path).entries == 20
    assert set(rows(app_paths.db_path)) == {"changed", "added"}


def test_a_backup_does_not_go_through_the_log_s_own_connection(app_paths, make_entry):
    # Copying through it would leave its page cache full of the whole log for as long as the app runs.
    class NoBackups(sqlite3.Connection):
        def backup(self, *args, **kwargs):
            raise AssertionError("the backup went through the log's own connection")

    open_database(app_paths.db_path, app_paths.backups_dir).close()
    own = sqlite3.connect(app_paths.db_path, isolation_level=None, factory=NoBackups)
    try:
        db = Database(app_paths.db_path, own)
        CrampRepository(db).add(make_entry(note="kept"))
        path = daily_backup(db, app_paths.backups_dir, T0, BERLIN)
    finally:
        own.close()
    assert path is not None
    assert rows(path) == ["kept"]


def test_a_new_empty_log_can_be_backed_up_at_once(app_paths):
    db = open_database(app_paths.db_path, app_paths.backups_dir)
    try:
        path = daily_backup(db, app_paths.backups_dir, T0, BERLIN)
    finally:
        db.close()
    assert path is not None
    assert check_backup(path).entries == 0
    assert path.read_bytes()[18:20] == b"\x01\x01"


def test_a_full_disk_leaves_no_backup_and_the_log_as_it_was(repo, app_paths, make_entry, monkeypatch):
    repo.add(make_entry(note="safe"))
    before = snapshot(app_paths.db_path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull, match="the disk is full"):
        make_backup(repo.database, app_paths.backups_dir, MANUAL, now=T0)
    monkeypatch.undo()
    assert list(app_paths.backups_dir.iterdir()) == []
    assert snapshot(app_paths.db_path) == before
    assert [e.note for e in repo.iter_entries(CrampFilter())] == ["safe"]


def test_a_backup_refused_while_moving_in_place_names_the_folder_not_the_temporary_file(
    repo, app_paths, make_entry, monkeypatch
):
    repo.add(make_entry(note="safe"))
    real_replace = os.replace

    def refused(source, target) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(source))

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(StorageError) as caught:
        make_backup(repo.database, app_paths.backups_dir, MANUAL, now=T0)
    monkeypatch.setattr(os, "replace", real_replace)
    message = str(caught.value)
    assert f"the folder {app_paths.backups_dir} cannot be written" in message
    assert ".tmp" not in message
    assert list(app_paths.backups_dir.iterdir()) == []


def test_backup_to_refuses_the_log_itself(repo, app_paths):
    with pytest.raises(StorageError, match="cannot be written over the log itself"):
        backup_to(repo.database, app_paths.db_path)


def test_daily_backups_one_per_local_day_newest_seven_kept(repo, app_paths):
    folder = app_paths.backups_dir
    make_backup(repo.database, folder, MANUAL, now=T0 - timedelta(days=30))
    (folder / "cramp-log-v1-20250101T000000Z.sqlite3").write_bytes(b"")
    for day in range(10):
        now = T0 + timedelta(days=day)
        assert daily_backup(repo.database, folder, now, BERLIN) is not None
        assert daily_backup(repo.database, folder, now + timedelta(hours=1), BERLIN) is None
    kept = list_backups(folder)
    daily = [b for b in kept if b.reason == DAILY]
    assert len(daily) == KEEP_DAILY
    assert daily[0].taken_at == T0 + timedelta(days=3)
    assert {b.reason for b in kept} == {DAILY, MANUAL, "v1"}


def test_safety_copies_are_rotated_separately(repo, app_paths):
    for n in range(KEEP_SAFETY + 3):
        make_backup(repo.database, app_paths.backups_dir, IMPORT, now=T0 + timedelta(minutes=n))
    daily_backup(repo.database, app_paths.backups_dir, T0, BERLIN)
    reasons = [b.reason for b in list_backups(app_paths.backups_dir)]
    assert reasons.count(IMPORT) == KEEP_SAFETY
    assert reasons.count(DAILY) == 1


def test_the_daily_rule_uses_the_local_date(tmp_path):
    late = backups.BackupInfo(tmp_path / "x", DAILY, datetime(2026, 11, 22, 23, 30, tzinfo=UTC))  # 00:30 in Berlin
    assert not needs_daily_backup([late], datetime(2026, 11, 23).date(), BERLIN)
    assert needs_daily_backup([late], datetime(2026, 11, 23).date(), UTC)


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()


def newer_backup(path: Path, source: Path) -> None:
    conn = sqlite3.connect(source)
    dest = sqlite3.connect(path)
    conn.backup(dest)
    dest.execute("PRAGMA user_version = 99")
    dest.close()
    conn.close()


def empty_sqlite(path: Path) -> None:
    sqlite3.connect(path).close()
    path.write_bytes(b"")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p, _: p.write_bytes(os.urandom(4096)), NotABackup, "is not an SQLite database"),
        (lambda p, _: p.write_bytes(b""), NotABackup, "is not an SQLite database"),
        (lambda p, _: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300), NotABackup, "cannot be"),
        (lambda p, _: foreign_sqlite(p), NotABackup, "not a cramp log (it has no cramp_entries table)"),
        (lambda p, _: empty_sqlite(p), NotABackup, "not a cramp log"),
        (newer_backup, DatabaseTooNew, "newer version of cvi_companion (schema 99"),
        (lambda p, _: p.mkdir(), NotABackup, "is a folder"),
    ],
)
def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(filled, tmp_path, make, error, words):
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate, filled.db_path)
    before, backups_before = snapshot(filled.db_path), sorted(filled.backups_dir.iterdir())
    with pytest.raises(error, match=re.escape(words)):
        restore(candidate, filled)
    assert snapshot(filled.db_path) == before
    assert sorted(filled.backups_dir.iterdir()) == backups_before
    assert rows(filled.db_path) == ["n0", "n1", "n2"]


def test_restore_refuses_a_missing_file_and_the_log_itself(filled, tmp_path):
    with pytest.raises(NotABackup, match="There is no file"):
        restore(tmp_path / "nope.sqlite3", filled)
    with pytest.raises(NotABackup, match="the log itself"):
        restore(filled.db_path, filled)


def test_restore_keeps_the_current_log_then_brings_the_backup_back(filled, make_entry):
    db = open_database(filled.db_path, filled.backups_dir)
    path = make_backup(db, filled.backups_dir, MANUAL, now=T0)
    CrampRepository(db).add(make_entry(minutes_ago=99, note="after the backup"))
    db.close()
    result = restore(path, filled, now=T0 + timedelta(hours=1))
    assert result.source.entries == 3
    assert result.kept is not None
    assert result.kept.name == f"cramp-log-{BEFORE_RESTORE}-20261123T100000Z.sqlite3"
    assert rows(filled.db_path) == ["n0", "n1", "n2"]
    assert "after the backup" in rows(result.kept)
    assert not any(p.name.startswith(".") for p in filled.backups_dir.iterdir())


def test_a_running_app_sees_the_restored_log(filled, make_entry):
    app = open_database(filled.db_path, filled.backups_dir)
    repo = CrampRepository(app)
    path = make_backup(app, filled.backups_dir, MANUAL, now=T0)
    repo.add(make_entry(minutes_ago=50, note="later"))
    assert repo.count(CrampFilter()) == 4
    version = app.data_version()
    restore(path, filled, now=T0 + timedelta(hours=1))
    assert app.data_version() != version
    assert repo.count(CrampFilter()) == 3
    repo.add(make_entry(minutes_ago=60, note="still writable"))
    assert repo.count(CrampFilter()) == 4
    assert app.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    app.close()


def test_an_old_schema_backup_is_upgraded_on_the_way_in(filled, tmp_path):
    old = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript((FIXTURES / "cramp_log_v1.sql").read_text())
    conn.close()
    assert check_backup(old).schema_version == 1
    restore(old, filled, now=T0)
    db = open_database(filled.db_path, filled.backups_dir)
    assert db.connection.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
    assert CrampRepository(db).count(CrampFilter()) == 2
    db.close()


def test_a_restore_s_scratch_files_are_named_as_temporary_files(filled, tmp_path, monkeypatch):
    # So that what a restore killed midway leaves in the backups folder is tidied at a later start.
    old = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript((FIXTURES / "cramp_log_v1.sql").read_text())
    conn.close()
    seen: list[Path] = []
    real = open_database

    def watching(path, backups_dir, *args):
        seen.extend((path, backups_dir))
        return real(path, backups_dir, *args)

    monkeypatch.setattr("cvi_companion.storage.backups.open_database", watching)
    restore(old, filled, now=T0)
    work, scratch = seen[-2:]
    assert work.parent == scratch.parent == filled.backups_dir
    assert is_temp_name(work.name)
    assert is_temp_name(scratch.name)
    assert not work.exists()
    assert not scratch.exists()


def test_a_damaged_log_is_kept_aside_and_replaced(filled, tmp_path):
    db = open_database(filled.db_path, filled.backups_dir)
    good = make_backup(db, filled.backups_dir, MANUAL, now=T0)
    db.close()
    Path(f"{filled.db_path}-wal").unlink(missing_ok=True)
    filled.db_path.write_bytes(b"garbage" * 100)
    result = restore(good, filled, now=T0 + timedelta(hours=1))
    assert result.kept is not None
    assert result.kept.read_bytes() == b"garbage" * 100
    assert rows(filled.db_path) == ["n0", "n1", "n2"]


def test_restoring_into_no_log_keeps_nothing(filled, tmp_path, app_paths):
    db = open_database(filled.db_path, filled.backups_dir)
    good = make_backup(db, tmp_path, MANUAL, now=T0)
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{filled.db_path}{suffix}").unlink(missing_ok=True)
    result = restore(good, filled, now=T0)
    assert result.kept is None
    assert rows(filled.db_path) == ["n0", "n1", "n2"]


def test_a_full_disk_during_restore_leaves_the_log_as_it_was(filled, monkeypatch):
    db = open_database(filled.db_path, filled.backups_dir)
    good = make_backup(db, filled.backups_dir, MANUAL, now=T0)
    CrampRepository(db).soft_delete([e.id for e in CrampRepository(db).iter_entries(CrampFilter())])
    db.close()
    before = snapshot(filled.db_path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        restore(good, filled, now=T0 + timedelta(hours=1))
    monkeypatch.undo()
    assert snapshot(filled.db_path) == before
    assert not any(p.name.startswith(".") for p in filled.backups_dir.iterdir())


@linux_only
def test_a_backup_to_a_chosen_file_leaves_its_folder_alone(repo, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    path = backup_to(repo.database, folder / "mine.sqlite3")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
