"""Start-up time, idle memory and idle CPU of the app against a bare PySide6 window, in one run.

Usage: uv run python -m benchmarks.startup [--runs 7] [--entries 10000] [--settle 15] [--idle 60]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks._common import (
    APP,
    BARE_WINDOW,
    cpu_between,
    cpu_snapshot,
    env,
    median_of,
    rss_mib,
    seed_log,
    time_until_line,
)


def idle_figures(cmd: list[str], settle: float, idle: float) -> tuple[float, float]:
    """RSS after `settle` seconds, then CPU seconds used over the next `idle` seconds."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
    try:
        time.sleep(settle)
        rss = rss_mib(proc.pid)
        before = cpu_snapshot(proc.pid)
        time.sleep(idle)
        return rss, cpu_between(before, cpu_snapshot(proc.pid))
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--settle", type=float, default=15.0)
    parser.add_argument("--idle", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        data = Path(tmp) / "data"
        seed_log(data, args.entries)
        app = [*APP, "--data-dir", str(data)]
        bare_start = median_of(args.runs, lambda: time_until_line(BARE_WINDOW, "first-paint", env()))
        app_start = median_of(args.runs, lambda: time_until_line([*app, "--exit-after-paint"], "first-paint", env()))
        bare_rss, bare_cpu = idle_figures([*BARE_WINDOW, "--stay"], args.settle, args.idle)
        app_rss, app_cpu = idle_figures(app, args.settle, args.idle)
    print(f"entries in the log: {args.entries}; median of {args.runs} starts; idle over {args.idle:.0f} s")
    print(f"{'measure':<28}{'bare window':>14}{'cvi-companion':>16}{'ratio':>8}{'target':>10}")
    ratio = app_start / bare_start
    print(f"{'start to first paint (s)':<28}{bare_start:>14.3f}{app_start:>16.3f}{ratio:>8.2f}{'<= 1.5':>10}")
    print(f"{'RSS after settle (MiB)':<28}{bare_rss:>14.1f}{app_rss:>16.1f}{app_rss / bare_rss:>8.2f}{'<= 1.3':>10}")
    print(f"{'CPU while idle (s)':<28}{bare_cpu:>14.4f}{app_cpu:>16.4f}{'':>8}{'< 0.01':>10}")


if __name__ == "__main__":
    main()
