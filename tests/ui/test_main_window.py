"""The main window's keyboard: tabs, search, the shortcuts list (F1), and one Alt+letter per control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.main_window import MainWindow
from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def window(qtbot, service, reminders, settings_service, db):
    win = MainWindow(service, reminders, settings_service, database=db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    return win


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def test_ctrl_tab_and_ctrl_page_keys_go_round_the_tabs(qtbot, window):
    assert window.tabs.count() == 4
    window.log_tab.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 2
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 1
    # Shift+Tab comes as Backtab from a real keyboard.
    press(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == 0
    # Round from the first to the last.
    press(qtbot, window, Qt.Key.Key_Tab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == 3


@pytest.mark.parametrize(("key", "index"), [(Qt.Key.Key_2, 1), (Qt.Key.Key_3, 2), (Qt.Key.Key_4, 3)])
def test_alt_and_a_number_jumps_to_that_tab(qtbot, window, key, index):
    press(qtbot, window, key, ALT)
    assert window.tabs.currentIndex() == index
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.tabs.currentIndex() == 0


def test_a_missing_tab_is_not_jumped_to(qtbot, service):
    win = MainWindow(service)  # the cramp log and the guides only
    qtbot.addWidget(win)
    assert win.tabs.count() == 2
    assert not win.go_to_tab(3)
    assert win.tabs.currentIndex() == 0


def test_ctrl_f_searches_the_guides_from_any_tab(qtbot, window):
    window.log_tab.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.tabs.currentWidget() is window._guides_holder
    assert window.focusWidget() is window.guides_tab.search_field
    # On the Guides tab its own Ctrl+F answers (two would cancel each other out, with a warning).
    assert not window.search_action.isEnabled()
    window.guides_tab.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.focusWidget() is window.guides_tab.search_field
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.search_action.isEnabled()


def test_f1_asks_for_the_list_of_shortcuts(qtbot, window):
    shown = []
    window.offer_shortcuts(lambda: shown.append(True))
    with qtbot.waitSignal(window.shortcuts_requested):
        press(qtbot, window, Qt.Key.Key_F1)
    assert shown == [True]


def test_each_screen_of_the_window_has_unique_alt_letters(qtbot, window):
    window.offer_data_dialog(lambda: None)
    window.offer_settings_dialog(lambda: None)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        letters = mnemonics(window)
        assert duplicates(letters) == [], window.tabs.tabText(index)
    window.tabs.setCurrentIndex(0)
    # The cramp log screen: its buttons, filters and the footer each have one.
    assert {"n", "e", "l", "t", "h", "s", "f", "y", "g"} <= set(mnemonics(window))


def test_every_control_of_the_cramp_log_and_reminders_is_named(qtbot, window):
    window.log_tab.filter_bar.range.setCurrentIndex(window.log_tab.filter_bar.range.count() - 1)  # custom dates
    assert unnamed_focusable(window.log_tab) == []
    window.tabs.setCurrentIndex(1)
    assert unnamed_focusable(window.reminders_tab) == []


def test_the_footer_buttons_are_reached_left_to_right(qtbot, window):
    window.offer_data_dialog(lambda: None)
    window.offer_settings_dialog(lambda: None)
    assert window.settings_button.nextInFocusChain() is window.data_button
    assert window.data_button.nextInFocusChain() is window.red_flags_button


def test_the_help_button_offers_the_shortcuts_list_and_about(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner).isAncestorOf(window.help_button)
    assert window.help_button.isVisible()
    actions = window.help_button.menu().actions()
    assert [a.text() for a in actions] == ["&Keyboard shortcuts", "&About CVI Companion"]
    with qtbot.waitSignal(window.shortcuts_requested):
        actions[0].trigger()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    actions[1].trigger()
    assert len(shown) == 1
    assert "does not replace a clinician" in shown[0]
    assert "emergency number" in shown[0]
