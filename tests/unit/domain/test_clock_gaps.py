from __future__ import annotations

import pytest

from cvi_companion.domain.clock_gaps import GapKind, classify


@pytest.mark.parametrize(
    ("wall", "mono", "boot", "kind"),
    [
        (30, 30, 30, GapKind.NONE),
        (35, 30, 30.5, GapKind.NONE),  # a busy machine: a few seconds late is nothing
        (3 * 3600 + 30, 30, 3 * 3600 + 30, GapKind.SLEEP),
        (30 + 3600, 30, 30, GapKind.CLOCK_CHANGE),  # someone set the clock an hour forward
        (30 - 3600, 30, 30, GapKind.CLOCK_CHANGE),  # or back
        (2 * 3600 + 3600, 30, 2 * 3600, GapKind.SLEEP_AND_CLOCK_CHANGE),  # slept, then NTP corrected
    ],
)
def test_with_a_boot_clock_sleep_and_clock_changes_are_told_apart(wall, mono, boot, kind):
    assert classify(wall, mono, boot).kind is kind


def test_sleep_length_and_clock_movement_are_measured():
    gap = classify(wall_s=2 * 3600 + 3600, monotonic_s=30, boot_s=2 * 3600)
    assert gap.asleep_s == pytest.approx(2 * 3600 - 30)
    assert gap.clock_moved_s == pytest.approx(3600)


@pytest.mark.parametrize(
    ("wall", "mono", "kind"),
    [(30, 30, GapKind.NONE), (3600, 30, GapKind.SLEEP), (-3600, 30, GapKind.CLOCK_CHANGE)],
)
def test_without_a_boot_clock_a_forward_jump_counts_as_an_absence(wall, mono, kind):
    assert classify(wall, mono, None).kind is kind
