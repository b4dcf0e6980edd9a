"""A damaged cramp log is moved aside untouched, the newest good backup is offered; a newer one is refused.

Storage, the terminal command and the window's start are each checked with a log that is cut short, one
of random bytes, and a file that is not SQLite at all.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cvi_companion.domain.cramps import CrampFilter, Side, new_entry
from cvi_companion.storage.backups import MANUAL, make_backup
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import DatabaseDamaged, DatabaseTooNew
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.quarantine import newest_backup, quarantine_log
from tests.stress.helpers import run_cli

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(paths: AppPaths, count: int, label: str = "e") -> None:
    db = open_database(paths.db_path, paths.backups_dir)
    repo = CrampRepository(db)
    repo.add_many(
        [
            new_entry(started_at=NOW - timedelta(hours=i), side=Side.LEFT, note=f"{label}-{i} " + "x" * 900, now=NOW)
            for i in range(count)
        ]
    )
    db.close()


def backup(paths: AppPaths, when: datetime) -> Path:
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        return make_backup(db, paths.backups_dir, MANUAL, now=when)
    finally:
        db.close()


def cut_short(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def not_sqlite(path: Path) -> None:
    path.write_text("my own notes about my legs, not a database\n" * 40, encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut short": cut_short,
    "random bytes": random_bytes,
    "not sqlite": not_sqlite,
}


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    found = resolve_paths(tmp_path / "data", env={})
    found.ensure()
    return found


@pytest.fixture
def damaged(paths) -> Callable[[str], str]:
    """Fill the log (with a backup of it), damage it one way; the damaged file's digest."""

    def make(how: str) -> str:
        fill(paths, 40)
        backup(paths, NOW)
        fill(paths, 3, "later")
        DAMAGE[how](paths.db_path)
        return digest(paths.db_path)

    return make


@pytest.mark.parametrize("how", DAMAGE)
def test_storage_refuses_a_damaged_log_and_leaves_it_as_it_is(paths, damaged, how):
    before = damaged(how)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(paths.db_path, paths.backups_dir)
    assert caught.value.reason
    assert digest(paths.db_path) == before


def test_a_log_cut_short_is_found_when_it_is_opened_not_later(paths):
    # SQLite compares the page count in the header with the file's length (and the -wal's) as it opens it.
    fill(paths, 200)
    cut_short(paths.db_path)
    with pytest.raises(DatabaseDamaged, match="malformed"):
        open_database(paths.db_path, paths.backups_dir)


def test_a_healthy_log_with_pages_still_in_the_wal_opens_normally(paths):
    fill(paths, 5)
    holder = open_database(paths.db_path, paths.backups_dir)  # keeps the -wal from being checkpointed away
    holder.connection.execute("PRAGMA wal_autocheckpoint = 0")
    repo = CrampRepository(holder)
    for i in range(60):
        repo.add(new_entry(started_at=NOW - timedelta(minutes=i), side=Side.BOTH, note="y" * 3000, now=NOW))
    assert paths.db_path.stat().st_size < holder.connection.execute("PRAGMA page_count").fetchone()[0] * 4096
    other = open_database(paths.db_path, paths.backups_dir)
    assert CrampRepository(other).count(CrampFilter()) == 65
    other.close()
    holder.close()


def test_quarantine_moves_the_log_with_its_wal_and_finds_the_newest_backup_with_entries(paths):
    fill(paths, 10)
    good = backup(paths, NOW - timedelta(days=2))
    (paths.backups_dir / "cramp-log-daily-20261122T010000Z.sqlite3").write_bytes(b"damaged backup")
    db = open_database(paths.db_path, paths.backups_dir)
    CrampRepository(db).add(new_entry(started_at=NOW, side=Side.LEFT, now=NOW))
    Path(f"{paths.db_path}-wal").write_bytes(b"wal of the damaged log")
    db.close()
    not_sqlite(paths.db_path)
    Path(f"{paths.db_path}-wal").write_bytes(b"wal of the damaged log")
    before = digest(paths.db_path)
    found = quarantine_log(paths, now=NOW)
    assert found.moved_to.name == "cramp-log.sqlite3.corrupt-20261123T023000Z"
    assert digest(found.moved_to) == before
    assert Path(f"{found.moved_to}-wal").read_bytes() == b"wal of the damaged log"
    assert not paths.db_path.exists()
    assert not Path(f"{paths.db_path}-wal").exists()
    assert found.backup is not None
    assert found.backup.info.path == good
    assert found.backup.check.entries == 10
    # A second damaged log the same second does not overwrite the first.
    not_sqlite(paths.db_path)
    assert quarantine_log(paths, now=NOW).moved_to.name.endswith("-2")


def test_the_newest_backup_skips_empty_newer_ones_but_offers_an_empty_one_if_that_is_all(paths):
    assert newest_backup(paths.backups_dir) is None
    empty_db = open_database(paths.db_path, paths.backups_dir)
    first_empty = make_backup(empty_db, paths.backups_dir, MANUAL, now=NOW - timedelta(days=5))
    empty_db.close()
    found = newest_backup(paths.backups_dir)
    assert found is not None
    assert found.info.path == first_empty
    fill(paths, 4)
    full = backup(paths, NOW - timedelta(days=3))
    paths.db_path.unlink()
    empty_db = open_database(paths.db_path, paths.backups_dir)
    make_backup(empty_db, paths.backups_dir, "daily", now=NOW)
    empty_db.close()
    found = newest_backup(paths.backups_dir)
    assert found is not None
    assert found.info.path == full


def test_a_log_from_a_newer_version_is_refused_byte_for_byte_untouched(paths):
    fill(paths, 5)
    conn = sqlite3.connect(paths.db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(paths.db_path)
    listing = sorted(p.name for p in paths.data_dir.iterdir())
    with pytest.raises(DatabaseTooNew):
        open_database(paths.db_path, paths.backups_dir)
    result = run_cli(paths.data_dir, "log", "--side", "left")
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(paths.db_path) == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == listing


# The terminal command ------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("how", DAMAGE)
def test_the_terminal_command_moves_a_damaged_log_aside_and_says_how_to_restore(paths, damaged, how):
    before = damaged(how)
    result = run_cli(paths.data_dir, "log", "--side", "right", "--note", "after the damage")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    err = result.stderr
    assert "is damaged" in err
    moved = next(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))
    assert str(moved) in err
    assert digest(moved) == before
    assert not paths.db_path.exists()  # the command was not run: no new log either
    restore_line = next(line.strip() for line in err.splitlines() if line.strip().startswith("cvi-companion restore"))
    backup_file = restore_line.removeprefix("cvi-companion restore ")
    assert "(40 entries)" in err
    # The advice works as printed.
    restored = run_cli(paths.data_dir, "restore", backup_file)
    assert restored.returncode == 0, restored.stderr
    listed = run_cli(paths.data_dir, "list")
    assert "40 entries" in listed.stdout
    assert digest(moved) == before


@pytest.mark.slow
def test_without_a_backup_the_terminal_says_so_and_the_next_command_starts_afresh(paths):
    fill(paths, 3)
    not_sqlite(paths.db_path)
    result = run_cli(paths.data_dir, "list")
    assert result.returncode == 1
    assert "There is no backup to restore." in result.stderr
    again = run_cli(paths.data_dir, "log", "--side", "left")
    assert again.returncode == 0, again.stderr
    assert len(list(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))) == 1


# The window's start ---------------------------------------------------------------------------------------


@pytest.fixture
def answer(qapp, monkeypatch):
    """Answer the damaged-log question by clicking a button (by its text), noting what the box said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cvi_companion.ui.night_style import is_dim

    seen: dict[str, object] = {}

    def arrange(button_text: str) -> dict[str, object]:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, click)
                return
            seen["text"] = box.text()
            seen["details"] = box.informativeText()
            seen["buttons"] = [b.text() for b in box.buttons()]
            seen["dim"] = is_dim(QApplication.palette())
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
            box.reject()

        QTimer.singleShot(0, click)
        return seen

    critical: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: critical.append(text))
    seen["critical"] = critical
    hook = sys.excepthook
    yield arrange
    sys.excepthook = hook


def run_window(paths: AppPaths, *extra: str) -> int:
    from cvi_companion.app import gui
    from cvi_companion.cli.parser import parse_args

    return gui.run_gui(parse_args(["--data-dir", str(paths.data_dir), "--exit-after-paint", *extra]))


def count_entries(paths: AppPaths) -> int:
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        return CrampRepository(db).count(CrampFilter())
    finally:
        db.close()


@pytest.mark.parametrize("how", DAMAGE)
def test_the_window_offers_the_newest_backup_and_restores_it(paths, damaged, answer, how, capsys):
    before = damaged(how)
    seen = answer("Restore the newest backup")
    assert run_window(paths) == 0
    capsys.readouterr()
    assert "damaged" in str(seen["text"])
    moved = next(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))
    assert str(moved) in str(seen["details"])
    assert "40 entries" in str(seen["details"])
    assert sorted(seen["buttons"]) == ["&Quit", "&Restore the newest backup", "Start a &new empty log"]
    assert digest(moved) == before
    assert count_entries(paths) == 40
    assert seen["critical"] == []


def test_the_window_can_start_a_new_empty_log(paths, damaged, answer, capsys):
    before = damaged("random bytes")
    answer("Start a new empty log")
    assert run_window(paths) == 0
    capsys.readouterr()
    assert count_entries(paths) == 0
    assert digest(next(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))) == before


def test_quitting_at_the_question_leaves_no_new_log(paths, answer):
    not_sqlite(paths.db_path)
    seen = answer("Quit")
    assert run_window(paths) == 1
    assert "Restore the newest backup" not in " ".join(seen["buttons"])  # there is no backup to offer
    assert "There is no backup to restore." in str(seen["details"])
    assert not paths.db_path.exists()
    assert len(list(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))) == 1


def test_at_night_the_damaged_log_question_is_dim(paths, answer, monkeypatch):
    from cvi_companion.app import gui

    not_sqlite(paths.db_path)
    monkeypatch.setattr(gui, "is_night", lambda *_args: True)
    seen = answer("Quit")
    assert run_window(paths) == 1
    assert seen["dim"] is True


def test_when_the_log_cannot_be_moved_aside_the_window_says_so(paths, answer, monkeypatch):
    import errno

    not_sqlite(paths.db_path)
    before = digest(paths.db_path)

    def refuse(*_args):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("cvi_companion.storage.quarantine.os.replace", refuse)
    seen = answer("Quit")
    assert run_window(paths) == 1
    assert len(seen["critical"]) == 1
    assert "Could not move the damaged log" in seen["critical"][0]
    assert "Traceback" not in seen["critical"][0]
    assert digest(paths.db_path) == before


def test_a_newer_log_is_refused_by_the_window_and_untouched(paths, answer):
    fill(paths, 2)
    conn = sqlite3.connect(paths.db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(paths.db_path)
    seen = answer("Quit")
    assert run_window(paths) == 1
    assert "newer version" in seen["critical"][0]
    assert digest(paths.db_path) == before
    assert not list(paths.data_dir.glob("cramp-log.sqlite3.corrupt-*"))
