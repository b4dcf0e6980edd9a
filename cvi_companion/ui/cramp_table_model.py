"""The cramp log as a table: a row count up front, entries read a page at a time as rows come into view."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from cvi_companion.domain.cramps import CrampEntry, CrampFilter
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui import formatting as fmt
from cvi_companion.ui.error_text import error_text

PAGE_SIZE = 100
# 100 pages of 100 rows keep at most 10,000 entries in memory, whatever the size of the log.
MAX_PAGES = 100

_Index = QModelIndex | QPersistentModelIndex
# Plain ints: data() runs for every role of every visible cell, so its checks must be cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class Column(IntEnum):
    """The table's columns, in order."""

    STARTED = 0
    NIGHT_OF = 1
    SIDE = 2
    WHERE = 3
    INTENSITY = 4
    DURATION = 5
    WOKE = 6
    HELPED = 7
    NOTE = 8


_COLUMNS = len(Column)
_NUMERIC = frozenset((Column.INTENSITY.value, Column.DURATION.value))


class _Page:
    """Rows of one page: their keys, entries (None if gone meanwhile) and display texts once computed."""

    __slots__ = ("entries", "keys", "texts")

    def __init__(self, rows: Sequence[tuple[int, CrampEntry | None]]) -> None:
        self.keys = [key for key, _ in rows]
        self.entries = [entry for _, entry in rows]
        self.texts: list[tuple[str, ...] | None] = [None] * len(rows)


class CrampTableModel(QAbstractTableModel):
    """Read-only rows of the log, newest first, with a bounded page cache.

    Opening a log of any size reads one number (how many entries match); entries are read a page of
    PAGE_SIZE at a time when the view shows them, and the least recently used pages are let go beyond
    MAX_PAGES. A page that cannot be read shows placeholder rows, and `read_failed` says why (once per
    reload).
    """

    read_failed = Signal(str)

    def __init__(self, service: CrampService, flt: CrampFilter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = flt or CrampFilter()
        self._count = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self.rows_fetched = 0
        self._failure_reported = False
        self.last_error: str | None = None
        self._headers = (
            self.tr("Started"),
            self.tr("Night of"),
            self.tr("Side"),
            self.tr("Where"),
            self.tr("Intensity"),
            self.tr("Duration"),
            self.tr("Woke me"),
            self.tr("What helped"),
            self.tr("Note"),
        )
        self._header_tips = {
            Column.STARTED: self.tr("When the cramp started, in the local time it was logged in"),
            Column.NIGHT_OF: self.tr("The night it belongs to: a cramp before 4 a.m. counts for the evening before"),
            Column.INTENSITY: self.tr("How strong, from 0 (barely) to 10 (worst imaginable)"),
            Column.WOKE: self.tr("Whether the cramp woke you up"),
        }
        self._yes, self._no = self.tr("Yes"), self.tr("No")
        service.changed.connect(self.reload)
        self.reload()

    # -- what the rest of the UI asks -------------------------------------------------------------------

    @property
    def filter(self) -> CrampFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: CrampFilter) -> None:
        """Show the entries matching a new filter."""
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Count the matching entries again and forget cached pages (after any change to the log)."""
        self.beginResetModel()
        self._pages.clear()
        self._failure_reported = False
        self.last_error = None
        try:
            self._count = self._service.count(self._filter)
        except StorageError as error:
            self._count = 0
            self._report(error)
        self.endResetModel()

    def key_at(self, row: int) -> int | None:
        """The row key shown in a row."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page.keys[offset] if offset < len(page.keys) else None

    def row_of_key(self, key: int) -> int | None:
        """Where a row key is shown, if it is."""
        for number, page in self._pages.items():
            if key in page.keys:
                return number * PAGE_SIZE + page.keys.index(key)
        try:
            row = self._service.position(self._filter, key)
        except StorageError:
            return None
        return row if row is not None and row < self._count else None

    def entry_at(self, row: int) -> CrampEntry | None:
        """The entry in a row (None if it vanished since the rows were counted)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page.entries[offset] if offset < len(page.entries) else None

    def entries_at(self, rows: list[int]) -> list[CrampEntry]:
        """Entries for many rows at once (a whole selection), read in one go rather than page by page."""
        rows = sorted(row for row in set(rows) if 0 <= row < self._count)
        if not rows:
            return []
        # One read spanning the selection: cheaper than one per page for a large selection.
        span = self._service.page(self._filter, rows[0], rows[-1] - rows[0] + 1)
        return [span[row - rows[0]][1] for row in rows if row - rows[0] < len(span)]

    # -- Qt's model interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        """How many entries match (no children: this is a flat table)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        """The number of columns."""
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited in place."""
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles and their explanations."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP:
            return self._header_tips.get(Column(section))
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """A cell's text, tooltip, spoken text or alignment; entries are read a page at a time."""
        # Most calls ask for roles this model leaves to the style (font, colours...): answer those first.
        if role != _DISPLAY and role != _ALIGN and role != _TOOLTIP and role != _SPOKEN:  # noqa: PLR1714
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count or not 0 <= column < _COLUMNS or not index.isValid():
            return None
        if role == _ALIGN:
            return _RIGHT if column in _NUMERIC else None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        entry = page.entries[offset] if offset < len(page.entries) else None
        if entry is None:
            # Gone since the rows were counted (another program deleted it); the next reload drops the row.
            return "…" if role == _DISPLAY and column == 0 else None
        texts = page.texts[offset]
        if texts is None:
            texts = page.texts[offset] = self._texts(entry)
        if role == _DISPLAY:
            return texts[column]
        if role == _SPOKEN:
            if column == Column.STARTED:
                # The first cell a screen reader meets in a row says what the row is.
                return self.tr("Cramp on {started}, {where}").format(
                    started=texts[column], where=fmt.where_phrase(entry)
                )
            return texts[column] or (self.tr("Not rated") if column == Column.INTENSITY else self.tr("Not recorded"))
        return self._tooltip(entry, column)

    # -- cells --------------------------------------------------------------------------------------------

    def _texts(self, entry: CrampEntry) -> tuple[str, ...]:
        return (
            fmt.started_text(entry.started_at),
            fmt.day_text(entry.night_of),
            fmt.side_text(entry.side),
            fmt.locations_text(entry.locations),
            "" if entry.intensity is None else fmt.number_text(entry.intensity),
            fmt.duration_text(entry.duration_s),
            self._yes if entry.woke_me else self._no,
            fmt.helped_text(entry.helped),
            fmt.first_line(entry.note),
        )

    def _tooltip(self, entry: CrampEntry, column: int) -> str | None:
        if column == Column.NOTE and entry.note.strip():
            note = entry.note.strip()
            return note if len(note) <= 600 else note[:599] + "…"
        if column == Column.HELPED and entry.helped:
            return fmt.helped_text(entry.helped)
        if column == Column.STARTED:
            parts = [fmt.started_text(entry.started_at), fmt.where_phrase(entry)]
            if entry.soreness is not None:
                soreness = fmt.soreness_in_sentence(entry.soreness)
                parts.append(self.tr("soreness afterwards: {soreness}").format(soreness=soreness))
            if entry.tags:
                parts.append(self.tr("tags: {tags}").format(tags=", ".join(entry.tags)))
            return "\n".join(parts)
        return None

    # -- the page cache -------------------------------------------------------------------------------------

    def _page(self, number: int) -> _Page:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        start = number * PAGE_SIZE
        rows: Sequence[tuple[int, CrampEntry | None]]
        try:
            rows = self._service.page(self._filter, start, min(PAGE_SIZE, self._count - start))
        except StorageError as error:
            # Remembered as empty so painting does not retry (and fail) on every frame until the next reload.
            rows = []
            self._report(error)
        self.rows_fetched += len(rows)
        page = self._pages[number] = _Page(rows)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _report(self, error: StorageError) -> None:
        if not self._failure_reported:
            self._failure_reported = True
            self.last_error = error_text(error)
            self.read_failed.emit(self.last_error)
