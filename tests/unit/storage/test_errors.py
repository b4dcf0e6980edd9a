"""Storage errors: the English the terminal prints, a phrase the window translates, and the place they name."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

import pytest

from cvi_companion.domain.settings import Settings
from cvi_companion.domain.text import translate
from cvi_companion.storage.atomic import write_text_atomic
from cvi_companion.storage.errors import Busy, DiskFull, ReadOnly, StorageError, from_os, from_sqlite
from cvi_companion.storage.settings_store import SettingsStore

SAVE = translate("Storage", "save the settings")


def sqlite_error(code: int, text: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "kind", "english"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            DiskFull,
            "Could not save the settings: the disk is full. Nothing was changed; free some space and try again.",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/data/settings.json"),
            ReadOnly,
            "Could not save the settings: permission denied (/data/settings.json). Nothing was changed.",
        ),
        (OSError(errno.EIO, "Input/output error"), StorageError, "Could not save the settings: Input/output error."),
    ],
)
def test_a_system_error_reads_as_before_whether_the_action_is_translatable_or_not(error, kind, english):
    for action in ("save the settings", SAVE):
        made = from_os(error, action)
        assert type(made) is kind
        assert str(made) == english
        assert str(made.phrase) == english


def test_a_translatable_action_makes_a_translatable_message():
    made = from_os(OSError(errno.ENOSPC, "No space left on device"), SAVE)
    assert made.phrase.source.startswith("Could not {action}: the disk is full.")
    assert made.phrase.fields["action"] is SAVE


def test_an_action_in_plain_english_keeps_the_whole_message_english():
    # Half a German sentence around an English action would read worse than English.
    made = from_os(OSError(errno.ENOSPC, "No space left on device"), "read the log")
    assert made.phrase.fields == {}
    assert made.phrase.source == str(made)


@pytest.mark.parametrize(
    ("code", "kind", "start"),
    [
        (sqlite3.SQLITE_FULL, DiskFull, "Could not read the log: the disk is full."),
        (sqlite3.SQLITE_READONLY, ReadOnly, "Could not read the log: the data file is read-only."),
        (sqlite3.SQLITE_BUSY, Busy, "Could not read the log: another program kept the log busy."),
        (sqlite3.SQLITE_NOTADB, StorageError, "Could not read the log: the log file is damaged or is not a cramp log"),
        (sqlite3.SQLITE_IOERR, StorageError, "Could not read the log: reading or writing the disk failed (boom)."),
        (sqlite3.SQLITE_CANTOPEN, StorageError, "Could not read the log: the log or its folder cannot be opened"),
        (sqlite3.SQLITE_ERROR, StorageError, "Could not read the log: boom."),
    ],
)
def test_an_sqlite_error_reads_as_before(code, kind, start):
    for action in ("read the log", translate("Storage", "read the log")):
        made = from_sqlite(sqlite_error(code, "boom"), action)
        assert isinstance(made, kind)
        assert str(made).startswith(start)
        assert str(made.phrase) == str(made)


def test_a_plain_message_is_its_own_untranslated_phrase():
    error = StorageError("Something odd.")
    assert str(error) == "Something odd."
    assert str(error.phrase) == "Something odd."


def test_a_folder_that_cannot_be_written_is_named_instead_of_the_temporary_file(tmp_path, monkeypatch):
    def refused(*_args, dir=None, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, ".settings.json.x1y2.cvi.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ReadOnly) as caught:
        write_text_atomic(tmp_path / "settings.json", "{}", SAVE)
    assert str(caught.value) == (
        f"Could not save the settings: the folder {tmp_path} cannot be written (permission denied). "
        "Nothing was changed."
    )


def test_a_rename_refused_by_the_folder_names_the_folder(tmp_path, monkeypatch):
    def refused(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(source), str(target))

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ReadOnly, match=f"the folder {tmp_path} cannot be written"):
        SettingsStore(tmp_path / "settings.json").save(Settings())
    assert list(tmp_path.iterdir()) == []


def test_a_settings_file_of_a_newer_version_is_not_overwritten_and_says_so(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 99}', encoding="utf-8")
    store = SettingsStore(path)
    store.load()
    with pytest.raises(ReadOnly) as caught:
        store.save(Settings())
    assert str(caught.value) == (
        f"The settings file {path} belongs to a newer version of cvi_companion; it was not changed."
    )
    assert caught.value.phrase.context == "Settings"
    assert Path(path).read_text(encoding="utf-8") == '{"version": 99}'
