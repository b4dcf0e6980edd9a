from __future__ import annotations

from datetime import time

from cvi_companion.domain.settings import Settings, settings_from_mapping, settings_to_mapping


def test_defaults_when_nothing_is_set():
    read = settings_from_mapping({})
    assert read.settings == Settings()
    assert read.problems == ()
    assert not read.newer


def test_bad_values_are_reset_one_by_one_with_a_message():
    read = settings_from_mapping({"night_starts": "late", "night_ends": "06:30"})
    assert read.settings.night_starts == time(22, 0)
    assert read.settings.night_ends == time(6, 30)
    assert len(read.problems) == 1
    assert "night_starts" in read.problems[0]


def test_an_empty_night_is_refused():
    read = settings_from_mapping({"night_starts": "05:00", "night_ends": "05:00"})
    assert (read.settings.night_starts, read.settings.night_ends) == (time(22, 0), time(7, 0))
    assert read.problems


def test_unknown_keys_survive_a_round_trip():
    data = {"version": 1, "night_starts": "23:00", "night_ends": "06:00", "future_option": [1, 2]}
    read = settings_from_mapping(data)
    written = settings_to_mapping(read.settings)
    assert {k: v for k, v in written.items() if k != "reminders"} == data
    assert settings_to_mapping(settings_from_mapping(written).settings) == written


def test_a_newer_file_is_flagged():
    assert settings_from_mapping({"version": 99}).newer
    read = settings_from_mapping({"version": "two"})
    assert read.problems
    assert not read.newer
