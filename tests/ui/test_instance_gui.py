"""The window as one app per data folder: started in the background, raised by a later launch, refreshed
by the terminal command, and put back where it was (size, place, tab) at the next start."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cvi_companion.app import gui
from cvi_companion.cli.parser import parse_args
from cvi_companion.services.single_instance import claim_lock
from cvi_companion.storage.instance_files import lock_path
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.ui.main_window import MainWindow

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("This plugin does not support raise")]


@pytest.fixture
def restore_excepthook():
    hook = sys.excepthook
    yield
    sys.excepthook = hook


def _launch(data_dir, *args):
    return subprocess.Popen(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _main_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def _run(argv, script):
    """Run the app; `script(window)` runs once it has started, then the app quits. Returns the exit status."""
    failures: list[BaseException] = []

    def step() -> None:
        try:
            script(_main_window())
        except BaseException as error:  # reported after the app has stopped
            failures.append(error)
        finally:
            QApplication.exit(0)  # after quit(), later tests' windows were never painted

    QTimer.singleShot(200, step)
    status = gui.run_gui(parse_args(argv))
    if failures:
        raise failures[0]
    return status


def test_in_the_background_no_window_shows_until_a_later_launch_asks(tmp_path, qtbot, restore_excepthook):
    data = tmp_path / "data"
    seen: dict[str, object] = {}

    def script(window):
        seen["visible at start"] = window.isVisible()
        launch = _launch(data)
        qtbot.waitUntil(window.isVisible, timeout=20_000)
        _out, err = launch.communicate(timeout=20)
        seen["later launch"] = (launch.returncode, err)

    assert _run(["--data-dir", str(data), "--background"], script) == 0
    assert seen == {"visible at start": False, "later launch": (0, "")}


def test_in_the_background_the_settings_message_waits_for_the_window(tmp_path, qtbot, monkeypatch, restore_excepthook):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"night_starts": "late"}', encoding="utf-8")
    shown: list[tuple[bool, tuple[str, ...]]] = []
    monkeypatch.setattr(
        gui, "show_settings_problems", lambda parent, problems: shown.append((parent.isVisible(), problems))
    )

    def script(window):
        qtbot.wait(300)
        seen = list(shown)
        window.show()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        assert seen == []  # nothing popped up at login, with no window to explain it
        assert shown[0][0] is True
        assert "night_starts" in str(shown[0][1][0])

    assert _run(["--data-dir", str(data), "--background"], script) == 0


def test_a_later_quick_log_opens_it_in_the_running_window(tmp_path, qtbot, restore_excepthook):
    data = tmp_path / "data"

    def script(window):
        launch = _launch(data, "quick-log")
        qtbot.waitUntil(lambda: window.log_tab._quick_log is not None, timeout=20_000)
        assert window.log_tab._quick_log.isVisible()
        assert launch.communicate(timeout=20)[0] == ""
        assert launch.returncode == 0

    assert _run(["--data-dir", str(data)], script) == 0


def test_a_cramp_logged_in_the_terminal_shows_in_the_open_window_within_a_second(tmp_path, qtbot, restore_excepthook):
    data = tmp_path / "data"

    def script(window):
        model = window.log_tab.model
        before = model.rowCount()
        launch = _launch(data, "log", "--side", "right", "--at", "now")
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=20_000)
        written = time.monotonic()
        # The window's own look at the log comes every 10 s: only the nudge makes it this quick.
        qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=1000)
        assert time.monotonic() - written < 1.0
        assert launch.communicate(timeout=20)[0].startswith("Logged a cramp")

    assert _run(["--data-dir", str(data)], script) == 0


def test_size_place_and_tab_come_back_at_the_next_start(tmp_path, qtbot, restore_excepthook):
    data = tmp_path / "data"
    before: dict[str, object] = {}

    def arrange(window):
        window.resize(640, 480)  # inside the offscreen screen (800 x 800)
        window.move(40, 60)
        window.tabs.setCurrentIndex(2)
        qtbot.wait(50)
        before.update(size=window.size(), pos=window.pos(), tab=window.tabs.currentIndex())
        window.close()

    assert _run(["--data-dir", str(data)], arrange) == 0
    saved = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert saved["last_tab"] == 2
    assert saved["window_geometry"]
    after: dict[str, object] = {}

    def look(window):
        after.update(size=window.size(), pos=window.pos(), tab=window.tabs.currentIndex())

    assert _run(["--data-dir", str(data)], look) == 0
    assert after == before


def test_a_running_app_that_does_not_answer_gives_a_message(tmp_path, qapp, monkeypatch, restore_excepthook):
    paths = resolve_paths(tmp_path / "data", env={})
    paths.ensure()
    lock = claim_lock(lock_path(paths))  # another app holds the lock but never listens
    assert lock is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text))
    try:
        assert gui.run_gui(parse_args(["--data-dir", str(paths.data_dir)])) == 1
    finally:
        lock.unlock()
    assert "does not answer" in shown[0]
