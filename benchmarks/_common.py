"""Shared helpers for the benchmarks: seeded logs, process timing, /proc readings."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

REPO = Path(__file__).resolve().parent.parent
BARE_WINDOW = [sys.executable, str(REPO / "benchmarks" / "bare_window.py")]
# The same kinds of widgets as the app's first frame, without the app: what PySide itself costs for them.
WIDGETS_WINDOW = [sys.executable, "-m", "benchmarks.widgets_window"]
APP = [sys.executable, "-m", "cvi_companion"]
# The console script people actually run (no runpy), installed next to this interpreter.
APP_SCRIPT = [str(Path(sys.executable).with_name("cvi-companion"))]


def env(platform: str = "offscreen", xdg_home: Path | None = None) -> dict[str, str]:
    """The environment for measured processes (offscreen Qt unless asked otherwise).

    With `xdg_home`, the app finds its folders the default way (platformdirs) but inside that folder.
    """
    out = dict(os.environ)
    out["QT_QPA_PLATFORM"] = platform
    # Measure what people get: an installed app has its bytecode cached (pip compiles it; Python writes it
    # on the first run), so the untimed warm-up run must be allowed to write it.
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out.pop("CVI_COMPANION_HOME", None)
    if xdg_home is not None:
        out["XDG_DATA_HOME"] = str(xdg_home / "data")
        out["XDG_CONFIG_HOME"] = str(xdg_home / "config")
    return out


def seed_log(folder: Path, count: int, seed: int = 7) -> None:
    """Fill a fresh log in `folder` with `count` plausible entries spread over the past years."""
    sys.path.insert(0, str(REPO))
    from cvi_companion.domain.cramps import Context, Location, Relief, Side, new_entry
    from cvi_companion.storage.cramp_repository import CrampRepository
    from cvi_companion.storage.db import open_database
    from cvi_companion.storage.paths import resolve_paths

    rng = Random(seed)
    paths = resolve_paths(folder, env={})
    paths.ensure()
    db = open_database(paths.db_path, paths.backups_dir)
    repo = CrampRepository(db)
    now = datetime.now(UTC)
    batch = []
    for i in range(count):
        started = now - timedelta(minutes=37 * i + rng.randint(0, 30))
        batch.append(
            new_entry(
                started_at=started,
                side=rng.choice(list(Side)),
                now=now,
                locations=rng.sample(list(Location), rng.randint(1, 2)),
                duration_s=rng.choice([None, 30, 90, 300, 600]),
                woke_me=rng.random() < 0.7,
                intensity=rng.choice([None, *range(11)]),
                helped=rng.sample([r for r in Relief if r is not Relief.NOTHING], rng.randint(0, 2)),
                context=rng.sample(list(Context), rng.randint(0, 3)),
                note=rng.choice(["", "woke me twice", "stretched and it passed", "after a long day standing"]),
            )
        )
        if len(batch) == 5000:
            repo.add_many(batch)
            batch.clear()
    if batch:
        repo.add_many(batch)
    db.close()


def time_until_line(cmd: list[str], marker: str, environ: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from spawning `cmd` until it prints a line starting with `marker`; then it is ended."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(marker):
                return time.perf_counter() - start
        raise RuntimeError(f"{cmd} ended without printing {marker!r}: {proc.stderr.read() if proc.stderr else ''}")
    finally:
        proc.kill()
        proc.wait(timeout)


def time_to_exit(cmd: list[str], environ: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds a command takes from spawn to exit (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(cmd, env=environ, check=True, capture_output=True, timeout=timeout)
    return time.perf_counter() - start


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """Median of `runs` measurements (after one untimed warm-up for the file cache)."""
    return statistics.median(samples_of(runs, measure))


def samples_of(runs: int, measure: Callable[[], float]) -> list[float]:
    """`runs` measurements, after one untimed warm-up (file cache, bytecode)."""
    measure()
    return [measure() for _ in range(runs)]


def rss_mib(pid: int) -> float:
    """Resident memory of a process, in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_snapshot(pid: int) -> dict[int, int]:
    """Nanoseconds of CPU each live thread of a process has used (Linux schedstat).

    /proc/PID/stat counts in 10 ms ticks, too coarse for an idle budget of 0.01 s a minute.
    """
    out: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out[int(task.name)] = int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended while being read
    return out


def cpu_between(before: dict[int, int], after: dict[int, int]) -> float:
    """Seconds of CPU used between two snapshots, by threads alive at the second (new ones count whole)."""
    return sum(ns - before.get(tid, 0) for tid, ns in after.items()) / 1e9


def enable_all_reminders(folder: Path) -> None:
    """Write settings in `folder` with every reminder kind switched on (stocking kinds confirmed too)."""
    sys.path.insert(0, str(REPO))
    from dataclasses import replace
    from datetime import date

    from cvi_companion.domain.reminders import default_plan
    from cvi_companion.domain.settings import Settings
    from cvi_companion.storage.paths import resolve_paths
    from cvi_companion.storage.settings_store import SettingsStore

    paths = resolve_paths(folder, env={})
    paths.ensure()
    plan = default_plan(date.today())
    plan = replace(plan, stockings_confirmed=True, rules=tuple(replace(r, enabled=True) for r in plan.rules))
    assert len(plan.active_rules()) == len(plan.rules)
    SettingsStore(paths.settings_path).save(Settings(reminders=plan))


def descendants(pid: int) -> list[int]:
    """A process and all its descendants (Linux /proc/PID/task/*/children)."""
    out = [pid]
    index = 0
    while index < len(out):
        for task in Path(f"/proc/{out[index]}/task").glob("*"):
            try:
                out.extend(int(child) for child in (task / "children").read_text().split())
            except (FileNotFoundError, ProcessLookupError):
                continue
        index += 1
    return out


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and its descendants, in MiB (shared pages counted in each)."""
    total = 0.0
    for each in descendants(pid):
        try:
            total += rss_mib(each)
        except (FileNotFoundError, ProcessLookupError, RuntimeError):
            continue
    return total


def tree_cpu_snapshot(pid: int) -> dict[int, int]:
    """cpu_snapshot() of a process and all its descendants, keyed by thread id."""
    out: dict[int, int] = {}
    for each in descendants(pid):
        try:
            out.update(cpu_snapshot(each))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return out


@dataclass(frozen=True)
class Idle:
    """What one process did while idle: RSS after settling, CPU seconds over the idle span."""

    rss_mib: float
    cpu_s: float
    alive: bool = True
    note: str = ""


def idle_many(
    commands: dict[str, tuple[list[str], dict[str, str]]], settle: float, idle: float, tree: bool = False
) -> dict[str, Idle]:
    """Start every command at once, wait `settle` s, read RSS, then CPU over the next `idle` s.

    They idle side by side (an idle process barely competes), which keeps a full run short. With `tree`,
    RSS and CPU include the child processes (reference apps start helpers).
    """
    procs: dict[str, subprocess.Popen[bytes]] = {}
    logs: dict[str, Path] = {}
    try:
        for name, (cmd, environ) in commands.items():
            log = Path(environ.get("CVI_BENCH_LOG_DIR", "/tmp")) / f"cvi-bench-{os.getpid()}-{name}.log"
            logs[name] = log
            with log.open("wb") as stream:
                procs[name] = subprocess.Popen(cmd, stdout=stream, stderr=subprocess.STDOUT, env=environ)
        time.sleep(settle)
        rss: dict[str, float] = {}
        before: dict[str, dict[int, int]] = {}
        for name, proc in procs.items():
            if proc.poll() is None:
                rss[name] = tree_rss_mib(proc.pid) if tree else rss_mib(proc.pid)
                before[name] = tree_cpu_snapshot(proc.pid) if tree else cpu_snapshot(proc.pid)
        time.sleep(idle)
        out: dict[str, Idle] = {}
        for name, proc in procs.items():
            if proc.poll() is not None or name not in rss:
                tail = logs[name].read_text(errors="replace").strip().splitlines()[-3:]
                out[name] = Idle(0.0, 0.0, alive=False, note=f"exited with {proc.returncode}: {' | '.join(tail)}")
                continue
            after = tree_cpu_snapshot(proc.pid) if tree else cpu_snapshot(proc.pid)
            out[name] = Idle(rss[name], cpu_between(before[name], after))
        return out
    finally:
        for proc in procs.values():
            kill_tree(proc)
        for log in logs.values():
            log.unlink(missing_ok=True)


def kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """End a process we started and the helpers it started (by pid, children first)."""
    if proc.poll() is None:
        for pid in reversed(descendants(proc.pid)):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                continue
    proc.wait(10)


@dataclass(frozen=True)
class Row:
    """One line of the results table. `ok` is None for figures reported without a pass/fail target."""

    group: str
    measure: str
    value: str
    target: str
    ok: bool | None
    note: str = ""

    @property
    def verdict(self) -> str:
        return "info" if self.ok is None else "pass" if self.ok else "**FAIL**"


def markdown_table(rows: list[Row]) -> str:
    """The rows as a markdown table."""
    lines = ["| group | measure | value | target | result | note |", "|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.group} | {row.measure} | {row.value} | {row.target} | {row.verdict} | {row.note} |")
    return "\n".join(lines) + "\n"


def write_json(path: str | None, data: object) -> None:
    """Write a benchmark's figures for run_all (when asked with --json)."""
    if path:
        Path(path).write_text(json.dumps(data, indent=1, default=str))


def interleaved(runs: int, measures: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """`runs` samples of each measure, taken in turn (one untimed warm-up of each first).

    Taking baseline and app in turn spreads the shared machine's load over both alike.
    """
    for measure in measures.values():
        measure()
    out: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            out[name].append(measure())
    return out


def load_note() -> str:
    """The 1-minute load average and core count, for the notes."""
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f} (1/5 min) on {os.cpu_count()} cores"
