"""The shortcuts list (for F1) says what the code does: each row is checked against the real shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from cvi_companion.app.desktop import SETTINGS_SHORTCUT
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui import shortcut_list
from cvi_companion.ui.main_window import MainWindow
from cvi_companion.ui.reminder_window import ReminderWindow
from cvi_companion.ui.shortcut_list import MAIN_SHORTCUTS, key_text, rows


def keys_of(actions) -> set[str]:
    return {shortcut.toString() for action in actions for shortcut in action.shortcuts()}


def portable(keys: str) -> str:
    return QKeySequence(keys).toString()


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def window(qtbot, service, reminders, settings_service, db):
    win = MainWindow(service, reminders, settings_service, database=db)
    qtbot.addWidget(win)
    return win


def test_the_window_wide_shortcuts_are_the_listed_ones(window):
    actions = keys_of(window.actions())
    listed = {
        shortcut_list.LOG_KEYS,
        shortcut_list.SEARCH_KEYS,
        *shortcut_list.NEXT_TAB_KEYS,
        *shortcut_list.PREVIOUS_TAB_KEYS,
        *shortcut_list.TAB_KEYS,
        shortcut_list.HELP_KEYS,
        shortcut_list.REPORT_KEYS,
    }
    assert {portable(k) for k in listed} <= actions
    assert SETTINGS_SHORTCUT == shortcut_list.SETTINGS_KEYS
    # Alt+F is the red flags button's mnemonic.
    assert "&f" in window.red_flags_button.text().lower()
    assert shortcut_list.RED_FLAGS_KEYS == "Alt+F"


def test_every_listed_key_exists_in_the_code(qtbot, window, reminders):
    listed = {keys for keys, _context, _source in MAIN_SHORTCUTS}
    # The guides tab's own shortcuts (larger, smaller, normal text; back; forward).
    window.tabs.setCurrentIndex(3)
    guide_keys = keys_of(window.guides_tab.actions())
    for keys in ("Ctrl++", "Ctrl+-", "Ctrl+0", "Alt+Left", "Alt+Right"):
        assert keys in listed
        assert portable(keys) in guide_keys, keys
    # The reminder window: Enter (Done), Esc (Snooze), Alt+K (Skip).
    reminder = ReminderWindow(reminders)
    qtbot.addWidget(reminder)
    assert "&k" in reminder.skip_button.text().lower()
    assert {"Enter", "Esc", "Alt+K"} <= listed
    # The log's undo.
    assert window.log_tab.undo_bar.undo_button.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Z" in listed


def test_each_row_has_a_group_keys_and_a_description():
    assert len(rows()) == len(MAIN_SHORTCUTS)
    for group, keys, description in rows():
        assert group
        assert keys
        assert description
    groups = [group for group, _keys, _description in rows()]
    assert groups[0] == "Main window"
    assert {"Quick log", "Reminder window", "Guides"} <= set(groups)


def test_keys_are_shown_the_platform_way():
    assert key_text("L, R, B") == "L, R, B"
    assert key_text("Ctrl+Tab, Ctrl+PgDown") == ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in ("Ctrl+Tab", "Ctrl+PgDown")
    )
