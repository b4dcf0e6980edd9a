from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cvi_companion.cli.commands import run as run_command
from cvi_companion.cli.parser import parse_args
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.db import open_database
from cvi_companion.storage.migrations import latest_version
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.reminder_log import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "Europe/Berlin"},
        timeout=60,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def one_line_failure(result: subprocess.CompletedProcess[str], status: int, words: str) -> None:
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert words in result.stderr


def snapshot(data_dir: Path) -> tuple[str, ...]:
    """The log's bytes (with its -wal) and the backups folder's contents."""
    db = data_dir / "cramp-log.sqlite3"
    parts = [Path(f"{db}{s}") for s in ("", "-wal")]
    hashes = tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in parts)
    backups = data_dir / "backups"
    return (*hashes, *sorted(p.name for p in backups.iterdir())) if backups.exists() else hashes


def notes(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / "cramp-log.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT note FROM cramp_entries ORDER BY started_utc")]
    finally:
        conn.close()


def log_three(data_dir: Path) -> None:
    for at, note in (("2026-11-01T03:00", "one"), ("2026-11-10T03:00", 'two, "quoted"'), ("2026-11-20T23:00", "")):
        ok(run(data_dir, "log", "--side", "left", "--at", at, "--note", note, "--intensity", "4"))


def add_history(data_dir: Path) -> None:
    paths = resolve_paths(data_dir, env={})
    db = open_database(paths.db_path, paths.backups_dir)
    due = datetime(2026, 11, 20, 7, 30, tzinfo=BERLIN)
    ReminderLog(db).record(
        [
            ReminderRecord(
                ReminderKind.STOCKINGS_ON, "2026-11-20T07:30", due, Outcome.SKIPPED, due + timedelta(minutes=2)
            )
        ]
    )
    NightReports(db).mark_cramp_free(date(2026, 11, 18), ReportedVia.CHECK_IN, datetime(2026, 11, 19, 7, tzinfo=UTC))
    db.close()


def exported(data_dir: Path, *extra: str) -> dict[str, object]:
    doc = json.loads(ok(run(data_dir, "export", "--format", "json", *extra)))
    doc.pop("exported_at")
    return doc


def test_json_export_then_import_round_trips_everything(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    log_three(first)
    add_history(first)
    target = tmp_path / "all.json"
    ok(run(first, "export", "--format", "json", "-o", str(target)))
    doc = json.loads(target.read_text())
    assert (len(doc["entries"]), len(doc["reminder_events"]), len(doc["cramp_free_nights"])) == (3, 1, 1)
    assert doc["schema_version"] == latest_version()
    assert doc["settings"]["night_starts"] == "22:00"
    out = ok(run(second, "import", str(target)))
    assert "cramp entries: 3 added, 0 changed, 0 skipped" in out
    assert "reminder history: 1 added" in out
    assert "nights without cramps: 1 added" in out
    assert exported(second) == exported(first)
    again = ok(run(second, "import", str(target)))
    assert "3 skipped" in again
    assert "Nothing needed changing." in again


def test_csv_export_then_import_round_trips_the_entries(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    log_three(first)
    target = tmp_path / "all.csv"
    ok(run(first, "export", "-o", str(target)))
    ok(run(second, "import", str(target)))
    assert ok(run(second, "export")) == ok(run(first, "export"))


def test_a_spreadsheet_file_imports_and_importing_it_twice_does_not_double_it(tmp_path, data_dir):
    sheet = tmp_path / "sheet.csv"
    rows = [
        "\ufeffSide;Started at;Locations;Note",
        'Left;20.11.2026 03:10;calf, foot;"a; b"',
        "right;2026/11/21 23:45;;",
    ]
    sheet.write_bytes(("\r\n".join(rows) + "\r\n").encode())
    assert "2 added" in ok(run(data_dir, "import", str(sheet)))
    assert "2 skipped" in ok(run(data_dir, "import", str(sheet)))
    rows = json.loads(ok(run(data_dir, "list", "--format", "json")))
    assert [(r["started_at"], r["locations"]) for r in rows] == [
        ("2026-11-20T03:10:00+01:00", ["calf", "foot"]),
        ("2026-11-21T23:45:00+01:00", ["calf"]),
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"started_at,side\n2026-11-20 03:10,left\n01/02/2026 03:10,left\n", "line 3, started_at: '01/02/2026"),
        (b"started_at,side\n2026-11-20 03:10,sideways\n", "line 2, side: 'sideways' is not one of"),
        (b"what,ever\n1,2\n", "line 1: the first row should name the columns"),
        (b'{"format": "cvi-companion-cramps", "version": 1, "entries": [{"side": 3}]}', "entries[0].started_at: is"),
        (b'{"format": "cvi-companion-cramps", "version": 1, "entries": [', "this is not valid JSON"),
        (b"\xff\xfe\x00\x01", "is not UTF-8 text"),
        (b"", "the file: is empty"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_place_and_changes_nothing(tmp_path, data_dir, content, words):
    log_three(data_dir)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = snapshot(data_dir)
    for mode in ("merge", "replace"):
        result = run(data_dir, "import", str(bad), "--mode", mode)
        one_line_failure(result, 1, words)
        assert "Nothing was changed." in result.stderr
        assert snapshot(data_dir) == before


def test_dry_run_lists_and_counts_but_changes_nothing(tmp_path, data_dir):
    log_three(data_dir)
    incoming = tmp_path / "in.csv"
    existing = ok(run(data_dir, "export")).splitlines()
    edited = existing[1].replace(",4,", ",9,")
    new_row = ",2026-11-22T03:00:00+01:00,,,,right,calf,,,,,,,,"  # no id: one is made from its content
    incoming.write_text("\n".join([existing[0], edited, existing[2], new_row]) + "\n")
    before = snapshot(data_dir)
    out = ok(run(data_dir, "import", str(incoming), "--dry-run"))
    assert "cramp entries: 1 to add, 1 to change, 1 to skip" in out
    assert "(line 2: intensity)" in out
    assert "(line 3: identical)" in out
    assert out.rstrip().endswith("Dry run: nothing was changed.")
    assert snapshot(data_dir) == before
    replacing = ok(run(data_dir, "import", str(incoming), "--dry-run", "--mode", "replace"))
    assert "1 to add, 1 to change, 1 to skip, 1 to remove" in replacing
    assert snapshot(data_dir) == before


def test_replace_makes_a_backup_first(tmp_path, data_dir):
    log_three(data_dir)
    incoming = tmp_path / "in.csv"
    incoming.write_text("started_at,side,note\n2026-11-22 03:00,right,the only one\n")
    out = ok(run(data_dir, "import", str(incoming), "--mode", "replace"))
    assert "1 added, 0 changed, 0 skipped, 3 removed" in out
    backup = Path(out.strip().splitlines()[-1].rsplit(" ", 1)[-1])
    assert backup.parent == data_dir / "backups"
    assert notes(backup.parent.parent) == ["the only one"]
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM cramp_entries").fetchone()[0] == 3
    conn.close()
    if sys.platform.startswith("linux"):
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


def test_settings_are_restored_only_on_request(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    (first / "settings.json").write_text(json.dumps({"night_starts": "23:15"}))
    log_three(first)
    target = tmp_path / "all.json"
    ok(run(first, "export", "--format", "json", "-o", str(target)))
    ok(run(second, "import", str(target), "--mode", "replace"))
    assert not (second / "settings.json").exists()
    one_line_failure(run(second, "import", str(target), "--restore-settings"), 2, "works only with --mode replace")
    out = ok(run(second, "import", str(target), "--mode", "replace", "--restore-settings"))
    assert "settings: restored from the file" in out
    assert json.loads((second / "settings.json").read_text())["night_starts"] == "23:15"


def test_import_of_a_missing_file_is_a_usage_error(data_dir, tmp_path):
    one_line_failure(run(data_dir, "import", str(tmp_path / "nope.csv")), 2, "there is no file")
    one_line_failure(run(data_dir, "import", str(tmp_path)), 2, "is a folder")


def test_backup_and_restore_from_the_terminal(tmp_path, data_dir):
    log_three(data_dir)
    out = ok(run(data_dir, "backup"))
    assert out.startswith("Backed up the log (3 entries) to ")
    made = Path(out.strip().rsplit(" ", 1)[-1])
    assert made.parent == data_dir / "backups"
    chosen = tmp_path / "mine.sqlite3"
    ok(run(data_dir, "backup", "-o", str(chosen)))
    ok(run(data_dir, "log", "--side", "right", "--note", "after"))
    restored = ok(run(data_dir, "restore", str(chosen)))
    assert restored.startswith(f"Restored the log from {chosen} (3 entries).")
    kept = Path(restored.strip().splitlines()[-1].rsplit(" ", 1)[-1])
    assert kept.name.startswith("cramp-log-before-restore-")
    assert "after" not in notes(data_dir)
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT count(*) FROM cramp_entries WHERE note = 'after'").fetchone()[0] == 1
    conn.close()


def _someone_elses(path: Path, data_dir: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path, data_dir: Path) -> None:
    ok(run(data_dir, "backup", "-o", str(path)))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p, d: p.write_bytes(os.urandom(5000)), "is not an SQLite database"),
        (_someone_elses, "but not a cramp log"),
        (_newer, "newer version of cvi_companion (schema 42"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(tmp_path, data_dir, make, words):
    log_three(data_dir)
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate, data_dir)
    before = snapshot(data_dir)
    one_line_failure(run(data_dir, "restore", str(candidate)), 1, words)
    assert snapshot(data_dir) == before


def test_delete_all_needs_yes(data_dir):
    log_three(data_dir)
    ok(run(data_dir, "backup"))
    before = snapshot(data_dir)
    one_line_failure(run(data_dir, "delete-all"), 2, "add --yes to confirm")
    assert snapshot(data_dir) == before
    out = ok(run(data_dir, "delete-all", "--yes"))
    assert f"Deleted {data_dir / 'cramp-log.sqlite3'}" in out
    assert f"Kept the backups in {data_dir / 'backups'}" in out
    assert not (data_dir / "cramp-log.sqlite3").exists()
    assert "backups" in ok(run(data_dir, "delete-all", "--yes", "--include-backups"))
    assert not data_dir.exists()
    assert ok(run(data_dir, "delete-all", "--yes")) == "There was nothing to delete.\n"


NO_QT = """
import sys
from cvi_companion.app import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))
print('LOADED', loaded, file=sys.stderr)
sys.exit(code)
"""


def test_the_data_commands_never_import_qt(tmp_path, data_dir):
    log_three(data_dir)
    target = tmp_path / "x.json"
    for command in (
        ["export", "--format", "json", "-o", str(target)],
        ["import", str(target), "--dry-run"],
        ["backup", "-o", str(tmp_path / "b.sqlite3")],
        ["restore", str(tmp_path / "b.sqlite3")],
        ["delete-all", "--yes"],
    ):
        result = subprocess.run(
            [sys.executable, "-c", NO_QT, "--data-dir", str(data_dir), *command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "LOADED []" in result.stderr


# --- In-process: a full disk, and fuzzed files -----------------------------------------------------------


def in_process(data_dir: Path, *args: str, capsys) -> tuple[int, str, str]:
    import io

    out = io.StringIO()
    code = run_command(parse_args(["--data-dir", str(data_dir), *args]), out)
    return code, out.getvalue(), capsys.readouterr().err


def test_a_full_disk_during_an_import_gives_one_message_and_changes_nothing(tmp_path, data_dir, monkeypatch, capsys):
    log_three(data_dir)
    incoming = tmp_path / "in.csv"
    incoming.write_text("started_at,side\n2026-11-22 03:00,right\n")
    before = snapshot(data_dir)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = in_process(data_dir, "import", str(incoming), "--mode", "replace", capsys=capsys)
    monkeypatch.undo()
    assert code == 1
    assert err.count("\n") == 1
    assert "the disk is full" in err
    assert snapshot(data_dir) == before
    assert len(notes(data_dir)) == 3


def test_a_full_disk_during_a_backup_or_export_gives_one_message(tmp_path, data_dir, monkeypatch, capsys):
    log_three(data_dir)
    before = snapshot(data_dir)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    for command in (["backup"], ["export", "--format", "json", "-o", str(tmp_path / "x.json")]):
        code, _, err = in_process(data_dir, *command, capsys=capsys)
        assert (code, err.count("\n")) == (1, 1)
        assert "the disk is full" in err
    monkeypatch.undo()
    assert snapshot(data_dir) == before
    assert not (tmp_path / "x.json").exists()


LINES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "started_at,side",
                "side;started_at;note",
                "id,started_at,side,intensity",
                "2026-11-20 03:10,left",
                "left;20.11.2026 03:10;hi",
                "01/02/2026 03:10,right",
                '"unclosed',
                "x,y,z",
                "{",
                "[",
                "]",
                "}",
                '{"format": "cvi-companion-cramps", "version": 1, "entries": []}',
                ",,,",
                "\x00",
            ]
        ),
        st.text(max_size=20),
    ),
    max_size=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=LINES, newline=st.sampled_from(["\n", "\r\n"]))
def test_fuzzed_files_never_crash_and_a_refusal_changes_nothing(tmp_path_factory, capsys, lines, newline):
    data_dir = tmp_path_factory.mktemp("fuzz")
    log_three_in_process(data_dir)
    incoming = data_dir.parent / f"{data_dir.name}.in"
    incoming.write_text(newline.join(lines), encoding="utf-8", errors="surrogatepass")
    before = snapshot(data_dir)
    code, _, err = in_process(data_dir, "import", str(incoming), capsys=capsys)
    assert code in (0, 1), err
    if code == 1:
        assert err.count("\n") == 1
        assert snapshot(data_dir) == before


def log_three_in_process(data_dir: Path) -> None:
    from cvi_companion.domain.cramps import Side, new_entry
    from cvi_companion.storage.cramp_repository import CrampRepository

    paths = resolve_paths(data_dir, env={})
    paths.ensure()
    db = open_database(paths.db_path, paths.backups_dir)
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    CrampRepository(db).add_many(
        new_entry(started_at=now - timedelta(days=d), side=Side.LEFT, now=now, note=f"n{d}") for d in range(3)
    )
    db.close()


def test_a_refused_file_and_a_preview_are_in_the_same_english_as_ever(data_dir, tmp_path):
    # The window says these lines in the person's language; the terminal's words do not change.
    refused = tmp_path / "bad.csv"
    refused.write_text("started_at,side,intensity\n2026-11-20 03:10,left,hoch\n2026-11-20 04:10,up,3\n")
    result = run(data_dir, "import", str(refused))
    one_line_failure(
        result,
        1,
        f"import: {refused}: line 2, intensity: 'hoch' is not a whole number from 0 to 10 (and 1 more problem). "
        "Nothing was changed.",
    )
    noted = tmp_path / "noted.csv"
    noted.write_text("started_at,side,mood\n2026-11-20 03:10,left,gut\n")
    ok(run(data_dir, "import", str(noted)))
    again = ok(run(data_dir, "import", str(noted), "--dry-run"))
    assert again.splitlines()[-4:] == [
        "To skip:",
        "  2026-11-20 03:10  left   calf          (line 2: identical)",
        "Note: Columns ignored (not part of the format): mood",
        "Dry run: nothing was changed.",
    ]
