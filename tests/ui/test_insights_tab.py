"""The Insights tab: the numbers for a small hand-made log, switching ranges, empty states, the window's tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from cvi_companion.domain.cramps import Location, Side, new_entry
from cvi_companion.domain.insights import (
    ASSOCIATION_NOTE,
    SCORE_RULE,
    Period,
    describe_adherence,
    describe_hours,
    describe_night_share,
    describe_per_week,
)
from cvi_companion.domain.reminder_history import Outcome, ReminderRecord
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.night_reports import NightReports, ReportedVia
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.insights_sections import InsightsSource
from cvi_companion.ui.insights_tab import InsightsTab

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def texts(phrases):
    """The English of domain phrases (what the tab shows with no translation, in the tests' C locale)."""
    return [str(phrase) for phrase in phrases]


def at(berlin, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), berlin)


@pytest.fixture
def small_log(repo, db, berlin):
    """Four weeks ending with the night of Sun 22 Nov 2026 (the fake clock says Mon 23 Nov, 13:00 in Berlin).

    Night cramps on the nights of 3, 16 and 17 Nov, one daytime cramp on 20 Nov, one long before (1 Sep);
    cramp-free reports for 2, 18, 19 and 21 Nov; the bedtime stretch done before the good nights and not
    before the cramp nights.
    """
    entries = [
        new_entry(now=NOW, started_at=at(berlin, date(2026, 11, 4), 1, 0), side=Side.BOTH),
        new_entry(now=NOW, started_at=at(berlin, date(2026, 11, 17), 2, 30), side=Side.LEFT, intensity=6),
        new_entry(
            now=NOW,
            started_at=at(berlin, date(2026, 11, 18), 3, 0),
            side=Side.RIGHT,
            locations=(Location.FOOT,),
            intensity=8,
        ),
        new_entry(now=NOW, started_at=at(berlin, date(2026, 11, 20), 15, 0), side=Side.LEFT, intensity=2),
        new_entry(now=NOW, started_at=at(berlin, date(2026, 9, 1), 2, 0), side=Side.LEFT),
    ]
    repo.add_many(entries)
    reports = NightReports(db)
    for day in (2, 18, 19, 21):
        reports.mark_cramp_free(date(2026, 11, day), ReportedVia.CHECK_IN, NOW)
    outcomes = {2: Outcome.DONE, 3: Outcome.SKIPPED, 16: Outcome.SKIPPED, 17: Outcome.MISSED}
    outcomes |= {18: Outcome.DONE, 19: Outcome.DONE, 20: Outcome.MISSED, 21: Outcome.DONE}
    ReminderLog(db).record(
        ReminderRecord(
            ReminderKind.BEDTIME_STRETCH,
            f"2026-11-{day:02d}T21:45",
            at(berlin, date(2026, 11, day), 21, 45),
            outcome,
            at(berlin, date(2026, 11, day), 21, 50),
        )
        for day, outcome in outcomes.items()
    )
    return entries


@pytest.fixture
def source(db, service, settings_service):
    return InsightsSource(db, service.clock, settings_service)


@pytest.fixture
def make_tab(qtbot, source):
    def make() -> InsightsTab:
        tab = InsightsTab(source, territory="GB")
        qtbot.addWidget(tab)
        tab.resize(1100, 800)
        with qtbot.waitSignal(tab.computed):
            tab.show()
        return tab

    return make


def test_four_weeks_show_the_right_numbers(small_log, make_tab):
    tab = make_tab()
    insights = tab.insights
    assert tab.range_label.text() == "Nights from 26 Oct 2026 to 22 Nov 2026 (28 nights)."
    assert [w.cramps for w in insights.per_week] == [0, 1, 0, 3]
    week_chart = tab.figure_views["per_week"].chart
    assert week_chart.categories == ("26 Oct", "2 Nov", "9 Nov", "16 Nov")
    assert week_chart.series[0].values == (0.0, 1.0, 0.0, 3.0)
    nights = insights.nights
    assert (nights.with_cramp, nights.cramp_free, nights.unknown) == (3, 4, 21)
    segments = tab.figure_views["nights"].chart.segments
    assert [(s.name, s.value) for s in segments] == [
        ("With a cramp", 3),
        ("Reported cramp-free", 4),
        ("No record (unknown)", 21),
    ]
    assert tab.figure_texts["nights"].text().startswith("Nights with a cramp: 3 of 7 nights with a record (43 %).")
    assert insights.free_run is not None
    assert insights.free_run.nights == 2
    assert insights.hours.counts[15] == 1
    assert insights.hours.counts[2] == 1
    assert insights.sides.counts == {Side.LEFT: 2, Side.RIGHT: 1, Side.BOTH: 1}


def test_every_chart_carries_its_numbers_in_words(small_log, make_tab):
    tab = make_tab()
    insights = tab.insights
    views = tab.figure_views
    assert views["per_week"].accessibleDescription() == "\n".join(texts(describe_per_week(insights.per_week)))
    assert views["nights"].accessibleDescription() == "\n".join(texts(describe_night_share(insights.nights)))
    assert views["hours"].accessibleDescription() == "\n".join(texts(describe_hours(insights.hours)))
    assert tab.figure_texts["hours"].text() == "\n".join(texts(describe_hours(insights.hours)))
    (stretch,) = insights.adherence
    view = views["adherence:bedtime-stretch"]
    assert view.accessibleDescription() == "\n".join(texts(describe_adherence(stretch)))
    # The score's rule is written once for the section, in plain words, not repeated per kind.
    assert SCORE_RULE not in tab.figure_texts["adherence:bedtime-stretch"].text()
    assert any(label.text() == f"How the score works: {SCORE_RULE}" for label in tab.findChildren(QLabel))
    assert all(view.accessibleName() for view in views.values())


def test_with_and_without_is_shown_with_enough_nights_and_called_an_association(small_log, make_tab):
    tab = make_tab()
    (comparison,) = tab.insights.comparisons
    assert (comparison.with_nights, comparison.with_cramps) == (4, 0)
    assert (comparison.without_nights, comparison.without_cramps) == (3, 3)
    assert "comparison:bedtime-stretch" in tab.figure_views
    texts = [label.text() for label in tab.findChildren(QLabel)]
    assert ASSOCIATION_NOTE in texts


def test_too_few_nights_give_no_comparison_only_a_word_on_when_it_comes(small_log, make_tab, db):
    db.connection.execute("DELETE FROM reminder_events WHERE slot LIKE '2026-11-03%'")
    tab = make_tab()
    assert not any(c.enough for c in tab.insights.comparisons)
    assert not [key for key in tab.figure_views if key.startswith("comparison:")]
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "appear once there are at least 3 nights with a record on each side" in texts


def test_switching_ranges_recomputes(qtbot, small_log, make_tab):
    tab = make_tab()
    tab.set_period(Period.LAST_3_MONTHS)
    assert tab.range_label.text() == "Nights from 23 Aug 2026 to 22 Nov 2026 (92 nights)."
    assert sum(w.cramps for w in tab.insights.per_week) == 5
    tab.picker.set_custom(date(2026, 11, 16), date(2026, 11, 22))
    with qtbot.waitSignal(tab.computed, timeout=3000):
        pass
    assert tab.range_label.text() == "Nights from 16 Nov 2026 to 22 Nov 2026 (7 nights)."
    assert [w.cramps for w in tab.insights.per_week] == [3]
    tab.set_period(Period.ALL_TIME)
    assert tab.insights.range.first == date(2026, 8, 31)  # the night of the 1 Sep cramp


def test_a_year_is_computed_off_the_gui_thread_while_the_tab_says_so(qtbot, small_log, make_tab):
    tab = make_tab()
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.set_period(Period.LAST_YEAR)
        assert tab.busy_label.text() == "Working out the numbers for 365 nights…"
        assert tab.cursor().shape() == Qt.CursorShape.BusyCursor
    assert tab.busy_label.text() == ""
    assert tab.insights.range.count == 365
    assert sum(w.cramps for w in tab.insights.per_week) == 5


def test_a_newer_range_wins_over_a_slow_older_one(qtbot, small_log, make_tab):
    tab = make_tab()
    tab.set_period(Period.LAST_YEAR)
    tab.set_period(Period.LAST_4_WEEKS)  # computed at once; the year's late answer must not replace it
    qtbot.wait(500)
    assert tab.insights.range.count == 28


def test_an_empty_log_explains_what_to_do_and_links_to_the_check_in(qtbot, make_tab):
    tab = make_tab()
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text().startswith("No entries yet.")
    assert tab.stack.currentWidget() is tab.empty_page
    assert tab.check_in_hint.isVisible()
    with qtbot.waitSignal(tab.reminder_settings_requested) as signal:
        tab.check_in_hint.linkActivated.emit("reminder:morning-check-in")
    assert signal.args == ["morning-check-in"]


def test_with_the_check_in_on_the_hint_is_gone(small_log, settings_service, make_tab):
    settings = settings_service.settings
    rule = settings.reminders.rule(ReminderKind.MORNING_CHECK_IN)
    settings_service.save(replace(settings, reminders=settings.reminders.with_rule(replace(rule, enabled=True))))
    tab = make_tab()
    assert not tab.check_in_hint.isVisible()
    assert not tab.empty_label.isVisible()
    assert tab.stack.currentWidget() is not tab.empty_page


def test_a_range_without_records_says_so(qtbot, small_log, make_tab):
    tab = make_tab()
    tab.picker.set_custom(date(2026, 10, 5), date(2026, 10, 11))
    with qtbot.waitSignal(tab.computed, timeout=3000):
        pass
    assert tab.range_label.text().endswith("Nothing was recorded in these nights; try a longer range.")


def test_a_new_entry_updates_the_numbers(qtbot, small_log, service, make_tab, berlin):
    tab = make_tab()
    service.changed.connect(tab.mark_stale)  # as the window connects it
    with qtbot.waitSignal(tab.computed):
        service.log(started_at=at(berlin, date(2026, 11, 10), 3, 0), side=Side.LEFT)
    assert [w.cramps for w in tab.insights.per_week] == [0, 1, 1, 3]


# -- in the window -----------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, service, settings_service, db):
    from cvi_companion.ui.main_window import MainWindow

    win = MainWindow(service, None, settings_service, database=db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_window_has_insights_before_the_guides_built_when_first_shown(qtbot, window):
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Cramp log", "Insights", "Guides"]
    assert window._insights_holder._content is None
    window.tabs.setCurrentWidget(window._insights_holder)
    assert window._insights_holder._content is not None


def test_the_report_is_one_shortcut_away_from_any_tab(qtbot, window, monkeypatch):
    from cvi_companion.ui import insights_tab

    asked = []
    monkeypatch.setattr(insights_tab, "ask_and_save_report", lambda *args: asked.append(args))
    assert window.report_action.shortcut() == QKeySequence("Ctrl+Shift+R")
    assert window.report_action.isEnabled()
    window.report_action.trigger()
    assert window.tabs.currentWidget() is window._insights_holder
    assert len(asked) == 1


def test_without_a_database_there_is_no_insights_tab(qtbot, service):
    from cvi_companion.ui.main_window import MainWindow

    win = MainWindow(service)
    qtbot.addWidget(win)
    assert "Insights" not in [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert win.insights_tab is None
    assert not win.report_action.isEnabled()


def test_the_check_in_link_opens_the_reminder_settings(qtbot, service, settings_service, db, fake_time, berlin):
    from cvi_companion.services.clock import Clock
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.ui.main_window import MainWindow

    reminders = ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))
    win = MainWindow(service, reminders, settings_service, database=db)
    qtbot.addWidget(win)
    win.show()
    assert win._insights_holder is not None
    win.tabs.setCurrentWidget(win._insights_holder)
    tab = win.insights_tab
    assert tab is not None
    tab.check_in_hint.linkActivated.emit("reminder:morning-check-in")
    assert win.tabs.currentWidget() is win._reminders_holder
    assert win.reminders_tab is not None
    assert ReminderKind.MORNING_CHECK_IN in win.reminders_tab.boxes


def test_a_years_weekly_numbers_are_one_click_away_and_always_in_the_description(qtbot, small_log, make_tab):
    tab = make_tab()
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.set_period(Period.LAST_YEAR)
    lines = texts(describe_per_week(tab.insights.per_week))
    assert len(lines) == 54  # the total, then 53 weeks
    label, more = tab.figure_texts["per_week"], tab.more_buttons["per_week"]
    assert label.text() == lines[0]
    assert tab.figure_views["per_week"].accessibleDescription() == "\n".join(lines)
    more.click()
    assert label.text() == "\n".join(lines)
    assert "per_week" not in make_tab().more_buttons  # four weeks are listed in full


def test_the_tab_has_unique_mnemonics_and_names_every_focusable_widget(small_log, make_tab):
    from tests.ui.keyboard_checks import duplicates, mnemonics, unnamed_focusable

    tab = make_tab()
    tab.set_period(None)  # the custom dates' labels too
    letters = mnemonics(tab)
    assert letters
    assert duplicates(letters) == [], letters
    assert unnamed_focusable(tab) == []


def test_a_chart_reaches_the_keyboard_and_says_its_numbers_to_assistive_tools(small_log, make_tab):
    from PySide6.QtGui import QAccessible

    tab = make_tab()
    view = tab.figure_views["per_week"]
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(QAccessible.Text.Name) == "Cramps per week"
    description = interface.text(QAccessible.Text.Description)
    assert "Week 44 of 2026, 26 Oct – 1 Nov: 0 cramps." in description.splitlines()
    assert "Week 45 of 2026, 2 Nov – 8 Nov: 1 cramp." in description.splitlines()


@pytest.fixture
def german_locale():
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def us_locale():
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


def test_dates_and_numbers_follow_the_locale(small_log, german_locale, make_tab):
    tab = make_tab()
    assert tab.range_label.text() == "Nights from 26. Okt. 2026 to 22. Nov. 2026 (28 nights)."
    per_week = tab.figure_views["per_week"]
    assert per_week.chart.categories[:2] == ("26. Okt.", "2. Nov.")
    intensity = tab.figure_texts["intensity"].text()
    assert "average 5,3, worst 8" in intensity  # the German decimal comma


def test_weeks_start_on_the_locales_first_day(small_log, us_locale, make_tab):
    tab = make_tab()
    insights = tab.insights
    assert insights is not None
    assert {week.start.weekday() for week in insights.weeks} == {6}  # Sunday, in the US
    assert tab.range_label.text() == "Nights from Oct 26, 2026 to Nov 22, 2026 (28 nights)."
    assert tab.figure_views["per_week"].chart.categories[0] == "Oct 26*"
    assert "Weeks start on Sunday" in tab.figure_views["per_week"].chart.note
