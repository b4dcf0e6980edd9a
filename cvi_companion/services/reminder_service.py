"""Reminders as a service: schedules the next occurrence of each kind, records what becomes of it.

A JobTimer runs the jobs on the GUI thread. There is one job per active kind (id = the kind), rebuilt
from the plan whenever something changes; a job only hands its occurrence to `_fire`. Whether a late job
is shown, and what an absence means, is decided by the pure functions in domain.reminder_schedule, with
the history in storage.reminder_log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QObject, Signal

from cvi_companion.domain.cramps import night_before, night_lasts_until
from cvi_companion.domain.reminder_history import MissedBecause, Outcome, ReminderRecord
from cvi_companion.domain.reminder_schedule import (
    Occurrence,
    after_absence,
    in_quiet_hours,
    next_per_kind,
    occurrences,
    resolve_local,
)
from cvi_companion.domain.reminders import Interval, ReminderKind, ReminderPlan
from cvi_companion.services.clock import Clock
from cvi_companion.services.job_timer import JobTimer
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.reminder_log import ReminderLog

# A job that runs later than this did not run on time: the machine slept or the app was frozen.
LATE_AFTER = timedelta(seconds=90)
_PAUSE_JOB = "pause-ends"


@dataclass(frozen=True, slots=True)
class DueReminder:
    """A reminder to show now; `late` when it was due during an absence ("this was due at 07:30")."""

    occurrence: Occurrence
    late: bool = False


class ReminderService(QObject):
    """Owns the scheduler. `due` fires with a DueReminder; `schedule_changed` after any change of plan."""

    due = Signal(object)
    schedule_changed = Signal()

    def __init__(
        self,
        settings: SettingsService,
        log: ReminderLog,
        nights: NightReports,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._log = log
        self._nights = nights
        self.clock = clock
        self._anchors: dict[ReminderKind, datetime] = {}
        self._paused: tuple[datetime, datetime] | None = None
        # While the screen is locked or blanked the person is away: nothing is shown until they are back.
        self._away_since: datetime | None = None
        self._held: list[Occurrence] = []
        self._scheduler: JobTimer | None = None
        settings.changed.connect(self.rebuild)

    @property
    def plan(self) -> ReminderPlan:
        """The plan in force."""
        return self._settings.settings.reminders

    @property
    def away(self) -> bool:
        """Whether the person is away from the screen (it is locked or blanked)."""
        return self._away_since is not None

    @property
    def paused_until(self) -> datetime | None:
        """When the current pause ends (None when not paused)."""
        return self._paused[1] if self._paused else None

    # -- life cycle -------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start scheduling (after the window's first paint: nothing here is needed to show it)."""
        self._scheduler = JobTimer(self.clock.now_utc, self)
        self._scheduler.start()
        self.rebuild()

    def shutdown(self) -> None:
        """Stop scheduling; no job runs after this."""
        if self._scheduler is not None:
            self._scheduler.stop()
            self._scheduler.deleteLater()
            self._scheduler = None

    # -- planning ---------------------------------------------------------------------------------------

    def _answered(self, occurrence: Occurrence) -> bool:
        record = self._log.get(occurrence.kind, occurrence.slot)
        return record is not None and record.outcome in (Outcome.DONE, Outcome.SKIPPED, Outcome.SHOWN)

    def next_occurrences(self) -> dict[ReminderKind, Occurrence]:
        """The next occurrence of each active kind still to come (not answered, not inside a pause)."""
        now = self.clock.now_utc()
        start = max(now, self._paused[1]) if self._paused else now
        return next_per_kind(self.plan, start, self.clock.tz, self._anchors, skip=self._answered)

    def rebuild(self) -> None:
        """Replace the jobs with the next occurrence of each kind (also after a clock change)."""
        if self._scheduler is None:
            return
        upcoming = self.next_occurrences()
        for job_id in self._scheduler.ids():
            if job_id not in {kind.value for kind in upcoming} and not job_id.startswith(("snooze:", _PAUSE_JOB)):
                self._scheduler.remove(job_id)
        for kind, occurrence in upcoming.items():
            self._scheduler.add(kind.value, occurrence.due, self._fire, occurrence)
        self.schedule_changed.emit()

    # -- what happens when a job runs or the person answers -------------------------------------------

    def _fire(self, occurrence: Occurrence) -> None:
        now = self.clock.now_utc()
        if self._away_since is not None:
            # Left for the return: the absence policy then decides, as after sleep.
            self.rebuild()
            return
        if now - occurrence.due > LATE_AFTER:
            # The job ran late: the machine slept through it. Let the absence policy decide.
            self.handle_absence(occurrence.due - timedelta(seconds=1), now)
            return
        self._show(occurrence, late=False)
        self.rebuild()

    def _show(self, occurrence: Occurrence, *, late: bool) -> None:
        self._record(occurrence, Outcome.SHOWN)
        self.due.emit(DueReminder(occurrence, late))

    def _record(self, occurrence: Occurrence, outcome: Outcome, because: MissedBecause | None = None) -> None:
        record = ReminderRecord(
            occurrence.kind, occurrence.slot, occurrence.local, outcome, self.clock.now_utc(), missed_because=because
        )
        self._log.record([record])

    def _in_pause(self, occurrence: Occurrence) -> bool:
        if self._paused is not None and self._paused[0] < occurrence.due <= self._paused[1]:
            return True
        # The pause may have ended during the sleep, before this late job ran: its record says so.
        record = self._log.get(occurrence.kind, occurrence.slot)
        return record is not None and record.missed_because is MissedBecause.PAUSED

    def handle_absence(self, away_from: datetime, back_at: datetime) -> None:
        """After sleep: show at most one still-relevant occurrence per kind, record the rest as missed.

        While the screen stays locked this waits: the return (unlock) covers the whole time away.
        """
        if self._away_since is not None:
            self.rebuild()
            return
        outcome = after_absence(self.plan, away_from, back_at, self.clock.tz)
        for occurrence in outcome.missed:
            paused = self._in_pause(occurrence)
            self._record(occurrence, Outcome.MISSED, MissedBecause.PAUSED if paused else MissedBecause.ASLEEP)
        for kind in {rule.kind for rule in self.plan.active_rules() if isinstance(rule.schedule, Interval)}:
            # Interval breaks start counting again from the return, not from the old grid.
            self._anchors[kind] = back_at
        for occurrence in outcome.show:
            if self._in_pause(occurrence):
                # A pause the person chose outlasts the sleep: nothing comes before it ends.
                self._record(occurrence, Outcome.MISSED, MissedBecause.PAUSED)
            elif not self._answered(occurrence):
                self._show(occurrence, late=True)
        self.rebuild()

    def on_resumed(self, away_from_wall: float, back_at_wall: float) -> None:
        """Slot for ResumeWatcher.resumed (wall-clock seconds)."""
        self.handle_absence(datetime.fromtimestamp(away_from_wall, UTC), datetime.fromtimestamp(back_at_wall, UTC))

    def screen_locked(self, locked: bool) -> None:
        """Slot for the screen lock: away from the lock until the unlock, handled like a sleep."""
        if locked:
            if self._away_since is None:
                self._away_since = self.clock.now_utc()
            return
        self.back_at_screen()

    def back_at_screen(self) -> None:
        """The person is using the desktop again (unlock, or the app became active): end an absence."""
        if self._away_since is None:
            return
        away_from, self._away_since = self._away_since, None
        self.handle_absence(away_from, self.clock.now_utc())
        held, self._held = self._held, []
        for occurrence in held:
            self.due.emit(DueReminder(occurrence, late=False))

    def answer(self, occurrence: Occurrence, outcome: Outcome) -> None:
        """Record Done or Skip; a done break restarts its interval from now."""
        self._record(occurrence, outcome)
        if outcome is Outcome.DONE and isinstance(self.plan.rule(occurrence.kind).schedule, Interval):
            self._anchors[occurrence.kind] = self.clock.now_utc()
        self.rebuild()

    def answer_check_in(self, occurrence: Occurrence, *, had_cramps: bool) -> None:
        """The morning check-in's answer. "No" records the night before the check-in's slot as cramp-free.

        "Yes" records only the answer: the night counts through the cramp the person logs next. "No" over a
        cramp already logged for that night (until the person's night window ended) records only the answer
        too: the log is the better witness than a half-awake tap.
        """
        if not had_cramps:
            night = night_before(occurrence.local)
            settings = self._settings.settings
            lasts_until = night_lasts_until(night, settings.night_starts, settings.night_ends)
            self._nights.mark_cramp_free(night, ReportedVia.CHECK_IN, self.clock.now_utc(), lasts_until=lasts_until)
        self.answer(occurrence, Outcome.DONE)

    def snooze(self, occurrence: Occurrence, seconds: int | None = None) -> datetime:
        """Ask again later (default: the plan's snooze); returns when."""
        self._record(occurrence, Outcome.SNOOZED)
        when = self.clock.now_utc() + timedelta(seconds=seconds or self.plan.snooze_s)
        if self._scheduler is not None:
            self._scheduler.add(f"snooze:{occurrence.key}", when, self._fire_snoozed, occurrence)
        return when

    def _fire_snoozed(self, occurrence: Occurrence) -> None:
        rule_is_interval = isinstance(self.plan.rule(occurrence.kind).schedule, Interval)
        if rule_is_interval and in_quiet_hours(self.clock.now_utc(), self.plan, self.clock.tz):
            return  # a snoozed break that runs into quiet hours lapses quietly; it stays "snoozed"
        if self._away_since is not None:
            self._held.append(occurrence)  # already seen once, so it comes back on the return, not "missed"
            return
        self.due.emit(DueReminder(occurrence, late=False))

    def done_already(self, kind: ReminderKind) -> Occurrence | None:
        """Record the next occurrence of a kind as done now, so it does not come (the "Done already" action)."""
        occurrence = self.next_occurrences().get(kind)
        if occurrence is not None:
            self.answer(occurrence, Outcome.DONE)
        return occurrence

    def pause(self, seconds: int) -> datetime:
        """Pause all reminders for a while; the pause ends by itself. Returns when it ends."""
        return self._pause_to(self.clock.now_utc() + timedelta(seconds=seconds))

    def pause_until(self, clock: time) -> datetime:
        """Pause until the next time the local clock reads `clock` (e.g. 07:00 tomorrow morning)."""
        now = self.clock.now_utc()
        today = now.astimezone(self.clock.tz).date()
        until = resolve_local(today, clock, self.clock.tz).astimezone(UTC)
        if until <= now:
            until = resolve_local(today + timedelta(days=1), clock, self.clock.tz).astimezone(UTC)
        return self._pause_to(until)

    def _pause_to(self, until: datetime) -> datetime:
        now = self.clock.now_utc()
        self._paused = (now, until)
        if self._scheduler is not None:
            self._scheduler.add(_PAUSE_JOB, until, self._pause_over)
        self.rebuild()
        return until

    def _pause_over(self) -> None:
        self._end_pause()
        self.rebuild()

    def resume(self) -> None:
        """End the pause now; what fell due during it is recorded as missed (paused), nothing is shown."""
        if self._scheduler is not None:
            self._scheduler.remove(_PAUSE_JOB)
        self._end_pause()
        self.rebuild()

    def _end_pause(self) -> None:
        if self._paused is None:
            return
        start, until = self._paused
        end = min(self.clock.now_utc(), until)
        self._paused = None
        for occurrence in occurrences(self.plan, start, end, self.clock.tz, self._anchors):
            self._record(occurrence, Outcome.MISSED, MissedBecause.PAUSED)
