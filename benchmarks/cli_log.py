"""`cvi-companion log` wall time against the start of a bare PySide6 window, in one run.

The bare window, `python -c pass` and the command are timed in turn, so the shared machine's load falls on
all alike.

Usage: uv run python -m benchmarks.cli_log [--runs 21] [--entries 10000] [--json FILE]
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
    interleaved,
    load_note,
    seed_log,
    time_to_exit,
    time_until_line,
    write_json,
)


def measure(runs: int, entries: int) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready dict."""
    load = load_note()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        home = Path(tmp)
        # The default folders (found the XDG way), as for someone who never passes --data-dir.
        seed_log(home / "data" / "cvi-companion", entries)
        log = [*APP_SCRIPT, "log", "--side", "left", "--intensity", "5", "--note", "bench"]
        samples = interleaved(
            runs,
            {
                "bare": lambda: time_until_line(BARE_WINDOW, "first-paint", env()),
                "python": lambda: time_to_exit([sys.executable, "-c", "pass"], env()),
                "cli": lambda: time_to_exit(log, env(xdg_home=home)),
            },
        )
    return {
        "runs": runs,
        "entries": entries,
        "load": f"{load} before, {load_note()} after",
        **{f"{name}_s": values for name, values in samples.items()},
        **{f"{name}_median": statistics.median(values) for name, values in samples.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    result = measure(args.runs, args.entries)
    write_json(args.json, result)
    bare, python, cli = (result[f"{name}_median"] for name in ("bare", "python", "cli"))
    cli_runs = result["cli_s"]
    assert isinstance(bare, float)
    assert isinstance(python, float)
    assert isinstance(cli, float)
    assert isinstance(cli_runs, list)
    print(f"median of {args.runs} runs; log holds {args.entries} entries; {result['load']}")
    print(f"{'measure':<36}{'seconds':>9}{'ratio to bare window':>22}")
    print(f"{'bare PySide6 window, first paint':<36}{bare:>9.3f}{1.0:>22.2f}")
    print(f"{'python -c pass':<36}{python:>9.3f}{python / bare:>22.2f}")
    print(f"{'cvi-companion log ...':<36}{cli:>9.3f}{cli / bare:>22.2f}   (target < 0.7)")
    low, high = min(cli_runs), max(cli_runs)
    print(f"  log runs ranged {low:.3f}-{high:.3f} s; each commit waits for the disk (synchronous=FULL)")


if __name__ == "__main__":
    main()
