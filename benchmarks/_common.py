"""Shared helpers for the benchmarks: seeded logs, process timing, /proc readings."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

REPO = Path(__file__).resolve().parent.parent
BARE_WINDOW = [sys.executable, str(REPO / "benchmarks" / "bare_window.py")]
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
