"""Telling a sleep from a clock change, from how three clocks moved between two looks.

- wall: the calendar clock (moves with sleep, and jumps when someone or NTP changes it);
- monotonic: counts only while the machine is awake (Linux CLOCK_MONOTONIC, macOS);
- boot: counts awake and asleep but ignores clock changes (Linux CLOCK_BOOTTIME; absent elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# A look that comes this much later than the awake time explains counts as an absence (timers are late by
# a few seconds on a busy machine; a minute is clearly something else).
GAP_THRESHOLD_S = 60.0


class GapKind(StrEnum):
    """What happened between two looks."""

    NONE = "none"
    SLEEP = "sleep"
    CLOCK_CHANGE = "clock-change"
    SLEEP_AND_CLOCK_CHANGE = "sleep-and-clock-change"


@dataclass(frozen=True, slots=True)
class Gap:
    """The verdict: what happened, how long the machine slept, and how far the wall clock was moved."""

    kind: GapKind
    asleep_s: float = 0.0
    clock_moved_s: float = 0.0


def classify(wall_s: float, monotonic_s: float, boot_s: float | None) -> Gap:
    """Classify the movements (seconds) of the three clocks since the last look."""
    if boot_s is None:
        # Without a boot clock a forward jump cannot be told from sleep; treating it as an absence is the
        # safe side (nothing fires in a burst); a backward jump can only be a clock change.
        unexplained = wall_s - monotonic_s
        if unexplained > GAP_THRESHOLD_S:
            return Gap(GapKind.SLEEP, asleep_s=unexplained)
        if unexplained < -GAP_THRESHOLD_S:
            return Gap(GapKind.CLOCK_CHANGE, clock_moved_s=unexplained)
        return Gap(GapKind.NONE)
    asleep = boot_s - monotonic_s
    moved = wall_s - boot_s
    slept = asleep > GAP_THRESHOLD_S
    changed = abs(moved) > GAP_THRESHOLD_S
    if slept and changed:
        return Gap(GapKind.SLEEP_AND_CLOCK_CHANGE, asleep_s=asleep, clock_moved_s=moved)
    if slept:
        return Gap(GapKind.SLEEP, asleep_s=asleep)
    if changed:
        return Gap(GapKind.CLOCK_CHANGE, clock_moved_s=moved)
    return Gap(GapKind.NONE)
