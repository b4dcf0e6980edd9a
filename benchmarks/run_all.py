"""Run every benchmark and write one markdown table: each figure, its target, pass or fail.

Each benchmark runs in its own process (`python -m benchmarks.<name> ... --json FILE`) and measures its own
baseline in the same run; this script only collects. The table goes to benchmarks/results/latest.md
(gitignored) and to stdout, followed by each benchmark's own output.

Usage: uv run python -m benchmarks.run_all [--quick] [--no-reference] [--output FILE]
  --quick: tiny logs and single runs, a smoke run that checks every script works (figures are not real).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks._common import REPO, Row, load_note, markdown_table

RESULTS = REPO / "benchmarks" / "results" / "latest.md"
PAUSE_MS = 100.0  # about where a person notices a pause
INSIGHTS_MS = 200.0  # ARCHITECTURE.md: insights under 0.2 s

# (module, full arguments, quick arguments)
PLAN: list[tuple[str, list[str], list[str]]] = [
    (
        "startup",
        ["--runs", "9", "--entries", "10000", "--big-entries", "100000", "--settle", "15", "--idle", "60"],
        ["--runs", "1", "--entries", "200", "--big-entries", "1000", "--settle", "2", "--idle", "2"],
    ),
    ("cli_log", ["--runs", "21", "--entries", "10000"], ["--runs", "1", "--entries", "200"]),
    ("log_tab", ["--entries", "100000", "--runs", "5"], ["--entries", "1000", "--runs", "1"]),
    (
        "insights",
        ["--entries", "100000", "--years", "5", "--runs", "9"],
        ["--entries", "1000", "--years", "1", "--runs", "1"],
    ),
    ("reminder_latency", ["--runs", "7", "--lead", "2"], ["--runs", "1", "--lead", "0.2"]),
]


def _ratio(value: float, base: float) -> float:
    return value / base if base else float("inf")


def startup_rows(r: dict[str, Any]) -> list[Row]:
    bare, app = r["start_bare_median"], r["start_app_median"]
    ratio = _ratio(app, bare)
    spread = f"app {min(r['start_app']):.3f}-{max(r['start_app']):.3f} s over {r['runs']} runs"
    rows = [
        Row(
            "start-up",
            f"start to first paint, {r['entries']:,} entries, every reminder on",
            f"{app:.3f} s / bare {bare:.3f} s = **{ratio:.2f}x**",
            "≤ 1.5x bare",
            ratio <= 1.5,
            spread,
        )
    ]
    if "start_widgets_median" in r:
        widgets = r["start_widgets_median"]
        rows.append(
            Row(
                "start-up",
                "the same, against a window with the app's kinds of widgets and none of its code",
                f"widgets window {widgets:.3f} s = {_ratio(widgets, bare):.2f}x bare; "
                f"app **{_ratio(app, widgets):.2f}x** it",
                "report",
                None,
                "PySide's share of the start vs ours",
            )
        )
    idle = r["idle"]
    b, a, big = idle["bare window"], idle["app"], idle["app, big log"]
    if b["alive"] and a["alive"]:
        rss_ratio = _ratio(a["rss_mib"], b["rss_mib"])
        rows.append(
            Row(
                "idle",
                f"RSS {r['settle']:.0f} s after start",
                f"{a['rss_mib']:.1f} / bare {b['rss_mib']:.1f} MiB = **{rss_ratio:.2f}x**",
                "≤ 1.3x bare",
                rss_ratio <= 1.3,
            )
        )
        rows.append(
            Row(
                "idle",
                f"CPU over {r['idle_s']:.0f} idle s, reminders on",
                f"{a['cpu_s']:.4f} s (bare {b['cpu_s']:.4f} s)",
                "< 0.01 s",
                a["cpu_s"] < 0.01 * r["idle_s"] / 60,
                "target scaled to the idle span" if r["idle_s"] != 60 else "",
            )
        )
    else:
        rows.append(Row("idle", "app or bare window idle", "did not run", "runs", False, a["note"] or b["note"]))
    if big["alive"] and a["alive"]:
        rows.append(
            Row(
                "idle",
                f"RSS with {r['big_entries']:,} vs {r['entries']:,} entries",
                f"{big['rss_mib']:.1f} vs {a['rss_mib']:.1f} MiB ({big['rss_mib'] - a['rss_mib']:+.1f})",
                "report",
                None,
            )
        )
    xbare = idle.get("bare window (Xvfb)")
    for name in ("app (Xvfb)", "workrave (Xvfb)", "safeeyes (Xvfb)"):
        if name not in idle:
            continue
        got = idle[name]
        if not got["alive"]:
            rows.append(Row("reference", name, "did not run", "report", None, got["note"].replace("|", "/")))
            continue
        base = f" = {_ratio(got['rss_mib'], xbare['rss_mib']):.2f}x bare (Xvfb)" if xbare and xbare["alive"] else ""
        rows.append(
            Row(
                "reference",
                f"{name}: RSS, CPU over {r['idle_s']:.0f} idle s",
                f"{got['rss_mib']:.1f} MiB{base}; {got['cpu_s']:.4f} s",
                "report",
                None,
                "with child processes; private X display and D-Bus",
            )
        )
    if xbare and xbare["alive"]:
        rows.append(
            Row(
                "reference",
                "bare window (Xvfb): RSS, CPU",
                f"{xbare['rss_mib']:.1f} MiB; {xbare['cpu_s']:.4f} s",
                "",
                None,
            )
        )
    if r["reference_missing"]:
        rows.append(
            Row("reference", "reference apps", "not measured", "report", None, f"missing: {r['reference_missing']}")
        )
    return rows


def cli_rows(r: dict[str, Any]) -> list[Row]:
    ratio = _ratio(r["cli_median"], r["bare_median"])
    return [
        Row(
            "terminal",
            f"`cvi-companion log ...`, {r['entries']:,} entries",
            f"{r['cli_median']:.3f} s / bare {r['bare_median']:.3f} s = **{ratio:.2f}x**",
            "< 0.7x bare",
            ratio < 0.7,
            f"{min(r['cli_s']):.3f}-{max(r['cli_s']):.3f} s; `python -c pass` {r['python_median']:.3f} s",
        )
    ]


def log_tab_rows(r: dict[str, Any]) -> list[Row]:
    from benchmarks.log_tab import LABELS

    rows = []
    for key, label in LABELS.items():
        ms, base = r["tab"][key] * 1000, r["bare"][key] * 1000
        rows.append(
            Row(
                f"log, {r['entries']:,}",
                label,
                f"{ms:.1f} ms",
                f"≤ {PAUSE_MS:.0f} ms",
                ms <= PAUSE_MS,
                f"bare table {base:.1f} ms",
            )
        )
    tab = r["tab"]
    export, read = tab["export"] * 1000, tab["read"] * 1000
    blocked, total, stall = tab["export_blocked"] * 1000, tab["export_total"] * 1000, tab["export_stall"] * 1000
    rows.append(
        Row(
            f"log, {r['entries']:,}",
            "export the whole log as CSV from the window: GUI thread blocked when Export is pressed",
            f"{blocked:.1f} ms",
            f"≤ {PAUSE_MS:.0f} ms",
            blocked <= PAUSE_MS,
            f"longest GUI pause while it runs {stall:.0f} ms",
        )
    )
    rows.append(
        Row(
            f"log, {r['entries']:,}",
            "export the whole log as CSV from the window: Export pressed to file written",
            f"{total:,.0f} ms",
            "report (on a pool thread)",
            None,
            f"the export alone (as the terminal runs it) {export:,.0f} ms; reading the entries alone {read:,.0f} ms",
        )
    )
    rows.append(
        Row(
            f"log, {r['entries']:,}",
            "export the whole log as JSON (as the terminal runs it)",
            f"{tab['export_json'] * 1000:,.0f} ms",
            "report",
            None,
            f"the CSV export the same way {export:,.0f} ms; reading the entries alone {read:,.0f} ms",
        )
    )
    rows.append(
        Row(
            f"log, {r['entries']:,}",
            "process RSS: before opening / after all steps",
            f"{r['rss_before_mib']:.0f} / {r['rss_after_mib']:.0f} MiB",
            "report",
            None,
        )
    )
    return rows


def insights_rows(r: dict[str, Any]) -> list[Row]:
    rows = []
    for row in r["rows"]:
        rows.append(
            Row(
                f"insights, {r['entries']:,}",
                f"{row['label']} ({row['cramps']:,} cramps, {row['reminders']:,} reminders)",
                f"{row['total_ms']:.1f} ms",
                f"≤ {INSIGHTS_MS:.0f} ms",
                row["total_ms"] <= INSIGHTS_MS,
                f"read {row['read_ms']:.1f} + compute {row['compute_ms']:.1f}; first run {row['first_ms']:.0f} ms",
            )
        )
    return rows


def latency_rows(r: dict[str, Any]) -> list[Row]:
    return [
        Row(
            "reminder",
            f"due instant to reminder window painted ({r['runs']} runs)",
            f"worst {r['app_max_ms']:.1f} ms, median {r['app_median_ms']:.1f} ms",
            "≤ 50 ms",
            r["app_max_ms"] <= 50,
            f"bare QTimer + QWidget: median {r['bare_median_ms']:.1f} ms; "
            + ("every kind on" if r["every_kind"] else "one kind on"),
        ),
        Row(
            "reminder",
            "one rebuild of the schedule, every kind on (GUI thread)",
            f"{r['rebuild_median_ms']:.1f} ms",
            f"report (> {PAUSE_MS:.0f} ms is noticed)",
            None,
            "runs after every reminder shown, answer and settings change",
        ),
    ]


ROWS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": startup_rows,
    "cli_log": cli_rows,
    "log_tab": log_tab_rows,
    "insights": insights_rows,
    "reminder_latency": latency_rows,
}


def run_one(module: str, arguments: list[str], folder: Path) -> tuple[list[Row], str, float]:
    """Run one benchmark; its rows (one failure row if it broke), its output and its wall time."""
    target = folder / f"{module}.json"
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *arguments, "--json", str(target)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    took = time.perf_counter() - start
    output = done.stdout + "".join(
        line + "\n" for line in done.stderr.splitlines() if "This plugin does not support" not in line
    )
    if done.returncode != 0 or not target.exists():
        return [Row(module, "the benchmark itself", f"failed ({done.returncode})", "runs", False)], output, took
    return ROWS[module](json.loads(target.read_text())), output, took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each: checks the scripts work")
    parser.add_argument("--no-reference", action="store_true", help="do not idle Workrave and Safe Eyes")
    parser.add_argument("--only", nargs="*", choices=list(ROWS), help="run only these benchmarks")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = datetime.now(UTC)
    load_start = load_note()
    rows: list[Row] = []
    details: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cvi-bench-all-") as tmp:
        for module, full, quick in PLAN:
            if args.only and module not in args.only:
                continue
            arguments = list(quick if args.quick else full)
            if module == "startup" and not args.no_reference:
                arguments.append("--reference")
            print(f"running {module} {' '.join(arguments)}", file=sys.stderr, flush=True)
            got, output, took = run_one(module, arguments, Path(tmp))
            rows.extend(got)
            command = f"$ python -m benchmarks.{module} {' '.join(arguments)}"
            details.append(f"### {module} ({took:.0f} s)\n\n```\n{command}\n{output}```\n")
    mode = "QUICK smoke run: tiny logs, one run each; the figures are not real" if args.quick else "full run"
    header = (
        f"# Benchmark results\n\n{mode}; {started:%Y-%m-%d %H:%M} UTC; Python {sys.version.split()[0]}; "
        f"{load_start} at the start, {load_note()} at the end.\n\n"
    )
    failed = [row for row in rows if row.ok is False]
    summary = f"\n{len(rows)} figures, {len(failed)} missing their target.\n"
    text = header + markdown_table(rows) + summary + "\n## Details\n\n" + "\n".join(details)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(header + markdown_table(rows) + summary)
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
