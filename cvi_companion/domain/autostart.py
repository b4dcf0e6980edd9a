"""Start at login: which command starts the app, and the file or registry value that starts it.

Pure builders only; `cvi_companion.storage.autostart` writes what they produce. Every entry starts the app
with `--background`, so a login opens no window.
"""

from __future__ import annotations

import plistlib
import subprocess
from collections.abc import Sequence
from pathlib import PurePath

APP_NAME = "CVI Companion"
SCRIPT_NAME = "cvi-companion"
BACKGROUND_FLAG = "--background"
DESKTOP_FILE_NAME = "cvi-companion.desktop"
LAUNCH_AGENT_LABEL = "org.cvi-companion"
RUN_VALUE_NAME = "cvi-companion"
COMMENT = "Reminders for legs with chronic venous insufficiency"
# The tray and notification daemons of some desktops come up a few seconds after autostart begins.
AUTOSTART_DELAY_S = 10

# Characters that force quoting in a desktop entry's Exec key (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


def launch_command(frozen: bool, executable: str, script: str | None) -> tuple[str, ...]:
    """The program and arguments that start this installation of the app.

    `frozen` and `executable` are `sys.frozen` and `sys.executable`; `script` is the installed
    `cvi-companion` launcher if one was found (None otherwise).
    """
    if frozen:
        # In a bundle the executable is the app itself, not a Python interpreter.
        return (executable,)
    if script:
        return (script,)
    return (executable, "-m", "cvi_companion")


def _check(command: Sequence[str]) -> None:
    if not command or not command[0]:
        raise ValueError("the start command is empty")
    for part in command:
        if any(ord(c) < 32 for c in part):
            raise ValueError(f"the start command contains a control character: {part!r}")


def _exec_argument(arg: str) -> str:
    """One Exec argument, quoted if it must be, then escaped as a desktop-entry string value."""
    if arg and not (_RESERVED & set(arg)):
        quoted = arg
    else:
        quoted = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
    # The spec applies the string escape (\\ for \) before the quoting rule, and '%' starts a field code.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def exec_line(command: Sequence[str]) -> str:
    """The Exec value for `command` followed by --background."""
    _check(command)
    return " ".join(_exec_argument(arg) for arg in (*command, BACKGROUND_FLAG))


def desktop_entry(command: Sequence[str], icon: str) -> str:
    """The XDG autostart `.desktop` file that starts the app in the background."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        f"Comment={COMMENT}",
        f"Exec={exec_line(command)}",
        f"Icon={icon}".replace("\\", "\\\\"),
        "Terminal=false",
        "Categories=Utility;",
        "X-GNOME-Autostart-enabled=true",
        f"X-GNOME-Autostart-Delay={AUTOSTART_DELAY_S}",
    ]
    if PurePath(command[0]).is_absolute():
        # A removed or moved installation is then skipped quietly instead of failing at every login.
        lines.insert(5, "TryExec=" + command[0].replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def desktop_entry_enabled(text: str) -> bool:
    """Whether an autostart file runs at login (desktops switch one off with Hidden= or the GNOME key)."""
    values: dict[str, str] = {}
    in_entry = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_entry = line == "[Desktop Entry]"
        elif in_entry and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), value.strip())
    if "Exec" not in values:
        return False
    return values.get("Hidden", "false") != "true" and values.get("X-GNOME-Autostart-enabled", "true") != "false"


def launch_agent_plist(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent property list that starts the app at login."""
    _check(command)
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": [*command, BACKGROUND_FLAG],
            "RunAtLoad": True,
            # Only in a graphical login, not when someone connects over ssh.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }
    )


def launch_agent_enabled(data: bytes) -> bool:
    """Whether a LaunchAgent file is one launchd will start (readable, with a program, not disabled)."""
    try:
        agent = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, OverflowError):
        return False
    return isinstance(agent, dict) and bool(agent.get("ProgramArguments")) and agent.get("Disabled") is not True


def windows_run_value(command: Sequence[str]) -> tuple[str, str]:
    r"""The name and command line of the `HKCU\...\CurrentVersion\Run` value."""
    _check(command)
    program, *arguments = command
    if '"' in program:
        raise ValueError(f"a Windows program path cannot contain a quote: {program!r}")
    # Windows reads the program up to the closing quote without escapes, so it is always quoted;
    # the arguments follow the C runtime's rules, which list2cmdline implements.
    line = f'"{program}"'
    rest = subprocess.list2cmdline([*arguments, BACKGROUND_FLAG])
    return RUN_VALUE_NAME, f"{line} {rest}"
