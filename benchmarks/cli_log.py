"""`cvi-companion log` wall time against the start of a bare PySide6 window, in one run.

Usage: uv run python -m benchmarks.cli_log [--runs 21] [--entries 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks._common import (
    APP_SCRIPT,
    BARE_WINDOW,
    env,
    median_of,
    samples_of,
    seed_log,
    time_to_exit,
    time_until_line,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        home = Path(tmp)
        # The default folders (found through platformdirs), as for someone who never passes --data-dir.
        seed_log(home / "data" / "cvi-companion", args.entries)
        log = [*APP_SCRIPT, "log", "--side", "left", "--intensity", "5", "--note", "bench"]
        bare = median_of(args.runs, lambda: time_until_line(BARE_WINDOW, "first-paint", env()))
        python = median_of(args.runs, lambda: time_to_exit([sys.executable, "-c", "pass"], env()))
        cli_runs = samples_of(args.runs, lambda: time_to_exit(log, env(xdg_home=home)))
    cli = statistics.median(cli_runs)
    print(f"median of {args.runs} runs; log holds {args.entries} entries")
    print(f"{'measure':<36}{'seconds':>9}{'ratio to bare window':>22}")
    print(f"{'bare PySide6 window, first paint':<36}{bare:>9.3f}{1.0:>22.2f}")
    print(f"{'python -c pass':<36}{python:>9.3f}{python / bare:>22.2f}")
    print(f"{'cvi-companion log ...':<36}{cli:>9.3f}{cli / bare:>22.2f}   (target < 0.7)")
    low, high = min(cli_runs), max(cli_runs)
    print(f"  log runs ranged {low:.3f}-{high:.3f} s; each commit waits for the disk (synchronous=FULL)")


if __name__ == "__main__":
    main()
