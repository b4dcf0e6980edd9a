"""Every window fits a small screen (1024x600) at the largest text size, in German (the longest words).

Larger text and a longer language used to push windows, and their Save buttons, off the screen. These measure
what each window asks for at least (`minimumSizeHint`) with the app's real German catalogue and text at 200 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
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


class NoAutostart:
    location = "/nowhere/cvi-companion.desktop"

    def is_enabled(self) -> bool:
        return False

    def enable(self, command) -> None:
        raise AssertionError("not in this test")

    def disable(self) -> None:
        raise AssertionError("not in this test")


def build(name: str, get: Callable[[str], Any]) -> Any:
    """One window by name, with the fixtures it needs."""
    if name == "main":
        from cvi_companion.ui.main_window import MainWindow

        window = MainWindow(get("service"), get("reminders"), get("settings_service"), database=get("db"))
        window.offer_settings_dialog(lambda: None)
        window.offer_data_dialog(lambda: None)
        return window
    if name == "entry":
        from cvi_companion.ui.entry_dialog import Draft, EntryDialog

        service = get("service")
        return EntryDialog(service, draft=Draft(started_at=service.clock.now() - timedelta(minutes=20), side=None))
    if name == "settings":
        from cvi_companion.ui.settings_dialog import SettingsDialog

        return SettingsDialog(get("settings_service"), get("app_paths"), NoAutostart(), ("cvi-companion",))
    if name == "data":
        from cvi_companion.ui.data_dialog import DataDialog

        return DataDialog(get("db"), get("app_paths"), get("settings_service"), get("service").clock)
    if name == "report":
        from cvi_companion.ui.insights_sections import InsightsSource
        from cvi_companion.ui.report_dialog import ReportDialog

        service = get("service")
        return ReportDialog(InsightsSource(get("db"), service.clock, get("settings_service")))
    if name == "shortcuts":
        from cvi_companion.ui.shortcut_list import rows
        from cvi_companion.ui.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(rows())
    raise AssertionError(name)


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
