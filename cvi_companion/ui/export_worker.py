"""Exporting on a pool thread, so that exporting a large log never freezes the window.

The export reads through a read-only SQLite connection of its own (a connection belongs to the thread that
opened it) and writes its file atomically, exactly as the terminal's `export` does. The pool thread only
emits through a relay (queued signals); what the window shows is worded here, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.domain.settings import Settings
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.exporter import ExportFormat, ExportStopped, export_file_apart
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import plural

# Stopping takes effect at the export's next batch (milliseconds); this only bounds a disk that hangs.
STOP_WAIT_S = 3.0


def _stop(stopping: threading.Event, ended: threading.Event, wait_s: float) -> bool:
    # Waiting releases the GIL, so the pool thread gets to its next stop check (a batch away) and tidies up.
    stopping.set()
    return ended.wait(wait_s)


class _Relay(QObject):
    """Carries the pool thread's news to the GUI thread.

    It has no parent and no slots: the pool thread holds it until it is done, so it may outlive the window,
    and as it never receives an event it may be deleted on either thread.
    """

    counted = Signal(int)
    ended = Signal(object)


class BackgroundExport(QObject):
    """One export to `target` on a pool thread, owned by the window that asked for it.

    `said(text)` with what to show: that it is exporting, how many entries, then the outcome. `finished`
    when it is over (written, refused with a StorageError, or stopped). Deleting it (with its window, or
    the app quitting) stops the export and waits for the pool thread to remove its temporary file, so
    nothing is left behind and nothing is written.
    """

    said = Signal(str)
    finished = Signal()

    def __init__(
        self,
        db_path: Path,
        settings: Settings,
        target: Path,
        fmt: ExportFormat,
        flt: CrampFilter,
        now: datetime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.outcome: int | BaseException | None = None
        self._job = (db_path, settings, target, fmt, flt, now)
        self._stopping = threading.Event()
        self._ended = threading.Event()
        self._ended.set()  # nothing runs until start()
        self._relay = _Relay()
        self._relay.counted.connect(self._counted)
        self._relay.ended.connect(self._finish)
        self.destroyed.connect(functools.partial(_stop, self._stopping, self._ended, STOP_WAIT_S))

    def start(self) -> None:
        """Start the export on the application's thread pool."""
        relay, stopping, ended, job = self._relay, self._stopping, self._ended, self._job

        def work() -> None:
            # On the pool thread: only the relay, the events and the arguments are touched here.
            outcome: int | BaseException
            try:
                outcome = export_file_apart(*job, stop=stopping.is_set, counted=relay.counted.emit)
            except Exception as error:  # every outcome goes back to the window, a bug's included
                outcome = error
            finally:
                ended.set()  # the file is written or its temporary file removed: closing need not wait more
            # While the app shuts down, Qt may have deleted the relay already; nobody is waiting then.
            with contextlib.suppress(RuntimeError):
                relay.ended.emit(outcome)

        self.said.emit(self.tr("Exporting…"))
        ended.clear()
        QThreadPool.globalInstance().start(work)

    def stop(self, wait_s: float = STOP_WAIT_S) -> bool:
        """Stop the export (nothing is written) and wait for the pool thread; True once it has ended."""
        return _stop(self._stopping, self._ended, wait_s)

    def _counted(self, count: int) -> None:
        if not self._stopping.is_set():
            self.said.emit(plural(self.tr("Exporting %Ln entry(ies)…", "", count), count))

    def _finish(self, outcome: int | BaseException) -> None:
        self.outcome = outcome
        if isinstance(outcome, int):
            text = self.tr("Exported %Ln entry(ies) to {path}.", "", outcome)
            self.said.emit(plural(text, outcome).format(path=self.target))
        elif not isinstance(outcome, ExportStopped):
            self.said.emit(self.tr("Nothing exported: {problem}").format(problem=error_text(outcome)))
        self.finished.emit()
        if not isinstance(outcome, int | StorageError | ExportStopped):
            raise outcome  # a bug: reported like any exception raised on the GUI thread
