from __future__ import annotations

from cvi_companion.domain.clock_gaps import GapKind
from cvi_companion.services.resume_watcher import ResumeWatcher, TimeSources


class FakeClocks:
    def __init__(self):
        self.wall, self.mono, self.boot = 1_800_000_000.0, 100.0, 100.0

    def awake(self, seconds):
        self.wall += seconds
        self.mono += seconds
        self.boot += seconds

    def asleep(self, seconds):
        self.wall += seconds
        self.boot += seconds

    def sources(self, with_boot=True):
        return TimeSources(lambda: self.wall, lambda: self.mono, (lambda: self.boot) if with_boot else None)


def watch(qtbot, clocks, with_boot=True):
    watcher = ResumeWatcher(clocks.sources(with_boot), interval_ms=0)
    resumed: list[tuple[float, float]] = []
    changed: list[float] = []
    watcher.resumed.connect(lambda a, b: resumed.append((a, b)))
    watcher.clock_changed.connect(changed.append)
    return watcher, resumed, changed


def test_sleep_is_reported_with_when_it_began_and_ended(qtbot):
    clocks = FakeClocks()
    watcher, resumed, changed = watch(qtbot, clocks)
    clocks.awake(30)
    assert watcher.check().kind is GapKind.NONE
    before = clocks.wall
    clocks.awake(5)
    clocks.asleep(3 * 3600)
    clocks.awake(2)
    assert watcher.check().kind is GapKind.SLEEP
    assert resumed == [(before, clocks.wall)]
    assert changed == []


def test_a_clock_change_is_not_mistaken_for_sleep(qtbot):
    clocks = FakeClocks()
    watcher, resumed, changed = watch(qtbot, clocks)
    clocks.awake(30)
    clocks.wall -= 3600  # someone set the clock back an hour
    assert watcher.check().kind is GapKind.CLOCK_CHANGE
    assert resumed == []
    assert changed == [-3600]


def test_without_a_boot_clock_a_long_gap_still_counts_as_an_absence(qtbot):
    clocks = FakeClocks()
    watcher, resumed, _ = watch(qtbot, clocks, with_boot=False)
    clocks.asleep(2 * 3600)
    assert watcher.check().kind is GapKind.SLEEP
    assert len(resumed) == 1
