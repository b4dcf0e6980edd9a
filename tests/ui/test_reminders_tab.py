"""The Reminders tab: editing the plan, pausing, and what comes next."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminders import STOCKING_KINDS, DailyTimes, Interval, ReminderKind
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.ui.reminders_tab import RemindersTab, parse_times


@pytest.fixture
def log(db):
    return ReminderLog(db)


@pytest.fixture
def reminders(settings_service, log, db, berlin, fake_time):
    return ReminderService(settings_service, log, NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def tab(qtbot, reminders, settings_service):
    widget = RemindersTab(reminders, settings_service)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def saved(app_paths):
    """The settings as a fresh start would read them from disk."""
    return SettingsService(SettingsStore(app_paths.settings_path)).settings


def test_switching_elevation_off_and_saving_changes_the_saved_settings(qtbot, tab, app_paths):
    box = tab.boxes[ReminderKind.ELEVATION]
    assert box.enabled.isChecked()
    box.enabled.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Saved."
    assert not saved(app_paths).reminders.rule(ReminderKind.ELEVATION).enabled
    assert box.next_label.text() == "Next: none (off)"


def test_changed_times_and_days_are_saved(qtbot, tab, app_paths):
    box = tab.boxes[ReminderKind.ELEVATION]
    box.times.setText("19:30, 10:15 ,")
    box.days[6].setChecked(False)
    walking = tab.boxes[ReminderKind.WALKING]
    walking.every.setValue(45)
    assert tab.save()
    plan = saved(app_paths).reminders
    assert plan.rule(ReminderKind.ELEVATION).schedule == DailyTimes((time(10, 15), time(19, 30)), frozenset(range(6)))
    schedule = plan.rule(ReminderKind.WALKING).schedule
    assert isinstance(schedule, Interval)
    assert schedule.every_s == 45 * 60


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the reminder window asks to be raised
def test_the_default_snooze_is_saved_in_seconds_and_offered_first_by_the_reminder_window(
    qtbot, tab, app_paths, reminders
):
    assert tab.snooze_default.currentText() == "10 min"
    tab.snooze_default.setCurrentIndex(tab.snooze_default.findText("30 min"))
    assert tab.save()
    assert saved(app_paths).reminders.snooze_s == 1800
    from cvi_companion.services.reminder_service import DueReminder
    from cvi_companion.ui.reminder_window import ReminderWindow

    window = ReminderWindow(reminders, is_night=lambda: False)
    qtbot.addWidget(window)
    upcoming = reminders.next_occurrences()
    window.show_reminder(DueReminder(upcoming[ReminderKind.ELEVATION]))
    assert window.snooze_choice.currentText() == "30 min"


@pytest.mark.parametrize(
    ("times", "message"), [("11:00, 3pm", "is not a time like 07:30"), ("", "Add at least one time of day")]
)
def test_an_invalid_time_shows_a_message_and_saves_nothing(qtbot, tab, app_paths, times, message):
    before = app_paths.settings_path.read_bytes() if app_paths.settings_path.exists() else None
    box = tab.boxes[ReminderKind.ELEVATION]
    box.times.setText(times)
    tab.boxes[ReminderKind.BEDTIME_STRETCH].enabled.setChecked(True)
    tab.show()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert box.problem.isVisible()
    assert message in box.problem.text()
    assert "Nothing saved" in tab.status.text()
    after = app_paths.settings_path.read_bytes() if app_paths.settings_path.exists() else None
    assert after == before
    assert not saved(app_paths).reminders.rule(ReminderKind.BEDTIME_STRETCH).enabled


def test_parse_times():
    assert parse_times(" 07:30,19:00; 7:05 ") == (time(7, 5), time(7, 30), time(19, 0))


def test_stocking_kinds_are_disabled_until_the_clinician_box_is_ticked(qtbot, tab, app_paths):
    assert not tab.clinician.isChecked()
    for kind in STOCKING_KINDS:
        assert not tab.boxes[kind].isEnabled()
    assert tab.boxes[ReminderKind.ELEVATION].isEnabled()
    assert "clinician" in tab.boxes[ReminderKind.STOCKINGS_ON].next_label.text()
    tab.clinician.setChecked(True)
    for kind in STOCKING_KINDS:
        assert tab.boxes[kind].isEnabled()
    assert tab.save()
    assert saved(app_paths).reminders.stockings_confirmed
    # 13:00 on Monday: the stockings come off at 22:00 and go on at 07:30 tomorrow.
    assert tab.boxes[ReminderKind.STOCKINGS_OFF].next_label.text() == "Next: Mon 23 Nov 22:00"
    assert tab.boxes[ReminderKind.STOCKINGS_ON].next_label.text() == "Next: Tue 24 Nov 07:30"


def test_pause_says_until_when_and_resume_clears_it(qtbot, tab, reminders, fake_time):
    fake_time.now = datetime(2026, 11, 23, 9, 45, tzinfo=UTC)  # 10:45 in Berlin
    assert tab.paused_label.text() == ""
    assert not tab.resume_button.isEnabled()
    qtbot.mouseClick(tab.pause_buttons[0], Qt.MouseButton.LeftButton)
    assert tab.paused_label.text() == "Paused until 11:15"
    # The 11:00 elevation falls inside the pause: the next one shown is 15:00.
    assert tab.boxes[ReminderKind.ELEVATION].next_label.text() == "Next: Mon 23 Nov 15:00"
    qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    assert tab.paused_label.text() == ""
    assert reminders.paused_until is None


def test_pause_until_the_morning(qtbot, tab, reminders):
    qtbot.mouseClick(tab.pause_morning, Qt.MouseButton.LeftButton)
    assert tab.paused_label.text() == "Paused until Tue 24 Nov 07:00"
    tab.resume()


def test_next_occurrences_show_the_local_time(qtbot, tab, fake_time, reminders):
    # 13:00 in Berlin on Monday 23 November 2026 (12:00 UTC).
    assert tab.boxes[ReminderKind.ELEVATION].next_label.text() == "Next: Mon 23 Nov 15:00"
    assert tab.boxes[ReminderKind.WALKING].next_label.text() == "Next: Mon 23 Nov 13:30"
    fake_time.now = datetime(2026, 11, 23, 18, 45, tzinfo=UTC)  # 19:45
    reminders.schedule_changed.emit()
    assert tab.boxes[ReminderKind.ELEVATION].next_label.text() == "Next: Tue 24 Nov 11:00"


def test_done_already_records_the_next_one_as_done(qtbot, tab, log):
    qtbot.mouseClick(tab.boxes[ReminderKind.ELEVATION].done_already, Qt.MouseButton.LeftButton)
    record = log.get(ReminderKind.ELEVATION, "2026-11-23T15:00")
    assert record is not None
    assert record.outcome is Outcome.DONE
    assert tab.boxes[ReminderKind.ELEVATION].next_label.text() == "Next: Mon 23 Nov 19:30"


def test_a_hidden_tab_catches_up_when_shown(qtbot, tab, reminders):
    box = tab.boxes[ReminderKind.ELEVATION]
    tab.hide()
    reminders.pause(30 * 60)
    reminders.schedule_changed.emit()  # the scheduler is not started in these tests
    assert tab.paused_label.text() == ""
    tab.show()
    assert tab.paused_label.text() == "Paused until 13:30"
    assert box.next_label.text() == "Next: Mon 23 Nov 15:00"
    reminders.resume()


def test_every_focusable_widget_has_an_accessible_name(qtbot, tab):
    for widget in tab.findChildren(QWidget):
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the line edit inside a spin or time box is named by its box
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), widget


def test_the_main_window_has_the_reminders_tab_after_the_cramp_log(qtbot, service, reminders, settings_service, db):
    from cvi_companion.ui.main_window import MainWindow

    window = MainWindow(service, reminders, settings_service, database=db)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Cramp log", "Reminders", "Insights", "Guides"]


def test_the_reminders_tab_is_built_when_first_shown_not_at_start(qtbot, service, reminders, settings_service):
    from cvi_companion.ui.main_window import LazyTab, MainWindow
    from cvi_companion.ui.reminders_tab import RemindersTab

    window = MainWindow(service, reminders, settings_service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    holder = window.tabs.widget(1)
    assert isinstance(holder, LazyTab)
    assert not holder.findChildren(RemindersTab)  # nothing built while the log tab is showing
    window.tabs.setCurrentIndex(1)
    built = holder.findChildren(RemindersTab)
    assert len(built) == 1
    assert window.reminders_tab is built[0]
    assert built[0].isVisible()


def test_the_app_starts_reminders_after_the_first_paint_and_stops_them(tmp_path, qapp, monkeypatch):
    import sys

    from cvi_companion.app import gui
    from cvi_companion.cli.parser import parse_args

    calls: list[str] = []
    monkeypatch.setattr(ReminderService, "start", lambda self: calls.append("start"))
    monkeypatch.setattr(ReminderService, "shutdown", lambda self: calls.append("shutdown"))
    hook = sys.excepthook
    try:
        assert gui.run_gui(parse_args(["--data-dir", str(tmp_path / "data"), "--exit-after-paint"])) == 0
    finally:
        sys.excepthook = hook
    assert calls == ["start", "shutdown"]


def after(widget):
    """The next widget Tab goes to (the chain also holds labels and the boxes' inner line edits)."""
    widget = widget.nextInFocusChain()
    while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        widget = widget.nextInFocusChain()
    return widget


def test_the_tab_has_unique_alt_letters(qtbot, tab):
    from tests.ui.keyboard_checks import duplicates, mnemonics

    letters = mnemonics(tab)
    assert {"c", "q", "n", "r", "s"} <= set(letters)  # clinician, Quiet hours, sNooze, Resume, Save
    assert duplicates(letters) == []


def test_days_start_where_the_locales_week_starts(qtbot, reminders, settings_service):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        widget = RemindersTab(reminders, settings_service)
        qtbot.addWidget(widget)
        box = widget.boxes[ReminderKind.WALKING]
        # Shown Sunday first, kept Monday first (as the schedule numbers the days).
        assert [d.text() for d in box.days] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        assert after(box.days[6]) is box.days[0]
        assert widget.pause_morning.text() == "Until 7:00\u202fAM"
        assert box.starts is not None
        assert box.starts.displayFormat() == QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    finally:
        QLocale.setDefault(before)


def test_pause_lengths_and_months_are_counted_in_words(qtbot, tab):
    assert [b.text() for b in tab.pause_buttons] == ["30 min", "1 hour", "2 hours"]
    months = tab.boxes[ReminderKind.STOCKING_REPLACEMENT].months
    months.setValue(1)
    assert months.suffix() == " month"
    months.setValue(3)
    assert months.suffix() == " months"


def test_tab_goes_from_the_pause_row_through_the_kinds_to_save(qtbot, tab):
    assert after(tab.pause_buttons[-1]) is tab.pause_morning
    assert after(tab.resume_button) is tab.clinician
    first_box = next(iter(tab.boxes.values()))
    assert after(tab.clinician) is first_box.enabled
    last_box = list(tab.boxes.values())[-1]
    assert after(last_box.focus_order()[-1]) is tab.quiet_starts
    assert after(tab.snooze_default) is tab.save_button


def test_unconfirmed_stocking_reminders_show_unticked_and_keep_their_setting(qtbot, tab, settings_service):
    # A greyed-out ticked "On" read as "on" while nothing would come.
    assert not tab.clinician.isChecked()
    saved_on = {rule.kind: rule.enabled for rule in settings_service.settings.reminders.rules}
    assert saved_on[ReminderKind.STOCKINGS_ON]
    assert saved_on[ReminderKind.STOCKINGS_OFF]
    for kind in STOCKING_KINDS:
        box = tab.boxes[kind]
        assert not box.isEnabled()
        assert not box.enabled.isChecked()
        assert box.edited_rule().enabled == saved_on[kind]  # the saved choice underneath is unchanged
    tab.clinician.setChecked(True)
    for kind in STOCKING_KINDS:
        assert tab.boxes[kind].enabled.isChecked() == saved_on[kind]
    tab.boxes[ReminderKind.STOCKINGS_OFF].enabled.setChecked(False)
    tab.clinician.setChecked(False)
    assert not tab.boxes[ReminderKind.STOCKINGS_OFF].edited_rule().enabled
    assert tab.boxes[ReminderKind.STOCKINGS_ON].edited_rule().enabled
    assert tab.save()
    kinds = {rule.kind: rule.enabled for rule in settings_service.settings.reminders.rules}
    assert kinds[ReminderKind.STOCKINGS_ON]
    assert not kinds[ReminderKind.STOCKINGS_OFF]
