"""The tray icon, where the desktop has a tray: the next reminder at a glance, pause, "done already", log.

An extra: the app is fully usable without it (vanilla GNOME has no tray). Built after the first paint.
The icon's state (normal, reminder due, paused) shows as a badge's shape, not only its colour.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.services.notifications import notification_text, quiet_now
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.ui.formatting import clock_text, day_text, kind_text, plural
from cvi_companion.ui.icons import tray_icon

TITLE = "CVI Companion"  # the app's name, the same in every language
MESSAGE_MS = 10_000
PAUSE_CHOICES_S: tuple[int, ...] = (30 * 60, 60 * 60, 2 * 60 * 60)


class TrayState(StrEnum):
    """What the icon shows."""

    NORMAL = "normal"
    DUE = "due"
    PAUSED = "paused"


def tray_available() -> bool:
    """Whether the desktop shows tray icons (false on vanilla GNOME, offscreen and bare Xvfb)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def _day_of(moment: datetime, now: datetime) -> str:
    """Which sentence reads right for a moment: "today", "tomorrow" or "other"."""
    local_now = now.astimezone(moment.tzinfo)
    if moment.date() == local_now.date():
        return "today"
    if moment.date() == (local_now + timedelta(days=1)).date():
        return "tomorrow"
    return "other"


def next_line(reminders: ReminderService) -> str:
    """One line about what comes next: the pause, the next reminder, or that none is planned."""
    now = reminders.clock.now()
    until = reminders.paused_until
    if until is not None:
        local = until.astimezone(reminders.clock.tz)
        day, clock = _day_of(local, now), clock_text(local)
        if day == "today":
            return QCoreApplication.translate("Tray", "Reminders paused until {time}").format(time=clock)
        if day == "tomorrow":
            return QCoreApplication.translate("Tray", "Reminders paused until tomorrow {time}").format(time=clock)
        return QCoreApplication.translate("Tray", "Reminders paused until {day} {time}").format(
            day=day_text(local.date()), time=clock
        )
    upcoming = reminders.next_occurrences().values()
    if not upcoming:
        return QCoreApplication.translate("Tray", "No reminders planned")
    soonest = min(upcoming, key=lambda o: o.due)
    kind, local = kind_text(soonest.kind), soonest.local
    day, clock = _day_of(local, now), clock_text(local)
    if day == "today":
        return QCoreApplication.translate("Tray", "Next: {reminder} at {time}").format(reminder=kind, time=clock)
    if day == "tomorrow":
        return QCoreApplication.translate("Tray", "Next: {reminder} tomorrow at {time}").format(
            reminder=kind, time=clock
        )
    return QCoreApplication.translate("Tray", "Next: {reminder} on {day} at {time}").format(
        reminder=kind, day=day_text(local.date()), time=clock
    )


class Tray(QObject):
    """The tray icon and its menu. `open_requested`, `log_requested`, `quit_requested` are for the window."""

    open_requested = Signal()
    log_requested = Signal()
    quit_requested = Signal()

    def __init__(self, reminders: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._due = False
        self._reminder_window: QWidget | None = None
        self._icons = {state: tray_icon(state.value) for state in TrayState}
        self.icon = QSystemTrayIcon(self._icons[TrayState.NORMAL], self)
        self.menu = QMenu(parent)
        self.next_action = self.menu.addAction("")
        self.next_action.setEnabled(False)
        self.menu.addSeparator()
        self.log_action = self.menu.addAction(self.tr("Log a cramp…"), self.log_requested.emit)
        self.done_menu = self.menu.addMenu(self.tr("Done already"))
        self.pause_menu = self.menu.addMenu(self.tr("Pause reminders"))
        for seconds in PAUSE_CHOICES_S:
            self.pause_menu.addAction(self._pause_text(seconds), partial(self._pause, seconds))
        self.pause_menu.addAction(self.tr("Until morning"), self._pause_until_morning)
        self.resume_action = self.menu.addAction(self.tr("Resume reminders"), self._resume)
        self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open CVI Companion"), self.open_requested.emit)
        self.quit_action = self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self.refresh)
        self.icon.activated.connect(self._activated)
        reminders.schedule_changed.connect(self.refresh)
        reminders.due.connect(self._on_due)
        self.refresh()

    def _pause_text(self, seconds: int) -> str:
        if seconds % 3600 == 0:
            hours = seconds // 3600
            return plural(self.tr("For %n hour(s)", "", hours), hours)
        minutes = seconds // 60
        return plural(self.tr("For %n minute(s)", "", minutes), minutes)

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def state(self) -> TrayState:
        """Due wins over paused: a reminder already on screen still wants its answer."""
        if self._due:
            return TrayState.DUE
        return TrayState.PAUSED if self._reminders.paused_until is not None else TrayState.NORMAL

    def refresh(self) -> None:
        """Bring the icon, tooltip and menu up to date (on any change of plan, and before the menu opens)."""
        line = next_line(self._reminders)
        self.next_action.setText(line)
        state = self.state
        self.icon.setIcon(self._icons[state])
        lines = [TITLE, line]
        if state is TrayState.DUE:
            lines.append(self.tr("A reminder is waiting for you"))
        self.icon.setToolTip("\n".join(lines))
        self.resume_action.setVisible(self._reminders.paused_until is not None)
        self._fill_done_menu()

    def _fill_done_menu(self) -> None:
        self.done_menu.clear()
        upcoming = self._reminders.next_occurrences()
        for rule in self._reminders.plan.active_rules():
            # The check-in asks a question; "done" is no answer to it.
            if rule.kind is ReminderKind.MORNING_CHECK_IN or rule.kind not in upcoming:
                continue
            self.done_menu.addAction(kind_text(rule.kind), partial(self._done_already, rule.kind))
        self.done_menu.setEnabled(not self.done_menu.isEmpty())

    def follow_reminder_window(self, window: QWidget) -> None:
        """Show "due" while the reminder window is on screen; a click on the icon then brings it forward."""
        self._reminder_window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The reminder window showing or hiding changes the icon."""
        if watched is self._reminder_window and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._due = event.type() == QEvent.Type.Show
            self.refresh()
        return False

    def _on_due(self, _due: DueReminder) -> None:
        if self._reminder_window is None:
            return  # without the window to follow, "due" would never end
        self._due = True
        self.refresh()

    # -- actions --------------------------------------------------------------------------------------------

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason not in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            return
        if self._due and self._reminder_window is not None:
            self._reminder_window.show()
            self._reminder_window.raise_()
        else:
            self.open_requested.emit()

    def _done_already(self, kind: ReminderKind) -> None:
        self._reminders.done_already(kind)

    def _pause(self, seconds: int) -> None:
        self._reminders.pause(seconds)

    def _pause_until_morning(self) -> None:
        # Morning is when the quiet hours end: the person chose that time.
        self._reminders.pause_until(self._reminders.plan.quiet_ends)

    def _resume(self) -> None:
        self._reminders.resume()

    # -- messages -------------------------------------------------------------------------------------------

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def visible(self) -> bool:
        """Whether the icon is in the tray."""
        return self.icon.isVisible()

    def say(self, text: str) -> bool:
        """A short message from the icon (shown only while the icon is visible)."""
        if not self.icon.isVisible():
            return False
        self.icon.showMessage(TITLE, text, self._icons[TrayState.NORMAL], MESSAGE_MS)
        return True

    def notify(self, due: DueReminder) -> bool:
        """The notification where no D-Bus server is used (Windows, macOS): none in quiet hours."""
        if quiet_now(self._reminders) or not self.icon.isVisible():
            return False
        summary, body = notification_text(due)
        self.icon.showMessage(summary, body or self.tr("Answer in the reminder window."), self._icons[TrayState.DUE])
        return True

    def close(self) -> None:
        """Take the icon out of the tray (before quitting)."""
        self.icon.hide()
        self.menu.deleteLater()
