"""Storage errors and reminder-plan problems in German: the log cannot be opened, a write or a backup is refused.

Each case is run twice: with the app's real German catalogue (what the window says) and without any catalogue
(the English of `str(error)`, which the terminal prints, word for word as it always was). The parts that come
from the computer (a path, a schema number, a value from the settings file) stay as they are in both.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cvi_companion.app import start_messages
from cvi_companion.app.start_messages import show_settings_problems, start_problem
from cvi_companion.app.translations import install_translations, remove_translations
from cvi_companion.domain.cramps import CrampFilter, Side
from cvi_companion.domain.settings import settings_from_mapping
from cvi_companion.services.clock import Clock
from cvi_companion.storage import migrations
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import DatabaseDamaged, DatabaseTooNew, DiskFull, StorageError
from cvi_companion.storage.exporter import ExportFormat
from cvi_companion.storage.quarantine import Quarantined
from cvi_companion.ui.data_dialog import DataDialog
from cvi_companion.ui.error_text import error_text, phrase_lines
from cvi_companion.ui.quick_log_dialog import QuickLogDialog

LATEST = migrations.latest_version()


@pytest.fixture
def german(qapp):
    """The app's German catalogue, installed as the Settings' "Deutsch" installs it."""
    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"
    yield
    remove_translations(qapp)


def refused_opening(path: Path, backups: Path) -> StorageError:
    with pytest.raises(StorageError) as caught:
        open_database(path, backups)
    return caught.value


@pytest.fixture
def too_new(app_paths) -> DatabaseTooNew:
    """The log as a newer version of the app left it (schema 99)."""
    conn = sqlite3.connect(app_paths.db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    error = refused_opening(app_paths.db_path, app_paths.backups_dir)
    assert isinstance(error, DatabaseTooNew)
    return error


@pytest.fixture
def not_a_database(app_paths) -> DatabaseDamaged:
    """A log file that holds something else altogether."""
    app_paths.db_path.write_bytes(b"these are not the bytes of a database")
    error = refused_opening(app_paths.db_path, app_paths.backups_dir)
    assert isinstance(error, DatabaseDamaged)
    return error


@pytest.fixture
def damaged_inside(app_paths) -> DatabaseDamaged:
    """A log file that starts like SQLite but is garbage after its first bytes."""
    app_paths.db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    error = refused_opening(app_paths.db_path, app_paths.backups_dir)
    assert isinstance(error, DatabaseDamaged)
    return error


def said_at_start(error: StorageError, monkeypatch) -> str:
    """What the message box says when the log cannot be opened at start."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert start_problem(error) == 1
    (text,) = shown
    return text


def test_a_log_from_a_newer_version_is_refused_in_german(german, too_new, app_paths, monkeypatch):
    assert said_at_start(too_new, monkeypatch) == (
        "CVI Companion kann Ihr Krampftagebuch nicht öffnen.\n\n"
        f"Das Krampftagebuch {app_paths.db_path} wurde von einer neueren Version von cvi_companion geschrieben "
        f"(Schema 99; diese Version liest bis {LATEST}). Es wurde nicht angerührt: Bitte aktualisieren Sie die App."
    )


def test_a_log_from_a_newer_version_is_refused_in_the_same_english(too_new, app_paths, monkeypatch):
    english = (
        f"The log {app_paths.db_path} was written by a newer version of cvi_companion (schema 99; this version reads "
        f"up to {LATEST}). It was left untouched: please update the app."
    )
    assert str(too_new) == english
    assert said_at_start(too_new, monkeypatch) == f"CVI Companion cannot open your cramp log.\n\n{english}"


def what_went_wrong(error: DatabaseDamaged, app_paths, monkeypatch) -> str:
    """The last paragraph of the box that offers a backup for a damaged log (answered with Quit)."""
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    found = Quarantined(app_paths.data_dir / "cramp-log.sqlite3.corrupt-20261123T120000Z", None)
    assert start_messages._ask_about_damaged_log(error, found) == "quit"
    (text,) = seen
    return text.split("\n\n")[-1]


def test_a_file_that_is_not_a_database_is_explained_in_german(german, not_a_database, app_paths, monkeypatch):
    assert error_text(not_a_database) == (
        f"Die Datei {app_paths.db_path} ist keine Datenbank eines Krampftagebuchs (oder sie ist beschädigt). Sie "
        "wurde so gelassen, wie sie ist; verschieben Sie sie an einen anderen Ort oder stellen Sie eine Sicherung "
        "wieder her, und starten Sie dann erneut."
    )
    assert what_went_wrong(not_a_database, app_paths, monkeypatch) == (
        "Was schiefging: die Datei ist keine SQLite-Datenbank"
    )


def test_a_file_that_is_not_a_database_is_explained_in_the_same_english(not_a_database, app_paths, monkeypatch):
    english = (
        f"The file {app_paths.db_path} is not a cramp-log database (or it is damaged). It was left as it is; "
        "move it away or restore a backup, then start again."
    )
    assert str(not_a_database) == error_text(not_a_database) == english
    assert str(not_a_database.reason) == "it is not an SQLite database"
    assert what_went_wrong(not_a_database, app_paths, monkeypatch) == "What went wrong: it is not an SQLite database"


def test_a_damaged_database_gives_sqlites_own_words_inside_german(german, damaged_inside, app_paths, monkeypatch):
    assert error_text(damaged_inside) == (
        f"Die Datei {app_paths.db_path} ist keine Datenbank eines Krampftagebuchs, oder sie ist beschädigt (file is "
        "not a database). Sie wurde so gelassen, wie sie ist."
    )
    assert phrase_lines([damaged_inside.reason]) == ["SQLite meldet: file is not a database"]
    assert what_went_wrong(damaged_inside, app_paths, monkeypatch) == (
        "Was schiefging: SQLite meldet: file is not a database"
    )


def test_a_damaged_database_reads_as_before_in_english(damaged_inside, app_paths):
    assert str(damaged_inside) == (
        f"The file {app_paths.db_path} is not a cramp-log database or it is damaged (file is not a database). "
        "It was left as it is."
    )
    assert str(damaged_inside.reason) == "SQLite says: file is not a database"


class FullDisk:
    """The log's connection, but every batch of rows finds the disk full (SQLite's own error)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)

    def executemany(self, *_args: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error


@contextlib.contextmanager
def disk_full(db) -> Iterator[None]:
    real = db.connection
    db.connection = FullDisk(real)
    try:
        yield
    finally:
        db.connection = real


def log_with_a_full_disk(qtbot, service, repo, make_entry, db) -> QuickLogDialog:
    """Log a cramp with Enter while the disk is full; the dialog stays open with its problem."""
    repo.add(make_entry(side=Side.LEFT))
    dialog = QuickLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with disk_full(db):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert repo.count(CrampFilter()) == 1
    return dialog


def test_a_full_disk_while_logging_a_cramp_is_said_in_german(german, qtbot, service, repo, make_entry, db):
    dialog = log_with_a_full_disk(qtbot, service, repo, make_entry, db)
    assert dialog.problem.text() == (
        "Das Speichern des Krampf-Eintrags war nicht möglich: Der Datenträger ist voll. Es wurde nichts geändert; "
        "bitte geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal."
    )


def test_a_full_disk_while_logging_a_cramp_reads_as_before_in_english(qtbot, service, repo, make_entry, db):
    dialog = log_with_a_full_disk(qtbot, service, repo, make_entry, db)
    assert dialog.problem.text() == (
        "Could not save the cramp entry: the disk is full. Nothing was changed; free some space and try again."
    )
    entry = make_entry(side=Side.RIGHT)
    with disk_full(db), pytest.raises(DiskFull) as caught:
        repo.add(entry)
    assert str(caught.value) == dialog.problem.text()


@pytest.fixture
def data_dialog(qtbot, db, app_paths, settings_service, berlin, fake_time):
    widget = DataDialog(db, app_paths, settings_service, Clock(berlin, now_utc=fake_time))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def backups_folder_refuses(monkeypatch):
    """A backups folder the person may not write to: making the copy's temporary file is refused."""

    def refused(*_args, dir=None, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir) / ".cramp-log.x1y2.cvi.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)


def test_a_backup_refused_by_a_read_only_folder_names_it_in_german(
    german, data_dialog, app_paths, backups_folder_refuses
):
    data_dialog.back_up()
    assert data_dialog.status.text() == (
        "Keine Sicherung erstellt: Das Erstellen einer Sicherung des Krampftagebuchs war nicht möglich: In den Ordner "
        f"{app_paths.backups_dir} kann nicht geschrieben werden (keine Berechtigung). Es wurde nichts geändert."
    )


def test_a_backup_refused_by_a_read_only_folder_reads_as_before_in_english(
    data_dialog, app_paths, backups_folder_refuses
):
    data_dialog.back_up()
    assert data_dialog.status.text() == (
        f"No backup made: Could not make a backup of the log: the folder {app_paths.backups_dir} cannot be written "
        "(permission denied). Nothing was changed."
    )


def export_on_a_full_disk(data_dialog, repo, make_entry, target: Path, qtbot, monkeypatch) -> str:
    """Export while the disk fills up as the file is made durable; what the status line says at the end."""
    repo.add_many(make_entry(minutes_ago=90 * i) for i in range(3))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    data_dialog.export_format.setCurrentIndex(data_dialog.export_format.findData(ExportFormat.CSV))
    data_dialog.choose_save_path = lambda _fmt: target
    data_dialog.export()
    assert data_dialog.export_job is not None
    with qtbot.waitSignal(data_dialog.export_job.finished, timeout=10_000):
        pass
    assert not target.exists()
    return data_dialog.status.text()


def test_an_export_that_fails_is_said_in_german(german, data_dialog, repo, make_entry, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "cramps.csv"
    assert export_on_a_full_disk(data_dialog, repo, make_entry, target, qtbot, monkeypatch) == (
        f"Nichts exportiert: Das Schreiben von {target} war nicht möglich: Der Datenträger ist voll. Es wurde nichts "
        "geändert; bitte geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal."
    )


def test_an_export_that_fails_reads_as_before_in_english(data_dialog, repo, make_entry, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "cramps.csv"
    assert export_on_a_full_disk(data_dialog, repo, make_entry, target, qtbot, monkeypatch) == (
        f"Nothing exported: Could not write {target}: the disk is full. Nothing was changed; free some space and "
        "try again."
    )


ODD_REMINDERS = {
    "snooze_s": 7,
    "quiet_starts": 2230,
    "stockings_confirmed": "yes",
    "kinds": {"walking": {"every_s": 60}, "elevation": {"times": ["11:00", "teatime"]}, "teleport": {}},
}


def settings_box_lines(qtbot) -> list[str]:
    """The paragraphs of the box that lists, at start, the settings that were reset."""
    read = settings_from_mapping({"reminders": ODD_REMINDERS})
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_settings_problems(parent, read.problems)
    lines = box.informativeText().split("\n\n")
    box.close()
    return lines


def test_a_reminder_plan_that_was_reset_is_listed_in_german(german, qtbot):
    assert settings_box_lines(qtbot) == [
        "Beginn der Ruhezeiten: 2230 ist keine Uhrzeit wie 07:30; stattdessen gilt 22:30",
        "Später erinnern: 7 Sekunden sind keiner der Werte 5, 10 oder 30 Minuten; stattdessen gelten 10 Minuten",
        "stockings_confirmed sollte true oder false sein, nicht 'yes'; die Erinnerungen an die Kompressionsstrümpfe "
        "bleiben aus",
        "walking: wählen Sie einen Abstand von 15 bis 120 Minuten; stattdessen gilt der Standardzeitplan",
        "elevation: 'teatime' ist keine Uhrzeit wie 07:30; stattdessen gilt der Standardzeitplan",
        "unbekannte Art von Erinnerung 'teleport' wird ignoriert",
    ]


def test_a_reminder_plan_that_was_reset_is_listed_in_the_same_english(qtbot):
    english = [
        "quiet hours start: 2230 is not a time like 07:30; using 22:30",
        "snooze: 7 seconds is not one of 5, 10 or 30 minutes; using 10 minutes",
        "stockings_confirmed should be true or false, not 'yes'; stocking reminders stay off",
        "walking: choose an interval from 15 to 120 minutes; using the default schedule",
        "elevation: 'teatime' is not a time like 07:30; using the default schedule",
        "unknown reminder kind 'teleport' ignored",
    ]
    assert [str(problem) for problem in settings_from_mapping({"reminders": ODD_REMINDERS}).problems] == english
    assert settings_box_lines(qtbot) == english


def test_two_problems_of_one_reminder_are_joined_in_either_language(german, qtbot):
    kinds = {"walking": {"every_s": 60, "starts": "18:00", "ends": "09:00"}}
    (problem,) = settings_from_mapping({"reminders": {"kinds": kinds}}).problems
    assert str(problem) == (
        "walking: choose an interval from 15 to 120 minutes; the active hours must end after they start; "
        "using the default schedule"
    )
    assert phrase_lines([problem]) == [
        "walking: wählen Sie einen Abstand von 15 bis 120 Minuten; die aktive Zeit muss nach ihrem Beginn enden; "
        "stattdessen gilt der Standardzeitplan"
    ]
