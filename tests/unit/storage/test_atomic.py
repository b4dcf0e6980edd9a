"""Atomic writes name their temporary files so that what a killed writer leaves is found and tidied later."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from cvi_companion.storage import backups
from cvi_companion.storage.atomic import atomic_text_writer
from cvi_companion.storage.backups import MANUAL, make_backup
from cvi_companion.storage.temp_files import STALE_TEMP_AGE_S, is_temp_name, remove_stale_temp_files

NOW = 1_800_000_000.0  # seconds since the epoch; every file's time below is set relative to it


def left(path: Path, age_s: float, now: float = NOW, text: str = "half written") -> Path:
    """A file last changed `age_s` seconds before `now` (a folder with a file in it for a restore's scratch)."""
    if str(path).endswith("-backups.cvi.tmp"):
        path.mkdir()
        (path / "cramp-log-v1-20261123T090000Z.sqlite3").write_text(text)
    else:
        path.write_text(text)
    os.utime(path, (now - age_s, now - age_s))
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_writer_s_temporary_file_has_the_app_s_temporary_name(tmp_path):
    with atomic_text_writer(tmp_path / "settings.json", "save the settings") as stream:
        stream.write("{}")
        [temp] = names(tmp_path)
    assert temp.startswith(".settings.json.")
    assert is_temp_name(temp)
    assert names(tmp_path) == ["settings.json"]


def test_a_backup_s_temporary_copy_has_the_app_s_temporary_name(repo, app_paths, monkeypatch):
    seen: list[str] = []
    copy = backups._copy_pages

    def looking(source, target):
        seen.append(target.name)
        copy(source, target)

    monkeypatch.setattr(backups, "_copy_pages", looking)
    made = make_backup(repo.database, app_paths.backups_dir, MANUAL)
    [temp] = seen
    assert temp.startswith(f".{made.name}.")
    assert is_temp_name(temp)
    assert is_temp_name(f"{temp}-journal")


@pytest.mark.parametrize(
    "name",
    [
        "settings.json",
        "cramp-log.sqlite3",
        "cramp-log.sqlite3-wal",
        "cramp-log-daily-20261123T090000Z.sqlite3",
        ".hidden",
        ".notes.txt.tmp",  # another program's temporary file in a folder the person chose
        "report.cvi.tmp",  # not hidden: not a name the app makes
        ".x.cvi.tmp.bak",
    ],
)
def test_other_names_are_not_temporary_files(name):
    assert not is_temp_name(name)


def test_only_stale_temporary_files_are_removed(tmp_path):
    stale = [
        left(tmp_path / ".settings.json.k2j4h1xz.cvi.tmp", STALE_TEMP_AGE_S + 1),
        left(tmp_path / ".cramp-log-daily-20261123T090000Z.sqlite3.k2j4h1xz.cvi.tmp-journal", 2 * STALE_TEMP_AGE_S),
        # The scratch folder of a restore killed midway.
        left(tmp_path / ".restore-20261123T090000Z-42-backups.cvi.tmp", 3 * STALE_TEMP_AGE_S),
    ]
    kept = [
        left(tmp_path / ".instance.address.q0w9e8r7.cvi.tmp", 5),  # a writer is at work on it
        left(tmp_path / ".settings.json.abcdefgh.cvi.tmp", -600),  # from "the future": the clock was set back
        left(tmp_path / ".notes.txt.tmp", 100 * STALE_TEMP_AGE_S),  # another program's
        left(tmp_path / "settings.json", 100 * STALE_TEMP_AGE_S),
    ]

    removed = remove_stale_temp_files(tmp_path, NOW)

    assert sorted(removed) == sorted(stale)
    assert names(tmp_path) == sorted(p.name for p in kept)


def test_tidying_never_fails(tmp_path):
    assert remove_stale_temp_files(tmp_path / "missing", NOW) == []
    file = tmp_path / "a file, not a folder"
    file.write_text("")
    assert remove_stale_temp_files(file, NOW) == []


def test_every_start_tidies_the_data_config_and_backups_folders(tmp_path):
    from cvi_companion.storage.paths import resolve_paths

    paths = resolve_paths(None, env={"XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": str(tmp_path / "c")})
    paths.ensure()
    now = time.time()
    stale = [
        left(paths.data_dir / ".instance.address.abcd1234.cvi.tmp", STALE_TEMP_AGE_S + 60, now),
        left(paths.config_dir / ".settings.json.abcd1234.cvi.tmp", STALE_TEMP_AGE_S + 60, now),
        left(paths.backups_dir / ".cramp-log-daily-20261123T090000Z.sqlite3.abcd1234.cvi.tmp", 2 * 86400, now),
    ]
    fresh = left(paths.config_dir / ".settings.json.efgh5678.cvi.tmp", 1, now)

    paths.ensure()

    assert not [p for p in stale if p.exists()]
    assert fresh.exists()
