"""Fitting the reminder window to its text and to its screen.

Buttons as wide as their labels, answers that wrap onto more rows when one row is wider than the screen, and a
place in the screen's corner that keeps the whole window (its frame too) on the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class AnswerButton(QPushButton):
    """A push button at least `least_width` wide and `least_height` tall, and never narrower than its label.

    A fixed minimum width would replace the label's own width as the button's minimum, letting a layout squeeze
    a long (German, large) label below its text.
    """

    def __init__(self, text: str, parent: QWidget, least_width: int, least_height: int) -> None:
        super().__init__(text, parent)
        self._least = QSize(least_width, least_height)

    def sizeHint(self) -> QSize:  # noqa: D102 (a Qt override)
        return super().sizeHint().expandedTo(self._least)

    def minimumSizeHint(self) -> QSize:  # noqa: D102 (a Qt override)
        return self.sizeHint()


def pack_rows(widths: Sequence[int], spacing: int, room: int, breaks: Sequence[int] = ()) -> list[list[int]]:
    """Indexes of `widths` in rows no wider than `room`, in order.

    One row when everything fits; else rows broken at `breaks` (the indexes that best start a new row), if
    each of those rows fits; else as many on each row as fit. A part wider than `room` gets a row of its own.
    """

    def width(row: Sequence[int]) -> int:
        return sum(widths[i] for i in row) + spacing * max(0, len(row) - 1)

    everything = list(range(len(widths)))
    if width(everything) <= room or not everything:
        return [everything]
    starts = sorted({b for b in breaks if 0 < b < len(widths)})
    bounds = [0, *starts, len(widths)]
    preferred = [everything[a:b] for a, b in pairwise(bounds) if b > a]
    if starts and all(width(row) <= room for row in preferred):
        return preferred
    rows: list[list[int]] = [[]]
    for index in everything:
        if rows[-1] and width([*rows[-1], index]) > room:
            rows.append([])
        rows[-1].append(index)
    return rows


class AnswerRows(QVBoxLayout):
    """A window's answers in reading order, on one row when it fits and on more when not.

    `units` are parts that stay together on a row (a button, or "Snooze for [10 min]"); a part counts when its
    first widget is not hidden. A second row best starts at `row_start`; `at_right` always ends its row, at
    the right.
    """

    def __init__(self, units: Sequence[Sequence[QWidget]], spacing: int, row_start: QWidget, at_right: QWidget) -> None:
        super().__init__()
        self._units = [list(unit) for unit in units]
        self._spacing = spacing
        self._row_start = row_start
        self._at_right = at_right
        self.setSpacing(spacing)
        self._rows = [QHBoxLayout() for _ in self._units]
        for row in self._rows:
            row.setSpacing(spacing)
            self.addLayout(row)
        # The widgets on each row, hidden ones left out.
        self.rows: list[list[QWidget]] = []
        self.arrange(None)

    def _width(self, unit: Sequence[QWidget]) -> int:
        shown = [w for w in unit if not w.isHidden()]
        sizes = [w.sizeHint().expandedTo(w.minimumSizeHint()).expandedTo(w.minimumSize()) for w in shown]
        return sum(size.width() for size in sizes) + self._spacing * max(0, len(sizes) - 1)

    def arrange(self, room: int | None) -> None:
        """Put the parts showing on as few rows as fit in `room` pixels (all on one row without a room)."""
        shown = [unit for unit in self._units if not unit[0].isHidden()]
        widths = [self._width(unit) for unit in shown]
        breaks = [index for index, unit in enumerate(shown) if unit[0] is self._row_start]
        rows = pack_rows(widths, self._spacing, sum(widths) + 1 if room is None else room, breaks)
        row_of = {id(shown[index][0]): number for number, row in enumerate(rows) for index in row}
        for layout in self._rows:
            while layout.takeAt(0) is not None:
                pass
        number = 0
        at_right_row = None
        for unit in self._units:
            # A hidden part keeps its place in reading order, beside the part before it.
            number = row_of.get(id(unit[0]), number)
            if unit[0] is self._at_right:
                self._rows[number].addStretch(1)
                at_right_row = number
            for widget in unit:
                self._rows[number].addWidget(widget)
        for number in range(len(rows)):
            if number != at_right_row:
                self._rows[number].addStretch(1)
        self.rows = [[w for index in row for w in shown[index] if not w.isHidden()] for row in rows]
        self.invalidate()


def corner_position(area: QRect, outer: QSize, margin: int) -> QPoint:
    """Where a window whose frame is `outer` goes: `margin` from the bottom-right corner of `area`.

    The margin gives way first when the window is large, and the window's top-left corner stays on the screen
    even when the window is larger than the screen.
    """
    x = area.x() + area.width() - outer.width() - margin
    y = area.y() + area.height() - outer.height() - margin
    return QPoint(max(area.x(), x), max(area.y(), y))
