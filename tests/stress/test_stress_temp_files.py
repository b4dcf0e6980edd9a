"""A process killed with SIGKILL between writing a temporary file and renaming it leaves no stray file for good.

The writer kills itself at the worst moment (the temporary file complete, not yet renamed), so every run
hits it. A start soon after leaves the file alone (it could be a terminal command's, still at work); a start
once it has gone stale removes it, and the files it stood in for are as they were.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import time as clock_time
from pathlib import Path

import pytest

from cvi_companion.domain.settings import Settings
from cvi_companion.storage.backups import list_backups
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.storage.temp_files import STALE_TEMP_AGE_S, is_temp_name
from tests.stress.helpers import run_cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]

KILLED_MID_WRITE = """
import os
import signal
import sys
from pathlib import Path

from cvi_companion.storage import backups
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.db import open_database

folder, what = Path(sys.argv[1]), sys.argv[2]
if what == "settings":
    with atomic_text_writer(folder / "settings.json", "save the settings") as stream:
        stream.write('{"night_starts": "20:00"}')
        stream.flush()
        os.kill(os.getpid(), signal.SIGKILL)
else:
    copy = backups._copy_pages

    def copy_then_die(source, target):
        copy(source, target)
        os.kill(os.getpid(), signal.SIGKILL)

    backups._copy_pages = copy_then_die
    db = open_database(folder / "cramp-log.sqlite3", folder / "backups")
    backups.make_backup(db, folder / "backups", backups.DAILY)
"""


def killed_mid_write(paths: AppPaths, what: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_MID_WRITE, str(paths.data_dir), what],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr


def temp_files(paths: AppPaths) -> list[Path]:
    return sorted(p for p in paths.data_dir.rglob("*") if p.name.startswith(".") or p.name.endswith(".tmp"))


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    found = resolve_paths(tmp_path / "data", env={})
    found.ensure()
    SettingsStore(found.settings_path).save(Settings(night_starts=clock_time(23, 0)))
    assert run_cli(found.data_dir, "log", "--side", "left").returncode == 0
    return found


def test_what_writers_killed_mid_write_leave_is_removed_at_a_start_once_stale(paths):
    settings_before = paths.settings_path.read_bytes()
    killed_mid_write(paths, "settings")
    killed_mid_write(paths, "backup")
    left = temp_files(paths)
    assert len(left) == 2, left
    assert all(is_temp_name(p.name) for p in left)

    # A start right away: the files could belong to a writer still at work, so they stay.
    assert run_cli(paths.data_dir, "list").returncode == 0
    assert temp_files(paths) == left

    for path in left:
        age(path, STALE_TEMP_AGE_S + 60)
    result = run_cli(paths.data_dir, "list")
    assert result.returncode == 0, result.stderr
    assert temp_files(paths) == []
    assert paths.settings_path.read_bytes() == settings_before
    assert list_backups(paths.backups_dir) == []
    assert result.stdout.rstrip().endswith("1 entry")  # the one logged before the kills
