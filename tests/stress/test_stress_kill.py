"""Nothing confirmed is lost on kill -9: the terminal command and a second writer killed at random moments.

Each round starts a writer and sends SIGKILL after a random delay (seeded; the seed is printed). Whatever a
writer reported as saved must be in the log afterwards, the log must pass SQLite's integrity check, open
normally and read back every entry. CVI_STRESS_SCALE multiplies the number of kills.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from tests.stress.helpers import SCALE, WRITER, cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]

LOGGED = re.compile(r"Logged a cramp .* Id ([0-9a-f-]{36})\.")
# Kills land from the terminal command's start-up to past its end, as measured by one run left alone
# (about 0.13 s on an idle machine, far more when other tests share the cores).
CLI_KILL_WINDOW = (0.1, 1.3)
WRITER_KILL_WINDOW_S = (0.15, 0.6)


def rounds(count: int) -> int:
    return max(1, round(count * SCALE))


def kill_cli_logs(data_dir: Path, rng: random.Random, label: str, count: int) -> tuple[dict[str, uuid.UUID], int]:
    """Run `log` `count` times, killing each after a random delay; the notes it confirmed, and the kills."""
    confirmed: dict[str, uuid.UUID] = {}
    kills = 0
    started = time.perf_counter()
    calibration = cli(data_dir, "log", "--side", "left", "--at", "02:00", "--note", f"{label}-calibration")
    out, err = calibration.communicate(timeout=60)
    assert calibration.returncode == 0, err
    lifetime = time.perf_counter() - started
    confirmed[f"{label}-calibration"] = uuid.UUID(LOGGED.search(out)[1])  # type: ignore[index]
    for i in range(count):
        note = f"{label}-{i}"
        proc = cli(data_dir, "log", "--side", "left", "--at", "02:00", "--note", note)
        try:
            proc.wait(timeout=lifetime * rng.uniform(*CLI_KILL_WINDOW))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        if proc.returncode == -signal.SIGKILL:
            kills += 1
        else:
            # Finished on its own: then it must have succeeded, whatever the earlier kills left behind.
            assert proc.returncode == 0, f"round {i}: status {proc.returncode}: {err}"
            assert "Traceback" not in err
        match = LOGGED.search(out)
        if match:
            confirmed[note] = uuid.UUID(match[1])
    return confirmed, kills


def start_writer(data_dir: Path, label: str, out: Path, pause: float = 0.0) -> subprocess.Popen[bytes]:
    with out.open("ab") as stream:
        return subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), label, str(pause)], stdout=stream, stderr=subprocess.PIPE
        )


def confirmed_by_writer(out: Path) -> dict[str, uuid.UUID]:
    found = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ok":  # a line cut off by the kill is not a confirmation
            found[parts[1]] = uuid.UUID(parts[2])
    return found


def kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the writer stopped by itself: {err.decode(errors='replace')}"


def assert_log_holds(data_dir: Path, confirmed: dict[str, uuid.UUID]) -> int:
    """The log is intact, opens normally and holds every confirmed entry once; how many entries it holds."""
    db_path = data_dir / "cramp-log.sqlite3"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    db = open_database(db_path, data_dir / "backups")
    try:
        entries = list(CrampRepository(db).iter_entries(CrampFilter()))
    finally:
        db.close()
    by_label = {}
    for entry in entries:
        label = entry.note.split(" ", 1)[0]
        assert label not in by_label, f"{label} is in the log twice"
        by_label[label] = entry.id
    missing = {note: ident for note, ident in confirmed.items() if by_label.get(note) != ident}
    assert not missing, f"confirmed but not in the log: {sorted(missing)[:10]} ({len(missing)} in all)"
    return len(entries)


def test_the_terminal_command_killed_at_random_loses_nothing_it_confirmed(tmp_path, rng, capsys):
    data = tmp_path / "data"
    started = time.perf_counter()
    confirmed, kills = kill_cli_logs(data, rng, "cli", rounds(30))
    held = assert_log_holds(data, confirmed)
    with capsys.disabled():
        print(f"\n  terminal log: {kills} kills in {rounds(30)} runs, {len(confirmed)} confirmed, "
              f"{held} in the log, {time.perf_counter() - started:.1f} s")  # fmt: skip
    assert kills >= 3, "the kills should land while the command runs; adjust CLI_KILL_WINDOW"
    assert len(confirmed) > 1, "some runs should have finished"


def test_a_writer_killed_mid_write_again_and_again_loses_nothing_it_confirmed(tmp_path, rng, capsys):
    data = tmp_path / "data"
    out = tmp_path / "writer.out"
    started = time.perf_counter()
    total = rounds(15)
    for i in range(total):
        proc = start_writer(data, f"w{i}", out)
        time.sleep(rng.uniform(*WRITER_KILL_WINDOW_S))
        kill(proc)
    confirmed = confirmed_by_writer(out)
    held = assert_log_holds(data, confirmed)
    with capsys.disabled():
        print(f"\n  writer loop: {total} kills, {len(confirmed)} confirmed, {held} in the log, "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    assert len(confirmed) > total, "each writer should have saved something before it was killed"


def test_killed_terminal_commands_beside_a_busy_second_writer_lose_nothing(tmp_path, rng, capsys):
    # The second writer stands in for the window: it keeps adding entries while terminal commands are
    # killed around it, and is itself killed (and restarted) now and then.
    data = tmp_path / "data"
    out = tmp_path / "window.out"
    started = time.perf_counter()
    confirmed: dict[str, uuid.UUID] = {}
    kills = 0
    window = start_writer(data, "win0", out, pause=0.005)
    total = rounds(12)
    for i in range(total):
        found, killed = kill_cli_logs(data, rng, f"cli{i}", 2)
        confirmed |= found
        kills += killed
        if window.poll() is not None:
            pytest.fail(f"the second writer stopped: {window.communicate()[1].decode(errors='replace')}")
        if rng.random() < 0.2:
            kill(window)
            kills += 1
            window = start_writer(data, f"win{i + 1}", out, pause=0.005)
    kill(window)
    kills += 1
    from_window = confirmed_by_writer(out)
    held = assert_log_holds(data, confirmed | from_window)
    with capsys.disabled():
        print(f"\n  two writers: {kills} kills, {len(confirmed)} + {len(from_window)} confirmed, {held} in the log, "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    assert len(from_window) > total, "the second writer should keep writing meanwhile"
    assert confirmed, "some terminal commands should have finished"


def test_the_check_notices_a_confirmed_entry_that_is_missing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    open_database(data / "cramp-log.sqlite3", data / "backups").close()
    with pytest.raises(AssertionError, match="confirmed but not in the log"):
        assert_log_holds(data, {"cli-0": uuid.uuid4()})
