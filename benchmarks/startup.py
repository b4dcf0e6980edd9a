"""Start-up time, idle memory and idle CPU of the app against a bare PySide6 window, in one run.

Starts are also timed for a window with the app's kinds of widgets and none of its code (widgets_window.py),
which tells PySide's share of the app's start from ours.

The app starts on a log of `--entries` entries with every reminder kind switched on (settings written
through the storage API into a temporary data folder). Starts are timed in turn with the bare window's, so
the shared machine's load falls on both alike; the medians are compared. Then the processes idle side by
side: the bare window, the app, the app on a log of `--big-entries` (memory against log size) and, with
`--reference`, Workrave, Safe Eyes, the bare window and the app on a private X display (Xvfb) and D-Bus.

Usage: uv run python -m benchmarks.startup [--runs 9] [--entries 10000] [--big-entries 100000]
       [--settle 15] [--idle 60] [--reference] [--json FILE]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from contextlib import ExitStack
from pathlib import Path

from benchmarks._common import (
    APP,
    BARE_WINDOW,
    WIDGETS_WINDOW,
    enable_all_reminders,
    env,
    idle_many,
    interleaved,
    load_note,
    seed_log,
    time_until_line,
    write_json,
)


def measure(
    runs: int, entries: int, big_entries: int, settle: float, idle: float, reference: bool
) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready dict."""
    from benchmarks import reference_apps

    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp, ExitStack() as stack:
        data = Path(tmp) / "data"
        big = Path(tmp) / "big"
        seed_log(data, entries)
        enable_all_reminders(data)
        seed_log(big, big_entries)
        enable_all_reminders(big)
        app = [*APP, "--data-dir", str(data)]
        load_before = load_note()
        starts = interleaved(
            runs,
            {
                "bare": lambda: time_until_line(BARE_WINDOW, "first-paint", env()),
                "widgets": lambda: time_until_line(WIDGETS_WINDOW, "first-paint", env()),
                "app": lambda: time_until_line([*app, "--exit-after-paint"], "first-paint", env()),
            },
        )
        commands = {
            "bare window": ([*BARE_WINDOW, "--stay"], env()),
            "app": (app, env()),
            "app, big log": ([*APP, "--data-dir", str(big)], env()),
        }
        missing = reference_apps.missing_tools() if reference else []
        if reference and "Xvfb" not in missing and "dbus-daemon" not in missing:
            session = stack.enter_context(reference_apps.desktop_session())
            commands.update(reference_apps.reference_commands(session))
            # Its own copy of the log: a second app on the same folder would hand over to the first and exit.
            shutil.copytree(data, Path(tmp) / "xvfb")
            commands["app (Xvfb)"] = ([*APP, "--data-dir", str(Path(tmp) / "xvfb")], {**env("xcb"), **session})
        idled = idle_many(commands, settle, idle, tree=True)
    return {
        "runs": runs,
        "entries": entries,
        "big_entries": big_entries,
        "settle": settle,
        "idle_s": idle,
        "load": f"{load_before} before, {load_note()} after",
        "start_bare": starts["bare"],
        "start_app": starts["app"],
        "start_bare_median": statistics.median(starts["bare"]),
        "start_widgets": starts["widgets"],
        "start_widgets_median": statistics.median(starts["widgets"]),
        "start_app_median": statistics.median(starts["app"]),
        "idle": {name: vars(result) for name, result in idled.items()},
        "reference_missing": missing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--big-entries", type=int, default=100_000)
    parser.add_argument("--settle", type=float, default=15.0)
    parser.add_argument("--idle", type=float, default=60.0)
    parser.add_argument("--reference", action="store_true", help="also idle Workrave and Safe Eyes under Xvfb")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    result = measure(args.runs, args.entries, args.big_entries, args.settle, args.idle, args.reference)
    write_json(args.json, result)
    bare, app = result["start_bare_median"], result["start_app_median"]
    assert isinstance(bare, float)
    assert isinstance(app, float)
    print(f"log of {args.entries} entries, every reminder on; median of {args.runs} starts each, taken in turn")
    print(f"start to first paint: bare {bare:.3f} s, app {app:.3f} s, ratio {app / bare:.2f} (target <= 1.5)")
    widgets = result["start_widgets_median"]
    assert isinstance(widgets, float)
    print(
        f"  a window with the app's kinds of widgets: {widgets:.3f} s ({widgets / bare:.2f}x bare); "
        f"app {app / widgets:.2f}x it"
    )
    idle = result["idle"]
    assert isinstance(idle, dict)
    for name, figures in idle.items():
        if figures["alive"]:
            print(f"  {name:<24}{figures['rss_mib']:8.1f} MiB after {args.settle:.0f} s{figures['cpu_s']:9.4f} s CPU")
        else:
            print(f"  {name:<24}did not run: {figures['note']}")
    print(result["load"])


if __name__ == "__main__":
    main()
