"""One kind of reminder on the Reminders tab: its switch, its schedule's fields, its next time and problems.

RuleBox keeps its own translation context ("RuleBox"); parse_times keeps the tab's ("RemindersTab").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.errors import FieldProblem, ValidationError
from cvi_companion.domain.reminders import (
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    DailyTimes,
    EveryMonths,
    Interval,
    ReminderRule,
    check_rule,
)
from cvi_companion.ui.formatting import kind_text, plural, time_format, weekday_name
from cvi_companion.ui.night_style import error_colour


def to_qtime(value: time) -> QTime:
    """A time of day as Qt keeps it."""
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    """A QTime as a time of day, to the minute."""
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


def _first_days() -> list[int]:
    """The days of the week (0 = Monday) in the order the locale's week runs (Sunday first in the US)."""
    first = QLocale().firstDayOfWeek().value - 1
    return [(first + offset) % 7 for offset in range(7)]


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
        edit = QTimeEdit(to_qtime(value), self)
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
            schedule = Interval(
                self.every.value() * 60, from_qtime(self.starts.time()), from_qtime(self.ends.time()), days
            )
        elif self.months is not None and self.at is not None and isinstance(schedule, EveryMonths):
            schedule = EveryMonths(self.months.value(), from_qtime(self.at.time()), schedule.since)
        enabled = self.enabled.isChecked() if self.available else self._on_when_available
        rule = replace(self.rule, enabled=enabled, schedule=schedule)
        check_rule(rule)
        return rule

    def show_problem(self, text: str) -> None:
        """Show (or with "" clear) what is wrong with this kind."""
        self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
