"""`cvi-companion report` end to end in a subprocess with no display, and its argument handling."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from cvi_companion.app.report_command import use_offscreen_without_display
from cvi_companion.cli.parser import UsageError
from cvi_companion.cli.report_args import is_report_command, parse_report_args, report_nights

HEADLESS = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_PAPER", "LANG", "LANGUAGE"}


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    # No display and no Qt platform chosen: the command has to pick the offscreen one itself.
    env = {k: v for k, v in os.environ.items() if k not in HEADLESS}
    env.update(TZ="Europe/Berlin", LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "cvi_companion", *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


@pytest.fixture
def logged(data_dir, repo, make_entry, berlin):
    """Two night cramps in the data folder (written directly: a `log` subprocess each would double the time)."""
    repo.add_many(
        make_entry(started_at=datetime(2026, 11, day, hour, minute, tzinfo=berlin), intensity=6, note=note)
        for day, hour, minute, note in ((17, 3, 15, "woke me at three"), (19, 2, 40, ""))
    )
    return data_dir


def test_the_report_is_written_headless(logged, tmp_path):
    out = tmp_path / "report.pdf"
    result = run(
        "--data-dir", str(logged), "report", "--since", "2026-11-16", "--until", "2026-11-22",
        "--name", "Anna Example", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote the report (")
    assert result.stdout.rstrip().endswith(str(out))
    assert "Traceback" not in result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Nights from 16 Nov 2026 to 22 Nov 2026 (7 nights)." in text
    assert "Name: Anna Example" in text
    assert "Cramps logged 2" in text
    assert "woke me at three" in text
    assert "Self-reported by the patient with CVI Companion; not a medical record." in text
    assert page_size(out).endswith("(A4)")


def test_options_after_the_command_and_no_entries(logged, tmp_path):
    out = tmp_path / "short.pdf"
    result = run(
        "report", "--data-dir", str(logged), "--since", "2026-11-16", "--until", "2026-11-22", "--no-entries",
        "-o", str(out), lang="en_US.UTF-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "woke me at three" not in text
    assert "Name:" not in text
    assert page_size(out).startswith("Page size:       612 x 792 pts")  # Letter in the US


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2026-13-01"], "report: --since: '2026-13-01' is not a date like 2026-11-01"),
        (["--since", "2026-11-20", "--until", "2026-11-01"], "report: --until (2026-11-01) is before --since"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_bad_arguments_give_one_line_and_status_2(data_dir, tmp_path, args, message):
    result = run("--data-dir", str(data_dir), "report", *args, "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_output_is_required(data_dir):
    result = run("--data-dir", str(data_dir), "report")
    assert result.returncode == 2
    assert "the following arguments are required: -o/--output" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_log_from_a_newer_version_gives_one_line_and_status_1(data_dir, tmp_path):
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "cramp-log.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run("--data-dir", str(data_dir), "report", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cvi-companion report: ")
    assert "newer version" in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_place_gives_one_line_and_status_1(logged, tmp_path):
    result = run("--data-dir", str(logged), "report", "-o", str(tmp_path / "no-such-folder" / "x.pdf"))
    assert result.returncode == 1
    assert "Could not write the report to" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_report_command_is_found_after_global_options():
    assert is_report_command(["report", "-o", "x.pdf"])
    assert is_report_command(["--data-dir", "data", "report"])
    assert is_report_command(["--data-dir=data", "report"])
    assert not is_report_command(["log", "--note", "report"])
    assert not is_report_command(["--data-dir", "report"])  # "report" is the folder here
    assert not is_report_command([])


def test_arguments_are_parsed_once_for_help_and_dispatch():
    args = parse_report_args(["--data-dir", "/d", "report", "--name", "Anna", "--no-entries", "-o", "r.pdf"])
    assert (args.data_dir, args.name, args.entries, args.output) == ("/d", "Anna", False, "r.pdf")
    assert parse_report_args(["report", "-o", "r.pdf"]).entries is True
    with pytest.raises(UsageError):
        parse_report_args(["report"])


def test_default_nights_are_the_last_four_weeks():
    last = date(2026, 11, 22)
    assert report_nights(None, None, last) == (date(2026, 10, 26), last)
    assert report_nights("2026-11-01", None, last) == (date(2026, 11, 1), last)
    assert report_nights(None, "2026-10-31", last) == (date(2026, 10, 4), date(2026, 10, 31))
    assert report_nights("2026-12-01", None, last) == (date(2026, 12, 1), date(2026, 12, 28))
    with pytest.raises(UsageError, match="is before"):
        report_nights("2026-11-02", "2026-11-01", last)


def test_offscreen_is_chosen_only_without_a_display(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    env: dict[str, str] = {}
    use_offscreen_without_display(env)
    assert env == {"QT_QPA_PLATFORM": "offscreen"}
    env = {"DISPLAY": ":0"}
    use_offscreen_without_display(env)
    assert "QT_QPA_PLATFORM" not in env
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    use_offscreen_without_display(env)
    assert "QT_QPA_PLATFORM" not in env
    monkeypatch.setattr(sys, "platform", "win32")
    env = {}
    use_offscreen_without_display(env)
    assert env == {}
