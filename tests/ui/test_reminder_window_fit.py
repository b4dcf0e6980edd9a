"""The reminder window fits each reminder's own text and lies wholly on its screen.

It is reused: a reminder used to open at the size of the one before it (buttons squeezed below their labels,
or the window past the screen's edge), and German at 200 % text was cut at two thirds of the screen's width.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from cvi_companion.app.translations import install_translations, remove_translations
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.domain.settings import Appearance
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.appearance import apply_appearance
from cvi_companion.ui.reminder_fit import corner_position, pack_rows
from cvi_companion.ui.reminder_window import SCREEN_MARGIN, ReminderWindow
from tests.ui.reminder_cases import occurrence_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

# Narrow ones (one answer) and wide ones (two answers, or Done and "Start timer").
NARROW = [ReminderKind.STOCKINGS_ON, ReminderKind.STOCKINGS_OFF, ReminderKind.STOCKING_REPLACEMENT]
WIDE = [ReminderKind.MORNING_CHECK_IN, ReminderKind.ELEVATION]


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def german_large(qapp) -> Iterator[None]:
    """The app's German catalogue and text at 200 %, as the Settings install them."""
    assert install_translations(qapp, "de", system_languages=["en-US"]) == "de"
    apply_appearance(qapp, Appearance.SYSTEM, 200)
    yield
    apply_appearance(qapp, Appearance.SYSTEM, 100)
    remove_translations(qapp)


def shown_answers(window: ReminderWindow) -> list[QAbstractButton | QComboBox]:
    return [w for w in window.findChildren(QWidget) if isinstance(w, QAbstractButton | QComboBox) and w.isVisible()]


def assert_fits(window: ReminderWindow) -> None:
    """Every button as wide as its label, every text whole, and the window (frame too) on its screen."""
    assert window.isVisible()
    for widget in shown_answers(window):
        name = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
        assert widget.width() >= widget.sizeHint().width(), (window.title.text(), name)
        if isinstance(widget, QAbstractButton):
            text = widget.fontMetrics().horizontalAdvance(name.replace("&", ""))
            assert widget.width() > text, (window.title.text(), name)
        # Inside the window, not cut at its right edge.
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert right <= window.width(), (window.title.text(), name)
    for label in (window.title, window.what, window.late):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.mapTo(window, QPoint(label.width(), 0)).x() <= window.width()
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert area.contains(window.geometry()), (window.geometry(), area)


def show(qtbot, window: ReminderWindow, reminders: ReminderService, kind: ReminderKind) -> None:
    window.show_reminder(DueReminder(occurrence_of(reminders, kind)))
    qtbot.waitExposed(window)


@pytest.mark.parametrize(
    ("first", "second"),
    [(a, b) for a in NARROW for b in WIDE] + [(b, a) for a in NARROW for b in WIDE],
    ids=lambda kind: kind.value,
)
@pytest.mark.parametrize("how", ["after-an-answer", "from-the-queue"])
def test_each_reminder_fits_whatever_came_before(qtbot, reminders, first, second, how):
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    show(qtbot, window, reminders, first)
    assert_fits(window)
    if how == "from-the-queue":
        show(qtbot, window, reminders, second)  # waits behind the first
        assert window.queued == 1
    qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)
    if how == "after-an-answer":
        assert not window.isVisible()
        show(qtbot, window, reminders, second)
    assert window.current is not None
    assert window.current.occurrence.kind is second
    assert_fits(window)
    # A narrow reminder is as narrow as its own text asks, not as wide as the one before.
    alone = ReminderWindow(reminders)
    qtbot.addWidget(alone)
    show(qtbot, alone, reminders, second)
    assert window.size() == alone.size()


def test_english_answers_take_one_row(qtbot, reminders):
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    for kind in [*WIDE, *NARROW]:
        show(qtbot, window, reminders, kind)
        assert len(window.answers.rows) == 1, kind
        qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("kind", [*WIDE, *NARROW], ids=lambda kind: kind.value)
def test_german_at_200_percent_wraps_rather_than_cuts(qtbot, reminders, german_large, kind):
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    window.show_reminder(DueReminder(occurrence_of(reminders, kind), late=True))
    qtbot.waitExposed(window)
    assert window.skip_button.text() == "&Auslassen"
    assert_fits(window)
    rows = window.answers.rows
    # The snooze choice stays beside its button and label, and "Skip" ends the last row, at the right.
    row = next(row for row in rows if window.snooze_button in row)
    at = row.index(window.snooze_button)
    assert row[at : at + 3] == [window.snooze_button, window.snooze_for, window.snooze_choice]
    assert rows[-1][-1] is window.skip_button
    if kind is ReminderKind.MORNING_CHECK_IN:
        # "Ja, eintragen | Keine Krämpfe | Später erinnern in 10 Min. | Auslassen" is wider than the test
        # screen (offscreen: 800 pixels), so the answers take two rows.
        assert window.screen().availableGeometry().width() < 1000
        assert len(rows) == 2
        assert rows[0] == [window.yes_button, window.no_button]


def test_german_at_200_percent_after_each_other(qtbot, reminders, german_large):
    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    for kind in [ReminderKind.STOCKINGS_ON, ReminderKind.MORNING_CHECK_IN, ReminderKind.ELEVATION]:
        show(qtbot, window, reminders, kind)
        assert_fits(window)
        qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)


def test_a_problem_and_the_countdown_keep_the_window_on_the_screen(qtbot, reminders, monkeypatch, german_large):
    from cvi_companion.storage.errors import StorageError

    window = ReminderWindow(reminders)
    qtbot.addWidget(window)
    show(qtbot, window, reminders, ReminderKind.ELEVATION)
    window.start_countdown()
    assert window.countdown.isVisible()
    assert_fits(window)
    assert window.countdown.mapTo(window, QPoint(0, window.countdown.height())).y() <= window.height()

    def fail(*_args: object) -> None:
        raise StorageError("disk full")

    monkeypatch.setattr(reminders, "answer", fail)
    window.done()
    assert window.problem.isVisible()
    assert_fits(window)
    assert window.problem.mapTo(window, QPoint(0, window.problem.height())).y() <= window.height()


def test_rows_break_at_the_preferred_place_then_wherever_needed():
    assert pack_rows([100, 100, 100], 10, 320) == [[0, 1, 2]]
    assert pack_rows([100, 100, 100, 50], 10, 320, breaks=[2]) == [[0, 1], [2, 3]]
    # The preferred break leaves a row too wide: as many on each row as fit.
    assert pack_rows([100, 100, 250, 50], 10, 260, breaks=[2]) == [[0, 1], [2], [3]]
    assert pack_rows([400, 50], 10, 300) == [[0], [1]]
    assert pack_rows([], 10, 100) == [[]]


def test_the_window_goes_in_the_corner_and_never_off_the_screen():
    area = QRect(0, 30, 1024, 570)  # a panel at the top
    assert corner_position(area, QSize(500, 200), SCREEN_MARGIN) == QPoint(1024 - 500 - 24, 600 - 200 - 24)
    # Too wide for the margin: the margin gives way; wider than the screen: the left edge stays on it.
    assert corner_position(area, QSize(1010, 200), SCREEN_MARGIN).x() == 0
    assert corner_position(area, QSize(1100, 600), SCREEN_MARGIN) == QPoint(0, 30)
