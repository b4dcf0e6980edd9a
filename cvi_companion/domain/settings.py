"""The settings model: typed values with defaults, read leniently from a JSON-like mapping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import Any

from cvi_companion.domain.reminder_settings import plan_from_mapping, plan_to_mapping
from cvi_companion.domain.reminders import ReminderPlan, default_plan

SETTINGS_VERSION = 1
# Reading size of the guides, in steps of about 10 % from the normal size (Ctrl++ / Ctrl+- / Ctrl+0).
GUIDE_ZOOM_MIN = -4
GUIDE_ZOOM_MAX = 12


@dataclass(frozen=True, slots=True)
class Settings:
    """What the person chose. Unknown keys from a newer or hand-edited file are kept in `extra`."""

    night_starts: time = time(22, 0)
    night_ends: time = time(7, 0)
    reminders: ReminderPlan = field(default_factory=lambda: default_plan(date.today()))
    guide_zoom: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SettingsRead:
    """Settings read from a file, with a message for each value that had to be reset."""

    settings: Settings
    problems: tuple[str, ...] = ()
    newer: bool = False


def _read_time(raw: object, key: str, default: time, problems: list[str]) -> time:
    if isinstance(raw, str):
        try:
            return time.fromisoformat(raw)
        except ValueError:
            pass
    problems.append(f"'{key}' should be a time like 22:00, not {raw!r}; using {default.strftime('%H:%M')}")
    return default


def _read_zoom(raw: object, problems: list[str]) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return min(GUIDE_ZOOM_MAX, max(GUIDE_ZOOM_MIN, raw))
    problems.append(f"'guide_zoom' should be a whole number, not {raw!r}; using the normal size")
    return 0


def settings_from_mapping(data: Mapping[str, Any], today: date | None = None) -> SettingsRead:
    """Build Settings from parsed JSON, resetting bad values one by one and keeping unknown keys.

    `today` dates a newly switched-on stocking-replacement reminder (the file keeps it from then on).
    """
    problems: list[str] = []
    default = Settings()
    version = data.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        problems.append(f"'version' should be a whole number, not {version!r}")
        version = SETTINGS_VERSION
    known = {"version", "night_starts", "night_ends", "reminders", "guide_zoom"}
    plan, plan_problems = plan_from_mapping(data.get("reminders"), today or date.today())
    problems.extend(plan_problems)
    settings = Settings(
        reminders=plan,
        night_starts=_read_time(data.get("night_starts", "22:00"), "night_starts", default.night_starts, problems),
        night_ends=_read_time(data.get("night_ends", "07:00"), "night_ends", default.night_ends, problems),
        guide_zoom=_read_zoom(data.get("guide_zoom", 0), problems),
        extra={k: v for k, v in data.items() if k not in known},
    )
    if settings.night_starts == settings.night_ends:
        problems.append("the night cannot start and end at the same time; using 22:00 to 07:00")
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
    return data
