"""Noticing that the machine slept or that its clock was changed, so reminders can be put right.

Qt timers stop while the machine sleeps, so the scheduler alone would fire late or not at all. A slow
timer compares how the wall, monotonic and boot clocks moved since its last look (domain.clock_gaps).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from cvi_companion.domain.clock_gaps import Gap, GapKind, classify

# Twice a minute: cheap (three clock reads) and soon enough after opening the lid.
CHECK_INTERVAL_MS = 30_000


def _boot_clock() -> Callable[[], float] | None:
    if hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    return None


@dataclass(frozen=True, slots=True)
class TimeSources:
    """The three clocks, replaceable in tests."""

    wall: Callable[[], float] = time.time
    monotonic: Callable[[], float] = time.monotonic
    boot: Callable[[], float] | None = field(default_factory=_boot_clock)


class ResumeWatcher(QObject):
    """Emits `resumed(away_from, back_at)` (wall seconds) after a sleep and `clock_changed` after a jump."""

    resumed = Signal(float, float)
    clock_changed = Signal(float)

    def __init__(
        self, sources: TimeSources | None = None, interval_ms: int = CHECK_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sources = sources or TimeSources()
        self._last = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if interval_ms > 0:
            self._timer.start()

    def _read(self) -> tuple[float, float, float | None]:
        boot = self._sources.boot
        return self._sources.wall(), self._sources.monotonic(), boot() if boot else None

    def check(self) -> Gap:
        """Look now (also called on OS resume signals); emit what happened since the last look."""
        wall, mono, boot = self._read()
        last_wall, last_mono, last_boot = self._last
        self._last = (wall, mono, boot)
        boot_moved = None if boot is None or last_boot is None else boot - last_boot
        gap = classify(wall - last_wall, mono - last_mono, boot_moved)
        if gap.kind in (GapKind.CLOCK_CHANGE, GapKind.SLEEP_AND_CLOCK_CHANGE):
            self.clock_changed.emit(gap.clock_moved_s)
        if gap.kind in (GapKind.SLEEP, GapKind.SLEEP_AND_CLOCK_CHANGE):
            # The absence began at the last look at the latest; what was due before it already fired.
            self.resumed.emit(last_wall, wall)
        return gap
