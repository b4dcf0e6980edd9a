from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import uuid
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest

from cvi_companion.domain.cramps import CrampFilter, Location, Relief, Side
from cvi_companion.storage import migrations
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import DatabaseTooNew, DatabaseUnreadable, DiskFull, StorageError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_v1_log(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "cramp_log_v1.sql").read_text())
    conn.close()


def test_a_new_log_is_private_durable_and_current(app_paths):
    db = open_database(app_paths.db_path, app_paths.backups_dir)
    conn = db.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    CrampRepository(db).count(CrampFilter())  # creates the -wal/-shm files
    for name in (app_paths.db_path, Path(f"{app_paths.db_path}-wal"), Path(f"{app_paths.db_path}-shm")):
        assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    assert stat.S_IMODE(app_paths.data_dir.stat().st_mode) == 0o700
    db.close()


def test_an_existing_folder_that_others_can_read_is_made_private(tmp_path):
    from cvi_companion.storage.paths import resolve_paths

    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    resolve_paths(folder, env={}).ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_v1_log_opens_with_every_row(app_paths):
    make_v1_log(app_paths.db_path)
    db = open_database(app_paths.db_path, app_paths.backups_dir)
    repo = CrampRepository(db)
    live = list(repo.iter_entries(CrampFilter()))
    trashed = list(repo.iter_entries(CrampFilter(trash=True)))
    assert len(live) == 2
    assert len(trashed) == 1
    first = live[0]
    assert first.started_at.isoformat() == "2025-11-22T03:30:00+01:00"
    assert first.night_of == date(2025, 11, 21)
    assert (first.side, first.intensity, first.helped) == (Side.LEFT, 7, (Relief.STRETCHING,))
    assert first.tags == ("after gardening",)
    assert live[1].locations == (Location.CALF, Location.FOOT)
    assert trashed[0].started_at.utcoffset() == timedelta(hours=-5)
    assert trashed[0].started_at.tzinfo == timezone(timedelta(hours=-5))
    db.close()


NEXT = migrations.latest_version() + 1


def _add_column_next(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE cramp_entries ADD COLUMN remark TEXT NOT NULL DEFAULT 'migrated'")


def test_the_v1_log_is_upgraded_to_the_current_schema_after_a_backup(app_paths):
    make_v1_log(app_paths.db_path)
    db = open_database(app_paths.db_path, app_paths.backups_dir)
    assert db.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    tables = {row[0] for row in db.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"cramp_entries", "reminder_events"} <= tables
    assert db.connection.execute("SELECT count(*) FROM cramp_entries").fetchone()[0] == 3
    db.close()
    assert len(list(app_paths.backups_dir.glob("cramp-log-v1-*.sqlite3"))) == 1


def test_upgrading_backs_up_first_then_migrates(app_paths):
    make_v1_log(app_paths.db_path)
    steps = (*migrations.MIGRATIONS, migrations.Migration(NEXT, _add_column_next))
    db = open_database(app_paths.db_path, app_paths.backups_dir, steps)
    assert db.connection.execute("PRAGMA user_version").fetchone()[0] == NEXT
    assert db.connection.execute("SELECT count(*), min(remark) FROM cramp_entries").fetchone() == (3, "migrated")
    db.close()
    backups = list(app_paths.backups_dir.glob("cramp-log-v1-*.sqlite3"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM cramp_entries").fetchone()[0] == 3
    copy.close()


def test_a_failed_upgrade_changes_nothing(app_paths):
    make_v1_log(app_paths.db_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE cramp_entries ADD COLUMN remark TEXT")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    steps = (*migrations.MIGRATIONS, migrations.Migration(NEXT, broken))
    with pytest.raises(StorageError, match=f"upgrade the log to schema {NEXT}"):
        open_database(app_paths.db_path, app_paths.backups_dir, steps)
    conn = sqlite3.connect(app_paths.db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(cramp_entries)")]
    assert "remark" not in columns
    # Every step of the upgrade is one transaction: the real v2 step before the broken one is undone too.
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "reminder_events" not in tables
    assert conn.execute("SELECT count(*) FROM cramp_entries").fetchone()[0] == 3
    conn.close()


def test_a_log_from_a_newer_version_is_refused_and_untouched(app_paths):
    make_v1_log(app_paths.db_path)
    conn = sqlite3.connect(app_paths.db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(app_paths.db_path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(app_paths.db_path, app_paths.backups_dir)
    assert digest(app_paths.db_path) == before
    assert not Path(f"{app_paths.db_path}-wal").exists()


@pytest.mark.parametrize(
    "content", [b"not a database at all\n" * 50, os.urandom(4096), b"SQLite format 3\x00" + b"\xff" * 200]
)
def test_a_file_that_is_not_a_log_is_refused_and_untouched(app_paths, content):
    app_paths.db_path.write_bytes(content)
    with pytest.raises(DatabaseUnreadable):
        open_database(app_paths.db_path, app_paths.backups_dir)
    assert app_paths.db_path.read_bytes() == content


def test_a_full_disk_saves_nothing_and_keeps_what_was_there(repo, make_entry):
    repo.add(make_entry())
    conn = repo.database.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    big_batch = [make_entry(minutes_ago=i + 1, note="x" * 2000) for i in range(50)]
    with pytest.raises(DiskFull, match="disk is full"):
        repo.add_many(big_batch)
    assert repo.count(CrampFilter()) == 1
    assert not conn.in_transaction


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from cvi_companion.domain.cramps import Side, new_entry
    from cvi_companion.storage.cramp_repository import CrampRepository
    from cvi_companion.storage.db import open_database

    folder, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    db = open_database(folder / "cramp-log.sqlite3", folder / "backups")
    repo = CrampRepository(db)
    now = datetime.now(UTC)
    for i in range(count):
        repo.add(new_entry(started_at=now - timedelta(minutes=i), side=Side.LEFT, note=f"{label}-{i}"))
    db.close()
    """
)


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(app_paths, repo, make_entry):
    count = 150
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(app_paths.data_dir), label, str(count)])
        for label in ("cli", "app")
    ]
    for i in range(count):
        repo.add(make_entry(minutes_ago=i, note=f"here-{i}"))
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = {e.note for e in repo.iter_entries(CrampFilter())}
    assert len(notes) == 3 * count
    assert {f"cli-{i}" for i in range(count)} <= notes
    assert repo.database.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_uuids_stay_unique(repo, make_entry):
    entry = make_entry()
    repo.add(entry)
    with pytest.raises(StorageError):
        repo.add(entry)
    assert repo.count(CrampFilter()) == 1
    assert isinstance(repo.get(entry.id).id, uuid.UUID)
