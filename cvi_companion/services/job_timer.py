"""Run callbacks at wall-clock instants on the GUI thread: the reminder service's scheduler.

It replaced APScheduler's QtScheduler, whose import alone added 16 MiB to the app's memory (it reads every
installed package's metadata for its plugins), for the handful of one-shot jobs the service needs. The
rules stay where they were: what is due when is decided in domain.reminder_schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

# QTimer counts awake time only; looking again at least this often keeps a wall-clock deadline honest even
# if a sleep or a clock change went unnoticed (the resume watcher normally calls wakeup() first).
MAX_WAIT_MS = 10 * 60 * 1000


class JobTimer(QObject):
    """One-shot jobs by id, with a single QTimer armed for the earliest.

    A job is removed before it runs, so it may schedule its own id again.
    """

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._jobs: dict[str, tuple[datetime, Callable[..., Any], tuple[Any, ...]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wakeup)
        self._running = False

    def add(self, job_id: str, when: datetime, func: Callable[..., Any], *args: Any) -> None:
        """Run `func(*args)` at `when` (aware), replacing any job with the same id."""
        self._jobs[job_id] = (when, func, args)
        self._arm()

    def remove(self, job_id: str) -> None:
        """Forget a job if it exists."""
        self._jobs.pop(job_id, None)
        self._arm()

    def ids(self) -> list[str]:
        """The ids of the jobs waiting."""
        return list(self._jobs)

    def when(self, job_id: str) -> datetime | None:
        """When a job is due, if it exists."""
        job = self._jobs.get(job_id)
        return job[0] if job else None

    def start(self) -> None:
        """Begin running jobs."""
        self._running = True
        self._arm()

    def stop(self) -> None:
        """Run nothing more."""
        self._running = False
        self._jobs.clear()
        self._timer.stop()

    def wakeup(self) -> None:
        """Run every job that is due now, earliest first, then wait for the next."""
        if not self._running:
            return
        now = self._now()
        due = sorted((when, job_id) for job_id, (when, _, _) in self._jobs.items() if when <= now)
        for _, job_id in due:
            # Looked up again: an earlier job in this pass may have replaced this id with a later one.
            job = self._jobs.get(job_id)
            if job is None or job[0] > now:
                continue
            del self._jobs[job_id]
            job[1](*job[2])
        self._arm()

    def _arm(self) -> None:
        if not self._running:
            return
        if not self._jobs:
            self._timer.stop()
            return
        earliest = min(when for when, _, _ in self._jobs.values())
        wait_ms = max(0, int((earliest - self._now()).total_seconds() * 1000))
        self._timer.start(min(wait_ms, MAX_WAIT_MS))
