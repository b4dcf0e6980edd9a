"""The quick log: one Enter saves a sensible entry, half asleep, by keyboard alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QWidget

from cvi_companion.domain.cramps import CrampFilter, Location, Side
from cvi_companion.storage.errors import DiskFull
from cvi_companion.ui.entry_dialog import EntryDialog
from cvi_companion.ui.quick_log_dialog import AT_A_TIME, TARGET_HEIGHT, QuickLogDialog


def latest(repo):
    newest = repo.page(CrampFilter(), 0, 1)
    return newest[0][1] if newest else None


def open_dialog(qtbot, service) -> QuickLogDialog:
    dialog = QuickLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot, dialog: QDialog, key) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    qtbot.keyClick(dialog.focusWidget(), key)


def test_one_enter_saves_now_calf_last_side_and_woke_me_at_night(qtbot, service, repo, make_entry, fake_time, night):
    repo.add(make_entry(minutes_ago=24 * 60, side=Side.RIGHT))
    fake_time.now = night
    dialog = open_dialog(qtbot, service)
    with qtbot.waitSignal(dialog.logged) as logged:
        press(qtbot, dialog, Qt.Key.Key_Return)
    entry = latest(repo)
    assert entry == logged.args[0]
    assert entry.started_at == night
    assert entry.side is Side.RIGHT
    assert entry.locations == (Location.CALF,)
    assert entry.woke_me is True
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_by_day_woke_me_defaults_to_no(qtbot, service, repo, make_entry, day):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    assert not dialog.woke.isChecked()
    press(qtbot, dialog, Qt.Key.Key_Enter)
    entry = latest(repo)
    assert entry.started_at == day
    assert entry.woke_me is False
    assert entry.side is Side.LEFT


def test_enter_saves_even_when_a_choice_button_has_the_focus(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    dialog.side_buttons[Side.BOTH].setFocus()
    qtbot.keyClick(dialog.side_buttons[Side.BOTH], Qt.Key.Key_Return)
    # Enter saved with the remembered side; it did not press the focused "Both" button.
    assert latest(repo).side is Side.LEFT
    assert repo.count(CrampFilter()) == 2


@pytest.mark.parametrize(
    ("key", "side"), [(Qt.Key.Key_L, Side.LEFT), (Qt.Key.Key_R, Side.RIGHT), (Qt.Key.Key_B, Side.BOTH)]
)
def test_l_r_b_keys_choose_the_side(qtbot, service, repo, make_entry, key, side):
    repo.add(make_entry(side=Side.RIGHT if side is not Side.RIGHT else Side.LEFT))
    dialog = open_dialog(qtbot, service)
    press(qtbot, dialog, key)
    assert dialog.side_buttons[side].isChecked()
    assert dialog.side is side
    assert sum(b.isChecked() for b in dialog.side_buttons.values()) == 1
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert latest(repo).side is side


def test_first_ever_use_asks_for_a_side_before_saving(qtbot, service, repo):
    dialog = open_dialog(qtbot, service)
    assert dialog.side is None
    assert not dialog.save_button.isEnabled()
    assert "side" in dialog.save_button.text()
    assert "L, R or B" in dialog.save_button.text()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert repo.count(CrampFilter()) == 0
    assert dialog.isVisible()
    press(qtbot, dialog, Qt.Key.Key_R)
    assert dialog.save_button.isEnabled()
    assert dialog.save_button.text() == "Save"
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert latest(repo).side is Side.RIGHT


def test_at_a_time_0300_means_the_most_recent_0300(qtbot, service, repo, make_entry, fake_time, berlin):
    repo.add(make_entry(minutes_ago=3 * 24 * 60, side=Side.LEFT))
    # 02:30 in Berlin: 03:00 today has not come yet, so "03:00" is last night's (yesterday's) 03:00.
    fake_time.now = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.when_buttons[AT_A_TIME], Qt.MouseButton.LeftButton)
    assert dialog.at_time.isVisible()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.at_time)
    dialog.at_time.setTime(QTime(3, 0))
    assert "03:00, Sun 22 Nov" in dialog.resolved.text()
    press(qtbot, dialog, Qt.Key.Key_Return)
    entry = latest(repo)
    assert entry.started_at == datetime(2026, 11, 22, 3, 0, tzinfo=berlin)
    assert entry.woke_me is True


def test_keyboard_only_arrows_to_at_a_time_type_0300_enter(qtbot, service, repo, make_entry, berlin):
    repo.add(make_entry(minutes_ago=600, side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.when_buttons[0].setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.when_group.checkedId() == AT_A_TIME
    qtbot.waitUntil(dialog.at_time.hasFocus)
    qtbot.keyClicks(dialog.at_time, "0300")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    # 13:00 now, so 03:00 is this morning's.
    assert latest(repo).started_at == datetime(2026, 11, 23, 3, 0, tzinfo=berlin)


def test_quick_choices_for_earlier(qtbot, service, repo, make_entry, day):
    repo.add(make_entry(side=Side.LEFT, minutes_ago=600))
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.when_buttons[15], Qt.MouseButton.LeftButton)
    assert not dialog.at_time.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert latest(repo).started_at == day - timedelta(minutes=15)


def test_one_hour_ago_is_a_real_hour_across_the_autumn_clock_change(qtbot, service, repo, make_entry, fake_time):
    # 02:30 CET just after clocks went back from 03:00 CEST: an hour earlier the wall clock also read 02:30.
    fake_time.now = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    repo.add(make_entry(side=Side.LEFT, now=fake_time.now, minutes_ago=600))
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.when_buttons[60], Qt.MouseButton.LeftButton)
    press(qtbot, dialog, Qt.Key.Key_Return)
    entry = latest(repo)
    assert entry.started_at == fake_time.now - timedelta(hours=1)
    assert entry.started_at.utcoffset() == timedelta(hours=2)


def test_w_toggles_woke_me_and_a_choice_made_by_hand_sticks(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT, minutes_ago=600))
    dialog = open_dialog(qtbot, service)
    assert not dialog.woke.isChecked()  # 13:00: the default is "did not wake me"
    press(qtbot, dialog, Qt.Key.Key_W)
    assert dialog.woke.isChecked()
    press(qtbot, dialog, Qt.Key.Key_W)
    assert not dialog.woke.isChecked()
    # Picking a night-time hour no longer changes it: the person has said what happened.
    qtbot.mouseClick(dialog.when_buttons[AT_A_TIME], Qt.MouseButton.LeftButton)
    dialog.at_time.setTime(QTime(3, 0))
    assert not dialog.woke.isChecked()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert latest(repo).woke_me is False


def test_the_woke_default_follows_the_time_chosen(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT, minutes_ago=600))
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.when_buttons[AT_A_TIME], Qt.MouseButton.LeftButton)
    dialog.at_time.setTime(QTime(3, 0))
    assert dialog.woke.isChecked()
    dialog.at_time.setTime(QTime(11, 0))
    assert not dialog.woke.isChecked()


def test_escape_cancels_and_saves_nothing(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert repo.count(CrampFilter()) == 1


def test_a_storage_problem_is_explained_and_the_choices_are_kept(qtbot, service, repo, make_entry, monkeypatch):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    press(qtbot, dialog, Qt.Key.Key_B)
    qtbot.mouseClick(dialog.place_buttons[Location.FOOT], Qt.MouseButton.LeftButton)

    def full(_entry):
        raise DiskFull("Could not save the cramp entry: the disk is full. Nothing was changed.")

    monkeypatch.setattr(repo, "add", full)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "disk is full" in dialog.problem.text()
    assert dialog.side is Side.BOTH
    assert dialog.locations() == (Location.CALF, Location.FOOT)
    monkeypatch.undo()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert latest(repo).locations == (Location.CALF, Location.FOOT)


def test_a_validation_problem_is_shown_in_plain_words(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.place_buttons[Location.CALF], Qt.MouseButton.LeftButton)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Choose at least one place" in dialog.problem.text()
    assert repo.count(CrampFilter()) == 1


def test_add_details_logs_the_entry_with_its_details(qtbot, service, repo, make_entry, day):
    repo.add(make_entry(side=Side.RIGHT))
    dialog = open_dialog(qtbot, service)
    press(qtbot, dialog, Qt.Key.Key_L)
    details = dialog.add_details()
    assert isinstance(details, EntryDialog)
    assert details.form.side_buttons[Side.LEFT].isChecked()
    assert details.form.location_checks[Location.CALF].isChecked()
    details.form.intensity.setValue(7)
    details.form.note.setPlainText("Woke up with the toes pointing down.")
    with qtbot.waitSignal(dialog.logged) as logged:
        qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    entry = latest(repo)
    assert entry == logged.args[0]
    assert (entry.side, entry.intensity, entry.started_at) == (Side.LEFT, 7, day)
    assert entry.note == "Woke up with the toes pointing down."
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert repo.count(CrampFilter()) == 2


def test_targets_are_large(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    buttons = [*dialog.side_buttons.values(), *dialog.when_buttons.values(), dialog.save_button]
    assert all(button.height() >= TARGET_HEIGHT for button in buttons)
    assert dialog.font().pointSizeF() > QWidget().font().pointSizeF()


def focusable_without_name(dialog: QDialog) -> list[str]:
    """Focusable, visible widgets that a screen reader could not name."""
    missing = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(dialog):
            continue
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the inner editor of a spin or combo box is named through its owner
        named = bool(widget.accessibleName()) or (isinstance(widget, QAbstractButton) and bool(widget.text()))
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_widget_has_an_accessible_name(qtbot, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    dialog = open_dialog(qtbot, service)
    qtbot.mouseClick(dialog.when_buttons[AT_A_TIME], Qt.MouseButton.LeftButton)
    assert focusable_without_name(dialog) == []
    details = dialog.add_details()
    details.form.duration_choice.setCurrentIndex(details.form.duration_choice.count() - 1)
    assert focusable_without_name(details) == []


def test_the_quick_log_has_unique_alt_letters_and_named_controls(qtbot, service):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    dialog = open_dialog(qtbot, service)
    letters = mnemonics(dialog)
    assert {"w", "s", "r", "d"} <= set(letters)  # When, Side, Where, Add details
    assert duplicates(letters) == []
    dialog.when_buttons[AT_A_TIME].setChecked(True)
    assert unnamed_focusable(dialog) == []


def test_the_time_and_its_choices_follow_the_locale(qtbot, service, monkeypatch):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        dialog = open_dialog(qtbot, service)
        dialog.preset_time(datetime(2026, 11, 23, 3, 0).time())
        assert dialog.at_time.displayFormat() == QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        assert dialog.resolved.text().startswith("3:00\u202fAM")
        assert dialog.when_buttons[60].text() == "1 hour ago"
        assert dialog.when_buttons[15].text() == "15 min ago"
    finally:
        QLocale.setDefault(before)


def test_the_quick_log_names_the_signs_that_need_help_now_with_the_emergency_number(qtbot, service, monkeypatch):
    # The footer's red-flags button is behind this (modal) dialog, so the dialog says it itself.
    from cvi_companion.ui import locale_text

    monkeypatch.setattr(locale_text, "system_territory", lambda: "GB")
    dialog = open_dialog(qtbot, service)
    notice = dialog.urgent
    assert notice.isVisible()
    assert dialog.rect().contains(notice.geometry())
    text = notice.text()
    assert "does not replace a clinician" in text
    assert "more than 10 minutes" in text
    assert "999 or 112 in the UK" in text
