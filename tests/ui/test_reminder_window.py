"""The reminder window: one reminder at a time, keyboard operable, never taking the focus."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.night_style import is_dim
from cvi_companion.ui.reminder_window import ReminderWindow
from tests.ui.reminder_cases import occurrence_of

# A stay-on-top window asks to be raised when shown, which the offscreen test platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def log(db):
    return ReminderLog(db)


@pytest.fixture
def reminders(settings_service, log, db, berlin, fake_time):
    return ReminderService(settings_service, log, NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def window(qtbot, reminders):
    widget = ReminderWindow(reminders)
    qtbot.addWidget(widget)
    return widget


def outcome(log, occurrence):
    record = log.get(occurrence.kind, occurrence.slot)
    return record.outcome if record else None


def test_enter_means_done(qtbot, window, reminders, log):
    due = occurrence_of(reminders, ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    qtbot.waitExposed(window)
    assert window.title.text() == "Raise your legs"
    assert "feet above the level of your heart" in window.what.text()
    assert not window.late.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert outcome(log, due) is Outcome.DONE
    assert not window.isVisible()
    assert window.current is None


def test_enter_on_a_focused_button_clicks_that_button(qtbot, window, reminders, log):
    due = occurrence_of(reminders, ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    qtbot.keyClick(window.skip_button, Qt.Key.Key_Return)
    assert outcome(log, due) is Outcome.SKIPPED


def test_escape_snoozes_with_the_plans_default(qtbot, window, reminders, log, fake_time):
    due = occurrence_of(reminders, ReminderKind.WALKING)
    window.show_reminder(DueReminder(due))
    assert window.snooze_choice.currentData() == reminders.plan.snooze_s == 600
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    record = log.get(due.kind, due.slot)
    assert record.outcome is Outcome.SNOOZED
    assert record.snoozes == 1
    assert not window.isVisible()


def test_snooze_for_a_chosen_time(qtbot, window, reminders, log, monkeypatch):
    asked = []
    monkeypatch.setattr(reminders, "snooze", lambda occurrence, seconds=None: asked.append(seconds))
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.WALKING)))
    window.snooze_choice.setCurrentIndex(window.snooze_choice.findData(30 * 60))
    qtbot.mouseClick(window.snooze_button, Qt.MouseButton.LeftButton)
    assert asked == [1800]


def test_skip_is_recorded_as_skipped(qtbot, window, reminders, log):
    due = occurrence_of(reminders, ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)
    assert outcome(log, due) is Outcome.SKIPPED


def test_a_late_reminder_says_when_it_was_due(qtbot, window, reminders):
    due = occurrence_of(reminders, ReminderKind.STOCKINGS_ON)
    window.show_reminder(DueReminder(due, late=True))
    qtbot.waitExposed(window)
    assert window.late.isVisible()
    assert window.late.text() == "This was due at 07:30."
    assert window.title.text() == "Put your stockings on"


def test_two_reminders_queue_and_show_one_after_the_other(qtbot, window, reminders, log):
    first = occurrence_of(reminders, ReminderKind.ELEVATION)
    second = occurrence_of(reminders, ReminderKind.WALKING)
    window.show_reminder(DueReminder(first))
    window.show_reminder(DueReminder(second))
    window.show_reminder(DueReminder(second))  # the same occurrence again is not queued twice
    assert window.current.occurrence == first
    assert window.queued == 1
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert window.current.occurrence == second
    assert window.title.text() == "Walking break"
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert outcome(log, first) is outcome(log, second) is Outcome.DONE


def test_the_window_does_not_take_the_focus(qtbot, reminders):
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not window.isModal()
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.ELEVATION)))
    qtbot.waitExposed(window)
    assert not window.isActiveWindow()


def test_morning_check_in_yes_asks_for_the_quick_log(qtbot, window, reminders, log, db):
    due = occurrence_of(reminders, ReminderKind.MORNING_CHECK_IN)
    window.show_reminder(DueReminder(due))
    qtbot.waitExposed(window)
    assert window.yes_button.isVisible()
    assert window.no_button.isVisible()
    assert not window.done_button.isVisible()
    with qtbot.waitSignal(window.log_cramp_requested, timeout=1000):
        qtbot.mouseClick(window.yes_button, Qt.MouseButton.LeftButton)
    assert outcome(log, due) is Outcome.DONE
    # The night counts through the cramp about to be logged, never as cramp-free.
    assert NightReports(db).cramp_free_between(date(2026, 11, 1), date(2026, 12, 31)) == set()


@pytest.mark.parametrize("answer", ["click", "enter"])
def test_morning_check_in_no_cramps_records_last_night_as_cramp_free(qtbot, window, reminders, log, db, answer):
    due = occurrence_of(reminders, ReminderKind.MORNING_CHECK_IN)
    window.show_reminder(DueReminder(due))
    qtbot.waitExposed(window)
    with qtbot.assertNotEmitted(window.log_cramp_requested):
        if answer == "click":
            qtbot.mouseClick(window.no_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(window, Qt.Key.Key_Return)
    assert outcome(log, due) is Outcome.DONE
    # The check-in on the morning of the 23rd is about the night that began on the 22nd.
    assert due.local.date() == date(2026, 11, 23)
    assert NightReports(db).cramp_free_between(date(2026, 11, 1), date(2026, 12, 31)) == {date(2026, 11, 22)}


def test_every_focusable_widget_has_an_accessible_name_and_buttons_are_large(qtbot, window, reminders):
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.ELEVATION)))
    qtbot.waitExposed(window)
    focusable = [
        w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is window
    ]
    assert focusable
    for widget in focusable:
        assert widget.accessibleName(), widget
        if widget.isVisible():
            assert widget.height() >= 44, widget


def test_at_night_the_window_opens_dim(qtbot, reminders):
    window = ReminderWindow(reminders, is_night=lambda: True)
    qtbot.addWidget(window)
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.STOCKINGS_OFF)))
    assert is_dim(window.palette())
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)


def test_a_storage_problem_keeps_the_reminder(qtbot, window, reminders, monkeypatch):
    from cvi_companion.storage.errors import StorageError

    def fail(*_args, **_kwargs):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(reminders, "answer", fail)
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.ELEVATION)))
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert window.current is not None
    assert window.problem.isVisible()
    assert "disk is full" in window.problem.text()


def test_the_elevation_countdown_follows_the_clock_and_ends_by_itself(qtbot, window, reminders, log, fake_time):
    due = occurrence_of(reminders, ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    qtbot.waitExposed(window)
    assert window.timer_button.isVisible()
    assert not window.countdown.isVisible()
    assert window.timer_button.text() == "Start &timer"  # Alt+T
    qtbot.mouseClick(window.timer_button, Qt.MouseButton.LeftButton)
    assert window.countdown.text() == "Legs up: 30:00 left"
    fake_time.now += timedelta(minutes=10, seconds=15)  # also what a sleep in between would look like
    window._countdown_tick.timeout.emit()
    assert window.countdown.text() == "Legs up: 19:45 left"
    fake_time.now += timedelta(minutes=20)
    window._countdown_tick.timeout.emit()
    assert window.countdown.text().startswith("Time is up.")
    assert not window._countdown_tick.isActive()
    assert outcome(log, due) is None  # the countdown answers nothing; Done does
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert outcome(log, due) is Outcome.DONE


def test_only_elevation_offers_a_countdown_and_an_answer_stops_it(qtbot, window, reminders):
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.ELEVATION)))
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.WALKING)))
    qtbot.waitExposed(window)
    window.start_countdown()
    assert window._countdown_tick.isActive()
    window.skip()
    assert window.title.text() == "Walking break"
    assert not window._countdown_tick.isActive()
    assert not window.countdown.isVisible()
    assert not window.timer_button.isVisible()


def test_a_reminder_answered_in_a_notification_leaves_the_window_and_the_queue(qtbot, window, reminders):
    elevation = occurrence_of(reminders, ReminderKind.ELEVATION)
    walking = occurrence_of(reminders, ReminderKind.WALKING)
    stretch = occurrence_of(reminders, ReminderKind.BEDTIME_STRETCH)
    for occurrence in (elevation, walking, stretch):
        window.show_reminder(DueReminder(occurrence))
    window.withdraw(walking)  # queued: dropped
    assert window.queued == 1
    window.withdraw(elevation)  # showing: the next one comes
    assert window.title.text() == "Bedtime calf stretch"
    assert window.queued == 0


def test_an_answer_in_the_window_is_announced_for_the_notification(qtbot, window, reminders):
    due = occurrence_of(reminders, ReminderKind.ELEVATION)
    window.show_reminder(DueReminder(due))
    with qtbot.waitSignal(window.answered, timeout=1000) as answered:
        window.done()
    assert answered.args == [due]


@pytest.mark.parametrize("kind", [ReminderKind.ELEVATION, ReminderKind.MORNING_CHECK_IN])
def test_the_window_has_unique_alt_letters(qtbot, window, reminders, kind):
    from tests.ui.keyboard_checks import duplicates, mnemonics

    window.show_reminder(DueReminder(occurrence_of(reminders, kind)))
    qtbot.waitExposed(window)
    assert duplicates(mnemonics(window)) == []
    assert "k" in mnemonics(window)  # Alt+K skips


def test_tab_goes_along_the_answers_in_reading_order(qtbot, window, reminders):
    window.show_reminder(DueReminder(occurrence_of(reminders, ReminderKind.ELEVATION)))
    qtbot.waitExposed(window)
    order = [window.done_button]
    while len(order) < 6:
        order.append(order[-1].nextInFocusChain())
    order = [w for w in order if w.isVisible()]
    assert order[:5] == [
        window.done_button,
        window.timer_button,
        window.snooze_button,
        window.snooze_choice,
        window.skip_button,
    ]


def test_snooze_lengths_and_the_due_time_follow_the_locale(qtbot, reminders):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        window = ReminderWindow(reminders)
        qtbot.addWidget(window)
        due = occurrence_of(reminders, ReminderKind.STOCKINGS_ON)
        window.show_reminder(DueReminder(due, late=True))
        assert window.late.text() == "This was due at 7:30\u202fAM."
        assert [window.snooze_choice.itemText(i) for i in range(window.snooze_choice.count())] == [
            "5 min",
            "10 min",
            "30 min",
        ]
    finally:
        QLocale.setDefault(before)
