"""Hand-edited or damaged settings never stop the app: defaults and a message, the file kept aside."""

from __future__ import annotations

import json
from datetime import time

import pytest

from cvi_companion.domain.settings import Settings
from cvi_companion.storage import settings_store
from cvi_companion.storage.settings_store import MAX_SETTINGS_BYTES, SettingsStore

BROKEN = {
    "not json": b'{"night_starts": "23:00",',
    "a json list": b'["night_starts", "23:00"]',
    "a json string": b'"23:00"',
    "invalid utf-8": b'{"note": "\xff\xfe caf\xe9"}',
    "nested too deep": b'{"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "a number too long": b'{"text_scale": 1' + b"0" * 5000 + b"}",
    "huge": b'{"pad": "' + b"p" * (MAX_SETTINGS_BYTES + 10) + b'"}',
    "empty": b"",
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_settings_file_gives_defaults_a_message_and_is_kept_aside(app_paths, name):
    content = BROKEN[name]
    app_paths.settings_path.write_bytes(content)
    store = SettingsStore(app_paths.settings_path)
    read = store.load()
    assert read.settings == Settings()
    assert len(read.problems) == 1
    assert str(app_paths.settings_path) in str(read.problems[0])
    assert "settings.json.bad" in str(read.problems[0])
    assert app_paths.settings_path.read_bytes() == content  # reading never changes it
    store.save(Settings(night_starts=time(21, 0)))
    assert (app_paths.config_dir / "settings.json.bad").read_bytes() == content
    assert SettingsStore(app_paths.settings_path).load().settings.night_starts == time(21, 0)


def test_whatever_the_reader_trips_over_is_a_message_not_a_crash(app_paths, monkeypatch):
    app_paths.settings_path.write_text('{"night_starts": "23:00"}', encoding="utf-8")

    def trips(_data, _today=None):
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(settings_store, "settings_from_mapping", trips)
    read = SettingsStore(app_paths.settings_path).load()
    assert read.settings == Settings()
    assert "could not be understood" in str(read.problems[0])


def test_a_settings_file_that_cannot_be_read_is_a_message(app_paths):
    app_paths.settings_path.mkdir()  # a folder where the file should be: unreadable even for root
    read = SettingsStore(app_paths.settings_path).load()
    assert read.settings == Settings()
    assert "could not be read" in str(read.problems[0])


def test_bad_values_are_reset_one_by_one_and_unknown_keys_survive_a_save(app_paths):
    app_paths.settings_path.write_text(
        json.dumps(
            {
                "night_starts": "late",
                "night_ends": "06:00",
                "text_scale": 1000,
                "appearance": ["dark"],
                "from_a_plugin": {"keep": [1, 2, 3]},
                "reminders": {"snooze_s": 7, "future_option": True},
            }
        ),
        encoding="utf-8",
    )
    store = SettingsStore(app_paths.settings_path)
    read = store.load()
    assert read.settings.night_ends == time(6, 0)  # the good value stays
    joined = "\n".join(map(str, read.problems))
    for key in ("night_starts", "text_scale", "appearance", "snooze"):
        assert key in joined
    assert len(read.problems) == 4
    store.save(read.settings)
    saved = json.loads(app_paths.settings_path.read_text(encoding="utf-8"))
    assert saved["from_a_plugin"] == {"keep": [1, 2, 3]}
    assert saved["reminders"]["future_option"] is True
    assert saved["night_starts"] == "22:00"
    assert not (app_paths.config_dir / "settings.json.bad").exists()
