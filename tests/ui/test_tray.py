"""The tray icon's menu, tooltip and states, on the offscreen platform (which has no real tray)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.tray import Tray, TrayState, next_line, tray_available


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    service = ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))
    service.start()
    yield service
    service.shutdown()


@pytest.fixture
def tray(qtbot, reminders):
    parent = QWidget()
    qtbot.addWidget(parent)
    tray = Tray(reminders, parent)
    yield tray
    tray.close()


def state_of(tray):
    # Read afresh each time (a property mypy would otherwise narrow to its first value).
    return tray.state


def labels(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_the_menu_says_what_comes_next_and_offers_each_action(tray):
    # Monday 13:00 in Berlin: the next walking break is at 13:30 on the default plan.
    assert tray.next_action.text() == "Next: Walking break at 13:30"
    assert not tray.next_action.isEnabled()
    assert "Next: Walking break at 13:30" in tray.icon.toolTip()
    assert labels(tray.menu) == [
        "Next: Walking break at 13:30",
        "Log a cramp…",
        "Done already",
        "Pause reminders",
        "Open CVI Companion",
        "Quit",
    ]
    assert labels(tray.done_menu) == ["Raise your legs", "Walking break"]
    assert labels(tray.pause_menu) == ["For 30 minutes", "For 1 hour", "For 2 hours", "Until morning"]
    assert state_of(tray) is TrayState.NORMAL


def test_open_log_and_quit_are_signals(qtbot, tray):
    for action, signal in (
        (tray.open_action, tray.open_requested),
        (tray.log_action, tray.log_requested),
        (tray.quit_action, tray.quit_requested),
    ):
        with qtbot.waitSignal(signal, timeout=500):
            action.trigger()


def test_pause_then_resume(tray, reminders, fake_time):
    tray.pause_menu.actions()[1].trigger()
    assert reminders.paused_until == datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
    assert state_of(tray) is TrayState.PAUSED
    assert tray.next_action.text() == "Reminders paused until 14:00"
    assert "Resume reminders" in labels(tray.menu)
    tray.resume_action.trigger()
    assert reminders.paused_until is None
    assert state_of(tray) is TrayState.NORMAL
    assert "Resume reminders" not in labels(tray.menu)


def test_pause_until_morning_ends_when_the_quiet_hours_do(tray, reminders):
    tray.pause_menu.actions()[3].trigger()
    assert reminders.paused_until == datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    assert next_line(reminders) == "Reminders paused until tomorrow 07:00"


def test_done_already_records_the_next_one(tray, reminders, db):
    upcoming = reminders.next_occurrences()[ReminderKind.WALKING]
    tray.done_menu.actions()[1].trigger()
    record = ReminderLog(db).get(upcoming.kind, upcoming.slot)
    assert record is not None
    assert record.outcome is Outcome.DONE
    assert tray.next_action.text() == "Next: Walking break at 14:00"


def test_due_while_the_reminder_window_shows(qtbot, tray, reminders):
    window = QWidget()
    qtbot.addWidget(window)
    tray.follow_reminder_window(window)
    window.show()
    reminders.due.emit(DueReminder(reminders.next_occurrences()[ReminderKind.WALKING]))
    assert state_of(tray) is TrayState.DUE
    assert "A reminder is waiting for you" in tray.icon.toolTip()
    window.hide()
    assert state_of(tray) is TrayState.NORMAL
    # A click on the icon opens the window when nothing is due.
    with qtbot.waitSignal(tray.open_requested, timeout=500):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def test_no_tray_offscreen_and_no_message_from_a_hidden_icon(tray, reminders):
    assert not tray_available()
    assert not tray.say("hello")
    assert not tray.notify(DueReminder(reminders.next_occurrences()[ReminderKind.WALKING]))


def test_the_three_icons_differ(tray):
    images = {state: tray._icons[state].pixmap(32, 32).toImage() for state in TrayState}
    assert len({bytes(image.constBits()) for image in images.values()}) == 3


def test_the_next_line_says_tomorrow_or_the_day_in_whole_sentences(reminders, fake_time):
    fake_time.now = datetime(2026, 11, 23, 21, 30, tzinfo=UTC)  # 22:30 in Berlin: quiet hours, walking is over
    assert next_line(reminders) == "Next: Walking break tomorrow at 09:30"
    fake_time.now = datetime(2026, 11, 27, 21, 30, tzinfo=UTC)  # Friday evening: no walking breaks at weekends
    assert next_line(reminders) == "Next: Raise your legs tomorrow at 11:00"


def test_pause_lengths_are_counted_in_words(tray):
    assert labels(tray.pause_menu)[:3] == ["For 30 minutes", "For 1 hour", "For 2 hours"]
