from __future__ import annotations

from datetime import UTC, datetime

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.storage.backups import MANUAL, make_backup
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.erase import delete_all


def fill(paths, make_entry) -> None:
    db = open_database(paths.db_path, paths.backups_dir)
    CrampRepository(db).add(make_entry(note="private"))
    make_backup(db, paths.backups_dir, MANUAL, now=datetime(2026, 11, 23, tzinfo=UTC))
    db.close()
    paths.settings_path.write_text("{}")
    paths.settings_path.with_name("settings.json.bad").write_text("{")
    paths.logs_dir.mkdir()
    (paths.logs_dir / "crash.log").write_text("trace")


def test_everything_but_the_backups_goes(app_paths, make_entry):
    fill(app_paths, make_entry)
    (app_paths.data_dir / "my-own-notes.txt").write_text("not the app's")
    report = delete_all(app_paths, include_backups=False)
    assert app_paths.db_path in report.removed
    assert app_paths.settings_path in report.removed
    assert app_paths.logs_dir in report.removed
    assert report.kept == (app_paths.backups_dir,)
    assert not app_paths.db_path.exists()
    assert not app_paths.settings_path.with_name("settings.json.bad").exists()
    assert len(list(app_paths.backups_dir.iterdir())) == 1
    assert (app_paths.data_dir / "my-own-notes.txt").exists()


def test_with_backups_nothing_is_left(app_paths, make_entry):
    fill(app_paths, make_entry)
    report = delete_all(app_paths, include_backups=True)
    assert app_paths.backups_dir in report.removed
    assert report.kept == ()
    assert not app_paths.data_dir.exists()


def test_an_app_that_still_has_the_log_open_sees_it_empty(app_paths, make_entry):
    fill(app_paths, make_entry)
    app = open_database(app_paths.db_path, app_paths.backups_dir)
    repo = CrampRepository(app)
    assert repo.count(CrampFilter()) == 1
    delete_all(app_paths, include_backups=True)
    assert repo.count(CrampFilter()) == 0
    app.close()


def test_a_file_that_is_not_a_log_is_deleted_too(app_paths):
    app_paths.db_path.write_bytes(b"not a database" * 10)
    report = delete_all(app_paths, include_backups=False)
    assert report.removed == (app_paths.db_path,)


def test_nothing_there_is_fine(app_paths):
    assert delete_all(app_paths, include_backups=True).removed == (app_paths.backups_dir,)


def test_emptying_leaves_no_trace_of_the_text_in_the_files(app_paths, make_entry):
    from pathlib import Path

    from cvi_companion.storage.erase import _empty_log

    fill(app_paths, make_entry)
    _empty_log(app_paths.db_path)
    for suffix in ("", "-wal"):
        part = Path(f"{app_paths.db_path}{suffix}")
        assert not part.exists() or b"private" not in part.read_bytes()
