"""Starting the window for real: storage problems at start, the hidden benchmark and screenshot options,
and what happens on an unexpected error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cvi_companion.app import gui
from cvi_companion.app.crash_reporter import CrashReporter
from cvi_companion.app.start_messages import delete_everything, show_settings_problems
from cvi_companion.cli.parser import parse_args
from cvi_companion.storage.db import open_database
from cvi_companion.storage.paths import resolve_paths


@pytest.fixture
def critical(monkeypatch, qapp):
    """Records what QMessageBox.critical would have shown (instead of blocking the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def restore_excepthook():
    hook = sys.excepthook
    yield
    sys.excepthook = hook


# Runs the real start in a fresh process and reports, just after the first frame, what it was made with.
FIRST_FRAME = """
import os, sys
import cvi_companion.app as entry
import cvi_companion.app.gui as gui

def report(app, args, target):
    from PySide6.QtWidgets import QDateEdit

    print("STYLE", app.style().name())
    print("LOADED", sorted(m for m in ("socket", "PySide6.QtSvg", "PySide6.QtNetwork") if m in sys.modules))
    print("DATE EDITS", len(target().findChildren(QDateEdit)))
    sys.stdout.flush()
    os._exit(0)

gui._after_first_paint = report
entry.main(sys.argv[1:])
"""


def test_the_first_frame_is_fusion_and_waits_for_nothing_it_does_not_show(tmp_path):
    # Fusion even where the desktop asks for another style (our palettes are made for it). The first frame
    # (docs/performance.md) does not wait for the socket later launches use, SVG code, or the custom range's
    # date editors: the server starts just after it, the editors when "Custom…" is chosen.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, "--data-dir", str(tmp_path / "data"), "--exit-after-paint"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines() == ["STYLE fusion", "LOADED []", "DATE EDITS 0"], done.stderr


# A damaged log (not SQLite, cut short, random bytes) is moved aside and a question offers the newest backup:
# tests/stress/test_stress_damaged_log.py, with the dim night look of that question.


def test_a_log_from_a_newer_version_gives_a_message_and_status_1(tmp_path, critical, restore_excepthook):
    paths = resolve_paths(tmp_path / "data", env={})
    paths.ensure()
    open_database(paths.db_path, paths.backups_dir).close()
    with sqlite3.connect(paths.db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert gui.run_gui(parse_args(["--data-dir", str(paths.data_dir)])) == 1
    assert "newer version" in critical[0]


def test_exit_after_paint_reports_the_time_to_first_paint(tmp_path, qapp, capsys, restore_excepthook, monkeypatch):
    hook = sys.excepthook
    # The clock starts when gui.py is imported; in a long test run that was long ago.
    monkeypatch.setattr(gui, "STARTED", time.perf_counter())
    assert gui.run_gui(parse_args(["--data-dir", str(tmp_path / "data"), "--exit-after-paint"])) == 0
    out = capsys.readouterr().out.split()
    assert out[0] == "first-paint"
    assert 0 < float(out[1]) < 60
    assert sys.excepthook is hook  # the crash reporter is gone again
    assert (tmp_path / "data" / "cramp-log.sqlite3").exists()
    assert QApplication.applicationName() == "cvi-companion"


def test_screenshots_of_the_window_and_of_the_quick_log(tmp_path, qapp, restore_excepthook):
    data = str(tmp_path / "data")
    window_png = tmp_path / "window.png"
    dialog_png = tmp_path / "quick.png"
    assert gui.run_gui(parse_args(["--data-dir", data, "--screenshot", str(window_png)])) == 0
    assert gui.run_gui(parse_args(["--data-dir", data, "--quick-log", "--screenshot", str(dialog_png)])) == 0
    window, dialog = QImage(str(window_png)), QImage(str(dialog_png))
    # A full-size window, unless the screen is smaller (the window is no wider than the screen's free room).
    room = qapp.primaryScreen().availableGeometry().width() - 16
    assert window.width() >= min(900, room)
    assert window.height() >= 500
    assert 0 < dialog.width() < window.width()


def test_settings_problems_are_shown_once_without_blocking(tmp_path, qapp, monkeypatch, restore_excepthook):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"night_starts": "late"}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(gui, "show_settings_problems", lambda _parent, problems: shown.append(problems))
    assert gui.run_gui(parse_args(["--data-dir", str(data), "--exit-after-paint"])) == 0
    assert len(shown) == 1
    assert "night_starts" in str(shown[0][0])


def test_the_settings_message_does_not_block(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_settings_problems(parent, ("'night_starts' should be a time like 22:00",))
    assert box.isVisible()
    assert not box.isModal()
    assert "22:00" in box.informativeText()
    box.close()


def test_an_unexpected_error_is_logged_and_apologised_for(qtbot, app_paths, restore_excepthook):
    reporter = CrashReporter(app_paths)
    reporter.install()
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        reporter.uninstall()
    log = (app_paths.logs_dir / "cvi-companion.log").read_text(encoding="utf-8")
    assert "ValueError: a bug in a slot" in log
    assert "Traceback" in log
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert "Sorry" in boxes[0].text()
    assert str(app_paths.logs_dir) in boxes[0].informativeText()
    # A second error while the apology is still open does not pile up another window.
    reporter.hook(RuntimeError, RuntimeError("again"), None)
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]) == 1
    boxes[0].close()
    boxes[0].deleteLater()


def test_the_daily_backup_is_made_once_a_day(app_paths, db, berlin):
    from cvi_companion.services.clock import Clock
    from cvi_companion.storage.backups import list_backups

    clock = Clock(berlin)
    gui._daily_backup(db, app_paths, clock)
    gui._daily_backup(db, app_paths, clock)
    assert [b.reason for b in list_backups(app_paths.backups_dir)] == ["daily"]


def test_delete_everything_after_the_window_closed_removes_the_log_and_says_so(
    tmp_path, qapp, monkeypatch, restore_excepthook
):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    data = tmp_path / "data"
    assert gui.run_gui(parse_args(["--data-dir", str(data), "--exit-after-paint"])) == 0
    paths = resolve_paths(data, env={})
    db = open_database(paths.db_path, paths.backups_dir)
    from cvi_companion.storage.backups import make_backup

    make_backup(db, paths.backups_dir, "manual")
    db.close()
    assert delete_everything(paths, include_backups=False) == 0
    assert not paths.db_path.exists()
    assert told == [f"All your data was deleted from this computer.\n\nYour backups are kept in {paths.backups_dir}."]
