"""Every field of a cramp entry as one form, with room for a message under each field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.cramps import (
    EARLIEST_DATE,
    MAX_DURATION_S,
    Context,
    Location,
    Relief,
    Side,
    Soreness,
    split_tags,
)
from cvi_companion.domain.errors import FieldProblem
from cvi_companion.ui.fit import ScrollBody
from cvi_companion.ui.formatting import (
    DURATION_CHOICES,
    context_text,
    date_format,
    duration_choice_text,
    location_text,
    problem_text,
    relief_text,
    side_text,
    soreness_text,
    time_format,
)
from cvi_companion.ui.night_style import error_colour
from cvi_companion.ui.reflow_grid import ReflowGrid

# The date-time field works in plain wall-clock time; UTC inside Qt means "no zone, no DST adjustment",
# so a time from another zone or inside a DST gap is shown exactly as it was recorded.
_WALL = QTimeZone.utc()
_EXACT = "exact"


@dataclass(frozen=True, slots=True)
class EntryFields:
    """What the form holds: an entry's fields, with the start as a naive local wall-clock time."""

    started_local: datetime
    side: Side | None
    locations: tuple[Location, ...] = (Location.CALF,)
    duration_s: int | None = None
    woke_me: bool = False
    intensity: int | None = None
    helped: tuple[Relief, ...] = ()
    soreness: Soreness | None = None
    context: tuple[Context, ...] = ()
    tags: tuple[str, ...] = ()
    note: str = ""


def _to_wall(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second), _WALL
    )


def _from_wall(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second())


class EntryForm(QWidget):
    """The fields of an entry, laid out in two columns.

    `read()` returns what the person set; `show_problems()` says why it cannot be saved, next to each field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: EntryFields | None = None
        self._loaded_duration_state: tuple[int, float] = (0, 0.0)
        self._loaded_tags_text = ""
        self._errors: dict[str, QLabel] = {}

        # Two columns side by side, one under the other when they do not fit (large text, a small screen);
        # the fields scroll then, inside the form, so the dialog's Save stays in reach below them.
        body = QWidget(self)
        left_column, right_column = QWidget(body), QWidget(body)
        left = QVBoxLayout(left_column)
        right = QVBoxLayout(right_column)
        left.setContentsMargins(0, 0, 0, 0)
        right.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._when_box())
        left.addWidget(self._side_box())
        left.addWidget(self._where_box())
        left.addWidget(self._how_box())
        left.addStretch(1)
        right.addWidget(self._helped_box())
        right.addWidget(self._context_box())
        right.addWidget(self._notes_box(), 1)
        self.columns = ReflowGrid([left_column, right_column], 2, body)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.columns)
        self.body = ScrollBody(body, self, reserve=160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)

    # -- building ------------------------------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour(self.palette())};")
        label.hide()
        self._errors[field] = label
        return label

    def _labelled(
        self,
        grid: QGridLayout,
        row: int,
        text: str,
        field: QWidget,
        error: str | None = None,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or field)
        (buddy or field).setAccessibleName(label.text().replace("&", ""))
        grid.addWidget(label, row * 2, 0)
        grid.addWidget(field, row * 2, 1)
        if error:
            grid.addWidget(self._error_label(error), row * 2 + 1, 1)

    def _when_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When"), self)
        grid = QGridLayout(box)
        self.started = QDateTimeEdit(box)
        self.started.setTimeZone(_WALL)
        # The locale's names and time format (24-hour or AM/PM), the day name to be sure which day it is.
        self.started.setDisplayFormat(self.tr("ddd {date}  {time}").format(date=date_format(), time=time_format()))
        self.started.setCalendarPopup(True)
        self.started.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.started.setMinimumDate(QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day))
        self._labelled(grid, 0, self.tr("&Started"), self.started, "started_at")

        self.duration_choice = QComboBox(box)
        self.duration_choice.addItem(self.tr("Not recorded"), None)
        for text, seconds in DURATION_CHOICES:
            self.duration_choice.addItem(duration_choice_text(text), seconds)
        self.duration_choice.addItem(self.tr("Exact minutes"), _EXACT)
        self.duration_minutes = QDoubleSpinBox(box)
        self.duration_minutes.setDecimals(1)
        self.duration_minutes.setRange(0.1, MAX_DURATION_S / 60)
        self.duration_minutes.setSingleStep(0.5)
        self.duration_minutes.setSuffix(self.tr(" min"))
        self.duration_minutes.setValue(2.0)
        self.duration_minutes.setAccessibleName(self.tr("Exact duration in minutes"))
        self.duration_minutes.setEnabled(False)
        self.duration_choice.currentIndexChanged.connect(self._duration_choice_changed)
        duration_row = QWidget(box)
        row = QHBoxLayout(duration_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duration_choice, 1)
        row.addWidget(self.duration_minutes)
        self._labelled(grid, 1, self.tr("&How long"), duration_row, "duration_s", buddy=self.duration_choice)

        self.woke_me = QCheckBox(self.tr("It &woke me up"), box)
        grid.addWidget(self.woke_me, 4, 1)
        grid.setColumnStretch(1, 1)
        return box

    # Group boxes with a mnemonic: Alt+letter moves the keyboard to their first choice.
    def _side_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which &leg"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.side_group = QButtonGroup(box)
        self.side_buttons: dict[Side, QRadioButton] = {}
        for side in Side:
            button = QRadioButton(side_text(side), box)
            self.side_group.addButton(button)
            self.side_buttons[side] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._error_label("side"))
        return box

    def _checks(self, box: QGroupBox, labels: dict[Any, str], columns: int, field: str) -> dict[Any, QCheckBox]:
        checks = {value: QCheckBox(text, box) for value, text in labels.items()}
        # As many columns as fit, up to `columns`: long labels in large text go one under the other.
        grid = ReflowGrid(checks.values(), columns, box)
        layout = QVBoxLayout(box)
        layout.addWidget(grid)
        layout.addWidget(self._error_label(field))
        return checks

    def _where_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wh&ere in the leg"), self)
        self.location_checks: dict[Location, QCheckBox] = self._checks(
            box, {place: location_text(place) for place in Location}, 3, "locations"
        )
        return box

    def _how_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How it felt"), self)
        grid = QGridLayout(box)
        self.intensity = QSpinBox(box)
        self.intensity.setRange(-1, 10)
        # The value below 0 stands for "not rated" and is shown as words.
        self.intensity.setSpecialValueText(self.tr("Not rated"))
        self.intensity.setToolTip(self.tr("0 = barely noticeable, 10 = the worst you can imagine"))
        self._labelled(grid, 0, self.tr("&Intensity (0–10)"), self.intensity, "intensity")
        self.soreness = QComboBox(box)
        self.soreness.addItem(self.tr("Not recorded"), None)
        for value in Soreness:
            self.soreness.addItem(soreness_text(value), value.value)
        self._labelled(grid, 1, self.tr("S&oreness afterwards"), self.soreness)
        grid.setColumnStretch(1, 1)
        return box

    def _helped_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What hel&ped"), self)
        self.helped_checks: dict[Relief, QCheckBox] = self._checks(
            box, {relief: relief_text(relief) for relief in Relief}, 2, "helped"
        )
        for value, check in self.helped_checks.items():
            check.toggled.connect(lambda on, v=value: self._helped_toggled(v, on))
        return box

    def _context_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("That d&ay or evening"), self)
        self.context_checks: dict[Context, QCheckBox] = self._checks(
            box, {context: context_text(context) for context in Context}, 2, "context"
        )
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tags and note"), self)
        grid = QGridLayout(box)
        self.tags = QLineEdit(box)
        self.tags.setPlaceholderText(self.tr("comma-separated, for example: new shoes, long drive"))
        self._labelled(grid, 0, self.tr("&Tags"), self.tags, "tags")
        self.note = QPlainTextEdit(box)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything else worth remembering"))
        self._labelled(grid, 1, self.tr("&Note"), self.note, "note")
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        return box

    # -- behaviour -----------------------------------------------------------------------------------------

    def _duration_choice_changed(self) -> None:
        self.duration_minutes.setEnabled(self.duration_choice.currentData() == _EXACT)

    def _helped_toggled(self, value: Relief, on: bool) -> None:
        # "Nothing helped" and the other choices exclude each other; the latest click wins.
        if not on:
            return
        if value is Relief.NOTHING:
            others = [c for v, c in self.helped_checks.items() if v is not Relief.NOTHING]
        else:
            others = [self.helped_checks[Relief.NOTHING]]
        for check in others:
            check.setChecked(False)

    # -- values in and out ---------------------------------------------------------------------------------

    def load(self, fields: EntryFields) -> None:
        """Show an entry's (or a draft's) values."""
        self._loaded = fields
        self.started.setDateTime(_to_wall(fields.started_local))
        self._load_duration(fields.duration_s)
        self.woke_me.setChecked(fields.woke_me)
        for side, button in self.side_buttons.items():
            button.setChecked(side == fields.side)
        for location, check in self.location_checks.items():
            check.setChecked(location in fields.locations)
        self.intensity.setValue(-1 if fields.intensity is None else fields.intensity)
        self.soreness.setCurrentIndex(
            max(0, self.soreness.findData(fields.soreness.value if fields.soreness else None))
        )
        for relief, check in self.helped_checks.items():
            check.setChecked(relief in fields.helped)
        for context, check in self.context_checks.items():
            check.setChecked(context in fields.context)
        self._loaded_tags_text = ", ".join(fields.tags)
        self.tags.setText(self._loaded_tags_text)
        self.note.setPlainText(fields.note)
        self.clear_problems()

    def _load_duration(self, seconds: int | None) -> None:
        index = self.duration_choice.findData(seconds) if seconds is not None else 0
        if seconds is not None:
            # Shown even beside a quick pick, so "1–5 min" for a 3-minute cramp still says 3.0 min.
            self.duration_minutes.setValue(seconds / 60)
        if seconds is not None and index < 0:
            index = self.duration_choice.findData(_EXACT)
        self.duration_choice.setCurrentIndex(index)
        self._loaded_duration_state = (index, self.duration_minutes.value())

    def _read_duration(self) -> int | None:
        state = (self.duration_choice.currentIndex(), self.duration_minutes.value())
        if self._loaded is not None and state == self._loaded_duration_state:
            # Untouched: keep the exact seconds rather than the minutes shown (90 s must stay 90 s).
            return self._loaded.duration_s
        choice = self.duration_choice.currentData()
        if choice == _EXACT:
            return round(self.duration_minutes.value() * 60)
        return choice if isinstance(choice, int) else None

    def read(self) -> EntryFields:
        """The values as the person set them."""
        started = _from_wall(self.started.dateTime())
        if self._loaded is not None and started.replace(second=0) == self._loaded.started_local.replace(second=0):
            started = self._loaded.started_local
        side = next((s for s, b in self.side_buttons.items() if b.isChecked()), None)
        intensity = self.intensity.value()
        soreness = self.soreness.currentData()  # Qt hands enum data back as a plain string
        tags_text = self.tags.text()
        if self._loaded is not None and tags_text == self._loaded_tags_text:
            tags = self._loaded.tags
        else:
            tags = split_tags(tags_text)
        return EntryFields(
            started_local=started,
            side=side,
            locations=tuple(v for v, c in self.location_checks.items() if c.isChecked()),
            duration_s=self._read_duration(),
            woke_me=self.woke_me.isChecked(),
            intensity=None if intensity < 0 else intensity,
            helped=tuple(v for v, c in self.helped_checks.items() if c.isChecked()),
            soreness=Soreness(soreness) if soreness else None,
            context=tuple(v for v, c in self.context_checks.items() if c.isChecked()),
            tags=tags,
            note=self.note.toPlainText(),
        )

    def loaded(self) -> EntryFields | None:
        """The values last loaded, to compare against."""
        return self._loaded

    def clear_problems(self) -> None:
        """Hide all field messages."""
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Show each problem under its field; return the ones that belong to no field here."""
        self.clear_problems()
        unplaced: list[FieldProblem] = []
        for problem in problems:
            label = self._errors.get(problem.field)
            if label is None:
                unplaced.append(problem)
                continue
            message = problem_text(problem)
            label.setText(f"{label.text()}\n{message}" if label.text() else message)
            label.show()
        return unplaced

    def focus_first_problem(self) -> None:
        """Put the keyboard focus on the first field with a problem."""
        targets: dict[str, QWidget] = {
            "started_at": self.started,
            "side": self.side_buttons[Side.LEFT],
            "locations": self.location_checks[Location.CALF],
            "duration_s": self.duration_choice,
            "intensity": self.intensity,
            "helped": self.helped_checks[Relief.NOTHING],
            "tags": self.tags,
            "note": self.note,
        }
        for field, widget in targets.items():
            if self._errors.get(field) is not None and self._errors[field].isVisibleTo(self):
                widget.setFocus()
                return
