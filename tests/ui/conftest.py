"""Fixtures for widget tests: a cramp service on a fake clock, entries in bulk, and screen brightness."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from cvi_companion.domain.cramps import Side, new_entry
from cvi_companion.services.clock import Clock
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.settings_store import SettingsStore

# 13:00 and 03:30 in Berlin on Monday 23 November 2026 (the night window is 22:00-07:00 by default).
DAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
NIGHT = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


@dataclass
class FakeTime:
    """A settable "now" for the service's clock."""

    now: datetime = DAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def day() -> datetime:
    """13:00 in Berlin on Monday 23 November 2026: the fake clock's default."""
    return DAY


@pytest.fixture
def night() -> datetime:
    """03:30 in Berlin the same morning, inside the default night window."""
    return NIGHT


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def settings_service(app_paths: Any) -> SettingsService:
    return SettingsService(SettingsStore(app_paths.settings_path))


@pytest.fixture
def service(repo: Any, settings_service: SettingsService, berlin: Any, fake_time: FakeTime) -> CrampService:
    """The cramp service the widgets use, on the fake clock, without the external-change poll timer."""
    return CrampService(repo, Clock(berlin, now_utc=fake_time), settings_service, poll_ms=0)


@pytest.fixture
def add_entries(repo: Any, berlin: Any) -> Callable[..., list[Any]]:
    """Insert `count` entries an hour and a half apart, newest at `newest` (an aware time)."""

    def add(count: int, newest: datetime = NIGHT - timedelta(minutes=30), **fields: Any) -> list[Any]:
        sides = [Side.LEFT, Side.RIGHT, Side.BOTH]
        entries = [
            new_entry(
                now=NIGHT,
                started_at=(newest - timedelta(minutes=90 * i)).astimezone(berlin),
                side=fields.get("side", sides[i % 3]),
                **{k: v for k, v in fields.items() if k != "side"},
            )
            for i in range(count)
        ]
        repo.add_many(entries)
        return entries

    return add


def _brightness(widget: QWidget) -> tuple[float, float]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    total = 0
    bright = 0
    for y in range(height):
        row = data[y * stride : y * stride + width]
        total += sum(row)
        bright += sum(1 for value in row if value > 200)
    pixels = width * height
    return total / pixels, bright / pixels


@pytest.fixture
def brightness() -> Callable[[QWidget], tuple[float, float]]:
    """Mean grey level (0-255) of what a widget paints, and the share of near-white pixels."""
    return _brightness
