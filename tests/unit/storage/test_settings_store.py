from __future__ import annotations

import errno
import json
import os
import stat
from datetime import time

import pytest

from cvi_companion.domain.settings import Settings
from cvi_companion.storage.errors import DiskFull, ReadOnly
from cvi_companion.storage.settings_store import SettingsStore


@pytest.fixture
def store(app_paths):
    return SettingsStore(app_paths.settings_path)


def test_missing_file_gives_defaults(store):
    read = store.load()
    assert read.settings == Settings()
    assert read.problems == ()


def test_saved_settings_load_back_and_are_private(store, app_paths):
    store.save(Settings(night_starts=time(23, 0), night_ends=time(6, 0)))
    assert SettingsStore(app_paths.settings_path).load().settings.night_starts == time(23, 0)
    assert stat.S_IMODE(app_paths.settings_path.stat().st_mode) == 0o600
    assert not [p for p in app_paths.config_dir.iterdir() if p.name.endswith(".tmp")]


def test_corrupt_file_gives_defaults_a_message_and_stays_until_a_change(store, app_paths):
    app_paths.settings_path.write_text('{"night_starts": "23:00",')
    read = store.load()
    assert read.settings == Settings()
    assert "not valid JSON" in str(read.problems[0])
    assert app_paths.settings_path.read_text() == '{"night_starts": "23:00",'
    store.save(Settings(night_starts=time(21, 0)))
    assert (app_paths.config_dir / "settings.json.bad").read_text() == '{"night_starts": "23:00",'
    assert json.loads(app_paths.settings_path.read_text())["night_starts"] == "21:00"


def test_a_newer_settings_file_is_read_but_never_overwritten(store, app_paths):
    text = json.dumps({"version": 7, "night_starts": "21:30", "new_thing": True})
    app_paths.settings_path.write_text(text)
    read = store.load()
    assert read.newer
    assert read.settings.night_starts == time(21, 30)
    with pytest.raises(ReadOnly):
        store.save(Settings())
    assert app_paths.settings_path.read_text() == text


def test_a_full_disk_leaves_the_old_file_and_no_temp_files(store, app_paths, monkeypatch):
    store.save(Settings(night_starts=time(23, 0)))
    original = app_paths.settings_path.read_text()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull, match="disk is full"):
        store.save(Settings(night_starts=time(20, 0)))
    assert app_paths.settings_path.read_text() == original
    assert sorted(p.name for p in app_paths.config_dir.iterdir() if p.is_file()) == ["settings.json"]


def test_an_earlier_bad_file_is_not_overwritten(app_paths):
    (app_paths.config_dir / "settings.json.bad").write_text("first")
    app_paths.settings_path.write_text("second {")
    store = SettingsStore(app_paths.settings_path)
    store.load()
    store.save(Settings())
    bad = sorted(p.name for p in app_paths.config_dir.glob("settings.json*.bad"))
    assert len(bad) == 2
    assert {(app_paths.config_dir / name).read_text() for name in bad} == {"first", "second {"}
