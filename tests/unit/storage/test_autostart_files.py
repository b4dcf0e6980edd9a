"""Start at login on disk: the XDG file, the LaunchAgent and the Windows Run value (registry faked)."""

from __future__ import annotations

import os
import plistlib
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cvi_companion.storage import autostart
from cvi_companion.storage.autostart import (
    LaunchAgentAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for_this_system,
    current_command,
)
from cvi_companion.storage.errors import StorageError

COMMAND = ("/home/a b/.local/bin/cvi-companion",)


def test_enable_writes_a_valid_private_desktop_file_and_disable_removes_it(tmp_path):
    entry = XdgAutostart(tmp_path / "config" / "autostart")
    assert not entry.is_enabled()
    entry.enable(COMMAND)
    assert entry.path == tmp_path / "config" / "autostart" / "cvi-companion.desktop"
    assert entry.is_enabled()
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert 'Exec="/home/a b/.local/bin/cvi-companion" --background' in entry.path.read_text()
    entry.disable()
    assert not entry.path.exists()
    assert not entry.is_enabled()
    entry.disable()  # nothing left to remove is fine


@pytest.mark.parametrize(
    "command",
    [COMMAND, ("/usr/bin/python3", "-m", "cvi_companion"), ("/opt/50% off/$app`x`/run",)],
)
def test_desktop_file_validate_accepts_the_written_file(tmp_path, command):
    assert shutil.which("desktop-file-validate"), "desktop-file-validate is missing (apt install desktop-file-utils)"
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(command)
    result = subprocess.run(["desktop-file-validate", str(entry.path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_the_app_icon_is_an_absolute_path_in_a_checkout(tmp_path):
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(COMMAND)
    icon = next(line for line in entry.path.read_text().splitlines() if line.startswith("Icon="))
    assert Path(icon.removeprefix("Icon=")).is_file()


def test_a_file_the_desktop_switched_off_reads_as_disabled(tmp_path):
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(COMMAND)
    entry.path.write_text(entry.path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not entry.is_enabled()


def test_a_folder_that_cannot_be_written_is_a_storage_error(tmp_path):
    # A file where the folder should be fails for every user, root included (permissions would not).
    folder = tmp_path / "autostart"
    folder.write_text("not a folder")
    with pytest.raises(StorageError, match="Could not create the folder"):
        XdgAutostart(folder).enable(COMMAND)
    assert folder.read_text() == "not a folder"


def test_the_launch_agent_is_written_and_read_back(tmp_path):
    agent = LaunchAgentAutostart(tmp_path / "Library" / "LaunchAgents")
    agent.enable(COMMAND)
    assert agent.path.name == "org.cvi-companion.plist"
    assert stat.S_IMODE(agent.path.stat().st_mode) == 0o600
    data = plistlib.loads(agent.path.read_bytes())
    assert data["ProgramArguments"] == [*COMMAND, "--background"]
    assert data["RunAtLoad"] is True
    assert agent.is_enabled()
    agent.disable()
    assert not agent.is_enabled()


class FakeRegistry:
    def __init__(self):
        self.values: dict[str, str] = {}
        self.off: set[str] = set()
        self.fail = False

    def read(self, name):
        return self.values.get(name)

    def write(self, name, value):
        if self.fail:
            raise PermissionError(13, "Access is denied")
        self.values[name] = value

    def delete(self, name):
        self.values.pop(name, None)

    def switched_off(self, name):
        return name in self.off

    def forget_switched_off(self, name):
        self.off.discard(name)


def test_the_run_value_is_written_quoted_and_removed():
    registry = FakeRegistry()
    entry = WindowsAutostart(registry)
    entry.enable((r"C:\Program Files\CVI Companion\cvi-companion.exe",))
    assert registry.values == {"cvi-companion": r'"C:\Program Files\CVI Companion\cvi-companion.exe" --background'}
    assert entry.is_enabled()
    registry.off.add("cvi-companion")  # switched off in Task Manager
    assert not entry.is_enabled()
    entry.enable((r"C:\app.exe",))  # ticking the box again really switches it on
    assert entry.is_enabled()
    entry.disable()
    assert registry.values == {}
    assert not entry.is_enabled()


def test_a_registry_refusal_is_a_storage_error():
    registry = FakeRegistry()
    registry.fail = True
    with pytest.raises(StorageError, match="permission denied"):
        WindowsAutostart(registry).enable((r"C:\app.exe",))


def test_this_system_uses_the_test_homes_xdg_folder():
    entry = autostart_for_this_system()
    assert isinstance(entry, XdgAutostart)
    assert entry.path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "cvi-companion.desktop"
    blank = autostart_for_this_system({"HOME": "/h", "XDG_CONFIG_HOME": " "})
    assert blank.location == "/h/.config/autostart/cvi-companion.desktop"


def test_current_command_for_a_bundle(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/cvi/cvi-companion")
    assert current_command() == ("/opt/cvi/cvi-companion",)


def _launcher(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "cvi-companion"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o700)
    return script


def test_current_command_prefers_the_launcher_beside_the_interpreter(monkeypatch, tmp_path):
    beside = _launcher(tmp_path / "venv" / "bin")
    _launcher(tmp_path / "elsewhere")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "venv" / "bin" / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path / "elsewhere"))
    assert current_command() == (str(beside),)


def test_current_command_finds_a_launcher_on_path(monkeypatch, tmp_path):
    on_path = _launcher(tmp_path / "bin")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python" / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert current_command() == (str(on_path),)


def test_current_command_falls_back_to_the_module(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert current_command() == (str(tmp_path / "python3"), "-m", "cvi_companion")


def test_the_icon_falls_back_to_the_theme_name(monkeypatch, tmp_path):
    from cvi_companion.storage import assets

    monkeypatch.setattr(assets, "root", lambda: tmp_path)
    assert autostart._app_icon() == "cvi-companion"
