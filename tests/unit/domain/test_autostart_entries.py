"""The start-at-login builders: the command that starts the app, and the entry for each platform."""

from __future__ import annotations

import plistlib
import shlex

import pytest

from cvi_companion.domain.autostart import (
    desktop_entry,
    desktop_entry_enabled,
    exec_line,
    launch_agent_enabled,
    launch_agent_plist,
    launch_command,
    windows_run_value,
)


def test_a_bundle_starts_itself():
    assert launch_command(True, "/opt/cvi-companion/cvi-companion", "/usr/bin/cvi-companion") == (
        "/opt/cvi-companion/cvi-companion",
    )


def test_an_installed_launcher_is_preferred_to_the_interpreter():
    assert launch_command(False, "/usr/bin/python3", "/home/a/.local/bin/cvi-companion") == (
        "/home/a/.local/bin/cvi-companion",
    )


def test_without_a_launcher_the_module_is_run():
    assert launch_command(False, "/usr/bin/python3", None) == ("/usr/bin/python3", "-m", "cvi_companion")


def test_the_desktop_entry_starts_in_the_background():
    text = desktop_entry(("/usr/bin/cvi-companion",), "cvi-companion")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    for line in (
        "Type=Application",
        "Exec=/usr/bin/cvi-companion --background",
        "TryExec=/usr/bin/cvi-companion",
        "Icon=cvi-companion",
        "X-GNOME-Autostart-enabled=true",
        "Categories=Utility;",
    ):
        assert line in lines
    assert not any(line.startswith(("NoDisplay", "Hidden")) for line in lines)
    assert desktop_entry_enabled(text)


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/home/a b/bin/cvi-companion", '"/home/a b/bin/cvi-companion"'),
        ("/opt/50%/app", "/opt/50%%/app"),
        ('/opt/say "hi"', r'"/opt/say \\"hi\\""'),
        ("/opt/$HOME", r'"/opt/\\$HOME"'),
        (r"/opt/back\slash", r'"/opt/back\\\\slash"'),
    ],
)
def test_exec_arguments_are_quoted_and_escaped_as_the_spec_says(argument, written):
    assert exec_line((argument,)) == f"{written} --background"


def test_a_quoted_exec_line_splits_back_into_the_command():
    command = ("/home/a b/.venv/bin/python3", "-m", "cvi_companion")
    line = exec_line(command)
    # After the key-file string unescape (\\ -> \) the quoting is shell-like for these characters.
    assert shlex.split(line.replace("\\\\", "\\")) == [*command, "--background"]


def test_control_characters_and_empty_commands_are_refused():
    with pytest.raises(ValueError, match="control"):
        desktop_entry(("/bin/app\nX-Evil=1",), "icon")
    with pytest.raises(ValueError, match="empty"):
        exec_line(())


@pytest.mark.parametrize(
    "change",
    ["Hidden=true", "X-GNOME-Autostart-enabled=false"],
)
def test_a_desktop_switched_off_entry_is_not_enabled(change):
    text = desktop_entry(("/usr/bin/cvi-companion",), "cvi-companion")
    key = change.split("=")[0]
    lines = [line for line in text.splitlines() if not line.startswith(key + "=")]
    assert not desktop_entry_enabled("\n".join([*lines, change]))
    assert not desktop_entry_enabled("")
    assert not desktop_entry_enabled("[Other]\nExec=x\n")


def test_the_launch_agent_round_trips_through_plistlib():
    data = launch_agent_plist(("/Applications/CVI Companion.app/Contents/MacOS/cvi-companion",))
    agent = plistlib.loads(data)
    assert agent["Label"] == "org.cvi-companion"
    assert agent["ProgramArguments"] == ["/Applications/CVI Companion.app/Contents/MacOS/cvi-companion", "--background"]
    assert agent["RunAtLoad"] is True
    assert launch_agent_enabled(data)
    agent["Disabled"] = True
    assert not launch_agent_enabled(plistlib.dumps(agent))
    assert not launch_agent_enabled(b"not a plist")


def test_the_run_value_quotes_the_program_and_spaced_arguments():
    name, value = windows_run_value((r"C:\Program Files\CVI Companion\cvi-companion.exe",))
    assert name == "cvi-companion"
    assert value == r'"C:\Program Files\CVI Companion\cvi-companion.exe" --background'
    _name, value = windows_run_value((r"C:\Users\A B\python\pythonw.exe", "-m", "cvi_companion"))
    assert value == r'"C:\Users\A B\python\pythonw.exe" -m cvi_companion --background'
    _name, value = windows_run_value((r"C:\app.exe", "C:\\a dir\\"))
    # A trailing backslash before the closing quote is doubled, as the C runtime expects.
    assert value == r'"C:\app.exe" "C:\a dir\\" --background'


def test_a_quote_in_a_windows_program_path_is_refused():
    with pytest.raises(ValueError, match="quote"):
        windows_run_value(('C:\\a"b.exe',))
