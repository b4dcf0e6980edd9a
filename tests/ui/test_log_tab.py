"""The main window and its cramp-log tab: logging, editing, deleting with undo, filters, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QStyle, QTabWidget

from cvi_companion.domain.cramps import CrampFilter, Side
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import ReadOnly
from cvi_companion.ui.cramp_table_model import Column
from cvi_companion.ui.entry_dialog import EntryDialog
from cvi_companion.ui.formatting import duration_text
from cvi_companion.ui.main_window import MainWindow
from cvi_companion.ui.quick_log_dialog import QuickLogDialog
from cvi_companion.ui.trash_dialog import TrashDialog


@pytest.fixture
def window(qtbot, service, db):
    win = MainWindow(service, database=db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def select(tab, *rows):
    tab.view.select_rows(list(rows), rows[0])


def test_the_window_has_one_cramp_log_tab_and_a_reassuring_footer(window):
    assert window.windowTitle() == "CVI Companion"
    tabs = window.centralWidget().findChild(QTabWidget)
    assert tabs.documentMode()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Cramp log", "Insights", "Guides"]
    assert window.footer.text() == (
        "Your data stays on this computer. This app does not replace a clinician; "
        "for urgent help call your local emergency number."
    )


def test_first_painted_fires_once(qtbot, service):
    win = MainWindow(service)
    qtbot.addWidget(win)
    seen = []
    win.first_painted.connect(lambda: seen.append(1))
    with qtbot.waitSignal(win.first_painted):
        win.show()
    win.repaint()
    assert seen == [1]


def test_an_empty_log_explains_what_to_do(window):
    tab = window.log_tab
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "No cramps logged yet. Press Log a cramp (Ctrl+L) when one happens."
    assert not tab.delete_button.isEnabled()


@pytest.fixture
def us_locale():
    """American English formats (grouped thousands, 12-hour clock) for one test."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_the_count_label_counts_entries(qtbot, service, add_entries):
    add_entries(1234)
    win = MainWindow(service)
    qtbot.addWidget(win)
    # The tests run in the C locale, which writes numbers without grouping.
    assert win.log_tab.count_label.text() == f"{QLocale().toString(1234)} entries"
    assert win.log_tab.stack.currentWidget() is win.log_tab.view


def test_counts_and_times_follow_the_locale(qtbot, service, add_entries, us_locale):
    add_entries(1234)
    win = MainWindow(service)
    qtbot.addWidget(win)
    assert win.log_tab.count_label.text() == "1,234 entries"
    assert win.log_tab.model.data(win.log_tab.model.index(0, 0)).endswith(("AM", "PM"))
    win.log_tab.filter_bar.select_side(Side.LEFT)
    assert win.log_tab.count_label.text() == "412 of 1,234 entries"


@pytest.mark.parametrize(
    ("language", "country", "first_day"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, Qt.DayOfWeek.Sunday),
        (QLocale.Language.German, QLocale.Country.Germany, Qt.DayOfWeek.Monday),
    ],
)
def test_the_custom_range_calendars_start_weeks_on_the_locales_first_day(qtbot, service, language, country, first_day):
    before = QLocale()
    QLocale.setDefault(QLocale(language, country))
    try:
        win = MainWindow(service)
        qtbot.addWidget(win)
        bar = win.log_tab.filter_bar
        bar.range.setCurrentIndex(bar.range.findText("Custom…"))
        for edit in (bar.since, bar.until):
            assert edit.calendarWidget().firstDayOfWeek() == first_day
    finally:
        QLocale.setDefault(before)


# Bringing the open dialog forward asks the window system to raise it, which offscreen Qt cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_ctrl_l_opens_the_quick_log_from_anywhere_in_the_window(qtbot, window):
    with qtbot.waitActive(window):
        window.activateWindow()
    window.log_tab.filter_bar.side.setFocus()
    qtbot.keyClick(window.log_tab.filter_bar.side, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickLogDialog)
    assert dialog is not None
    assert dialog.isVisible()
    # Asking again brings the same dialog forward instead of stacking a second one.
    assert window.open_quick_log() is dialog


def test_quick_log_from_the_big_button_then_undo(qtbot, window, service, repo, make_entry, fake_time, night):
    repo.add(make_entry(minutes_ago=600, side=Side.RIGHT))
    service.changed.emit()
    fake_time.now = night
    tab = window.log_tab
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QuickLogDialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert tab.model.rowCount() == 2
    assert tab.undo_bar.isVisible()
    assert tab.undo_bar.message.text() == "Cramp logged at 03:30 (right calf)."
    assert tab.undo_bar.extra_button.text() == "Add details"
    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert repo.count(CrampFilter(trash=True)) == 1
    assert tab.undo_bar.message.text() == "Removed. It is in the trash, should you want it back."
    assert not tab.undo_bar.undo_button.isVisible()


def test_the_quick_log_for_last_night_starts_in_that_night(qtbot, window, repo, make_entry, fake_time, berlin):
    # The morning check-in's "Yes": the dialog opens at 03:00 of the night that just ended.
    repo.add(make_entry(minutes_ago=6000, side=Side.LEFT))
    fake_time.now = datetime(2026, 11, 23, 8, 5, tzinfo=berlin)
    dialog = window.open_quick_log(at=time(3, 0))
    assert dialog.at_time.isVisible()
    assert dialog.started_at() == datetime(2026, 11, 23, 3, 0, tzinfo=berlin)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    logged = window.log_tab.model.entry_at(0)
    assert logged.night_of == date(2026, 11, 22)


def test_a_cramp_logged_for_an_earlier_day_says_which_day(window, service, make_entry, berlin):
    earlier = make_entry(started_at=datetime(2026, 11, 21, 23, 40, tzinfo=berlin), side=Side.BOTH)
    window.log_tab.show_logged(earlier)
    assert window.log_tab.undo_bar.message.text() == "Cramp logged at 23:40 on Sat 21 Nov (calf, both legs)."


def test_add_details_from_the_undo_bar_edits_the_new_entry(qtbot, window, service, repo, make_entry):
    repo.add(make_entry(minutes_ago=600, side=Side.LEFT))
    dialog = window.open_quick_log()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    logged = window.log_tab.model.entry_at(0)
    qtbot.mouseClick(window.log_tab.undo_bar.extra_button, Qt.MouseButton.LeftButton)
    editor = window.findChild(EntryDialog)
    assert editor is not None
    assert editor.isVisible()
    editor.form.intensity.setValue(9)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert repo.get(logged.id).intensity == 9


def test_double_click_or_the_edit_button_opens_the_editor(qtbot, window, service, repo, add_entries):
    add_entries(3)
    service.changed.emit()
    tab = window.log_tab
    rect = tab.view.visualRect(tab.model.index(1, 0))
    # A real double-click starts with a press: the view opens only the row the press landed on.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.findChild(EntryDialog)
    assert editor is not None
    assert editor.isVisible()
    assert editor.form.loaded().started_local == tab.model.entries_at([1])[0].started_at.replace(tzinfo=None)
    editor.reject()
    select(tab, 2)
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert any(d.isVisible() for d in window.findChildren(EntryDialog))
    select(tab, 0, 1)
    assert not tab.edit_button.isEnabled()
    assert tab.delete_button.isEnabled()


def test_the_undo_bar_hides_itself_after_a_while(window, service, repo, make_entry):
    repo.add(make_entry(side=Side.LEFT))
    service.changed.emit()
    tab = window.log_tab
    select(tab, 0)
    tab.delete_selected()
    assert tab.undo_bar.isVisible()
    assert tab.undo_bar.timer.isActive()
    assert 5_000 <= tab.undo_bar.timer.interval() <= 15_000
    tab.undo_bar.timer.timeout.emit()
    assert not tab.undo_bar.isVisible()


def test_delete_key_moves_the_selection_to_the_trash_and_undo_restores(qtbot, window, service, add_entries, repo):
    add_entries(5)
    service.changed.emit()
    tab = window.log_tab
    select(tab, 1, 2, 3)
    doomed = {tab.model.entry_at(r).id for r in (1, 2, 3)}
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 2
    assert {e.id for e in tab.model.entries_at([0, 1])}.isdisjoint(doomed)
    assert tab.undo_bar.message.text() == "3 entries moved to the trash."
    assert tab.count_label.text() == "2 entries"
    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 5
    assert repo.count(CrampFilter(trash=True)) == 0


def test_enter_opens_the_editor_and_undo_puts_the_old_version_back(qtbot, window, service, repo, make_entry):
    entry = make_entry(intensity=3)
    repo.add(entry)
    service.changed.emit()
    tab = window.log_tab
    select(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = window.findChild(EntryDialog)
    editor.form.intensity.setValue(8)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert repo.get(entry.id).intensity == 8
    assert tab.undo_bar.message.text() == "Changes saved."
    # The edited row stays selected after the table refreshes.
    assert tab.view.selected_rows() == [0]
    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert repo.get(entry.id).intensity == 3


def test_selection_follows_the_entry_when_a_newer_one_arrives(window, service, repo, add_entries, make_entry):
    add_entries(3)
    service.changed.emit()
    tab = window.log_tab
    select(tab, 1)
    chosen = tab.model.entry_at(1).id
    service.log(started_at=make_entry().started_at, side=Side.LEFT)
    assert tab.view.selected_rows() == [2]
    assert tab.model.entry_at(2).id == chosen


def test_a_failed_undo_is_explained(qtbot, window, service, repo, make_entry, monkeypatch):
    repo.add(make_entry())
    service.changed.emit()
    tab = window.log_tab
    select(tab, 0)
    tab.delete_selected()

    def read_only(_ids):
        raise ReadOnly("Could not restore the entries: the data file is read-only. Nothing was changed.")

    monkeypatch.setattr(repo, "restore", read_only)
    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert tab.undo_bar.isVisible()
    assert tab.undo_bar.message.text().startswith("Could not undo: Could not restore")


def test_filters_by_side_and_date_range(qtbot, window, service, add_entries, fake_time):
    # 48 entries 90 minutes apart cover three days back from 03:00 on 23 November.
    add_entries(48)
    service.changed.emit()
    tab = window.log_tab
    bar = tab.filter_bar
    assert tab.model.rowCount() == 48
    bar.select_side(Side.LEFT)
    assert tab.model.rowCount() == 16
    assert tab.count_label.text() == "16 of 48 entries"
    bar.select_side(None)
    bar.range.setCurrentIndex(bar.range.findText("Custom…"))
    assert bar.since.isVisible()
    assert bar.until.isVisible()
    bar.since.setDate(QDate(2026, 11, 22))
    bar.until.setDate(QDate(2026, 11, 22))
    on_22nd = list(tab.model.entries_at(list(range(tab.model.rowCount()))))
    assert on_22nd
    assert all(e.started_at.date().day == 22 for e in on_22nd)
    assert len(on_22nd) == 16
    bar.since.setDate(QDate(2026, 11, 23))
    assert "before the start date" in bar.problem.text()
    assert tab.model.rowCount() == 16  # an impossible range leaves the last good filter in place
    bar.range.setCurrentIndex(bar.range.findText("Last 7 days"))
    assert bar.problem.text() == ""
    assert tab.model.rowCount() == 48
    bar.select_side(Side.RIGHT)
    bar.range.setCurrentIndex(bar.range.findText("All time"))
    assert tab.model.rowCount() == 16
    fake_time.now += timedelta(days=30)
    bar.range.setCurrentIndex(bar.range.findText("Last 7 days"))
    assert tab.model.rowCount() == 0
    assert tab.stack.currentWidget() is tab.no_match_label


def test_the_window_picks_up_an_entry_written_by_another_program(window, service, app_paths, make_entry):
    tab = window.log_tab
    assert tab.model.rowCount() == 0
    other = open_database(app_paths.db_path, app_paths.backups_dir)
    try:
        CrampRepository(other).add(make_entry(side=Side.BOTH))
    finally:
        other.close()
    assert service.check_external_changes()
    assert tab.model.rowCount() == 1
    assert tab.stack.currentWidget() is tab.view


def test_restore_from_the_trash(qtbot, window, service, repo, add_entries):
    entries = add_entries(3)
    service.delete([entries[1].id])
    tab = window.log_tab
    assert tab.model.rowCount() == 2
    trash = tab.open_trash()
    assert isinstance(trash, TrashDialog)
    assert trash.model.rowCount() == 1
    assert trash.count_label.text() == "1 entry in the trash."
    trash.view.select_rows([0], 0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    assert tab.model.rowCount() == 3
    assert repo.get(entries[1].id).deleted_at is None
    assert trash.count_label.text() == "The trash is empty."


def test_delete_for_good_asks_first(qtbot, window, service, repo, add_entries, monkeypatch):
    entries = add_entries(2)
    service.delete([e.id for e in entries])
    trash = window.log_tab.open_trash()
    trash.view.select_rows([0, 1], 0)
    asked = []

    def decline(_self, count):
        asked.append(count)
        return False

    monkeypatch.setattr(TrashDialog, "confirm_purge", decline)
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert asked == [2]
    assert repo.count(CrampFilter(trash=True)) == 2
    monkeypatch.setattr(TrashDialog, "confirm_purge", lambda _self, n: True)
    qtbot.keyClick(trash.view, Qt.Key.Key_Delete)
    assert repo.count(CrampFilter(trash=True)) == 0
    assert all(repo.get(e.id) is None for e in entries)
    assert trash.message.text() == "2 entries deleted for good."


def test_escape_closes_the_trash(qtbot, window):
    trash = window.log_tab.open_trash()
    qtbot.keyClick(trash, Qt.Key.Key_Escape)
    assert trash.result() == QDialog.DialogCode.Rejected
    assert not trash.isVisible()


def test_no_cramps_last_night_records_the_night_and_undo_takes_it_back(qtbot, window, db):
    from cvi_companion.storage.night_reports import NightReports

    tab = window.log_tab
    qtbot.mouseClick(tab.no_cramps_button, Qt.MouseButton.LeftButton)
    nights = NightReports(db)
    # 13:00 on Monday 23 November: last night began on Sunday the 22nd.
    assert nights.cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == {date(2026, 11, 22)}
    assert tab.undo_bar.message.text() == "Recorded: no cramps in the night of Sun 22 Nov."
    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert nights.cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == set()


def test_no_cramps_last_night_defers_to_a_logged_cramp_and_to_an_earlier_answer(
    qtbot, window, db, repo, make_entry, berlin
):
    from cvi_companion.storage.night_reports import NightReports, ReportedVia

    tab = window.log_tab
    repo.add(make_entry(started_at=datetime(2026, 11, 23, 2, 40, tzinfo=berlin)))
    tab.report_no_cramps()
    assert tab.undo_bar.message.text() == (
        "A cramp is logged for the night of Sun 22 Nov (02:40), so that night counts as a night with a cramp."
    )
    nights = NightReports(db)
    assert nights.cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == set()
    repo.soft_delete([e.id for e in repo.iter_entries(CrampFilter())])
    nights.mark_cramp_free(date(2026, 11, 22), ReportedVia.CHECK_IN, datetime(2026, 11, 23, 7, 0, tzinfo=berlin))
    tab.report_no_cramps()
    assert tab.undo_bar.message.text() == "The night of Sun 22 Nov is already recorded as free of cramps."
    assert not tab.undo_bar.undo_button.isVisible()


MIDDAY = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # the window's clock: 12:00 in Berlin


def test_no_cramps_last_night_defers_to_a_cramp_early_the_next_morning_inside_the_night_window(
    qtbot, window, db, repo, make_entry, berlin
):
    from cvi_companion.storage.night_reports import NightReports

    # The 04:00 rule files a 05:30 cramp under the coming night; with nights ending at 07:00 it was last night.
    tab = window.log_tab
    repo.add(make_entry(now=MIDDAY, started_at=datetime(2026, 11, 23, 5, 30, tzinfo=berlin)))
    tab.report_no_cramps()
    assert tab.undo_bar.message.text() == (
        "A cramp is logged for the night of Sun 22 Nov (05:30), so that night counts as a night with a cramp."
    )
    assert NightReports(db).cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == set()


def test_no_cramps_last_night_is_recorded_over_a_cramp_after_the_night_window_or_before_the_night(
    qtbot, window, db, repo, make_entry, berlin
):
    from cvi_companion.storage.night_reports import NightReports

    # 07:40 is after the night ended (07:00); 02:00 on Sunday belongs to the night before last.
    repo.add(make_entry(now=MIDDAY, started_at=datetime(2026, 11, 23, 7, 40, tzinfo=berlin)))
    repo.add(make_entry(now=MIDDAY, started_at=datetime(2026, 11, 22, 2, 0, tzinfo=berlin)))
    window.log_tab.report_no_cramps()
    assert NightReports(db).cramp_free_between(date(2026, 11, 1), date(2026, 11, 30)) == {date(2026, 11, 22)}


def test_the_trash_has_unique_alt_letters_and_named_controls(qtbot, window, add_entries):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    add_entries(2)
    window.log_tab.view.select_rows([0, 1], 0)
    window.log_tab.delete_selected()
    trash = window.log_tab.open_trash()
    qtbot.waitExposed(trash)
    letters = mnemonics(trash)
    assert {"r", "g", "c"} <= set(letters)
    assert duplicates(letters) == []
    assert unnamed_focusable(trash) == []
    trash.reject()


def _next_for_tab(widget):
    """The next widget in the focus chain that is not part of `widget` (a date editor has a line edit inside)."""
    focus = widget.nextInFocusChain()
    while widget.isAncestorOf(focus):
        focus = focus.nextInFocusChain()
    return focus


def test_the_custom_dates_sit_between_the_range_and_the_side_on_screen_and_for_tab(window):
    # The two date editors are made when "Custom…" is first chosen, after everything else in the window.
    bar = window.log_tab.filter_bar
    bar.range.setCurrentIndex(bar.range.findText("Custom…"))
    assert bar.range.geometry().right() < bar.since.geometry().left()
    assert bar.since.geometry().right() < bar.until.geometry().left()
    assert bar.until.geometry().right() < bar.side.geometry().left()
    assert _next_for_tab(bar.range) is bar.since
    assert _next_for_tab(bar.since) is bar.until
    assert _next_for_tab(bar.until) is bar.side
    bar.range.setCurrentIndex(bar.range.findText("Last 7 days"))
    assert not bar.since.isVisible()
    assert not bar.until.isVisible()


@pytest.mark.parametrize("seconds", [45, 599, 630, 3600 + 59 * 60])
def test_every_duration_fits_its_column_without_being_cut_short(window, seconds):
    # Columns are sized from sample texts, not by measuring 100,000 rows: the samples must be the widest forms.
    view = window.log_tab.view
    text = duration_text(seconds)
    # A cell's text has the style's focus margin plus one pixel on each side (Qt's item view delegate).
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(Column.DURATION) - 2 * margin
    assert view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) == text
