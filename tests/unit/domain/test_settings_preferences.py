"""The Settings dialog's own fields: notifications and appearance, read leniently and written back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cvi_companion.domain.settings import Appearance, Settings, settings_from_mapping, settings_to_mapping


def test_defaults_are_notifications_on_and_the_systems_look():
    settings = settings_from_mapping({}).settings
    assert settings.notifications is True
    assert settings.appearance is Appearance.SYSTEM
    written = settings_to_mapping(settings)
    assert "notifications" not in written  # a file from before these fields reads back the same
    assert "appearance" not in written


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"notifications": "no"}, "notifications"),
        ({"notifications": 0}, "notifications"),
        ({"appearance": "sepia"}, "appearance"),
        ({"appearance": ["dark"]}, "appearance"),
        ({"appearance": None}, "appearance"),
    ],
)
def test_wrong_values_are_reset_with_a_message(data, key):
    read = settings_from_mapping(data)
    assert read.settings.notifications is True
    assert read.settings.appearance is Appearance.SYSTEM
    assert len(read.problems) == 1
    assert key in str(read.problems[0])


@pytest.mark.parametrize("appearance", list(Appearance))
@pytest.mark.parametrize("notifications", [True, False])
def test_chosen_values_round_trip(appearance, notifications):
    settings = replace(Settings(), notifications=notifications, appearance=appearance)
    written = settings_to_mapping(settings)
    read = settings_from_mapping(written)
    assert read.problems == ()
    assert read.settings.notifications is notifications
    assert read.settings.appearance is appearance
    assert "notifications" not in read.settings.extra


def test_a_saved_dark_look_is_plain_json():
    written = settings_to_mapping(replace(Settings(), appearance=Appearance.DARK, notifications=False))
    assert written["appearance"] == "dark"
    assert written["notifications"] is False


def test_language_and_text_size_default_to_the_desktops_and_are_not_written():
    settings = settings_from_mapping({}).settings
    assert settings.language == ""
    assert settings.text_scale == 100
    written = settings_to_mapping(settings)
    assert "language" not in written
    assert "text_scale" not in written


@pytest.mark.parametrize("language", ["de", "en", "pt_BR", "fil"])
@pytest.mark.parametrize("text_scale", [100, 150, 200])
def test_language_and_text_size_round_trip(language, text_scale):
    settings = replace(Settings(), language=language, text_scale=text_scale)
    read = settings_from_mapping(settings_to_mapping(settings))
    assert read.problems == ()
    assert (read.settings.language, read.settings.text_scale) == (language, text_scale)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"language": "German"}, "language"),
        ({"language": "de-DE"}, "language"),
        ({"language": "../../etc"}, "language"),
        ({"language": 49}, "language"),
        ({"text_scale": 300}, "text_scale"),
        ({"text_scale": "150"}, "text_scale"),
        ({"text_scale": True}, "text_scale"),
    ],
)
def test_a_bad_language_or_text_size_is_reset_with_a_message(data, key):
    read = settings_from_mapping(data)
    assert (read.settings.language, read.settings.text_scale) == ("", 100)
    assert len(read.problems) == 1
    assert key in str(read.problems[0])
