"""The settings model: typed values with defaults, read leniently from a JSON-like mapping."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from enum import StrEnum
from typing import Any

from cvi_companion.domain.reminder_settings import plan_from_mapping, plan_to_mapping
from cvi_companion.domain.reminders import ReminderPlan, default_plan
from cvi_companion.domain.text import Phrase, translate

SETTINGS_VERSION = 1
# Reading size of the guides, in steps of about 10 % from the normal size (Ctrl++ / Ctrl+- / Ctrl+0).
GUIDE_ZOOM_MIN = -4
GUIDE_ZOOM_MAX = 12
# Qt's saved geometry is under 100 bytes; anything far longer was not written by us.
MAX_GEOMETRY_CHARS = 1024
MAX_TAB = 31
# "Larger text": the whole interface's font size, in percent of the desktop's own.
TEXT_SCALES = (100, 125, 150, 175, 200)
# The interface language: "" follows the desktop; otherwise a code such as "de" or "pt_BR".
_LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


class Appearance(StrEnum):
    """Light or dark look: follow the desktop, or always one of them (the night dimming still applies)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the person chose. Unknown keys from a newer or hand-edited file are kept in `extra`."""

    night_starts: time = time(22, 0)
    night_ends: time = time(7, 0)
    reminders: ReminderPlan = field(default_factory=lambda: default_plan(date.today()))
    guide_zoom: int = 0
    # Where the window was and which tab was open, remembered on close (Qt's saveGeometry, as base64 text).
    window_geometry: str = ""
    last_tab: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)
    notifications: bool = True
    appearance: Appearance = Appearance.SYSTEM
    # What closing the window does without a tray ("ask", "background" or "quit"), and whether the person
    # was told once that closing hides to the tray. Remembered for them, so bad values are dropped quietly.
    close_choice: str = "ask"
    tray_hint_given: bool = False
    language: str = ""
    text_scale: int = 100


CLOSE_CHOICES = ("ask", "background", "quit")


@dataclass(frozen=True, slots=True)
class SettingsRead:
    """Settings read from a file, with a message for each value that had to be reset.

    The messages name the key and quote the value as the file has them; `str(problem)` is the English.
    """

    settings: Settings
    problems: tuple[Phrase, ...] = ()
    newer: bool = False


def _read_time(raw: object, key: str, default: time, problems: list[Phrase]) -> time:
    if isinstance(raw, str):
        try:
            return time.fromisoformat(raw)
        except ValueError:
            pass
    problems.append(
        translate(
            "Settings",
            "'{key}' should be a time like 22:00, not {value}; using {default}",
            key=key,
            value=repr(raw),
            default=default.strftime("%H:%M"),
        )
    )
    return default


def _read_zoom(raw: object, problems: list[Phrase]) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return min(GUIDE_ZOOM_MAX, max(GUIDE_ZOOM_MIN, raw))
    problems.append(
        translate(
            "Settings",
            "'{key}' should be a whole number, not {value}; using the normal size",
            key="guide_zoom",
            value=repr(raw),
        )
    )
    return 0


def _read_notifications(raw: object, problems: list[Phrase]) -> bool:
    if isinstance(raw, bool):
        return raw
    problems.append(
        translate(
            "Settings", "'{key}' should be true or false, not {value}; using true", key="notifications", value=repr(raw)
        )
    )
    return True


def _read_appearance(raw: object, problems: list[Phrase]) -> Appearance:
    choices = {a.value: a for a in Appearance}
    if isinstance(raw, str) and raw in choices:
        return choices[raw]
    problems.append(
        translate(
            "Settings",
            "'{key}' should be one of {choices}, not {value}; using {default}",
            key="appearance",
            choices=", ".join(choices),
            value=repr(raw),
            default=Appearance.SYSTEM.value,
        )
    )
    return Appearance.SYSTEM


def _read_language(raw: object, problems: list[Phrase]) -> str:
    if raw == "" or (isinstance(raw, str) and _LANGUAGE_PATTERN.fullmatch(raw)):
        return str(raw)
    problems.append(
        translate(
            "Settings",
            "'{key}' should be a language code such as de, not {value}; following the desktop",
            key="language",
            value=repr(raw),
        )
    )
    return ""


def _read_text_scale(raw: object, problems: list[Phrase]) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw in TEXT_SCALES:
        return raw
    problems.append(
        translate(
            "Settings",
            "'{key}' should be one of {choices} (percent), not {value}; using {default}",
            key="text_scale",
            choices=", ".join(str(size) for size in TEXT_SCALES),
            value=repr(raw),
            default=100,
        )
    )
    return 100


def _read_geometry(raw: object) -> str:
    # Window placement is remembered for the person, not chosen by them: a bad value is dropped quietly.
    if isinstance(raw, str) and len(raw) <= MAX_GEOMETRY_CHARS and raw.isascii():
        return raw
    return ""


def _read_tab(raw: object) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= MAX_TAB:
        return raw
    return 0


def settings_from_mapping(data: Mapping[str, Any], today: date | None = None) -> SettingsRead:
    """Build Settings from parsed JSON, resetting bad values one by one and keeping unknown keys.

    `today` dates a newly switched-on stocking-replacement reminder (the file keeps it from then on).
    """
    problems: list[Phrase] = []
    default = Settings()
    version = data.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        problems.append(
            translate("Settings", "'{key}' should be a whole number, not {value}", key="version", value=repr(version))
        )
        version = SETTINGS_VERSION
    known = {"version", "night_starts", "night_ends", "reminders", "guide_zoom", "window_geometry", "last_tab"}
    known |= {"notifications", "appearance", "close_choice", "tray_hint_given", "language", "text_scale"}
    plan, plan_problems = plan_from_mapping(data.get("reminders"), today or date.today())
    problems.extend(plan_problems)
    settings = Settings(
        reminders=plan,
        night_starts=_read_time(data.get("night_starts", "22:00"), "night_starts", default.night_starts, problems),
        night_ends=_read_time(data.get("night_ends", "07:00"), "night_ends", default.night_ends, problems),
        guide_zoom=_read_zoom(data.get("guide_zoom", 0), problems),
        window_geometry=_read_geometry(data.get("window_geometry", "")),
        last_tab=_read_tab(data.get("last_tab", 0)),
        extra={k: v for k, v in data.items() if k not in known},
        notifications=_read_notifications(data.get("notifications", True), problems),
        appearance=_read_appearance(data.get("appearance", Appearance.SYSTEM.value), problems),
        close_choice=raw_close if (raw_close := data.get("close_choice")) in CLOSE_CHOICES else "ask",
        tray_hint_given=data.get("tray_hint_given") is True,
        language=_read_language(data.get("language", ""), problems),
        text_scale=_read_text_scale(data.get("text_scale", 100), problems),
    )
    if settings.night_starts == settings.night_ends:
        problems.append(
            translate(
                "Settings",
                "the night cannot start and end at the same time; using {start} to {end}",
                start=default.night_starts.strftime("%H:%M"),
                end=default.night_ends.strftime("%H:%M"),
            )
        )
        settings = replace(settings, night_starts=default.night_starts, night_ends=default.night_ends)
    return SettingsRead(settings, tuple(problems), newer=version > SETTINGS_VERSION)


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    """The JSON form of settings, unknown keys included so a round trip loses nothing."""
    data: dict[str, Any] = dict(settings.extra)
    data.update(
        version=SETTINGS_VERSION,
        night_starts=settings.night_starts.strftime("%H:%M"),
        night_ends=settings.night_ends.strftime("%H:%M"),
        reminders=plan_to_mapping(settings.reminders),
    )
    # Written only when changed, so a file from before the Guides tab reads back the same.
    if settings.guide_zoom:
        data["guide_zoom"] = settings.guide_zoom
    if settings.window_geometry:
        data["window_geometry"] = settings.window_geometry
    if settings.last_tab:
        data["last_tab"] = settings.last_tab
    if not settings.notifications:
        data["notifications"] = False
    if settings.appearance is not Appearance.SYSTEM:
        data["appearance"] = settings.appearance.value
    if settings.close_choice != "ask":
        data["close_choice"] = settings.close_choice
    if settings.tray_hint_given:
        data["tray_hint_given"] = True
    if settings.language:
        data["language"] = settings.language
    if settings.text_scale != 100:
        data["text_scale"] = settings.text_scale
    return data
