"""Where the app's idle memory and start-up imports go, against the bare window: a profile, not a benchmark.

Three looks, each in fresh processes on a temporary log of `--entries` entries with every reminder on:

1. RSS by mapping (/proc/PID/smaps) after `--settle` seconds, app and bare window side by side: shared
   libraries (which Qt libraries), the heap and anonymous memory, grouped;
2. Python's own allocations in the app (tracemalloc, started before the first import) at the same moment,
   grouped by package, against its RSS;
3. `python -X importtime` of a start to first paint: the slowest imports (cumulative), to find modules
   loaded before the first paint that it does not need.

Usage: uv run python -m benchmarks.memory_profile [--entries 10000] [--settle 15] [--top 25]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks._common import APP, BARE_WINDOW, enable_all_reminders, env, kill_tree, rss_mib, seed_log

CHILD_FLAG = "--tracemalloc-child"


def smaps_groups(pid: int) -> Counter[str]:
    """KiB of RSS per mapping group of a live process."""
    groups: Counter[str] = Counter()
    name = "?"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            path = head[5] if len(head) > 5 else "[anonymous]"
            base = os.path.basename(path)
            if ".so" in base:
                base = re.sub(r"\.so.*$", ".so", base)
            elif path.startswith("/"):
                base = f"file: {base}"
            name = base
        elif head and head[0] == "Rss:":
            groups[name] += int(head[1])
    return groups


def rss_by_mapping(cmd: list[str], settle: float) -> Counter[str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
    try:
        time.sleep(settle)
        return smaps_groups(proc.pid)
    finally:
        kill_tree(proc)


def tracemalloc_child(data: str, settle: float) -> None:
    """In the child: run the app, and after `settle` s print Python's allocations by package as JSON."""
    import tracemalloc

    tracemalloc.start(1)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def report() -> None:
        snapshot = tracemalloc.take_snapshot()
        by_package: Counter[str] = Counter()
        for stat in snapshot.statistics("filename"):
            filename = stat.traceback[0].filename
            match = re.search(r"site-packages/([^/]+)", filename) or re.search(r"/(cvi_companion/[^/]+)", filename)
            if match:
                key = match.group(1)
            elif "/lib/python3" in filename:
                key = "stdlib: " + os.path.basename(filename)
            else:
                key = filename
            by_package[key] += stat.size
        traced, peak = tracemalloc.get_traced_memory()
        out = {"rss_mib": rss_mib(os.getpid()), "traced": traced, "peak": peak, "by": by_package.most_common(40)}
        out["modules"] = len(sys.modules)
        print("TRACEMALLOC " + json.dumps(out), flush=True)
        app.quit()

    QTimer.singleShot(int(settle * 1000), report)
    from cvi_companion.app import main

    main(["--data-dir", data])


def import_times(cmd: list[str]) -> tuple[list[tuple[int, int, str]], list[str]]:
    """(cumulative µs, self µs, module) of each import before the first paint; the modules imported after it."""
    done = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**env(), "PYTHONUNBUFFERED": "1"},
        timeout=120,
        check=True,
    )
    out: list[tuple[int, int, str]] = []
    after: list[str] = []
    painted = False
    for line in done.stdout.splitlines():
        if line.startswith("first-paint"):
            painted = True
            continue
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and painted:
            after.append(match.group(4))
        elif match:
            out.append((int(match.group(2)), int(match.group(1)), match.group(3) + match.group(4)))
    return out, after


def main() -> None:
    if CHILD_FLAG in sys.argv:
        index = sys.argv.index(CHILD_FLAG)
        tracemalloc_child(sys.argv[index + 1], float(sys.argv[index + 2]))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--settle", type=float, default=15.0)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        data = Path(tmp) / "data"
        seed_log(data, args.entries)
        enable_all_reminders(data)
        app_cmd = [*APP, "--data-dir", str(data)]
        bare = rss_by_mapping([*BARE_WINDOW, "--stay"], args.settle)
        app = rss_by_mapping(app_cmd, args.settle)
        print(f"RSS by mapping after {args.settle:.0f} s (KiB): bare {sum(bare.values())}, app {sum(app.values())}")
        print(f"{'mapping':<40}{'bare':>9}{'app':>9}{'app - bare':>12}")
        for name in sorted(set(bare) | set(app), key=lambda n: -(app[n] - bare[n]))[: args.top]:
            print(f"{name:<40}{bare[name]:>9}{app[name]:>9}{app[name] - bare[name]:>12}")
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory_profile", CHILD_FLAG, str(data), str(args.settle)],
            capture_output=True,
            text=True,
            env=env(),
            timeout=args.settle + 60,
            check=False,
        )
        line = next((x for x in child.stdout.splitlines() if x.startswith("TRACEMALLOC ")), None)
        if line is None:
            print("tracemalloc child failed:", child.stderr[-2000:])
        else:
            report = json.loads(line.removeprefix("TRACEMALLOC "))
            print(
                f"\ntracemalloc after {args.settle:.0f} s: Python allocations {report['traced'] / 2**20:.1f} MiB "
                f"(peak {report['peak'] / 2**20:.1f}) of {report['rss_mib']:.1f} MiB RSS (tracemalloc's own "
                f"bookkeeping included); {report['modules']} modules loaded"
            )
            for key, size in report["by"][: args.top]:
                print(f"  {size / 1024:9.0f} KiB  {key}")
        print("\nslowest imports before the first paint (-X importtime, cumulative µs, self µs):")
        # Warm the bytecode cache first, as an installed app has it.
        subprocess.run([*app_cmd, "--exit-after-paint"], capture_output=True, env=env(), timeout=120, check=False)
        times, after = import_times([*app_cmd, "--exit-after-paint"])
        top_level = [t for t in times if not t[2].startswith(" ") or t[2].strip().startswith("cvi_companion")]
        for cumulative, own, name in sorted(top_level, key=lambda t: -t[0])[: args.top * 2]:
            print(f"  {cumulative:>8} {own:>8}  {name}")
        total = sum(own for _, own, _ in times)
        print(f"  all imports before the first paint: {total / 1000:.0f} ms self time over {len(times)} modules")
        print(f"  libcrypto users before the paint: {[n.strip() for _, _, n in times if 'hashlib' in n or 'ssl' in n]}")
        print(f"  imported after the first paint ({len(after)}): {' '.join(after)}")


if __name__ == "__main__":
    main()
