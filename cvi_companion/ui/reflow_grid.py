"""A grid of boxes that puts them in one column when two no longer fit (larger text, a narrow window).

In a scroll area a fixed two-column grid makes the person scroll sideways once the text is large; this one
asks only for one box's width and lays out as many columns as the width it gets allows.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    """Lays `widgets` out row by row in up to `max_columns` columns, as many as fit side by side."""

    def __init__(self, widgets: Iterable[QWidget], max_columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._max_columns = max(1, max_columns)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(self._max_columns)

    def _widest(self) -> int:
        return max((w.minimumSizeHint().width() for w in self._widgets), default=0)

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width` pixels."""
        spacing = max(0, self._grid.horizontalSpacing())
        widest = self._widest()
        if widest <= 0:
            return self._max_columns
        return max(1, min(self._max_columns, (width + spacing) // (widest + spacing)))

    def _place(self, columns: int) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns

    def minimumSizeHint(self) -> QSize:
        """One box wide: the grid never forces a sideways scroll bar."""
        margins = self._grid.contentsMargins()
        return QSize(self._widest() + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow when the number of columns that fit changes."""
        super().resizeEvent(event)
        fit = self.columns_for(event.size().width())
        if fit != self.columns:
            self._place(fit)
