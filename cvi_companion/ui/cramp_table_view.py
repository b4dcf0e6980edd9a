"""The table view both the log and the trash use: fixed row heights, sensible widths, row selection."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cvi_companion.domain.cramps import Location, Relief, Side
from cvi_companion.ui import formatting as fmt
from cvi_companion.ui.cramp_table_model import Column, CrampTableModel


def _samples() -> dict[Column, str]:
    """Sample texts that size each column once, instead of measuring rows (which would read every entry).

    Made with the same formatting as the cells, so they fit the language and the locale's formats.
    """
    started = datetime(2026, 9, 30, 23, 10)
    return {
        Column.STARTED: fmt.started_text(started),
        Column.NIGHT_OF: fmt.day_text(started.date()),
        Column.SIDE: max((fmt.side_text(side) for side in Side), key=len),
        Column.WHERE: fmt.locations_text((Location.CALF, Location.THIGH)),
        Column.INTENSITY: QCoreApplication.translate("CrampTableModel", "Intensity"),
        # The widest forms: minutes and seconds under ten minutes, hours and minutes above an hour.
        Column.DURATION: max((fmt.duration_text(seconds) for seconds in (599, 7170)), key=len),
        Column.WOKE: QCoreApplication.translate("CrampTableModel", "Woke me"),
        Column.HELPED: fmt.relief_text(Relief.STRETCHING)[:25],
    }


class CrampTableView(QTableView):
    """A read-only row view over a CrampTableModel; Enter asks to open a row, Delete to remove rows."""

    open_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: CrampTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights: with 100,000 rows nothing may be measured per row.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        for column, sample in _samples().items():
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.setAccessibleName(self.tr("Logged cramps"))
        self.setAccessibleDescription(
            self.tr("One row per cramp, newest first. Enter opens the selected entry, Delete moves it to the trash.")
        )
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.installEventFilter(self)

    def crampModel(self) -> CrampTableModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, CrampTableModel)
        return model

    def selected_rows(self) -> list[int]:
        """Selected rows, top to bottom."""
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_rows(self, rows: list[int], current: int | None = None) -> None:
        """Select these rows (and make one current) without scrolling elsewhere."""
        model = self.crampModel()
        selection = self.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        selection.clearSelection()
        for row in rows:
            selection.select(model.index(row, 0), flags)
        if current is not None and 0 <= current < model.rowCount():
            selection.setCurrentIndex(model.index(current, 0), selection.SelectionFlag.NoUpdate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the current row; Delete (or Backspace) asks to delete the selection."""
        # Handled here rather than through `activated`, which macOS does not send for Enter.
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.open_requested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.delete_requested.emit()
                return True
        return super().eventFilter(watched, event)
