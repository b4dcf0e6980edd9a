"""Insights over a large log: read what a range needs and compute every statistic, for four ranges.

The log is built in a temporary folder: `--entries` cramps spread over `--years` years of nights (about six
nights in ten with cramps, a quarter reported cramp-free, the rest unknown; one in ten cramps in the
daytime, one in fifty logged while travelling in New York, one in a hundred in the trash), the reminder
history of the default plan over the same years (about 20 occurrences a day) and the cramp-free nights.

Each range is timed from "which nights?" to the finished `Insights` and its text rendering, on one open
connection as the app keeps it: the first run after opening the database (SQLite's page cache empty, the
file in the OS cache) and the median of `--runs` more. The baselines, measured in the same run, are what
SQLite needs just to count the rows: all entries, and the entries of the 4-week range.

Usage: uv run python -m benchmarks.insights [--entries 100000] [--years 5] [--runs 9] [--json FILE]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from random import Random
from zoneinfo import ZoneInfo

from benchmarks._common import write_json
from cvi_companion.domain.cramps import CrampFilter, Location, Side, new_entry, night_before
from cvi_companion.domain.insights import SCORE_WARMUP, NightRange, Period, compute_insights, describe, range_for
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.insight_data import InsightData
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.reminder_log import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = (clock(22, 0), clock(7, 0))
TARGET_S = 0.2
# (kind, local times, weekdays only, chance of done)
PLAN = (
    (ReminderKind.ELEVATION, ("11:00", "15:00", "19:30"), False, 0.6),
    (ReminderKind.WALKING, tuple(f"{h:02d}:{m:02d}" for h in range(9, 18) for m in (0, 30)), True, 0.45),
    (ReminderKind.STOCKINGS_ON, ("07:30",), False, 0.85),
    (ReminderKind.STOCKINGS_OFF, ("22:00",), False, 0.8),
    (ReminderKind.BEDTIME_STRETCH, ("21:45",), False, 0.55),
    (ReminderKind.MORNING_CHECK_IN, ("08:00",), False, 0.7),
)


def _wall(night: date, minutes: int, zone: ZoneInfo) -> datetime:
    """A wall-clock time `minutes` after midnight starting `night`, made real (a spring-gap time moves on)."""
    naive = datetime(night.year, night.month, night.day) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def _outcome(rng: Random, done: float) -> Outcome:
    roll = rng.random()
    if roll < done:
        return Outcome.DONE
    rest = (roll - done) / (1 - done)
    return (
        Outcome.SKIPPED
        if rest < 0.4
        else Outcome.MISSED
        if rest < 0.8
        else Outcome.SHOWN
        if rest < 0.9
        else (Outcome.SNOOZED)
    )


def seed(folder: Path, entries: int, years: int, now: datetime, seed_value: int = 11) -> None:
    """Build the log: cramps, the reminder history and the cramp-free nights."""
    rng = Random(seed_value)
    paths = resolve_paths(folder, env={})
    paths.ensure()
    db = open_database(paths.db_path, paths.backups_dir)
    last = night_before(now.astimezone(BERLIN))
    nights = [last - timedelta(days=i) for i in range(365 * years)][::-1]
    kind_of_night = {night: rng.random() for night in nights}
    cramp_nights = [n for n, roll in kind_of_night.items() if roll < 0.6]
    free_nights = [n for n, roll in kind_of_night.items() if 0.6 <= roll < 0.85]
    repo = CrampRepository(db)
    batch = []
    for _ in range(entries):
        night = rng.choice(cramp_nights)
        minutes = rng.randint(9 * 60, 20 * 60) if rng.random() < 0.1 else rng.randint(22 * 60, 27 * 60 + 59)
        started = _wall(night, minutes, NEW_YORK if rng.random() < 0.02 else BERLIN)
        batch.append(
            new_entry(
                started_at=started,
                side=rng.choice(list(Side)),
                now=now,
                locations=rng.sample(list(Location), rng.randint(1, 2)),
                intensity=rng.choice([None, *range(11)]),
                woke_me=rng.random() < 0.7,
            )
        )
        if len(batch) == 5000:
            repo.add_many(batch)
            batch.clear()
    if batch:  # add_many() of nothing is an SQL error
        repo.add_many(batch)
    repo.soft_delete(e.id for e in repo.iter_entries(CrampFilter()) if rng.random() < 0.01)
    with db.write("seed the cramp-free nights") as conn:
        conn.executemany(
            "INSERT INTO cramp_free_nights (night, via, at) VALUES (?, 'check-in', ?)",
            [(n.isoformat(), now.isoformat()) for n in free_nights],
        )
    records = []
    for day in nights:
        for kind, times, weekdays, done in PLAN:
            if weekdays and day.weekday() >= 5:
                continue
            for text in times:
                hours, minutes = map(int, text.split(":"))
                due = _wall(day, hours * 60 + minutes, BERLIN)
                if due < now:
                    records.append(ReminderRecord(kind, f"{day.isoformat()}T{text}", due, _outcome(rng, done), due))
    ReminderLog(db).record(records)
    db.close()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def measure(db: Database, period: Period, now: datetime) -> tuple[float, float, int, int, NightRange]:
    """Seconds to read and to compute (with the text) one range, and what was read."""
    start = time.perf_counter()
    data = InsightData(db)
    earliest = data.first_night() if period is Period.ALL_TIME else None
    nights = range_for(period, now, BERLIN, earliest)
    found = data.read(nights)
    read = time.perf_counter()
    describe(compute_insights(nights, found.cramps, found.cramp_free, found.reminders, WINDOW))
    done = time.perf_counter()
    return read - start, done - read, found.cramps.count, found.reminders.occurrences, nights


def collect(entries: int, years: int, runs: int) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready dict (times in ms)."""
    now = datetime.now(BERLIN).replace(hour=9, minute=0, second=0, microsecond=0)
    labels = {
        Period.LAST_4_WEEKS: "last 4 weeks",
        Period.LAST_3_MONTHS: "last 3 months",
        Period.LAST_YEAR: "last year",
        Period.ALL_TIME: "all time",
    }
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        folder = Path(tmp) / "data"
        seeded = _timed(lambda: seed(folder, entries, years, now))
        paths = resolve_paths(folder, env={})
        rows: list[tuple[str, float, float, float, float, int, int, int]] = []
        for period, label in labels.items():
            db = open_database(paths.db_path, paths.backups_dir)
            first_read, first_compute, *_ = measure(db, period, now)
            samples = [measure(db, period, now) for _ in range(runs)]
            _, _, cramps, reminders, nights = samples[-1]
            reads = [s[0] for s in samples]
            computes = [s[1] for s in samples]
            totals = [s[0] + s[1] for s in samples]
            rows.append(
                (
                    label,
                    (first_read + first_compute) * 1000,
                    _median_ms(reads),
                    _median_ms(computes),
                    _median_ms(totals),
                    nights.count,
                    cramps,
                    reminders,
                )
            )
            db.close()
        db = open_database(paths.db_path, paths.backups_dir)
        repo = CrampRepository(db)
        month = range_for(Period.LAST_4_WEEKS, now, BERLIN)
        count_all = _median_ms([_timed(lambda: repo.count(CrampFilter())) for _ in range(runs)])
        count_month = _median_ms(
            [_timed(lambda: repo.count(CrampFilter(since=month.first, until=month.last))) for _ in range(runs)]
        )
        db.close()
    return {
        "entries": entries,
        "years": years,
        "runs": runs,
        "seeded_s": seeded,
        "count_all_ms": count_all,
        "count_month_ms": count_month,
        "rows": [
            dict(
                zip(
                    ("label", "first_ms", "read_ms", "compute_ms", "total_ms", "nights", "cramps", "reminders"),
                    row,
                    strict=True,
                )
            )
            for row in rows
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    result = collect(args.entries, args.years, args.runs)
    write_json(args.json, result)
    seeded, count_all, count_month = result["seeded_s"], result["count_all_ms"], result["count_month_ms"]
    assert isinstance(count_all, float)
    rows = [tuple(row.values()) for row in result["rows"]]  # type: ignore[attr-defined]
    print(f"log of {args.entries} entries over {args.years} years (seeded in {seeded:.1f} s)", end="")
    print(f"; first run after opening, then the median of {args.runs} more")
    print(f"baseline: count all entries {count_all:.1f} ms; count the 4-week range's entries {count_month:.1f} ms")
    print(f"{'range':<14}{'nights':>7}{'cramps':>8}{'reminders':>10}{'first run':>11}", end="")
    print(f"{'read':>10}{'compute':>10}{'total':>10}{'/ 0.2 s':>9}{'/ count all':>12}")
    for label, first, read, compute, total, count, cramps, reminders in rows:
        print(f"{label:<14}{count:>7}{cramps:>8}{reminders:>10}", end="")
        print(f"{first:>8.0f} ms{read:>7.1f} ms{compute:>7.1f} ms{total:>7.1f} ms", end="")
        print(f"{total / 1000 / TARGET_S:>9.2f}{total / count_all:>12.1f}")
    print(f"(reminders: occurrences read, including up to {SCORE_WARMUP} per kind before the range for the score)")


if __name__ == "__main__":
    main()
