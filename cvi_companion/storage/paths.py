"""Where the app keeps its files, decided once at start-up and passed to whoever needs it."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cvi_companion.domain.text import translate
from cvi_companion.storage.errors import from_os

APP_NAME = "cvi-companion"
HOME_ENV = "CVI_COMPANION_HOME"
DB_NAME = "cramp-log.sqlite3"
SETTINGS_NAME = "settings.json"
# The single-instance lock and the running app's socket address (storage.instance_files), beside the log.
LOCK_NAME = "instance.lock"
ADDRESS_NAME = "instance.address"
# SQLite's companions of the log: writing over one of them damages the log.
_DB_COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The data folder (log, backups) and the config folder (settings); one folder when overridden."""

    data_dir: Path
    config_dir: Path

    @property
    def db_path(self) -> Path:
        """The SQLite cramp log."""
        return self.data_dir / DB_NAME

    @property
    def backups_dir(self) -> Path:
        """Copies made before migrations and imports."""
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        """The app's own diagnostic log (never health data)."""
        return self.data_dir / "logs"

    @property
    def settings_path(self) -> Path:
        """The JSON settings file."""
        return self.config_dir / SETTINGS_NAME

    def own_files(self) -> tuple[Path, ...]:
        """The files the app keeps and nothing else may overwrite.

        The log (and SQLite's companions of it), the settings, the lock and the socket address.
        """
        return (
            *(self.data_dir / f"{DB_NAME}{suffix}" for suffix in _DB_COMPANIONS),
            self.settings_path,
            self.data_dir / LOCK_NAME,
            self.data_dir / ADDRESS_NAME,
        )

    def is_own_file(self, target: Path) -> bool:
        """Whether `target` names one of `own_files` (through any link or `..`): an export must not go there."""
        try:
            resolved = os.path.realpath(target)
            return any(os.path.realpath(own) == resolved for own in self.own_files())
        except (OSError, ValueError):
            return False

    def ensure(self) -> None:
        """Create the folders readable only by this user (0700) and tidy what killed writers left in them.

        Every start (the window's and each terminal command's) comes through here, so a temporary file left
        by a process killed mid-write lasts at most until the next start after it has gone stale.
        """
        # Imported here: commands that only look the paths up (agenda) need not load tempfile.
        from cvi_companion.storage.temp_files import remove_stale_temp_files

        now = time.time()
        # With --data-dir the data and config folders are one: look at it once.
        for folder in dict.fromkeys((self.data_dir, self.config_dir, self.backups_dir)):
            make_private_dir(folder)
            remove_stale_temp_files(folder, now)


def make_private_dir(folder: Path) -> None:
    """Create a folder (and parents) and make sure only its owner can enter it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and (folder.stat().st_mode & 0o077):
            folder.chmod(0o700)
    except OSError as error:
        raise from_os(error, translate("Storage", "create the folder {folder}", folder=str(folder))) from error


# Held in a variable so type checkers on one platform still check the other branch.
_ON_LINUX = sys.platform.startswith("linux")


def _xdg_dir(env: Mapping[str, str], variable: str, fallback: str) -> Path:
    # The XDG Base Directory rule, as platformdirs applies it: an unset or blank variable means the default.
    value = env.get(variable, "").strip()
    return Path(value) if value else Path(env.get("HOME") or Path.home()) / fallback


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> AppPaths:
    """Pick the folders: `--data-dir`, then CVI_COMPANION_HOME, then the platform's per-user folders."""
    env = os.environ if env is None else env
    chosen = data_dir or env.get(HOME_ENV) or None
    if chosen:
        folder = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=folder, config_dir=folder)
    if _ON_LINUX:
        # Importing platformdirs costs ~30 ms, a sixth of the terminal `log` command's budget; on Linux the
        # answer is two environment variables (tests check it matches platformdirs).
        return AppPaths(
            data_dir=_xdg_dir(env, "XDG_DATA_HOME", ".local/share") / APP_NAME,
            config_dir=_xdg_dir(env, "XDG_CONFIG_HOME", ".config") / APP_NAME,
        )
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
