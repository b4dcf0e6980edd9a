from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cvi_companion import __version__


def run(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TZ": "Europe/Berlin", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


def count_rows(data_dir: Path) -> int:
    db = data_dir / "cramp-log.sqlite3"
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM cramp_entries").fetchone()[0]
    finally:
        conn.close()


def test_log_then_list_shows_the_entry(data_dir):
    result = run(data_dir, "log", "--side", "left", "--at", "03:10", "--intensity", "7", "--note", "woke me")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Logged a cramp at ")
    assert "left calf" in result.stdout
    listing = run(data_dir, "list")
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert lines[0].startswith("Started")
    assert "03:10  left   calf" in lines[1]
    assert lines[1].rstrip().endswith("woke me")
    assert lines[-1] == "1 entry"


def test_the_side_is_remembered_and_night_cramps_woke_me(data_dir):
    assert run(data_dir, "log", "--side", "right", "--at", "03:00").returncode == 0
    assert run(data_dir, "log", "--at", "14:00", "--location", "foot,calf", "--duration", "0.5").returncode == 0
    rows = json.loads(run(data_dir, "list", "--format", "json").stdout)
    by_hour = {r["started_at"][11:16]: r for r in rows}
    assert by_hour["14:00"]["side"] == "right"
    assert by_hour["14:00"]["locations"] == ["calf", "foot"]
    assert by_hour["14:00"]["duration_seconds"] == 30
    assert by_hour["14:00"]["woke_me"] is False
    assert by_hour["03:00"]["woke_me"] is True


def test_explicit_woke_me_and_tags(data_dir):
    result = run(
        data_dir, "log", "--side", "both", "--at", "2026-11-20T15:00", "--woke-me",
        "--tag", "alcohol,After gardening", "--helped", "stretching", "--helped", "walking", "--soreness", "mild",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    row = json.loads(run(data_dir, "list", "--format", "json").stdout)[0]
    assert row["started_at"] == "2026-11-20T15:00:00+01:00"
    assert row["woke_me"] is True
    assert row["context"] == ["alcohol"]
    assert row["tags"] == ["After gardening"]
    assert row["helped"] == ["stretching", "walking"]
    assert row["soreness"] == "mild"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["log", "--side", "middle"], "--side: 'middle' is not one of left, right, both"),
        (["log", "--side", "left", "--intensity", "11"], "--intensity: the intensity must be"),
        (["log", "--side", "left", "--intensity", "high"], "--intensity: 'high' is not a whole number"),
        # Too big for a float: it once escaped as an OverflowError traceback.
        (["log", "--side", "left", "--intensity", "9" * 400], "--intensity: the intensity must be"),
        (["log", "--side", "left", "--duration", "9" * 400], "--duration: '999"),
        (["log", "--side", "left", "--duration", "-3"], "--duration: the duration must be"),
        (["log", "--side", "left", "--at", "25:00"], "--at: '25:00' is not a time of day"),
        (["log", "--side", "left", "--at", "2999-01-01T03:00"], "--at: the start time is in the future"),
        (["log", "--side", "left", "--tag", "x" * 41], "--tag: the tag"),
        (["log", "--side", "left", "--location", "knee"], "--location: 'knee' is not one of"),
        (["log", "--side", "left", "--helped", "nothing,walking"], "--helped: 'nothing helped' cannot"),
        (["log", "--woke-me", "--no-woke-me", "--side", "left"], "not allowed with argument"),
        (["log"], "say which leg with --side"),
        (["list", "--since", "1 Nov"], "--since: '1 Nov' is not a date"),
        (["list", "--since", "2026-11-05", "--until", "2026-11-01"], "the end date is before the start date"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["log", "--side", "left", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(data_dir, args, words):
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert count_rows(data_dir) == 0


def test_export_csv_to_a_file_and_json_to_stdout(data_dir, tmp_path):
    for at in ("2026-11-01T03:00", "2026-11-10T03:00", "2026-11-20T03:00"):
        assert run(data_dir, "log", "--side", "left", "--at", at).returncode == 0
    target = tmp_path / "out.csv"
    result = run(data_dir, "export", "--since", "2026-11-05", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "Exported 2 entries" in result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [r["started_at"][:10] for r in rows] == ["2026-11-10", "2026-11-20"]
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    doc = json.loads(run(data_dir, "export", "--format", "json", "--until", "2026-11-01").stdout)
    assert [e["started_at"][:10] for e in doc["entries"]] == ["2026-11-01"]


def test_export_to_a_missing_folder_is_refused_cleanly(data_dir, tmp_path):
    result = run(data_dir, "export", "-o", str(tmp_path / "nope" / "out.csv"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_a_newer_log_is_refused_and_left_untouched(data_dir):
    assert run(data_dir, "log", "--side", "left").returncode == 0
    db = data_dir / "cramp-log.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run(data_dir, "log", "--side", "left")
    assert result.returncode == 1
    assert "newer version of cvi_companion" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_version_and_help(data_dir):
    version = run(data_dir, "--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"cvi-companion {__version__}")
    helped = run(data_dir, "log", "--help")
    assert helped.returncode == 0
    assert "--side" in helped.stdout


def test_the_environment_variable_chooses_the_folder(tmp_path):
    home = tmp_path / "via-env"
    result = subprocess.run(
        [sys.executable, "-m", "cvi_companion", "log", "--side", "right"],
        capture_output=True,
        text=True,
        env={**os.environ, "CVI_COMPANION_HOME": str(home)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert count_rows(home) == 1


NO_QT = """
import sys
from cvi_companion.app import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'apscheduler'))
print('LOADED', loaded, file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize("command", [["log", "--side", "left"], ["list"], ["export", "--format", "json"], ["agenda"]])
def test_terminal_commands_never_import_qt(data_dir, command):
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data_dir), *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stderr


LIGHT = """
import sys
from cvi_companion.app import main
code = main(sys.argv[1:])
heavy = ('tempfile', 'socket', 'csv', 'cvi_companion.storage.atomic', 'cvi_companion.domain.export')
print('LOADED', sorted(m for m in heavy if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def test_logging_from_the_terminal_loads_only_what_it_needs(data_dir):
    # `cvi-companion log` should start in well under a bare window's time (docs/performance.md); with no app
    # running it writes no file but the log, and nudges nobody.
    result = subprocess.run(
        [sys.executable, "-c", LIGHT, "--data-dir", str(data_dir), "log", "--side", "left"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stderr


def test_list_into_a_closed_pipe_is_quiet(data_dir):
    # Well over a pipe buffer of output, so `head` closes the pipe while the command is still writing.
    for minute in range(4):
        note = "n" * 100_000
        assert run(data_dir, "log", "--side", "left", "--at", f"03:{minute:02d}", "--note", note).returncode == 0
    cmd = f'"{sys.executable}" -m cvi_companion --data-dir "{data_dir}" list --format csv | head -n 1'
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.startswith("id,started_at")
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr


def test_agenda_lists_the_coming_reminders_in_local_time(data_dir):
    result = run(data_dir, "agenda", "--from", "2026-11-23T10:40", "--days", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Mon 23 Nov 2026"
    assert "  11:00  Raise your legs (30 min)" in lines
    assert "  11:30  Walking break (3 min)" in lines
    assert not [line for line in lines if line.startswith("  11:00  Walking")]
    assert lines[1] == "  11:00  Raise your legs (30 min)"
    assert lines[-1] == "  10:30  Walking break (3 min)"  # the next morning, within 24 hours


def test_agenda_follows_the_tz_variable_and_gives_json(data_dir):
    result = run(data_dir, "agenda", "--from", "2026-11-23T08:00", "--format", "json", env={"TZ": "America/New_York"})
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    elevation = [r for r in rows if r["kind"] == "elevation"]
    assert [r["due"] for r in elevation] == [
        "2026-11-23T11:00-05:00",
        "2026-11-23T15:00-05:00",
        "2026-11-23T19:30-05:00",
    ]
    assert elevation[0]["key"] == "elevation@2026-11-23T11:00"


def test_agenda_reads_the_plan_from_settings_and_reports_reset_values(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = {
        "reminders": {"kinds": {"elevation": {"times": ["09:15"]}, "walking": {"enabled": False, "every_s": 5}}}
    }
    (data_dir / "settings.json").write_text(json.dumps(settings))
    result = run(data_dir, "agenda", "--from", "2026-11-23T08:00")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["  09:15  Raise your legs (30 min)"]
    assert "agenda: note: walking:" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["agenda", "--days", "0"], "--days: choose from 1 to 366"),
        (["agenda", "--days", "many"], "--days: 'many' is not a whole number"),
        (["agenda", "--from", "tomorrow"], "--from: 'tomorrow' is not a time"),
    ],
)
def test_agenda_bad_input(data_dir, args, words):
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_agenda_notes_about_reset_settings_are_the_same_english_lines(data_dir):
    # The window says these in the person's language; the terminal keeps its English, word for word.
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"language": "de", "night_starts": "spät", "guide_zoom": "x"}))
    result = run(data_dir, "agenda", "--from", "2026-11-23T08:00")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "cvi-companion agenda: note: 'night_starts' should be a time like 22:00, not 'spät'; using 22:00",
        "cvi-companion agenda: note: 'guide_zoom' should be a whole number, not 'x'; using the normal size",
    ]
