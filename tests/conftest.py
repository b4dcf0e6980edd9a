"""Test isolation: offscreen Qt, a throwaway home folder, and a guard against touching the real one."""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import site
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
_REAL_HOMES = {
    os.path.realpath(os.path.expanduser("~")),
    os.path.realpath(pwd.getpwuid(os.getuid()).pw_dir) if hasattr(os, "getuid") else "",
} - {"", "/"}

# Everything below runs at import, before any QApplication or platformdirs lookup exists.
_FAKE_HOME = Path(tempfile.mkdtemp(prefix="cvi-test-home-"))
atexit.register(shutil.rmtree, _FAKE_HOME, True)
_runtime = _FAKE_HOME / "runtime"
_runtime.mkdir(mode=0o700)
os.environ.update(
    {
        "HOME": str(_FAKE_HOME),
        "XDG_DATA_HOME": str(_FAKE_HOME / "data"),
        "XDG_CONFIG_HOME": str(_FAKE_HOME / "config"),
        "XDG_CACHE_HOME": str(_FAKE_HOME / "cache"),
        "XDG_STATE_HOME": str(_FAKE_HOME / "state"),
        "XDG_RUNTIME_DIR": str(_runtime),
        "APPDATA": str(_FAKE_HOME / "appdata"),
        "LOCALAPPDATA": str(_FAKE_HOME / "localappdata"),
        "QT_QPA_PLATFORM": "offscreen",
        # English and the C locale whatever the machine uses, so texts and date formats are the same everywhere.
        "LANGUAGE": "en",
        "LC_ALL": "C.UTF-8",
        "TZ": "Europe/Berlin",
    }
)
os.environ.pop("CVI_COMPANION_HOME", None)
if hasattr(__import__("time"), "tzset"):
    __import__("time").tzset()

_ALLOWED = tuple(
    os.path.realpath(p)
    for p in {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
        str(REPO_ROOT),
        tempfile.gettempdir(),
        str(_FAKE_HOME),
        *site.getsitepackages(),
        *(p for p in sys.path if p),
    }
    if p
)
_violations: list[str] = []
_WATCHED = {"open", "os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "shutil.rmtree", "sqlite3.connect"}


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _home_guard(event: str, args: tuple[Any, ...]) -> None:
    if event not in _WATCHED or not args:
        return
    target = args[0]
    if isinstance(target, int) or target is None:
        return
    try:
        path = os.path.realpath(os.fsdecode(target))
    except (TypeError, ValueError):
        return
    if any(_under(path, home) for home in _REAL_HOMES) and not any(_under(path, ok) for ok in _ALLOWED):
        _violations.append(f"{event} {path}")
        raise PermissionError(f"test tried to touch the real home folder: {event} {path}")


sys.addaudithook(_home_guard)


@pytest.fixture(autouse=True)
def _no_real_home_access() -> Iterator[None]:
    before = len(_violations)
    yield
    touched = _violations[before:]
    assert not touched, f"the test touched the real home folder: {touched}"


@pytest.fixture
def berlin() -> ZoneInfo:
    """A zone with daylight-saving changes (the tests' TZ too)."""
    return ZoneInfo("Europe/Berlin")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private data folder for one test."""
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def app_paths(data_dir: Path) -> Any:
    """AppPaths pointing at the test's own folder."""
    from cvi_companion.storage.paths import resolve_paths

    paths = resolve_paths(data_dir, env={})
    paths.ensure()
    return paths


@pytest.fixture
def db(app_paths: Any) -> Iterator[Any]:
    """An opened, migrated cramp log."""
    from cvi_companion.storage.db import open_database

    database = open_database(app_paths.db_path, app_paths.backups_dir)
    yield database
    database.close()


@pytest.fixture
def repo(db: Any) -> Any:
    """The cramp repository over the test database."""
    from cvi_companion.storage.cramp_repository import CrampRepository

    return CrampRepository(db)


NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


@pytest.fixture
def make_entry(berlin: ZoneInfo) -> Callable[..., Any]:
    """Build a valid entry; keyword arguments override fields, `minutes_ago` moves the start."""
    from cvi_companion.domain.cramps import Side, new_entry

    def make(minutes_ago: int = 0, now: datetime = NOW, **fields: Any) -> Any:
        fields.setdefault("side", Side.LEFT)
        fields.setdefault("started_at", (now - timedelta(minutes=minutes_ago)).astimezone(berlin))
        return new_entry(now=now, **fields)

    return make


@pytest.fixture
def uid() -> Callable[[], uuid.UUID]:
    """Fresh UUIDs."""
    return uuid.uuid4
