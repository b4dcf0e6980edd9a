"""The full entry dialog: every field, edits saved through the service, problems shown by their fields."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialog

from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness
from cvi_companion.ui.entry_dialog import Draft, EntryDialog


def open_edit(qtbot, service, entry) -> EntryDialog:
    dialog = EntryDialog(service, entry=entry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def error_text(dialog: EntryDialog, field: str) -> str:
    label = dialog.form._errors[field]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_the_form_shows_the_entry_as_it_was_logged(qtbot, service, repo, make_entry):
    entry = make_entry(
        side=Side.BOTH,
        locations=[Location.FOOT, Location.THIGH],
        duration_s=180,
        woke_me=True,
        intensity=0,
        helped=[Relief.HEAT],
        soreness=Soreness.SEVERE,
        context=[Context.ALCOHOL],
        tags=["long drive"],
        note="line one\nline two",
    )
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    assert form.started.text().startswith("Mon 23 Nov 2026")
    assert form.started.text().endswith("03:30")
    assert form.side_buttons[Side.BOTH].isChecked()
    assert [loc for loc, c in form.location_checks.items() if c.isChecked()] == [Location.FOOT, Location.THIGH]
    assert form.duration_choice.currentText() == "1–5 min"
    assert form.duration_minutes.value() == 3.0  # the exact figure is shown beside the quick pick
    assert form.woke_me.isChecked()
    assert form.intensity.value() == 0
    assert form.intensity.text() == "0"
    assert form.soreness.currentText() == "Severe"
    assert form.helped_checks[Relief.HEAT].isChecked()
    assert form.context_checks[Context.ALCOHOL].isChecked()
    assert form.tags.text() == "long drive"
    assert form.note.toPlainText() == "line one\nline two"


def test_saving_an_edit_changes_the_entry_and_reports_before_and_after(qtbot, service, repo, make_entry):
    entry = make_entry(side=Side.LEFT)
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    form.side_buttons[Side.RIGHT].setChecked(True)
    form.location_checks[Location.FOOT].setChecked(True)
    form.duration_choice.setCurrentIndex(form.duration_choice.findText("5–10 min"))
    form.intensity.setValue(6)
    form.helped_checks[Relief.WALKING].setChecked(True)
    form.soreness.setCurrentIndex(form.soreness.findText("Mild"))
    form.context_checks[Context.LONG_STANDING].setChecked(True)
    form.tags.setText("new shoes;  long   drive, new shoes")
    form.note.setPlainText("Calf hard as stone.\nWalked it off.")
    with qtbot.waitSignal(dialog.edited) as edited:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    before, after = edited.args
    assert before == entry
    saved = repo.get(entry.id)
    assert saved == after
    assert saved.side is Side.RIGHT
    assert saved.locations == (Location.CALF, Location.FOOT)
    assert saved.duration_s == 450
    assert saved.intensity == 6
    assert saved.helped == (Relief.WALKING,)
    assert saved.soreness is Soreness.MILD
    assert saved.context == (Context.LONG_STANDING,)
    assert saved.tags == ("new shoes", "long drive")
    assert saved.note == "Calf hard as stone.\nWalked it off."
    assert saved.started_at == entry.started_at
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_untouched_fields_keep_their_exact_values(qtbot, service, repo, make_entry):
    # 90 s is no quick choice and shows as 1.5 min; editing only the note must not round it.
    entry = make_entry(duration_s=95, tags=["Wine"])
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    assert dialog.form.duration_minutes.isEnabled()
    dialog.form.note.setPlainText("only the note")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = repo.get(entry.id)
    assert (saved.duration_s, saved.tags, saved.started_at) == (95, ("Wine",), entry.started_at)
    assert saved.note == "only the note"


def test_exact_minutes_and_not_rated(qtbot, service, repo, make_entry):
    entry = make_entry(intensity=8, duration_s=30)
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    form.duration_choice.setCurrentIndex(form.duration_choice.findText("Exact minutes"))
    form.duration_minutes.setValue(12.5)
    form.intensity.setValue(form.intensity.minimum())
    assert form.intensity.text() == "Not rated"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = repo.get(entry.id)
    assert (saved.duration_s, saved.intensity) == (750, None)


def test_a_changed_start_time_is_read_in_the_local_zone(qtbot, service, repo, make_entry, berlin):
    entry = make_entry()
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    # A summer evening: the offset saved must be summer time (+02:00), not today's +01:00.
    dialog.form.started.setDateTime(QDateTime(QDate(2026, 7, 14), QTime(22, 15), QTimeZone.utc()))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = repo.get(entry.id)
    assert saved.started_at == datetime(2026, 7, 14, 22, 15, tzinfo=berlin)
    assert saved.started_at.utcoffset() == timedelta(hours=2)


def test_problems_are_shown_next_to_their_fields_and_nothing_is_saved(qtbot, service, repo, make_entry, day):
    entry = make_entry()
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    tomorrow = (day + timedelta(days=1)).astimezone(service.clock.tz)
    form.started.setDateTime(
        QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(9, 0), QTimeZone.utc())
    )
    for check in form.location_checks.values():
        check.setChecked(False)
    form.tags.setText("x" * 45)
    form.note.setPlainText("keep this text")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "in the future" in error_text(dialog, "started_at")
    assert "at least one place" in error_text(dialog, "locations")
    assert "longer than 40 characters" in error_text(dialog, "tags")
    assert error_text(dialog, "side") == ""
    assert repo.get(entry.id) == entry
    assert form.note.toPlainText() == "keep this text"
    # Fixing the problems and saving again works, and the messages go away.
    form.started.setDateTime(QDateTime(QDate(2026, 11, 22), QTime(23, 5), QTimeZone.utc()))
    form.location_checks[Location.SHIN].setChecked(True)
    form.tags.setText("short")
    with qtbot.waitSignal(dialog.edited):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert repo.get(entry.id).locations == (Location.SHIN,)
    assert error_text(dialog, "tags") == ""


def test_nothing_helped_excludes_the_other_choices(qtbot, service, repo, make_entry):
    entry = make_entry(helped=[Relief.MASSAGE, Relief.HEAT])
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    form.helped_checks[Relief.NOTHING].click()
    assert [r for r, c in form.helped_checks.items() if c.isChecked()] == [Relief.NOTHING]
    form.helped_checks[Relief.COLD].click()
    assert [r for r, c in form.helped_checks.items() if c.isChecked()] == [Relief.COLD]


def test_a_new_entry_needs_a_side_and_says_so_by_the_side(qtbot, service, repo, day):
    dialog = EntryDialog(service, draft=Draft(started_at=day.astimezone(service.clock.tz), side=None))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.intensity.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "choose left, right or both" in error_text(dialog, "side").lower()
    assert repo.count(repo_filter()) == 0
    dialog.form.side_buttons[Side.LEFT].setChecked(True)
    with qtbot.waitSignal(dialog.logged) as logged:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert repo.get(logged.args[0].id).intensity == 4


def test_enter_in_a_field_saves_and_escape_cancels(qtbot, service, repo, make_entry):
    entry = make_entry()
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    dialog.form.tags.setFocus()
    dialog.form.tags.setText("hot bath")
    qtbot.keyClick(dialog.form.tags, Qt.Key.Key_Return)
    assert repo.get(entry.id).tags == ("hot bath",)
    second = open_edit(qtbot, service, repo.get(entry.id))
    second.form.tags.setText("changed my mind")
    qtbot.keyClick(second.form.tags, Qt.Key.Key_Escape)
    assert second.result() == QDialog.DialogCode.Rejected
    assert repo.get(entry.id).tags == ("hot bath",)


def repo_filter():
    from cvi_companion.domain.cramps import CrampFilter

    return CrampFilter()


def test_the_form_has_unique_alt_letters_and_named_controls(qtbot, service, repo, make_entry):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    entry = make_entry()
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    letters = mnemonics(dialog)
    # Started, How long, woke, Intensity, sOreness, Tags, Note, and the groups: Leg, wHere, helPed, dAy.
    assert {"s", "h", "w", "i", "o", "t", "n", "l", "e", "p", "a"} <= set(letters)
    assert duplicates(letters) == []
    assert unnamed_focusable(dialog) == []


def test_a_group_letter_moves_the_keyboard_to_its_first_choice(qtbot, service, repo, make_entry):
    entry = make_entry()
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.form.note.setFocus()
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() in dialog.form.side_buttons.values()


def test_a_cramp_longer_than_ten_minutes_brings_the_urgent_advice_before_saving(qtbot, service, repo, make_entry):
    entry = make_entry(duration_s=450)
    repo.add(entry)
    dialog = open_edit(qtbot, service, entry)
    form = dialog.form
    assert not dialog.long_cramp.isVisible()
    form.duration_choice.setCurrentIndex(form.duration_choice.findText("Over 10 min"))
    assert dialog.long_cramp.isVisible()
    assert "more than 10 minutes needs urgent medical advice" in dialog.long_cramp.text()
    form.duration_choice.setCurrentIndex(form.duration_choice.findText("Exact minutes"))
    form.duration_minutes.setValue(10.0)
    assert not dialog.long_cramp.isVisible()  # ten minutes exactly is not more than ten
    form.duration_minutes.setValue(10.5)
    assert dialog.long_cramp.isVisible()
    form.duration_choice.setCurrentIndex(form.duration_choice.findText("Not recorded"))
    assert not dialog.long_cramp.isVisible()


def test_an_entry_logged_as_long_opens_with_the_urgent_advice_shown(qtbot, service, repo, make_entry):
    entry = make_entry(duration_s=900)
    repo.add(entry)
    assert open_edit(qtbot, service, entry).long_cramp.isVisible()
