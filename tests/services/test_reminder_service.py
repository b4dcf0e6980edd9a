"""Scenarios with the real reminder scheduler (JobTimer on the Qt loop) and a fake wall clock (time-machine)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QCoreApplication, QEvent

from cvi_companion.domain.reminder_history import MissedBecause, Outcome
from cvi_companion.domain.reminders import EVERY_DAY, DailyTimes, Interval, ReminderKind
from cvi_companion.domain.settings import Settings
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
K = ReminderKind


def berlin(y, mo, d, h, mi=0, s=0, fold=0, tz=BERLIN):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz, fold=fold).astimezone(UTC)


class Harness:
    def __init__(self, qtbot, db, app_paths, traveller, settings: Settings, tz: ZoneInfo = BERLIN):
        self.qtbot = qtbot
        self.traveller = traveller
        store = SettingsStore(app_paths.settings_path)
        store.save(settings)
        self.settings = SettingsService(store)
        self.log = ReminderLog(db)
        self.nights = NightReports(db)
        self.service = ReminderService(self.settings, self.log, self.nights, Clock(tz))
        self.shown: list[DueReminder] = []
        self.service.due.connect(self.shown.append)
        self.service.start()

    def go_to(self, moment: datetime) -> None:
        """Move the wall clock (as sleep or time passing would) and let the scheduler look."""
        self.traveller.move_to(moment)
        assert self.service._scheduler is not None
        self.service._scheduler.wakeup()
        self.qtbot.wait(30)

    def seen(self):
        return [(d.occurrence.kind, d.occurrence.local.strftime("%H:%M"), d.late) for d in self.shown]

    def outcome(self, kind, slot):
        record = self.log.get(kind, slot)
        return None if record is None else (record.outcome, record.missed_because)


@pytest.fixture
def harness(qtbot, db, app_paths):
    made: list[Any] = []

    def make(start: datetime, settings: Settings | None = None, tz: ZoneInfo = BERLIN) -> Harness:
        traveller = time_machine.travel(start, tick=False)
        made.append(traveller)
        started = traveller.start()
        harness = Harness(qtbot, db, app_paths, started, settings or Settings(), tz)
        made.append(harness)
        return harness

    yield make
    for item in reversed(made):
        if isinstance(item, Harness):
            item.service.shutdown()
            # Deleted while the application exists, not at interpreter exit (PySide crashes there).
            item.service.deleteLater()
            item.settings.deleteLater()
        else:
            item.stop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def stockings_on() -> Settings:
    settings = Settings()
    return replace(settings, reminders=replace(settings.reminders, stockings_confirmed=True))


def only(kind: K, *clocks: time) -> Settings:
    settings = Settings()
    plan = settings.reminders
    plan = replace(plan, rules=tuple(replace(r, enabled=r.kind is kind) for r in plan.rules))
    plan = plan.with_rule(replace(plan.rule(kind), schedule=DailyTimes(clocks)))
    return replace(settings, reminders=plan)


def test_a_reminder_fires_on_time_once_and_is_recorded_as_shown(harness):
    h = harness(berlin(2026, 11, 23, 10, 59))
    h.go_to(berlin(2026, 11, 23, 11, 0, 2))
    h.go_to(berlin(2026, 11, 23, 11, 0, 30))
    assert h.seen() == [(K.ELEVATION, "11:00", False)]
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.SHOWN, None)


def test_after_one_reminder_the_next_is_scheduled_and_fires_too(harness):
    # One kind alone: nothing else's job could put its next occurrence back by accident.
    h = harness(berlin(2026, 11, 23, 10, 59), only(K.ELEVATION, time(11, 0), time(15, 0)))
    h.go_to(berlin(2026, 11, 23, 11, 0, 2))
    h.go_to(berlin(2026, 11, 23, 15, 0, 2))
    assert h.seen() == [(K.ELEVATION, "11:00", False), (K.ELEVATION, "15:00", False)]


def test_sleep_across_one_due_time_shows_it_once_late_and_walking_breaks_are_missed(harness):
    h = harness(berlin(2026, 11, 23, 10, 50))
    h.go_to(berlin(2026, 11, 23, 12, 35))  # the lid was shut 10:50-12:35
    h.service.on_resumed(berlin(2026, 11, 23, 10, 50).timestamp(), berlin(2026, 11, 23, 12, 35).timestamp())
    assert h.seen() == [(K.ELEVATION, "11:00", True)]
    for slot in ("11:30", "12:00", "12:30"):
        assert h.outcome(K.WALKING, f"2026-11-23T{slot}") == (Outcome.MISSED, MissedBecause.ASLEEP)
    # The walking interval restarts from the return: next at 13:05, not on the old half-hour grid.
    assert h.service.next_occurrences()[K.WALKING].local.strftime("%H:%M") == "13:05"


def test_a_long_sleep_shows_nothing_stale(harness):
    h = harness(berlin(2026, 11, 23, 10, 50))
    h.go_to(berlin(2026, 11, 23, 14, 10))
    assert h.seen() == []
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.MISSED, MissedBecause.ASLEEP)


def test_sleeping_through_the_morning_stockings_time_shows_it_once(harness):
    h = harness(berlin(2026, 11, 23, 6, 55), stockings_on())
    h.go_to(berlin(2026, 11, 23, 9, 0))
    h.service.on_resumed(berlin(2026, 11, 23, 6, 55).timestamp(), berlin(2026, 11, 23, 9, 0).timestamp())
    assert h.seen() == [(K.STOCKINGS_ON, "07:30", True)]


def test_the_repeated_autumn_hour_does_not_fire_a_daily_reminder_twice(harness):
    h = harness(berlin(2026, 10, 25, 0, 0), only(K.ELEVATION, time(2, 30)))
    h.go_to(berlin(2026, 10, 25, 2, 30, 5))  # first pass, +02:00
    h.go_to(berlin(2026, 10, 25, 2, 30, 5, fold=1))  # an hour later, the clock reads 02:30 again
    h.go_to(berlin(2026, 10, 25, 2, 45, fold=1))
    assert h.seen() == [(K.ELEVATION, "02:30", False)]
    assert h.service.next_occurrences()[K.ELEVATION].slot == "2026-10-26T02:30"


def test_a_skipped_spring_time_fires_at_the_first_valid_minute(harness):
    h = harness(berlin(2026, 3, 29, 1, 0), only(K.ELEVATION, time(2, 30)))
    h.go_to(berlin(2026, 3, 29, 3, 0, 5))
    assert [(k, t) for k, t, _ in h.seen()] == [(K.ELEVATION, "03:00")]


def test_a_pause_silences_and_ends_by_itself_recording_missed(harness):
    h = harness(berlin(2026, 11, 23, 10, 45))
    until = h.service.pause(30 * 60)
    assert until == berlin(2026, 11, 23, 11, 15)
    h.go_to(berlin(2026, 11, 23, 11, 0, 5))
    h.go_to(berlin(2026, 11, 23, 11, 15, 5))
    assert h.seen() == []
    assert h.service.paused_until is None
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.MISSED, MissedBecause.PAUSED)
    h.go_to(berlin(2026, 11, 23, 11, 30, 5))
    assert h.seen() == [(K.WALKING, "11:30", False)]


def test_snooze_asks_again_later_and_done_is_final(harness):
    h = harness(berlin(2026, 11, 23, 10, 59))
    h.go_to(berlin(2026, 11, 23, 11, 0, 1))
    occurrence = h.shown[-1].occurrence
    h.service.snooze(occurrence, 10 * 60)
    h.go_to(berlin(2026, 11, 23, 11, 10, 2))
    assert h.seen() == [(K.ELEVATION, "11:00", False), (K.ELEVATION, "11:00", False)]
    h.service.answer(occurrence, Outcome.DONE)
    record = h.log.get(K.ELEVATION, "2026-11-23T11:00")
    assert (record.outcome, record.snoozes) == (Outcome.DONE, 1)


def test_done_already_suppresses_the_next_occurrence(harness):
    h = harness(berlin(2026, 11, 23, 10, 0))
    skipped = h.service.done_already(K.ELEVATION)
    assert skipped.slot == "2026-11-23T11:00"
    assert h.service.next_occurrences()[K.ELEVATION].slot == "2026-11-23T15:00"
    h.go_to(berlin(2026, 11, 23, 11, 0, 5))
    assert (K.ELEVATION, "11:00", False) not in h.seen()


def test_after_flying_to_new_york_reminders_follow_the_new_local_clock(harness):
    # One kind only: the flight's seven hours would otherwise be an absence for the walking breaks.
    h = harness(berlin(2026, 11, 23, 9, 0), only(K.ELEVATION, time(11, 0)))
    assert h.service.next_occurrences()[K.ELEVATION].local.strftime("%H:%M %Z") == "11:00 CET"
    h.service.clock = Clock(NEW_YORK)  # the computer's time zone changed on arrival
    h.service.rebuild()
    upcoming = h.service.next_occurrences()[K.ELEVATION]
    assert upcoming.local.strftime("%Y-%m-%d %H:%M %Z") == "2026-11-23 11:00 EST"
    h.go_to(berlin(2026, 11, 23, 11, 0, 3, tz=NEW_YORK))
    assert (K.ELEVATION, "11:00", False) in h.seen()


def test_new_york_spring_change_moves_a_skipped_time_forward_and_fires_once(harness):
    h = harness(berlin(2026, 3, 8, 1, 0, tz=NEW_YORK), only(K.ELEVATION, time(2, 15)), tz=NEW_YORK)
    h.go_to(berlin(2026, 3, 8, 3, 0, 5, tz=NEW_YORK))
    h.go_to(berlin(2026, 3, 8, 3, 30, tz=NEW_YORK))
    assert [(k, t) for k, t, _ in h.seen()] == [(K.ELEVATION, "03:00")]


def test_new_york_autumn_change_fires_once(harness):
    h = harness(berlin(2026, 11, 1, 0, 0, tz=NEW_YORK), only(K.ELEVATION, time(1, 30)), tz=NEW_YORK)
    h.go_to(berlin(2026, 11, 1, 1, 30, 5, tz=NEW_YORK))
    h.go_to(berlin(2026, 11, 1, 1, 30, 5, fold=1, tz=NEW_YORK))
    h.go_to(berlin(2026, 11, 1, 2, 0, tz=NEW_YORK))
    assert [(k, t) for k, t, _ in h.seen()] == [(K.ELEVATION, "01:30")]


def evening_walks() -> Settings:
    settings = Settings()
    plan = settings.reminders
    plan = replace(plan, rules=tuple(replace(r, enabled=r.kind is K.WALKING) for r in plan.rules))
    walking = replace(plan.rule(K.WALKING), schedule=Interval(30 * 60, time(21, 0), time(23, 30), EVERY_DAY))
    return replace(settings, reminders=plan.with_rule(walking))


def test_a_break_snoozed_into_quiet_hours_lapses_quietly(harness):
    h = harness(berlin(2026, 11, 23, 21, 59), evening_walks())
    h.go_to(berlin(2026, 11, 23, 22, 0, 2))
    assert h.seen() == [(K.WALKING, "22:00", False)]
    h.service.snooze(h.shown[-1].occurrence, 30 * 60)
    h.go_to(berlin(2026, 11, 23, 22, 30, 5))
    h.go_to(berlin(2026, 11, 23, 23, 0, 5))
    assert h.seen() == [(K.WALKING, "22:00", False)]  # nothing in quiet hours, not even the snooze
    assert h.outcome(K.WALKING, "2026-11-23T22:00") == (Outcome.SNOOZED, None)


def test_a_pause_across_midnight_ends_by_itself(harness):
    h = harness(berlin(2026, 11, 23, 23, 50), evening_walks())
    until = h.service.pause(2 * 3600)
    assert until.astimezone(BERLIN).strftime("%a %H:%M") == "Tue 01:50"
    h.go_to(berlin(2026, 11, 24, 1, 50, 5))
    assert h.service.paused_until is None
    assert h.service.next_occurrences()[K.WALKING].slot == "2026-11-24T21:30"


def test_quiet_hours_across_midnight_silence_early_breaks_until_they_end(harness):
    settings = Settings()
    plan = replace(
        settings.reminders, rules=tuple(replace(r, enabled=r.kind is K.WALKING) for r in settings.reminders.rules)
    )
    walking = replace(plan.rule(K.WALKING), schedule=Interval(30 * 60, time(6, 0), time(8, 0), EVERY_DAY))
    h = harness(berlin(2026, 11, 24, 6, 0), replace(settings, reminders=plan.with_rule(walking)))
    h.go_to(berlin(2026, 11, 24, 6, 30, 5))
    assert h.seen() == []
    h.go_to(berlin(2026, 11, 24, 7, 0, 5))
    assert h.seen() == [(K.WALKING, "07:00", False)]


def test_setting_the_clock_back_does_not_repeat_a_reminder(harness):
    h = harness(berlin(2026, 11, 23, 10, 59), only(K.ELEVATION, time(11, 0), time(15, 0)))
    h.go_to(berlin(2026, 11, 23, 11, 0, 2))
    h.traveller.move_to(berlin(2026, 11, 23, 10, 30))  # someone sets the clock back half an hour
    h.service.rebuild()  # what ResumeWatcher.clock_changed triggers
    h.go_to(berlin(2026, 11, 23, 11, 0, 5))
    assert h.seen() == [(K.ELEVATION, "11:00", False)]
    assert h.service.next_occurrences()[K.ELEVATION].slot == "2026-11-23T15:00"


def test_setting_the_clock_forward_is_handled_like_an_absence(harness):
    h = harness(berlin(2026, 11, 23, 10, 0), only(K.ELEVATION, time(11, 0), time(15, 0)))
    h.go_to(berlin(2026, 11, 23, 12, 0))  # jumped forward two hours: 11:00 is now an hour late
    assert h.seen() == [(K.ELEVATION, "11:00", True)]
    h.go_to(berlin(2026, 11, 23, 12, 5))
    assert len(h.seen()) == 1


def test_pause_until_morning_ends_at_07_00_even_on_the_night_the_clocks_change(harness):
    h = harness(berlin(2026, 10, 24, 23, 0))  # this night has 25 hours
    until = h.service.pause_until(time(7, 0))
    assert until.astimezone(BERLIN).strftime("%a %H:%M %z") == "Sun 07:00 +0100"
    assert until - berlin(2026, 10, 24, 23, 0) == timedelta(hours=9)


def test_a_screen_lock_holds_reminders_until_the_unlock_then_shows_one_late(harness):
    h = harness(berlin(2026, 11, 23, 10, 50))
    h.go_to(berlin(2026, 11, 23, 10, 55))
    h.service.screen_locked(True)
    h.go_to(berlin(2026, 11, 23, 11, 0, 5))  # the job runs on time, behind the lock screen
    assert h.seen() == []
    h.go_to(berlin(2026, 11, 23, 11, 20))
    h.service.screen_locked(False)
    assert h.seen() == [(K.ELEVATION, "11:00", True)]
    # A locked screen is time away from the desk: the walking interval restarts from the unlock.
    assert h.service.next_occurrences()[K.WALKING].local.strftime("%H:%M") == "11:50"


def test_a_long_lock_shows_nothing_stale_and_records_what_was_missed(harness):
    h = harness(berlin(2026, 11, 23, 10, 50))
    h.service.screen_locked(True)
    for moment in (berlin(2026, 11, 23, 11, 0, 5), berlin(2026, 11, 23, 11, 30, 5), berlin(2026, 11, 23, 14, 10)):
        h.go_to(moment)
    h.service.screen_locked(False)
    assert h.seen() == []
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.MISSED, MissedBecause.ASLEEP)
    assert h.outcome(K.WALKING, "2026-11-23T12:00") == (Outcome.MISSED, MissedBecause.ASLEEP)


def test_a_snooze_that_ends_behind_the_lock_comes_back_at_the_unlock(harness):
    h = harness(berlin(2026, 11, 23, 10, 59), only(K.ELEVATION, time(11, 0)))
    h.go_to(berlin(2026, 11, 23, 11, 0, 1))
    h.service.snooze(h.shown[-1].occurrence, 10 * 60)
    h.service.screen_locked(True)
    h.go_to(berlin(2026, 11, 23, 11, 10, 2))
    assert len(h.shown) == 1
    h.go_to(berlin(2026, 11, 23, 11, 40))
    h.service.screen_locked(False)
    assert h.seen() == [(K.ELEVATION, "11:00", False), (K.ELEVATION, "11:00", False)]
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.SNOOZED, None)


def test_sleep_while_locked_is_settled_once_at_the_unlock(harness):
    h = harness(berlin(2026, 11, 23, 10, 50))
    h.service.screen_locked(True)
    h.go_to(berlin(2026, 11, 23, 11, 10))  # asleep 10:52-11:10 behind the lock
    h.service.on_resumed(berlin(2026, 11, 23, 10, 52).timestamp(), berlin(2026, 11, 23, 11, 10).timestamp())
    assert h.seen() == []
    h.go_to(berlin(2026, 11, 23, 11, 15))
    h.service.screen_locked(False)
    h.service.screen_locked(False)  # a second "unlocked" (two screen savers answering) changes nothing
    assert h.seen() == [(K.ELEVATION, "11:00", True)]


def test_a_pause_outlasting_a_sleep_still_silences_what_fell_due_in_it(harness):
    h = harness(berlin(2026, 11, 23, 10, 0))
    h.service.pause(2 * 3600)
    h.go_to(berlin(2026, 11, 23, 11, 30))  # asleep 10:30-11:30, paused until 12:00
    h.service.on_resumed(berlin(2026, 11, 23, 10, 30).timestamp(), berlin(2026, 11, 23, 11, 30).timestamp())
    assert h.seen() == []
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.MISSED, MissedBecause.PAUSED)


def test_a_pause_that_ended_during_a_sleep_does_not_let_its_reminders_through(harness):
    h = harness(berlin(2026, 11, 23, 10, 0))
    h.service.pause(3600)  # until 11:00, when elevation is due
    h.go_to(berlin(2026, 11, 23, 11, 30))  # both jobs run late, in whichever order
    h.service.on_resumed(berlin(2026, 11, 23, 10, 30).timestamp(), berlin(2026, 11, 23, 11, 30).timestamp())
    assert h.seen() == []
    assert h.service.paused_until is None
    assert h.outcome(K.ELEVATION, "2026-11-23T11:00") == (Outcome.MISSED, MissedBecause.PAUSED)
