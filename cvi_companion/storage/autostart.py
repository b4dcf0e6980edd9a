r"""Start at login: write, remove and check this user's autostart entry.

Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/cvi-companion.desktop`. macOS: the LaunchAgent
`~/Library/LaunchAgents/org.cvi-companion.plist` (read at the next login; nothing is loaded now, so ticking
the box does not start a second copy). Windows: a value under `HKCU\...\CurrentVersion\Run`.

Files are written atomically with mode 0600 like every other file of the app: the session manager and the
per-user launchd run as the person, so they can read them, and the name of a health app stays private.
Nothing here is kept in the settings file: the entry itself is the truth, since the desktop's own
"startup applications" tools can switch it off too.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from cvi_companion.domain.autostart import (
    DESKTOP_FILE_NAME,
    LAUNCH_AGENT_LABEL,
    RUN_VALUE_NAME,
    SCRIPT_NAME,
    desktop_entry,
    desktop_entry_enabled,
    launch_agent_enabled,
    launch_agent_plist,
    launch_command,
    windows_run_value,
)
from cvi_companion.domain.text import translate
from cvi_companion.storage.errors import from_os

ICON_NAME = "cvi-companion"


class Autostart(Protocol):
    """One platform's way to start the app at login."""

    @property
    def location(self) -> str:
        """Where the entry lives, for people who want to check it themselves."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Start `command --background` at every login (raises StorageError)."""
        ...

    def disable(self) -> None:
        """Stop starting at login (raises StorageError); nothing to remove is fine."""
        ...

    def is_enabled(self) -> bool:
        """Whether the app starts at login now."""
        ...


def _find_script(executable: str) -> str | None:
    # The launcher next to the interpreter belongs to this very installation (a venv needs no activating);
    # one found on PATH may be another copy, so it comes second.
    folder = Path(executable).parent
    for name in (SCRIPT_NAME, f"{SCRIPT_NAME}.exe"):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate.absolute())
    found = shutil.which(SCRIPT_NAME)
    return str(Path(found).absolute()) if found else None


def current_command() -> tuple[str, ...]:
    """The command that starts this installation: the bundle, the installed launcher, or `python -m`."""
    frozen = bool(getattr(sys, "frozen", False))
    executable = sys.executable
    script = None if frozen else _find_script(executable)
    if not frozen and script is None and os.name == "nt":
        # pythonw.exe runs the module without opening a console window at login.
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.is_file():
            executable = str(windowless)
    return launch_command(frozen, executable, script)


def _app_icon() -> str:
    """An absolute icon path where the resources are real files, else the icon theme name."""
    from cvi_companion.storage.assets import APP_ICON, ResourceMissing, root

    try:
        folder = root()
    except ResourceMissing:
        return ICON_NAME
    if isinstance(folder, Path) and (folder / APP_ICON).is_file():
        return str((folder / APP_ICON).absolute())
    return ICON_NAME


def _make_folder(folder: Path) -> None:
    # A new folder is private; an existing one (shared with other apps) keeps the mode it has.
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise from_os(error, translate("Storage", "create the folder {folder}", folder=str(folder))) from error


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise from_os(error, translate("Storage", "remove {file}", file=str(path))) from error


class XdgAutostart:
    """A `.desktop` file in the XDG autostart folder."""

    def __init__(self, folder: Path, icon: str | None = None) -> None:
        self.path = folder / DESKTOP_FILE_NAME
        self._icon = icon

    @property
    def location(self) -> str:
        """The file's path."""
        return str(self.path)

    def enable(self, command: Sequence[str]) -> None:
        """Write the autostart file."""
        from cvi_companion.storage.atomic import write_text_atomic

        text = desktop_entry(command, self._icon or _app_icon())
        _make_folder(self.path.parent)
        write_text_atomic(self.path, text, translate("Storage", "switch on start at login"))

    def disable(self) -> None:
        """Remove the autostart file."""
        _remove(self.path)

    def is_enabled(self) -> bool:
        """Whether the file is there and not switched off by the desktop."""
        try:
            return desktop_entry_enabled(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return False


class LaunchAgentAutostart:
    """A macOS LaunchAgent with RunAtLoad."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{LAUNCH_AGENT_LABEL}.plist"

    @property
    def location(self) -> str:
        """The property list's path."""
        return str(self.path)

    def enable(self, command: Sequence[str]) -> None:
        """Write the LaunchAgent property list."""
        from cvi_companion.storage.atomic import write_text_atomic

        text = launch_agent_plist(command).decode("utf-8")
        _make_folder(self.path.parent)
        write_text_atomic(self.path, text, translate("Storage", "switch on start at login"))

    def disable(self) -> None:
        """Remove the property list."""
        _remove(self.path)

    def is_enabled(self) -> bool:
        """Whether the property list is there and launchd would run it."""
        try:
            return launch_agent_enabled(self.path.read_bytes())
        except OSError:
            return False


class RunRegistry(Protocol):
    """The few registry operations the Windows Run entry needs (faked in tests)."""

    def read(self, name: str) -> str | None:
        """The Run value `name`, or None."""
        ...

    def write(self, name: str, value: str) -> None:
        """Set the Run value `name` (a string)."""
        ...

    def delete(self, name: str) -> None:
        """Remove the Run value `name` if it is there."""
        ...

    def switched_off(self, name: str) -> bool:
        """Whether Task Manager or Settings > Startup apps switched `name` off."""
        ...

    def forget_switched_off(self, name: str) -> None:
        """Drop that switch, so a newly ticked box really starts the app."""
        ...


class WindowsAutostart:
    r"""A value under HKCU\Software\Microsoft\Windows\CurrentVersion\Run."""

    def __init__(self, registry: RunRegistry) -> None:
        self._registry = registry

    @property
    def location(self) -> str:
        """The registry value."""
        return rf"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\{RUN_VALUE_NAME}"

    def enable(self, command: Sequence[str]) -> None:
        """Write the Run value."""
        name, value = windows_run_value(command)
        try:
            self._registry.write(name, value)
            self._registry.forget_switched_off(name)
        except OSError as error:
            raise from_os(error, translate("Storage", "switch on start at login")) from error

    def disable(self) -> None:
        """Remove the Run value."""
        try:
            self._registry.delete(RUN_VALUE_NAME)
        except OSError as error:
            raise from_os(error, translate("Storage", "switch off start at login")) from error

    def is_enabled(self) -> bool:
        """Whether the value is there and not switched off in Task Manager."""
        try:
            return self._registry.read(RUN_VALUE_NAME) is not None and not self._registry.switched_off(RUN_VALUE_NAME)
        except OSError:
            return False


if sys.platform == "win32":
    import winreg

    _RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    _APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

    class WinregRunRegistry:
        """The real registry of the current user."""

        def read(self, name: str) -> str | None:
            """The Run value `name`, or None."""
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
            return value if isinstance(value, str) else None

        def write(self, name: str, value: str) -> None:
            """Set the Run value `name`."""
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

        def delete(self, name: str) -> None:
            """Remove the Run value `name` if it is there."""
            self._delete(_RUN_KEY, name)

        def switched_off(self, name: str) -> bool:
            """Task Manager's 12-byte flag: an odd first byte means switched off."""
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _APPROVED_KEY) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return False
            return isinstance(value, bytes) and bool(value) and value[0] % 2 == 1

        def forget_switched_off(self, name: str) -> None:
            """Remove Task Manager's flag for `name`."""
            self._delete(_APPROVED_KEY, name)

        @staticmethod
        def _delete(path: str, name: str) -> None:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass


def autostart_for_this_system(env: Mapping[str, str] | None = None) -> Autostart:
    """The autostart of the platform the app runs on (Linux and BSD desktops use the XDG folder)."""
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":
        return WindowsAutostart(WinregRunRegistry())
    if sys.platform == "darwin":
        return LaunchAgentAutostart(home / "Library" / "LaunchAgents")
    config = env.get("XDG_CONFIG_HOME", "").strip()
    return XdgAutostart((Path(config) if config else home / ".config") / "autostart")
