"""The cramp log as a service: validated writes, reads for views, and a signal on every change."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from cvi_companion.domain.cramps import (
    CrampEntry,
    CrampFilter,
    Side,
    edited,
    is_night,
    new_entry,
    night_before,
    night_lasts_until,
)
from cvi_companion.services.clock import Clock
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.night_reports import NightReports, ReportedVia

# How often to look (SQLite's data_version, a few microseconds) for entries written by the terminal command.
# The window also looks whenever it comes to the foreground, so a slow beat suffices; a 2 s beat measured
# 0.02 s of CPU per idle minute, twice the idle budget.
EXTERNAL_POLL_MS = 10_000


class CrampService(QObject):
    """All reads and writes of cramp entries go through here; `changed` fires after each one."""

    changed = Signal()

    def __init__(
        self,
        repo: CrampRepository,
        clock: Clock,
        settings: SettingsService,
        parent: QObject | None = None,
        poll_ms: int = EXTERNAL_POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._nights = NightReports(repo.database)
        self._settings = settings
        self.clock = clock
        self._seen_version = repo.database.data_version()
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check_external_changes)
        if poll_ms > 0:
            self._poll.start()

    def last_night(self) -> date:
        """The night that ended last (named by the date it began)."""
        return night_before(self.clock.now())

    def cramps_in_night(self, night: date) -> list[CrampEntry]:
        """Cramps logged for a night, and any the next morning while the person's night window lasted.

        A cramp before 04:00 on the next date belongs to the night by the 04:00 rule. The same rule files a
        05:30 cramp under the night to come, but with nights ending at 07:00 it happened last night to the
        person: "no cramps last night" must not be recorded over it.
        """
        settings = self._settings.settings
        morning = night + timedelta(days=1)
        night_over = night_lasts_until(night, settings.night_starts, settings.night_ends)
        flt = CrampFilter(since=night, until=morning)
        return [
            entry
            for entry in self._repo.iter_entries(flt)
            if entry.night_of == night
            or (entry.night_of == morning and entry.started_at.replace(tzinfo=None) < night_over)
        ]

    def report_cramp_free(self, night: date) -> bool:
        """Record a night as free of cramps ("no cramps last night"); False if it was already recorded."""
        added = self._nights.mark_cramp_free(night, ReportedVia.LOG, self.clock.now_utc())
        self.changed.emit()
        return added

    def forget_cramp_free(self, night: date) -> None:
        """Take back a cramp-free report (Undo)."""
        self._nights.unmark(night)
        self.changed.emit()

    def check_external_changes(self) -> bool:
        """Emit `changed` if another process (the terminal command) wrote since the last look."""
        version = self._repo.database.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.changed.emit()
        return True

    def _after_write(self) -> None:
        # data_version only moves for other connections' commits, so our own writes are announced here.
        self._seen_version = self._repo.database.data_version()
        self.changed.emit()

    def woke_default(self, started_at: datetime) -> bool:
        """Whether a cramp at this time most likely woke the person (it started in their night window)."""
        settings = self._settings.settings
        return is_night(started_at.astimezone(self.clock.tz).time(), settings.night_starts, settings.night_ends)

    def is_night_now(self) -> bool:
        """Whether it is the person's night now (for the dim style)."""
        settings = self._settings.settings
        return is_night(self.clock.now().time(), settings.night_starts, settings.night_ends)

    def last_side(self) -> Side | None:
        """The side of the latest entry."""
        return self._repo.last_side()

    def log(self, **details: object) -> CrampEntry:
        """Validate and save a new entry; raises ValidationError or StorageError and saves nothing then."""
        entry = new_entry(now=self.clock.now_utc(), **details)  # type: ignore[arg-type]
        self._repo.add(entry)
        self._after_write()
        return entry

    def update(self, entry: CrampEntry, **changes: object) -> tuple[CrampEntry, CrampEntry]:
        """Save changes to an entry; return (before, after) so the change can be undone."""
        after = edited(entry, self.clock.now_utc(), **changes)
        before = self._repo.update(after)
        self._after_write()
        return before, after

    def put_back(self, entry: CrampEntry) -> None:
        """Write an earlier version of an entry back as it was (undo of an edit)."""
        self._repo.update(entry)
        self._after_write()

    def delete(self, ids: Iterable[uuid.UUID]) -> int:
        """Move entries to the trash."""
        count = self._repo.soft_delete(list(ids), self.clock.now_utc())
        self._after_write()
        return count

    def restore(self, ids: Iterable[uuid.UUID]) -> int:
        """Bring entries back from the trash."""
        count = self._repo.restore(list(ids))
        self._after_write()
        return count

    def purge(self, ids: Iterable[uuid.UUID]) -> int:
        """Delete trashed entries for good."""
        count = self._repo.purge(list(ids))
        self._after_write()
        return count

    def get(self, ident: uuid.UUID) -> CrampEntry | None:
        """One entry by id."""
        return self._repo.get(ident)

    def count(self, flt: CrampFilter) -> int:
        """How many entries match."""
        return self._repo.count(flt)

    def page(self, flt: CrampFilter, offset: int, limit: int) -> list[tuple[int, CrampEntry]]:
        """One slice of the matching entries, newest first, with their row keys (for table views)."""
        return self._repo.page(flt, offset, limit)

    def position(self, flt: CrampFilter, key: int) -> int | None:
        """Where a row key sits among the matching entries, newest first (None if it does not match)."""
        return self._repo.position(flt, key)
