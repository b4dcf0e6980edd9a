"""The "Your data" dialog exports on a pool thread: the window stays usable, the file is the terminal's."""

from __future__ import annotations

import errno
import threading
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.domain.settings import Settings
from cvi_companion.services.clock import Clock
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.exporter import ExportFormat, ExportStopped, export_file, export_file_apart
from cvi_companion.ui import export_worker
from cvi_companion.ui.data_dialog import DataDialog


@pytest.fixture
def dialog(qtbot, doomed_dialog):
    qtbot.addWidget(doomed_dialog)
    return doomed_dialog


@pytest.fixture
def doomed_dialog(db, app_paths, settings_service, berlin, fake_time):
    """A dialog the test itself deletes (qtbot would close it again afterwards)."""
    return DataDialog(db, app_paths, settings_service, Clock(berlin, now_utc=fake_time))


@pytest.fixture
def three(repo, make_entry):
    repo.add_many(make_entry(minutes_ago=90 * i, note=f"entry {i}, with a comma") for i in range(3))


class Worker:
    """Stands in for export_file_apart on the pool thread: records what happened, can hold the export."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.outcomes: list[object] = []
        self.release = threading.Event()
        self.hold = False
        self.hold_until_stopped = False

    def __call__(self, *args, counted, stop, **kwargs):
        self.threads.append(threading.get_ident())

        def count_then_wait(count: int) -> None:
            counted(count)
            if self.hold:
                self.release.wait(10)
            deadline = time.monotonic() + 10
            while self.hold_until_stopped and not stop() and time.monotonic() < deadline:
                time.sleep(0.001)  # stands for a long export; it ends when the window asks it to stop

        try:
            outcome = export_file_apart(*args, counted=count_then_wait, stop=stop, **kwargs)
        except BaseException as error:
            self.outcomes.append(error)
            raise
        self.outcomes.append(outcome)
        return outcome


@pytest.fixture
def worker(monkeypatch):
    fake = Worker()
    monkeypatch.setattr(export_worker, "export_file_apart", fake)
    return fake


def start_export(dialog, target, fmt=ExportFormat.CSV):
    dialog.export_format.setCurrentIndex(dialog.export_format.findData(fmt))
    dialog.choose_save_path = lambda _fmt: target
    dialog.export()
    assert dialog.export_job is not None
    return dialog.export_job


def files_in(folder):
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_the_window_exports_off_the_gui_thread_what_the_terminal_exports(
    dialog, three, worker, qtbot, tmp_path, db, settings_service, fake_time, fmt
):
    target = tmp_path / f"window.{fmt.value}"
    job = start_export(dialog, target, fmt)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert worker.threads
    assert worker.threads[0] != threading.get_ident()
    terminal = tmp_path / f"terminal.{fmt.value}"
    export_file(db, settings_service.settings, terminal, fmt, CrampFilter(), fake_time())
    assert target.read_bytes() == terminal.read_bytes()
    assert dialog.status.text() == f"Exported 3 entries to {target}."


def test_the_dialog_shows_it_is_busy_then_the_result(dialog, three, worker, qtbot, tmp_path):
    worker.hold = True
    target = tmp_path / "out.csv"
    job = start_export(dialog, target)
    said_on: set[int] = set()  # the count and the result come from the pool thread, through the relay
    job.said.connect(lambda _text: said_on.add(threading.get_ident()))
    assert dialog.status.text() == "Exporting…"
    assert not dialog.export_button.isEnabled()
    # The GUI thread keeps handling events while the export waits: the count arrives and is shown.
    qtbot.waitUntil(lambda: dialog.status.text() == "Exporting 3 entries…", timeout=5000)
    assert not dialog.export_button.isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    assert dialog.import_button.isEnabled()
    assert dialog.backup_button.isEnabled()
    dialog.export()  # a second press meanwhile (say, by keyboard) starts nothing
    assert dialog.export_job is job
    assert not target.exists()
    with qtbot.waitSignal(job.finished, timeout=10_000):
        worker.release.set()
    assert dialog.status.text() == f"Exported 3 entries to {target}."
    assert dialog.export_button.isEnabled()
    assert dialog.export_job is None
    assert dialog.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert worker.outcomes == [3]
    assert said_on == {threading.get_ident()}  # every word reached the window on the GUI thread


def test_a_folder_that_does_not_exist_gives_the_terminals_message(
    dialog, three, worker, qtbot, tmp_path, db, settings_service, fake_time
):
    target = tmp_path / "gone" / "out.csv"
    with pytest.raises(StorageError) as terminal:
        export_file(db, settings_service.settings, target, ExportFormat.CSV, CrampFilter(), fake_time())
    job = start_export(dialog, target)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert dialog.status.text() == f"Nothing exported: {terminal.value}"
    assert str(target.parent) in dialog.status.text()
    assert files_in(tmp_path) == ["data"]
    assert dialog.export_button.isEnabled()


def test_a_full_disk_while_writing_gives_a_clear_message_and_leaves_no_file(
    dialog, three, worker, qtbot, tmp_path, monkeypatch
):
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)  # the data is written, making it durable fails
    target = tmp_path / "out.csv"
    job = start_export(dialog, target)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert dialog.status.text() == (
        f"Nothing exported: Could not write {target}: the disk is full. Nothing was changed; free some space and "
        "try again."
    )
    assert files_in(tmp_path) == ["data"]


def test_closing_the_dialog_during_an_export_stops_it_and_leaves_nothing(doomed_dialog, three, worker, qtbot, tmp_path):
    dialog = doomed_dialog
    worker.hold_until_stopped = True
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    start_export(dialog, tmp_path / "out.csv")
    qtbot.waitUntil(lambda: dialog.status.text() == "Exporting 3 entries…", timeout=5000)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.close()
    assert len(worker.outcomes) == 1
    assert isinstance(worker.outcomes[0], ExportStopped)
    assert files_in(tmp_path) == ["data"]


def test_a_dialog_deleted_with_its_window_stops_its_export(doomed_dialog, three, worker, qtbot, tmp_path):
    dialog = doomed_dialog
    worker.hold_until_stopped = True
    start_export(dialog, tmp_path / "out.json", ExportFormat.JSON)
    qtbot.waitUntil(lambda: dialog.status.text() == "Exporting 3 entries…", timeout=5000)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.deleteLater()  # as when the main window goes first (quitting the app): no done()
    assert len(worker.outcomes) == 1  # the deletion waited for the pool thread to stop
    assert isinstance(worker.outcomes[0], ExportStopped)
    assert files_in(tmp_path) == ["data"]


def test_a_bug_in_the_export_is_shown_and_raised_on_the_gui_thread(dialog, three, qtbot, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(export_worker, "export_file_apart", broken)
    job = start_export(dialog, tmp_path / "out.csv")
    with qtbot.capture_exceptions() as raised, qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert [type(error) for _kind, error, _tb in raised] == [RuntimeError]
    assert dialog.status.text() == "Nothing exported: a bug"
    assert dialog.export_button.isEnabled()


def test_the_count_of_exported_entries_follows_the_locale(qtbot, tmp_path):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        job = export_worker.BackgroundExport(
            tmp_path / "log.sqlite3",
            Settings(),
            tmp_path / "all.csv",
            ExportFormat.CSV,
            CrampFilter(),
            datetime.now(UTC),
        )
        said: list[str] = []
        job.said.connect(said.append)
        job._finish(100_000)
        assert said == [f"Exported 100,000 entries to {tmp_path / 'all.csv'}."]
        job.deleteLater()
    finally:
        QLocale.setDefault(before)
