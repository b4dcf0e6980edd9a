"""The app's desktop wiring that can be checked on any system."""

from __future__ import annotations

import sys
from pathlib import Path

from cvi_companion.app.desktop import WINDOWS_APP_ID, set_windows_app_id


class FakeShell32:
    def __init__(self) -> None:
        self.ids: list[str] = []

    def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
        self.ids.append(app_id)
        return 0


def test_on_windows_the_process_gets_the_installer_shortcut_id():
    shell = FakeShell32()
    assert set_windows_app_id(shell)
    assert shell.ids == [WINDOWS_APP_ID]
    iss = (Path(__file__).parents[2] / "packaging" / "windows" / "cvi-companion.iss").read_text()
    assert WINDOWS_APP_ID in iss


def test_elsewhere_nothing_is_called(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert not set_windows_app_id()
