"""Every window fits a small screen (1024x600) at the largest text size, in German (the longest words).

Larger text and a longer language used to push windows, and their Save buttons, off the screen. These measure
what each window asks for at least (`minimumSizeHint`) with the app's real German catalogue and text at 200 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize

from cvi_companion.app.translations import install_translations, remove_translations
from cvi_companion.domain.settings import Appearance
from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.ui.appearance import apply_appearance
from cvi_companion.ui.fit import available_room
from tests.ui.screens import build_screen

SMALL = QSize(1024, 600)
# What a 1024x600 screen leaves for a window: a panel or two and the window's title bar and frame.
ROOM = QSize(SMALL.width() - 20, SMALL.height() - 80)


@pytest.fixture(params=[("de", 200), ("en", 200), ("de", 150), ("en", 100)], ids=lambda p: f"{p[0]}-{p[1]}")
def look(request, qapp) -> Iterator[tuple[str, int]]:
    language, scale = request.param
    if language != "en":
        assert install_translations(qapp, language, system_languages=["en-US"]) == language
    apply_appearance(qapp, Appearance.SYSTEM, scale)
    yield language, scale
    apply_appearance(qapp, Appearance.SYSTEM, 100)
    if language != "en":
        remove_translations(qapp)


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


def build(name: str, get: Callable[[str], Any]) -> Any:
    """One window by name, with the fixtures it needs."""
    return build_screen(name, get)


WINDOWS = ["main", "entry", "settings", "data", "report", "shortcuts"]


@pytest.mark.parametrize("name", WINDOWS)
def test_window_fits_a_small_screen(qtbot, request, look, name):
    widget = build(name, request.getfixturevalue)
    qtbot.addWidget(widget)
    if name == "main":
        # Each tab in turn: the window is as wide as its widest tab needs.
        widget.show()
        qtbot.waitExposed(widget)
        for index in range(widget.tabs.count()):
            widget.go_to_tab(index)
            need = widget.minimumSizeHint()
            assert need.width() <= ROOM.width(), (index, need)
            assert need.height() <= ROOM.height(), (index, need)
        return
    need = widget.minimumSizeHint()
    assert need.width() <= ROOM.width(), need
    assert need.height() <= ROOM.height(), need


def _settle(qapp) -> None:
    # A lazily built tab is laid out on posted events: let them run (no waiting on the clock).
    for _ in range(5):
        qapp.processEvents()


def _inside(widget, outer) -> bool:
    """Whether `widget` lies wholly inside `outer` and is at least as wide as its text needs."""
    corner = widget.mapTo(outer, widget.rect().topLeft())
    placed = widget.rect().translated(corner)
    return outer.rect().contains(placed) and widget.width() >= widget.sizeHint().width()


def test_the_reminders_tab_fits_a_small_screen_once_built(qtbot, qapp, request, look):
    # The tab is built on its first show: the window's measure before that leaves it out.
    window = build("main", request.getfixturevalue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.go_to_tab(1)
    _settle(qapp)
    tab = window.reminders_tab
    assert tab is not None
    assert tab.isVisible()
    need = window.minimumSizeHint()
    assert need.width() <= ROOM.width(), need
    assert need.height() <= ROOM.height(), need
    # At the room's width the pause row and the quiet hours / snooze / Save row wrap, nothing cut or overlapping.
    window.resize(ROOM)
    _settle(qapp)
    controls = [
        *tab.pause_buttons,
        tab.pause_morning,
        tab.resume_button,
        tab.quiet_starts,
        tab.quiet_ends,
        tab.snooze_default,
        tab.save_button,
    ]
    for control in controls:
        assert _inside(control, tab), control.accessibleName()
    places = [c.geometry().translated(c.parentWidget().mapTo(tab, c.parentWidget().rect().topLeft())) for c in controls]
    for index, place in enumerate(places):
        assert not any(place.intersects(other) for other in places[index + 1 :]), controls[index].accessibleName()


def test_the_guide_list_keeps_its_width_beside_the_tool_row(qtbot, qapp, request, look):
    from cvi_companion.ui.guides_tab import LIST_MAX_SHARE, LIST_WIDTH_CHARS

    _language, scale = look
    window = build("main", request.getfixturevalue)
    qtbot.addWidget(window)
    window.resize(1120, ROOM.height())
    window.show()
    qtbot.waitExposed(window)
    window.go_to_tab(3)
    _settle(qapp)
    tab = window.guides_tab
    width = tab.splitter.sizes()[0]
    wanted = tab.guide_list.fontMetrics().averageCharWidth() * LIST_WIDTH_CHARS
    total = tab.splitter.width() - tab.splitter.handleWidth()
    assert width >= min(wanted, int(total * LIST_MAX_SHARE)) - 1, width
    if scale == 200:
        assert width >= 300, width
    # Every tool shown is whole and on the guide's side; Print and PDF stay in reach (as buttons or in More).
    side = tab.view.parentWidget()
    shown = [b for b in (tab.back_button, tab.forward_button, tab.smaller_button, tab.larger_button) if b.isVisible()]
    assert len(shown) == 4
    for button in [*shown, tab.print_button, tab.pdf_button, tab.more_button]:
        if button.isVisible():
            assert _inside(button, side), button.text()
    assert tab.print_button.isVisible() != tab.more_button.isVisible()
    assert tab.print_action.isEnabled()
    assert tab.pdf_action.isEnabled()


def test_every_shortcut_description_shows_whole(qtbot, qapp, request, look):
    dialog = build("shortcuts", request.getfixturevalue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qapp)
    room = available_room(dialog)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    table = dialog.table
    metrics = table.fontMetrics()
    column = table.columnWidth(1)
    groups = [table.topLevelItem(g) for g in range(table.topLevelItemCount())]
    items = [group.child(r) for group in groups if group is not None for r in range(group.childCount())]
    assert len(items) > 20
    for item in items:
        # The keys never wrap: they fit their column beside the indentation under the group.
        keys = metrics.horizontalAdvance(item.text(0)) + table.indentation() + 8
        assert keys <= table.columnWidth(0), item.text(0)
        text = item.text(1)
        fits = metrics.horizontalAdvance(text) + 8 <= column  # the delegate's padding either side
        wraps = table.visualItemRect(item).height() >= 2 * metrics.lineSpacing()
        assert fits or wraps, text


def test_the_report_name_placeholder_fits_its_field(qtbot, qapp, request, look):
    dialog = build("report", request.getfixturevalue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qapp)
    field = dialog.name_edit
    # The text area: the field less its frame and Qt's own side margins (about 2 px a side plus 1 px frame).
    room = field.width() - 2 * (field.style().pixelMetric(field.style().PixelMetric.PM_DefaultFrameWidth) + 2) - 4
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room, field.placeholderText()
    assert dialog.name_note.isVisible()
    assert dialog.name_note.height() >= dialog.name_note.needed_height(dialog.name_note.width())


def test_the_footer_takes_one_line_when_its_buttons_fit_beside_it(qtbot, qapp, request):
    # The footer label once asked for three lines' height (QLabel's own guess): an empty band above it.
    from PySide6.QtWidgets import QWidget

    window = build("main", request.getfixturevalue)
    qtbot.addWidget(window)
    window.resize(1120, 680)
    window.show()
    qtbot.waitExposed(window)
    _settle(qapp)
    line = window.findChild(QWidget, "footerLine")
    assert line.fits_in_one_row(line.width())
    text_height = window.footer.needed_height(window.footer.width())
    tallest = max(button.height() for button in (window.settings_button, window.data_button, window.red_flags_button))
    margins = line.contentsMargins()
    assert line.height() <= max(text_height, tallest) + margins.top() + margins.bottom()
