"""The Reminders tab: what reminds you when, quiet hours, a pause, and what comes next.

The tab edits a copy of the plan and saves it through the SettingsService (the ReminderService rebuilds on
its change signal); pause, resume and "Done already" are asked of the ReminderService.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.reminders import (
    SNOOZE_CHOICES_S,
    STOCKING_KINDS,
    ReminderKind,
    ReminderRule,
)
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.fit import FlowLayout
from cvi_companion.ui.formatting import (
    clock_text,
    day_text,
    plural,
    problem_text,
    snooze_text,
    time_format,
    time_text,
)
from cvi_companion.ui.reflow_grid import ReflowGrid
from cvi_companion.ui.reminder_rule_box import RuleBox, from_qtime, parse_times, to_qtime

PAUSE_CHOICES_S = (30 * 60, 60 * 60, 2 * 60 * 60)
PAUSE_UNTIL = time(7, 0)


def moment_text(moment: datetime, now: datetime) -> str:
    """Format like "11:00" today, otherwise like "Tue 24 Nov 11:00"."""
    if moment.date() == now.date():
        return clock_text(moment)
    return QCoreApplication.translate("RemindersTab", "{day} {time}").format(
        day=day_text(moment.date()), time=clock_text(moment)
    )


def pause_text(seconds: int) -> str:
    """A pause length, like "30 min", "1 hour" or "2 hours"."""
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return plural(QCoreApplication.translate("RemindersTab", "%n hour(s)", "", hours), hours)
    return snooze_text(seconds)


class RemindersTab(QWidget):
    """Edit the reminder plan; pause or resume; see what comes next."""

    def __init__(self, reminders: ReminderService, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersTab")
        self._reminders = reminders
        self._settings = settings
        plan = reminders.plan

        self.clinician = QCheckBox(self.tr("A &clinician recommended compression stockings for me"), self)
        self.clinician.setChecked(plan.stockings_confirmed)
        self.clinician.setAccessibleName(self.tr("A clinician recommended compression stockings for me"))
        self.clinician.toggled.connect(self._update_enabled)
        caution = QLabel(
            self.tr("Compression is not safe for everyone, for example with poor arterial circulation."), self
        )
        caution.setWordWrap(True)
        caution.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.quiet_starts = QTimeEdit(to_qtime(plan.quiet_starts), self)
        self.quiet_ends = QTimeEdit(to_qtime(plan.quiet_ends), self)
        # Quiet hours, then the snooze length, each kept together with its label; the two, and Save, go on
        # lines of their own when the row is too narrow for them side by side (German, larger text).
        quiet_group = QWidget(self)
        quiet = QHBoxLayout(quiet_group)
        quiet.setContentsMargins(0, 0, 0, 0)
        quiet_label = QLabel(self.tr("&Quiet hours (no walking breaks)"), self)
        quiet_label.setBuddy(self.quiet_starts)
        quiet.addWidget(quiet_label)
        names = (self.tr("Quiet hours start"), self.tr("Quiet hours end"))
        for edit, name in zip((self.quiet_starts, self.quiet_ends), names, strict=True):
            edit.setDisplayFormat(time_format())
            edit.setAccessibleName(name)
            quiet.addWidget(edit)
        self.snooze_default = QComboBox(self)
        for seconds in SNOOZE_CHOICES_S:
            self.snooze_default.addItem(snooze_text(seconds), seconds)
        self.snooze_default.setCurrentIndex(max(0, self.snooze_default.findData(plan.snooze_s)))
        self.snooze_default.setAccessibleName(self.tr("Snooze for, unless chosen otherwise"))
        snooze_label = QLabel(self.tr("S&nooze for"), self)
        snooze_label.setBuddy(self.snooze_default)
        snooze_group = QWidget(self)
        snooze = QHBoxLayout(snooze_group)
        snooze.setContentsMargins(0, 0, 0, 0)
        snooze.addWidget(snooze_label)
        snooze.addWidget(self.snooze_default)

        # The buttons flow onto a second line when they do not fit in one.
        pause = FlowLayout()
        pause.addWidget(QLabel(self.tr("Pause all reminders:"), self))
        self.pause_buttons: list[QPushButton] = []
        for seconds in PAUSE_CHOICES_S:
            text = pause_text(seconds)
            button = QPushButton(text, self)
            button.setAccessibleName(self.tr("Pause for {duration}").format(duration=text))
            button.clicked.connect(lambda _checked=False, s=seconds: self.pause(s))
            self.pause_buttons.append(button)
            pause.addWidget(button)
        morning = time_text(PAUSE_UNTIL)
        self.pause_morning = QPushButton(self.tr("Until {time}").format(time=morning), self)
        self.pause_morning.setAccessibleName(self.tr("Pause until {time}").format(time=morning))
        self.pause_morning.clicked.connect(self.pause_until_morning)
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setAccessibleName(self.tr("Resume reminders"))
        self.resume_button.clicked.connect(self.resume)
        self.paused_label = QLabel(self)
        self.paused_label.setObjectName("pausedLabel")
        for widget in (self.pause_morning, self.resume_button, self.paused_label):
            pause.addWidget(widget)

        self.boxes: dict[ReminderKind, RuleBox] = {}
        for rule in plan.rules:
            box = RuleBox(rule, self)
            box.done_already.clicked.connect(lambda _checked=False, k=rule.kind: self.done_already(k))
            self.boxes[rule.kind] = box
        inner = QWidget(self)
        # Two columns side by side; one when larger text or a narrow window would not fit two.
        self.kinds_grid = ReflowGrid(self.boxes.values(), 2, inner)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.clinician)
        inner_layout.addWidget(caution)
        inner_layout.addWidget(self.kinds_grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Reminder kinds"))
        scroll.setWidget(inner)

        self.save_button = QPushButton(self.tr("&Save reminders"), self)
        self.save_button.setAccessibleName(self.tr("Save reminders"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("saveStatus")
        bottom = FlowLayout(spacing=8)
        bottom.addWidget(quiet_group)
        bottom.addWidget(snooze_group)
        bottom.add_stretch()
        bottom.addWidget(self.status)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(pause)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        # Tab follows the screen from top to bottom: the pause row, the kinds, then quiet hours and Save.
        order: list[QWidget] = [*self.pause_buttons, self.pause_morning, self.resume_button, self.clinician]
        for box in self.boxes.values():
            order += box.focus_order()
        order += [self.quiet_starts, self.quiet_ends, self.snooze_default, self.save_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        # Computed when first shown, not at start: the window paints first.
        self._stale = True
        reminders.schedule_changed.connect(self._schedule_changed)
        settings.changed.connect(self._settings_changed)
        self._update_enabled()

    # -- showing -------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Bring "next" and "paused" up to date if the plan changed while the tab was hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _schedule_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _settings_changed(self) -> None:
        # The Settings dialog edits the same quiet hours: show what was saved, so saving here keeps it.
        plan = self._settings.settings.reminders
        self.quiet_starts.setTime(to_qtime(plan.quiet_starts))
        self.quiet_ends.setTime(to_qtime(plan.quiet_ends))

    def _update_enabled(self) -> None:
        for kind in STOCKING_KINDS:
            self.boxes[kind].set_available(self.clinician.isChecked())

    def refresh(self) -> None:
        """Show the next occurrence of each kind and whether reminders are paused."""
        self._stale = False
        now = self._reminders.clock.now()
        upcoming = self._reminders.next_occurrences()
        for kind, box in self.boxes.items():
            occurrence = upcoming.get(kind)
            if kind in STOCKING_KINDS and not self._reminders.plan.stockings_confirmed:
                box.next_label.setText(self.tr("Next: none (only with a clinician's recommendation)"))
            elif occurrence is None:
                box.next_label.setText(self.tr("Next: none (off)"))
            else:
                local = occurrence.local
                box.next_label.setText(
                    self.tr("Next: {day} {time}").format(day=day_text(local.date()), time=clock_text(local))
                )
            box.done_already.setEnabled(occurrence is not None)
        until = self._reminders.paused_until
        if until is not None:
            self.paused_label.setText(
                self.tr("Paused until {time}").format(time=moment_text(until.astimezone(self._reminders.clock.tz), now))
            )
        else:
            self.paused_label.setText("")
        self.resume_button.setEnabled(until is not None)

    # -- actions -------------------------------------------------------------------------------------------

    def pause(self, seconds: int) -> None:
        """Pause every reminder for a while."""
        self._reminders.pause(seconds)
        self.refresh()

    def pause_until_morning(self) -> None:
        """Pause until the next 07:00 (tomorrow's, in the evening)."""
        self._reminders.pause_until(PAUSE_UNTIL)
        self.refresh()

    def resume(self) -> None:
        """End the pause now."""
        self._reminders.resume()
        self.refresh()

    def done_already(self, kind: ReminderKind) -> None:
        """Mark the next occurrence of a kind as done."""
        try:
            self._reminders.done_already(kind)
        except StorageError as error:
            self.status.setText(error_text(error))
            return
        self.refresh()

    def save(self) -> bool:
        """Check every kind, then save the plan; problems are shown next to their kind and nothing is saved."""
        rules: list[ReminderRule] = []
        for box in self.boxes.values():
            try:
                rules.append(box.edited_rule())
            except ValidationError as error:
                box.show_problem("\n".join(problem_text(p) for p in error.problems))
            else:
                box.show_problem("")
        if len(rules) != len(self.boxes):
            self.status.setText(self.tr("Nothing saved: see the problems above."))
            return False
        current = self._settings.settings
        plan = replace(
            current.reminders,
            rules=tuple(rules),
            quiet_starts=from_qtime(self.quiet_starts.time()),
            quiet_ends=from_qtime(self.quiet_ends.time()),
            stockings_confirmed=self.clinician.isChecked(),
            snooze_s=int(self.snooze_default.currentData()),
        )
        try:
            self._settings.save(replace(current, reminders=plan))
        except StorageError as error:
            self.status.setText(error_text(error))
            return False
        for box, rule in zip(self.boxes.values(), rules, strict=True):
            box.rule = rule
        self.status.setText(self.tr("Saved."))
        self.refresh()
        return True


# parse_times moved to reminder_rule_box with RuleBox; callers and tests still import it from here.
__all__ = ["PAUSE_CHOICES_S", "PAUSE_UNTIL", "RemindersTab", "moment_text", "parse_times", "pause_text"]
