"""The row above the log that narrows it down: a date range and a side."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from cvi_companion.domain.cramps import CrampFilter, Side
from cvi_companion.domain.errors import ValidationError
from cvi_companion.services.clock import Clock
from cvi_companion.ui.formatting import date_format, problem_text, side_text
from cvi_companion.ui.night_style import error_colour

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

ALL_TIME = "all"
CUSTOM = "custom"
# Days back from today (today counts as one of them).
PRESET_DAYS = {"7": 7, "30": 30, "365": 365}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Date range presets (or two dates) and a side; `changed` fires with each new valid filter."""

    changed = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.range = QComboBox(self)
        self.range.addItem(self.tr("All time"), ALL_TIME)
        self.range.addItem(self.tr("Last 7 days"), "7")
        self.range.addItem(self.tr("Last 30 days"), "30")
        self.range.addItem(self.tr("Last 12 months"), "365")
        self.range.addItem(self.tr("Custom…"), CUSTOM)
        range_label = QLabel(self.tr("S&how"), self)
        range_label.setBuddy(self.range)
        self.range.setAccessibleName(self.tr("Show entries from"))

        # The two dates show only for "Custom…": they are made when first needed, since the first QDateEdit of a
        # process costs about 10 ms of the first frame (docs/performance.md).
        self._dates: tuple[QDateEdit, QLabel, QDateEdit] | None = None

        self.side = QComboBox(self)
        self.side.addItem(self.tr("Any"), None)
        for side in Side:
            self.side.addItem(side_text(side), side.value)
        side_label = QLabel(self.tr("&Side"), self)
        side_label.setBuddy(self.side)
        self.side.setAccessibleName(self.tr("Side"))

        self.problem = QLabel(self)

        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(range_label)
        layout.addWidget(self.range)
        layout.addSpacing(16)
        layout.addWidget(side_label)
        layout.addWidget(self.side)
        layout.addWidget(self.problem, 1)

        self.range.currentIndexChanged.connect(self._range_changed)
        self.side.currentIndexChanged.connect(self._emit)
        self._range_changed()

    @property
    def since(self) -> QDateEdit:
        """The custom range's first day."""
        return self._date_edits()[0]

    @property
    def until(self) -> QDateEdit:
        """The custom range's last day."""
        return self._date_edits()[2]

    def _date_edits(self) -> tuple[QDateEdit, QLabel, QDateEdit]:
        if self._dates is not None:
            return self._dates
        from PySide6.QtWidgets import QDateEdit

        today = self._clock.now().date()
        since = QDateEdit(_qdate(today - timedelta(days=29)), self)
        until = QDateEdit(_qdate(today), self)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(until)
        for edit, name in ((since, self.tr("First day")), (until, self.tr("Last day"))):
            # Qt makes the calendar when it first pops up, in the locale's week (Sunday first in the US, Monday in
            # Germany): asking for it here would build a calendar nobody opened.
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
        # Just after the range's combo box, in the layout and in the Tab order (made later, they would come last).
        at = self._layout.indexOf(self.range) + 1
        for offset, widget in enumerate((since, to_label, until)):
            widget.hide()
            self._layout.insertWidget(at + offset, widget)
        QWidget.setTabOrder(self.range, since)
        QWidget.setTabOrder(since, until)
        QWidget.setTabOrder(until, self.side)
        self._dates = (since, to_label, until)
        # Connected once built, so setting them up above changes no filter.
        since.dateChanged.connect(self._emit)
        until.dateChanged.connect(self._emit)
        return self._dates

    def _range_changed(self) -> None:
        custom = self.range.currentData() == CUSTOM
        if custom or self._dates is not None:
            for widget in self._date_edits():
                widget.setVisible(custom)
        self._emit()

    def current(self) -> CrampFilter | None:
        """The filter the controls describe, or None (with a message shown) if the dates are the wrong way round."""
        choice = self.range.currentData()
        since: date | None = None
        until: date | None = None
        if choice == CUSTOM:
            since, until = _pydate(self.since.date()), _pydate(self.until.date())
        elif choice in PRESET_DAYS:
            since = self._clock.now().date() - timedelta(days=PRESET_DAYS[choice] - 1)
        side = self.side.currentData()
        # Qt hands enum data back as plain strings.
        flt = CrampFilter(since=since, until=until, side=Side(side) if side else None)
        try:
            flt.check()
        except ValidationError as error:
            message = problem_text(error.problems[0])
            # Coloured now, not at start: the app may have switched to the night palette since.
            self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")
            self.problem.setText(message)
            return None
        self.problem.clear()
        return flt

    def reset(self) -> None:
        """Back to all entries, any side."""
        self.range.setCurrentIndex(0)
        self.side.setCurrentIndex(0)

    def is_default(self) -> bool:
        """Whether nothing is filtered out."""
        return self.range.currentData() == ALL_TIME and self.side.currentData() is None

    def _emit(self) -> None:
        flt = self.current()
        if flt is not None:
            self.changed.emit(flt)

    def select_side(self, side: Side | None) -> None:
        """Show only one side (None: any)."""
        self.side.setCurrentIndex(max(0, self.side.findData(side.value if side else None)))
