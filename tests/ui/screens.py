"""The app's windows built by name for tests that go over all of them (accessibility, small screens)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from cvi_companion.domain.reminder_schedule import occurrences
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.services.reminder_service import DueReminder


class NoAutostart:
    """A login-start switch that is off and must not be touched by the test."""

    location = "/nowhere/cvi-companion.desktop"

    def is_enabled(self) -> bool:
        return False

    def enable(self, command: Sequence[str]) -> None:
        raise AssertionError("not in this test")

    def disable(self) -> None:
        raise AssertionError("not in this test")


def build_screen(name: str, get: Callable[[str], Any], *, shortcut_rows: Sequence[Any] | None = None) -> Any:
    """One window by name, its fixtures taken from `get` (pytest's `request.getfixturevalue`)."""
    if name == "main":
        from cvi_companion.ui.main_window import MainWindow

        window = MainWindow(get("service"), get("reminders"), get("settings_service"), database=get("db"))
        window.offer_settings_dialog(lambda: None)
        window.offer_data_dialog(lambda: None)
        return window
    if name == "quick log":
        from cvi_companion.ui.quick_log_dialog import QuickLogDialog

        return QuickLogDialog(get("service"))
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
    if name == "trash":
        from cvi_companion.ui.trash_dialog import TrashDialog

        service = get("service")
        repo, make_entry = get("repo"), get("make_entry")
        entry = make_entry(minutes_ago=90, note="in the trash")
        repo.add(entry)
        service.delete([entry.id])
        return TrashDialog(service)
    if name == "shortcuts":
        from cvi_companion.ui.shortcut_list import rows
        from cvi_companion.ui.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(rows() if shortcut_rows is None else shortcut_rows)
    if name == "reminder":
        from cvi_companion.ui.reminder_window import ReminderWindow

        reminders = get("reminders")
        reminder_window = ReminderWindow(reminders)
        start = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
        due = next(
            o
            for o in occurrences(reminders.plan, start, start + timedelta(days=30), reminders.clock.tz)
            if o.kind is ReminderKind.WALKING
        )
        reminder_window.show_reminder(DueReminder(due))
        return reminder_window
    raise AssertionError(name)
