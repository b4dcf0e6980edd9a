from __future__ import annotations

from datetime import time

import pytest

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
    assert "night_starts" in str(read.problems[0])


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


@pytest.mark.parametrize(
    ("data", "english"),
    [
        ({"night_starts": "late"}, "'night_starts' should be a time like 22:00, not 'late'; using 22:00"),
        ({"night_ends": 5}, "'night_ends' should be a time like 22:00, not 5; using 07:00"),
        ({"guide_zoom": "x"}, "'guide_zoom' should be a whole number, not 'x'; using the normal size"),
        ({"notifications": "no"}, "'notifications' should be true or false, not 'no'; using true"),
        ({"appearance": "sepia"}, "'appearance' should be one of system, light, dark, not 'sepia'; using system"),
        (
            {"language": "German"},
            "'language' should be a language code such as de, not 'German'; following the desktop",
        ),
        ({"text_scale": 300}, "'text_scale' should be one of 100, 125, 150, 175, 200 (percent), not 300; using 100"),
        ({"version": "two"}, "'version' should be a whole number, not 'two'"),
        (
            {"night_starts": "05:00", "night_ends": "05:00"},
            "the night cannot start and end at the same time; using 22:00 to 07:00",
        ),
    ],
)
def test_each_problem_reads_in_english_as_it_always_did(data, english):
    # The terminal prints str(problem); the window translates the phrase.
    (problem,) = settings_from_mapping(data).problems
    assert str(problem) == english
    assert problem.context == "Settings"


def test_the_key_and_the_value_stay_as_the_file_has_them():
    (problem,) = settings_from_mapping({"guide_zoom": "{groß}"}).problems
    assert problem.fields["key"] == "guide_zoom"
    assert problem.fields["value"] == "'{groß}'"
    assert str(problem) == "'guide_zoom' should be a whole number, not '{groß}'; using the normal size"


def test_the_reminder_plans_problems_come_through_in_english():
    (problem,) = settings_from_mapping({"reminders": {"snooze_s": 7}}).problems
    assert str(problem) == "snooze: 7 seconds is not one of 5, 10 or 30 minutes; using 10 minutes"
