"""Where the app's start-up time goes, phase by phase, against the bare window: a profile, not a benchmark.

A driver process stamps the wall clock at the phases of a real start (`cvi_companion.app.main` with
`--exit-after-paint`, the functions wrapped in place, nothing else changed); the parent knows the spawn
time, so every phase is timed from spawn. The bare window is spawned in turn for its start to first paint.

Usage: uv run python -m benchmarks.startup_phases [--runs 7] [--entries 10000]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import BARE_WINDOW, enable_all_reminders, env, load_note, seed_log, time_until_line

DRIVER = r"""
import sys, time
def mark(name):
    print(f"phase {name} {time.time():.6f}", flush=True)
mark("python ready")
import cvi_companion.app as entry
from cvi_companion.cli import window_args
mark("arguments module imported")
import cvi_companion.app.gui as gui
mark("app.gui imported")

def wrap(owner, name, label):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        mark(label + " start")
        try:
            return original(*args, **kwargs)
        finally:
            mark(label + " end")
    setattr(owner, name, wrapped)

def after_qt():
    # Imported only once the app has loaded Qt, in the order the app itself imports them.
    from cvi_companion.app import translations
    wrap(translations, "install_translations", "translations")
    import cvi_companion.ui.main_window as main_window
    wrap(main_window.MainWindow, "__init__", "MainWindow built")
    original_paint = main_window.MainWindow.paintEvent
    def paint(self, event):
        first = not self._painted
        if first:
            mark("first paint start")
        original_paint(self, event)
        if first:
            mark("first paint end")
    main_window.MainWindow.paintEvent = paint

original_load = gui.load_qt
def load_qt():
    mark("PySide6 import start")
    original_load()
    mark("PySide6 import end")
    after_qt()
gui.load_qt = load_qt
wrap(gui, "_application", "QApplication + style")
wrap(gui, "resolve_paths", "paths")
wrap(gui, "open_database", "open the log")
sys.exit(entry.main(sys.argv[1:]))
"""


def phases_of_one_start(data: Path) -> dict[str, float]:
    """Seconds from spawn to each stamped moment of one start."""
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "--data-dir", str(data), "--exit-after-paint"],
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
        check=True,
    )
    out: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("phase "):
            name, stamp = line[6:].rsplit(" ", 1)
            out.setdefault(name, float(stamp) - spawned)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    load = load_note()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        data = Path(tmp) / "data"
        seed_log(data, args.entries)
        enable_all_reminders(data)
        phases_of_one_start(data)  # warm-up: bytecode and file cache
        time_until_line(BARE_WINDOW, "first-paint", env())
        runs: list[dict[str, float]] = []
        bare: list[float] = []
        for _ in range(args.runs):
            runs.append(phases_of_one_start(data))
            bare.append(time_until_line(BARE_WINDOW, "first-paint", env()))
    names = sorted(runs[0], key=lambda n: statistics.median(r[n] for r in runs if n in r))
    print(f"median of {args.runs} starts, {args.entries} entries, every reminder on; {load}")
    print(f"bare window, spawn to first paint: {statistics.median(bare) * 1000:.0f} ms")
    print(f"{'moment (from spawn)':<34}{'ms':>7}{'since previous':>16}")
    previous = 0.0
    for name in names:
        at = statistics.median(r[name] for r in runs if name in r) * 1000
        print(f"{name:<34}{at:>7.0f}{at - previous:>16.0f}")
        previous = at


if __name__ == "__main__":
    main()
