"""The Reminders tab: what reminds you when, quiet hours, a pause, and what comes next.

The tab edits a copy of the plan and saves it through the SettingsService (the ReminderService rebuilds on
its change signal); pause, resume and "Done already" are asked of the ReminderService.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.reminders import (
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    SNOOZE_CHOICES_S,
    STOCKING_KINDS,
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderKind,
    ReminderRule,
    check_rule,
)
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.fit import FlowLayout
from cvi_companion.ui.formatting import (
    clock_text,
    day_text,
    kind_text,
    plural,
    problem_text,
    snooze_text,
    time_format,
    time_text,
    weekday_name,
)
from cvi_companion.ui.night_style import error_colour
from cvi_companion.ui.reflow_grid import ReflowGrid

PAUSE_CHOICES_S = (30 * 60, 60 * 60, 2 * 60 * 60)
PAUSE_UNTIL = time(7, 0)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def parse_times(text: str) -> tuple[time, ...]:
    """Read "07:30, 19:00" (spaces and a trailing comma allowed); raise ValidationError on anything else."""
    found: list[time] = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        try:
            hours, minutes = part.split(":")
            found.append(time(int(hours), int(minutes)))
        except ValueError:
            message = QCoreApplication.translate("RemindersTab", "“{text}” is not a time like {example}").format(
                text=part, example="07:30"
            )
            raise ValidationError([FieldProblem("times", message)]) from None
    return tuple(sorted(found))


def moment_text(moment: datetime, now: datetime) -> str:
    """Format like "11:00" today, otherwise like "Tue 24 Nov 11:00"."""
    if moment.date() == now.date():
        return clock_text(moment)
    return QCoreApplication.translate("RemindersTab", "{day} {time}").format(
        day=day_text(moment.date()), time=clock_text(moment)
    )


def _first_days() -> list[int]:
    """The days of the week (0 = Monday) in the order the locale's week runs (Sunday first in the US)."""
    first = QLocale().firstDayOfWeek().value - 1
    return [(first + offset) % 7 for offset in range(7)]


def pause_text(seconds: int) -> str:
    """A pause length, like "30 min", "1 hour" or "2 hours"."""
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return plural(QCoreApplication.translate("RemindersTab", "%n hour(s)", "", hours), hours)
    return snooze_text(seconds)


class RuleBox(QGroupBox):
    """The settings of one kind of reminder, its next occurrence and its problems."""

    def __init__(self, rule: ReminderRule, parent: QWidget | None = None) -> None:
        super().__init__(kind_text(rule.kind), parent)
        self.setObjectName(f"rule-{rule.kind.value}")
        self.rule = rule
        name = kind_text(rule.kind)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.enabled = QCheckBox(self.tr("On"), self)
        self.enabled.setAccessibleName(self.tr("{reminder}: on").format(reminder=name))
        self.enabled.setChecked(rule.enabled)
        # Whether the kind can be used now (stockings: only once a clinician's recommendation is confirmed),
        # and, while it cannot, whether it is to be on once it can (the saved setting, kept as it was).
        self.available = True
        self._on_when_available = rule.enabled
        self.done_already = QPushButton(self.tr("Done already"), self)
        self.done_already.setAccessibleName(self.tr("{reminder}: done already").format(reminder=name))
        self.done_already.setToolTip(self.tr("Mark the next one as done, so it does not come"))
        top.addWidget(self.enabled)
        top.addStretch(1)
        top.addWidget(self.done_already)
        layout.addLayout(top)

        form = QFormLayout()
        schedule = rule.schedule
        self.times: QLineEdit | None = None
        self.every: QSpinBox | None = None
        self.months: QSpinBox | None = None
        self.starts: QTimeEdit | None = None
        self.ends: QTimeEdit | None = None
        self.at: QTimeEdit | None = None
        self.days: list[QCheckBox] = []
        self._shown_days: list[QCheckBox] = []
        if isinstance(schedule, DailyTimes):
            # Typed and read as 24-hour times (parse_times), whatever the locale's clock.
            self.times = QLineEdit(", ".join(f"{t.hour:02d}:{t.minute:02d}" for t in schedule.times), self)
            self.times.setAccessibleName(self.tr("{reminder}: times of day").format(reminder=name))
            self.times.setAccessibleDescription(self.tr("24-hour times separated by commas, like 07:30, 19:00"))
            self.times.setPlaceholderText("07:30, 19:00")
            form.addRow(self.tr("Times"), self.times)
        elif isinstance(schedule, Interval):
            self.every = QSpinBox(self)
            self.every.setRange(MIN_INTERVAL_S // 60, MAX_INTERVAL_S // 60)
            self.every.setSuffix(self.tr(" min"))
            self.every.setValue(schedule.every_s // 60)
            self.every.setAccessibleName(self.tr("{reminder}: every how many minutes").format(reminder=name))
            self.every.setMaximumWidth(120)
            form.addRow(self.tr("Every"), self.every)
            window = QHBoxLayout()
            self.starts = self._time_edit(schedule.starts, self.tr("{reminder}: from").format(reminder=name))
            self.ends = self._time_edit(schedule.ends, self.tr("{reminder}: until").format(reminder=name))
            window.addWidget(self.starts)
            window.addWidget(QLabel(self.tr("to"), self))
            window.addWidget(self.ends)
            window.addStretch(1)
            form.addRow(self.tr("Between"), window)
        else:
            self.months = QSpinBox(self)
            self.months.setRange(1, 24)
            self.months.valueChanged.connect(self._months_suffix)
            self.months.setValue(schedule.months)
            self._months_suffix(schedule.months)
            self.months.setAccessibleName(self.tr("{reminder}: every how many months").format(reminder=name))
            self.months.setMaximumWidth(140)
            form.addRow(self.tr("Every"), self.months)
            self.at = self._time_edit(schedule.at, self.tr("{reminder}: at").format(reminder=name))
            form.addRow(self.tr("At"), self.at)
        if not isinstance(schedule, EveryMonths):
            line = QHBoxLayout()
            boxes: dict[int, QCheckBox] = {}
            for number in _first_days():
                day = weekday_name(number)
                box = QCheckBox(day, self)
                box.setAccessibleName(self.tr("{reminder}: {day}").format(reminder=name, day=day))
                box.setChecked(number in schedule.days)
                boxes[number] = box
                line.addWidget(box)
            # Kept Monday first, as the schedule numbers them.
            self.days = [boxes[number] for number in range(7)]
            self._shown_days = list(boxes.values())
            line.addStretch(1)
            form.addRow(self.tr("Days"), line)
        layout.addLayout(form)

        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextOccurrence")
        self.next_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problem = QLabel(self)
        self.problem.setObjectName("ruleProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.next_label)
        layout.addWidget(self.problem)

    def focus_order(self) -> list[QWidget]:
        """The box's controls in reading order, for the tab's Tab key order."""
        fields = [self.times, self.every, self.starts, self.ends, self.months, self.at]
        return [self.enabled, self.done_already, *(f for f in fields if f is not None), *self._shown_days]

    def _months_suffix(self, months: int) -> None:
        if self.months is not None:
            self.months.setSuffix(plural(self.tr(" month(s)", "", months), months))

    def set_available(self, available: bool) -> None:
        """Offer the kind, or grey it out with "On" unticked: it does not come while it is not available.

        A greyed-out ticked box read as "on" while nothing would come. The on/off choice is kept unchanged
        underneath and shown again, and saved, as it was.
        """
        if available == self.available:
            return
        self.available = available
        if available:
            self.enabled.setChecked(self._on_when_available)
        else:
            self._on_when_available = self.enabled.isChecked()
            self.enabled.setChecked(False)
        self.setEnabled(available)

    def _time_edit(self, value: time, name: str) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value), self)
        edit.setDisplayFormat(time_format())
        edit.setAccessibleName(name)
        return edit

    def edited_rule(self) -> ReminderRule:
        """The rule as edited, checked; raises ValidationError."""
        days = frozenset(n for n, box in enumerate(self.days) if box.isChecked())
        schedule = self.rule.schedule
        if self.times is not None:
            schedule = DailyTimes(parse_times(self.times.text()), days)
        elif self.every is not None and self.starts is not None and self.ends is not None:
            schedule = Interval(self.every.value() * 60, _time(self.starts.time()), _time(self.ends.time()), days)
        elif self.months is not None and self.at is not None and isinstance(schedule, EveryMonths):
            schedule = EveryMonths(self.months.value(), _time(self.at.time()), schedule.since)
        enabled = self.enabled.isChecked() if self.available else self._on_when_available
        rule = replace(self.rule, enabled=enabled, schedule=schedule)
        check_rule(rule)
        return rule

    def show_problem(self, text: str) -> None:
        """Show (or with "" clear) what is wrong with this kind."""
        self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


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

        self.quiet_starts = QTimeEdit(_qtime(plan.quiet_starts), self)
        self.quiet_ends = QTimeEdit(_qtime(plan.quiet_ends), self)
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
        self.quiet_starts.setTime(_qtime(plan.quiet_starts))
        self.quiet_ends.setTime(_qtime(plan.quiet_ends))

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
            quiet_starts=_time(self.quiet_starts.time()),
            quiet_ends=_time(self.quiet_ends.time()),
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
