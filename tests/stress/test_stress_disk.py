"""A full disk and a folder that cannot be written: a clear message, the data as it was, no half files.

The full disk is a file-size limit (RLIMIT_FSIZE, which binds root too) set in the child process. A
read-only folder is chmod 0500, and the command runs in a child process; run as root (CI), the child first
gives up root's power to ignore file modes, so the same refusal a normal user meets is what it meets.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from cvi_companion.domain.cramps import CrampFilter, Side, new_entry
from cvi_companion.domain.settings import Settings
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import DiskFull, ReadOnly, StorageError
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.settings_store import SettingsStore
from tests.stress.helpers import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits and modes are POSIX")

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
ROOT = os.geteuid() == 0


def limit_file_size(max_bytes: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, resource.RLIM_INFINITY))

    return apply


# Linux capabilities that let root past file modes: CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER.
_FILE_MODE_POWERS = (1, 2, 3)
_PR_CAPBSET_DROP = 24
_CAPABILITY_VERSION_3 = 0x20080522


def as_an_ordinary_user() -> Callable[[], None] | None:
    """For a child process: as root, a pre-exec step after which file modes bind it; otherwise nothing to do.

    Dropped from the bounding set, the powers do not come back when the child execs Python (root's programs
    get that set); dropped from the inheritable set, no other way brings them back. Unlike switching to
    `nobody`, the child can still reach the interpreter and the code wherever root keeps them.
    """
    if not ROOT:
        return None
    if not sys.platform.startswith("linux"):
        pytest.skip("root here has no Linux capabilities to give up")
    # Looked up before the fork: the child only makes system calls.
    libc = ctypes.CDLL(None, use_errno=True)
    prctl, capget, capset = libc.prctl, libc.capget, libc.capset
    keep = ~sum(1 << cap for cap in _FILE_MODE_POWERS) & 0xFFFFFFFF

    def drop() -> None:
        for cap in _FILE_MODE_POWERS:
            if prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")
        header = (ctypes.c_uint32 * 2)(_CAPABILITY_VERSION_3, 0)
        sets = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable: capabilities 0-31, then 32-63
        if capget(header, sets) != 0:
            raise OSError(ctypes.get_errno(), "capget failed")
        for index in (0, 1, 2):
            sets[index] &= keep
        if capset(header, sets) != 0:
            raise OSError(ctypes.get_errno(), "capset failed")

    return drop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    found = resolve_paths(tmp_path / "data", env={})
    found.ensure()
    db = open_database(found.db_path, found.backups_dir)
    CrampRepository(db).add_many(
        [
            new_entry(started_at=NOW - timedelta(hours=i), side=Side.LEFT, note=f"kept-{i} " + "z" * 2000, now=NOW)
            for i in range(30)
        ]
    )
    db.close()
    SettingsStore(found.settings_path).save(Settings(night_starts=time(23, 0)))
    return found


def assert_intact(paths: AppPaths, entries: int = 30) -> None:
    conn = sqlite3.connect(paths.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        assert CrampRepository(db).count(CrampFilter()) == entries
    finally:
        db.close()
    assert SettingsStore(paths.settings_path).load().settings.night_starts == time(23, 0)


def stray_files(folder: Path) -> list[str]:
    """Temporary or half-written files the app may have left (its own names start with a dot or end in .tmp)."""
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith(".") or p.name.endswith(".tmp"))


def assert_one_clear_line(stderr: str, *words: str) -> None:
    assert "Traceback" not in stderr
    assert stderr.startswith("cvi-companion "), stderr
    assert stderr.count("\n") == 1, stderr
    for word in words:
        assert word in stderr, stderr


@pytest.mark.slow
@pytest.mark.parametrize("limit", [0, 40_000])
def test_logging_on_a_full_disk_says_so_and_keeps_the_log(paths, limit):
    # 0: not even the -wal can start; 40 kB: the shared-memory index fits, the new entry (a long note) does not.
    result = run_cli(paths.data_dir, "log", "--side", "left", "--note", "n" * 60_000, preexec_fn=limit_file_size(limit))
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "Nothing was changed")
    assert "Logged" not in result.stdout
    assert_intact(paths)
    assert stray_files(paths.data_dir) == []


@pytest.mark.slow
def test_an_export_on_a_full_disk_leaves_the_old_file_and_no_temporary_one(paths, tmp_path):
    target = tmp_path / "export.json"
    target.write_text("the export from last week\n", encoding="utf-8")
    # Room for SQLite's 32 kB shared-memory index, not for the 60 kB export.
    result = run_cli(
        paths.data_dir, "export", "--format", "json", "-o", str(target), preexec_fn=limit_file_size(40_000)
    )
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "disk is full")
    assert target.read_text(encoding="utf-8") == "the export from last week\n"
    assert stray_files(tmp_path) == []
    assert_intact(paths)


@pytest.mark.slow
def test_a_backup_on_a_full_disk_leaves_nothing_half_written(paths):
    result = run_cli(paths.data_dir, "backup", preexec_fn=limit_file_size(40_000))  # the log is ~90 kB
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "Nothing was changed")
    assert list(paths.backups_dir.iterdir()) == []
    assert_intact(paths)


SAVE_SETTINGS = """
import sys
from datetime import time
from pathlib import Path
from cvi_companion.domain.settings import Settings
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.settings_store import SettingsStore
try:
    SettingsStore(Path(sys.argv[1])).save(Settings(night_starts=time(20, 0), extra={"pad": "p" * 20000}))
except StorageError as error:
    print(f"{type(error).__name__}: {error}")
    sys.exit(1)
"""


def save_settings(paths: AppPaths, preexec_fn: Callable[[], None] | None) -> subprocess.CompletedProcess[str]:
    """Save settings in a child process; a StorageError is printed as `<class>: <message>`, status 1."""
    return subprocess.run(
        [sys.executable, "-c", SAVE_SETTINGS, str(paths.settings_path)],
        capture_output=True,
        text=True,
        preexec_fn=preexec_fn,
        check=False,
        timeout=60,
    )


@pytest.mark.slow
def test_saving_settings_on_a_full_disk_keeps_the_old_file(paths):
    before = digest(paths.settings_path)
    result = save_settings(paths, limit_file_size(4096))
    assert result.returncode == 1, result.stderr
    assert "disk is full" in result.stdout
    assert digest(paths.settings_path) == before
    assert stray_files(paths.config_dir) == []


# A folder that cannot be written -------------------------------------------------------------------------


@pytest.fixture
def read_only_data(paths):
    """The data folder made unwritable (0500), for commands run with `as_an_ordinary_user()`."""
    paths.data_dir.chmod(0o500)
    yield paths
    paths.data_dir.chmod(0o700)


@pytest.mark.slow
def test_logging_into_a_folder_that_cannot_be_written_says_so_and_keeps_the_log(read_only_data):
    paths = read_only_data
    before = digest(paths.db_path)
    result = run_cli(paths.data_dir, "log", "--side", "left", preexec_fn=as_an_ordinary_user())
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "Nothing was changed")
    assert "may write" in result.stderr or "read-only" in result.stderr or "permission" in result.stderr
    assert digest(paths.db_path) == before
    assert stray_files(paths.data_dir) == []


@pytest.mark.slow
def test_settings_in_a_read_only_folder_are_refused_clearly_and_kept(paths):
    before = digest(paths.settings_path)
    paths.config_dir.chmod(0o500)
    try:
        result = save_settings(paths, as_an_ordinary_user())
    finally:
        paths.config_dir.chmod(0o700)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("ReadOnly: "), result.stdout
    assert "permission denied" in result.stdout
    # The folder the person can find and fix, not the temporary file that was never made.
    assert f"the folder {paths.config_dir} cannot be written" in result.stdout
    assert ".tmp" not in result.stdout
    assert digest(paths.settings_path) == before
    assert stray_files(paths.config_dir) == []


@pytest.mark.slow
def test_an_export_into_a_read_only_folder_is_refused_clearly(paths, tmp_path):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out_dir.chmod(0o500)
    try:
        result = run_cli(paths.data_dir, "export", "-o", str(out_dir / "all.csv"), preexec_fn=as_an_ordinary_user())
    finally:
        out_dir.chmod(0o700)
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "permission denied")
    assert list(out_dir.iterdir()) == []


@pytest.mark.slow
def test_a_backup_into_a_read_only_folder_names_the_folder_not_a_temporary_file(paths, tmp_path):
    out_dir = tmp_path / "backups elsewhere"
    out_dir.mkdir()
    out_dir.chmod(0o500)
    try:
        result = run_cli(paths.data_dir, "backup", "-o", str(out_dir / "log.db"), preexec_fn=as_an_ordinary_user())
    finally:
        out_dir.chmod(0o700)
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, f"the folder {out_dir} cannot be written")
    assert ".tmp" not in result.stderr
    assert list(out_dir.iterdir()) == []


def test_an_ordinary_user_s_child_cannot_write_into_a_read_only_folder(tmp_path):
    # The guard for the read-only tests above: were root's powers still there, they would test nothing.
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    folder.chmod(0o500)
    try:
        result = subprocess.run(
            [sys.executable, "-c", "import sys; open(sys.argv[1], 'w')", str(folder / "probe")],
            capture_output=True,
            text=True,
            preexec_fn=as_an_ordinary_user(),
            check=False,
            timeout=60,
        )
    finally:
        folder.chmod(0o700)
    assert result.returncode == 1
    assert "PermissionError" in result.stderr
    assert not (folder / "probe").exists()


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_write_that_fails_at_the_last_step_leaves_the_old_file_and_no_temp(paths, tmp_path, monkeypatch, failing):
    from cvi_companion.storage.exporter import ExportFormat, export_file

    target = tmp_path / "export.csv"
    target.write_text("old\n", encoding="utf-8")
    settings_before = digest(paths.settings_path)

    def fail(*_args, **_kwargs):
        raise OSError(errno.EROFS if failing == "replace" else errno.ENOSPC, "refused")

    monkeypatch.setattr(os, failing, fail)
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        with pytest.raises(StorageError) as caught:
            export_file(db, Settings(), target, ExportFormat.CSV, CrampFilter(), NOW)
        with pytest.raises(StorageError):
            SettingsStore(paths.settings_path).save(Settings())
    finally:
        db.close()
    assert isinstance(caught.value, ReadOnly if failing == "replace" else DiskFull)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert digest(paths.settings_path) == settings_before
    assert stray_files(tmp_path) == []
    assert json.loads(paths.settings_path.read_text(encoding="utf-8"))["night_starts"] == "23:00"
