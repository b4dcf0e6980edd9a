"""The window's remembered geometry and tab in the settings file: read leniently, written only when set."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cvi_companion.domain.settings import Settings, settings_from_mapping, settings_to_mapping


def test_geometry_and_tab_round_trip_and_unknown_keys_stay():
    settings = replace(Settings(), window_geometry="AdnQywADAAA=", last_tab=2)
    data = settings_to_mapping(settings)
    data["from_the_future"] = {"x": 1}
    read = settings_from_mapping(data)
    assert read.problems == ()
    assert read.settings.window_geometry == "AdnQywADAAA="
    assert read.settings.last_tab == 2
    assert read.settings.extra == {"from_the_future": {"x": 1}}


def test_defaults_are_not_written():
    data = settings_to_mapping(Settings())
    assert "window_geometry" not in data
    assert "last_tab" not in data


@pytest.mark.parametrize(
    ("geometry", "tab"),
    [(42, "2"), (None, -1), ("é" * 3, True), ("A" * 5000, 999)],
)
def test_bad_values_fall_back_quietly(geometry, tab):
    read = settings_from_mapping({"window_geometry": geometry, "last_tab": tab})
    # Where the window was is not the person's choice: nothing to tell them about.
    assert read.problems == ()
    assert read.settings.window_geometry == ""
    assert read.settings.last_tab == 0
