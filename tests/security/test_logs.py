"""The crash log stays small, private and free of the person's entries."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cvi_companion.app import crash_reporter
from cvi_companion.app.crash_reporter import LOG_BACKUPS, LOG_MAX_BYTES, LOG_NAME, CrashReporter
from cvi_companion.storage.paths import resolve_paths

SECRET_NOTE = "woke at 3, left calf, took the pill Dr. Meier gave me"


def _raise_while_handling_an_entry(size: int) -> BaseException:
    note = SECRET_NOTE  # a local, as a slot handling an entry would hold it
    entry = {"note": note, "tags": ["private"]}
    try:
        raise ValueError("ö" * size + f" {len(entry)}")
    except ValueError as error:
        return error


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(CrashReporter, "_apologise", lambda self: None)
    paths = resolve_paths(tmp_path / "data", env={})
    made = CrashReporter(paths)
    old = os.umask(0o022)  # a permissive umask, as a desktop session may have
    try:
        yield made, paths.logs_dir
    finally:
        os.umask(old)
        made.uninstall()


def test_many_errors_keep_the_log_files_small_and_private(reporter) -> None:
    made, logs = reporter
    for index in range(1500):
        error = _raise_while_handling_an_entry(size=(index * 997) % 40_000)
        made.hook(type(error), error, error.__traceback__)
    files = sorted(logs.iterdir())
    assert [f.name for f in files] == [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, LOG_BACKUPS + 1))]
    for file in files:
        assert file.stat().st_size <= LOG_MAX_BYTES, file
        if os.name == "posix":
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    if os.name == "posix":
        assert stat.S_IMODE(logs.stat().st_mode) == 0o700


def test_entries_in_play_are_not_written_to_the_log(reporter) -> None:
    made, logs = reporter
    error = _raise_while_handling_an_entry(size=10)
    made.hook(type(error), error, error.__traceback__)
    text = (logs / LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError" in text
    assert "_raise_while_handling_an_entry" in text
    assert SECRET_NOTE not in text
    assert "private" not in text


def test_a_long_message_is_cut(reporter) -> None:
    made, logs = reporter
    try:
        raise RuntimeError("could not save the note: " + SECRET_NOTE * 50)
    except RuntimeError as error:
        made.hook(type(error), error, error.__traceback__)
    text = (logs / LOG_NAME).read_text(encoding="utf-8")
    assert text.count(SECRET_NOTE) <= crash_reporter.MAX_MESSAGE_CHARS // len(SECRET_NOTE)
    assert "characters cut" in text
