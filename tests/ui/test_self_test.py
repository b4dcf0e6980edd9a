"""The self-test run in-process: every check passes on a fresh folder, and a broken part names its check."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cvi_companion.app import self_test
from cvi_companion.storage import assets
from cvi_companion.storage.paths import resolve_paths

# The reminder window asks to be raised, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith(self_test.PREFIX)]


def test_every_check_passes_on_a_fresh_folder(qapp, tmp_path, capsys):
    data = tmp_path / "data"
    hook = sys.excepthook
    assert self_test.run_self_test(data) == 0
    lines = _lines(capsys)
    names = [name for name, _check in self_test.CHECKS]
    assert [line.split()[2].rstrip(":") for line in lines[:-1]] == names
    assert all(line.split()[1] == "ok" for line in lines[:-1])
    assert lines[-1].startswith(f"self-test passed: {len(names)} checks")
    assert {"start", "tabs", "red-flags-guide", "guide-pictures", "reminder-window"} <= set(names)
    assert {"write-and-read", "insights-4-weeks"} <= set(names)
    # It used the folder it was given, and left nothing open behind it.
    assert resolve_paths(data, env={}).db_path.exists()
    assert sys.excepthook is hook
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_without_a_folder_it_uses_a_temporary_one_and_removes_it(qapp, capsys):
    assert self_test.run_self_test(None) == 0
    start = next(line for line in _lines(capsys) if " start:" in line)
    folder = start.split(" data in ", 1)[1]
    assert "cvi-self-test-" in folder
    assert not Path(folder).exists()


def test_a_missing_picture_fails_the_pictures_check_by_name(qapp, tmp_path, capsys, monkeypatch):
    def missing(relative: str) -> bytes:
        raise assets.ResourceMissing(f"The resource '{relative}' is missing")

    monkeypatch.setattr(assets, "read_bytes", missing)
    status = self_test.run_self_test(tmp_path / "data")
    lines = _lines(capsys)
    assert status == 1
    # The app icon is read through the same door, so the first check to notice is that one.
    assert lines[-1].startswith("self-test FAILED app-icon:")


def test_a_picture_that_does_not_draw_fails_the_pictures_check(qapp, tmp_path, capsys, monkeypatch):
    from cvi_companion.ui import guides_view

    monkeypatch.setattr(guides_view, "read_image", lambda _href: b"<not an svg")
    assert self_test.run_self_test(tmp_path / "data") == 1
    assert _lines(capsys)[-1].startswith("self-test FAILED guide-pictures: pictures in ")


def test_an_error_inside_a_qt_slot_fails_the_check_that_caused_it(qapp, tmp_path, capsys, monkeypatch):
    from cvi_companion.ui.reminder_window import ReminderWindow

    def broken(_self) -> None:
        raise RuntimeError("a bug in Done")

    # Connected at construction, so the patched method is the slot the button calls.
    monkeypatch.setattr(ReminderWindow, "done", broken)
    assert self_test.run_self_test(tmp_path / "data") == 1
    last = _lines(capsys)[-1]
    assert last.startswith("self-test FAILED reminder-window:")
    assert "a bug in Done" in last
