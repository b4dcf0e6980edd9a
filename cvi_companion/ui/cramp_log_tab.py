"""The "Cramp log" tab: the big log button, filters, the table, and undo for what was just done."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.cramps import CrampEntry, CrampFilter
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.cramp_table_model import CrampTableModel
from cvi_companion.ui.cramp_table_view import CrampTableView
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.filter_bar import FilterBar
from cvi_companion.ui.fit import SplitRow, WrappingLabel
from cvi_companion.ui.formatting import clock_text, count_text, day_text, number_text, plural, where_phrase
from cvi_companion.ui.shortcut_list import LOG_KEYS, key_text
from cvi_companion.ui.undo_bar import UndoBar

# The dialogs are imported when first opened: the window appears sooner without them.
if TYPE_CHECKING:
    from cvi_companion.ui.entry_dialog import EntryDialog
    from cvi_companion.ui.quick_log_dialog import QuickLogDialog
    from cvi_companion.ui.trash_dialog import TrashDialog

LOG_SHORTCUT = LOG_KEYS
MAX_KEPT_SELECTION = 50

# Pressed shows as a thicker edge and a nudge, not a darker fill: the text keeps the highlight's 4.5:1 contrast.
_LOG_BUTTON_STYLE = """
QPushButton#logButton {
    background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(dark); border-radius: 8px; padding: 10px 28px;
}
QPushButton#logButton:hover { border-color: palette(highlighted-text); }
QPushButton#logButton:focus { border: 2px solid palette(highlighted-text); }
QPushButton#logButton:pressed { border: 3px solid palette(highlighted-text); padding: 11px 26px 9px 30px; }
"""


class CrampLogTab(QWidget):
    """Everything about logged cramps. Writes go through the service; `changed` refreshes the table."""

    def __init__(self, service: CrampService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._quick_log: QuickLogDialog | None = None
        self._kept_keys: list[int] = []
        self._kept_current: int | None = None

        self.log_button = QPushButton(self.tr("Log a cramp"), self)
        self.log_button.setObjectName("logButton")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.log_button.setFont(font)
        self.log_button.setMinimumHeight(56)
        self.log_button.setStyleSheet(_LOG_BUTTON_STYLE)
        self.log_button.setToolTip(self.tr("Log a cramp now ({keys})").format(keys=key_text(LOG_SHORTCUT)))
        self.log_button.clicked.connect(lambda _checked=False: self.open_quick_log())
        hint = WrappingLabel(
            self.tr("or press {keys} anywhere in this window").format(keys=key_text(LOG_SHORTCUT)), self
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_cramps_button = QPushButton(self.tr("&No cramps last night"), self)
        self.no_cramps_button.setObjectName("noCrampsButton")
        self.no_cramps_button.setToolTip(
            self.tr("Record last night as free of cramps: the insights need good nights, not only bad ones")
        )
        self.no_cramps_button.clicked.connect(lambda _checked=False: self.report_no_cramps())

        self.filter_bar = FilterBar(service.clock, self)
        self.model = CrampTableModel(service, self.filter_bar.current(), self)
        self.filter_bar.changed.connect(self.model.set_filter)
        self.view = CrampTableView(self.model, self)
        self.view.open_requested.connect(self.edit_selected)
        self.view.delete_requested.connect(self.delete_selected)

        self.empty_label = self._notice(
            self.tr("No cramps logged yet. Press Log a cramp ({keys}) when one happens.").format(
                keys=key_text(LOG_SHORTCUT)
            )
        )
        self.no_match_label = self._notice(self.tr("No entries match these filters."))
        self.stack = QStackedWidget(self)
        for page in (self.view, self.empty_label, self.no_match_label):
            self.stack.addWidget(page)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the selected entry (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        # Alt+L: Alt+D is the footer's "Your data".
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(self.tr("Move the selected entries to the trash (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.trash_button = QPushButton(self.tr("&Trash…"), self)
        self.trash_button.setToolTip(self.tr("See deleted entries, restore them or delete them for good"))
        self.trash_button.clicked.connect(self.open_trash)
        self.undo_bar = UndoBar(self)

        # With large text or a long language the row does not fit one line: the hint wraps beside the button
        # and "No cramps last night" moves to a line of its own.
        log_line = QWidget(self)
        log_row = QHBoxLayout(log_line)
        log_row.setContentsMargins(0, 0, 0, 0)
        log_row.addWidget(self.log_button)
        log_row.addWidget(hint, 1)
        top = SplitRow(log_line, [self.no_cramps_button], self)
        top.setObjectName("logTopRow")
        self.top_row = top
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.undo_bar)

        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.read_failed.connect(self.undo_bar.show_message)
        self.view.selectionModel().selectionChanged.connect(self._refresh_buttons)
        self._after_reset()
        if self.model.last_error:
            self.undo_bar.show_message(self.model.last_error)

    def report_no_cramps(self) -> None:
        """Record last night as cramp-free, unless a cramp is logged for it; Undo takes it back."""
        night = self._service.last_night()
        named = day_text(night)
        try:
            logged = self._service.cramps_in_night(night)
            if logged:
                self.undo_bar.show_message(
                    self.tr(
                        "A cramp is logged for the night of {night} ({time}), "
                        "so that night counts as a night with a cramp."
                    ).format(night=named, time=clock_text(logged[0].started_at))
                )
                return
            added = self._service.report_cramp_free(night)
        except StorageError as error:
            self.undo_bar.show_message(error_text(error))
            return
        if not added:
            self.undo_bar.show_message(
                self.tr("The night of {night} is already recorded as free of cramps.").format(night=named)
            )
            return
        self.undo_bar.show_message(
            self.tr("Recorded: no cramps in the night of {night}.").format(night=named),
            undo=lambda: self._service.forget_cramp_free(night),
        )

    def _notice(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    # -- keeping the selection and the summary up to date ----------------------------------------------------

    def _keep_selection(self) -> None:
        rows = self.view.selected_rows()
        if len(rows) > MAX_KEPT_SELECTION:
            rows = []  # finding each row again costs a query; a huge selection keeps only the current row
        self._kept_keys = [key for row in rows if (key := self.model.key_at(row)) is not None]
        current = self.view.currentIndex()
        self._kept_current = self.model.key_at(current.row()) if current.isValid() else None

    def _after_reset(self) -> None:
        rows = [row for key in self._kept_keys if (row := self.model.row_of_key(key)) is not None]
        current = self.model.row_of_key(self._kept_current) if self._kept_current is not None else None
        if rows or current is not None:
            self.view.select_rows(rows, current if current is not None else (rows[0] if rows else None))
        self._kept_keys, self._kept_current = [], None
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        shown = self.model.rowCount()
        flt = self.model.filter
        try:
            total = shown if flt == CrampFilter() else self._service.count(CrampFilter())
        except StorageError:
            total = shown
        if total == 0:
            self.stack.setCurrentWidget(self.empty_label)
            self.count_label.setText("")
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match_label)
            self.count_label.setText(plural(self.tr("None of %Ln entry(ies)", "", total), total))
        else:
            self.stack.setCurrentWidget(self.view)
            self.count_label.setText(
                count_text(shown)
                if shown == total
                else plural(self.tr("{shown} of %Ln entry(ies)", "", total), total).format(shown=number_text(shown))
            )
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        selected = len(self.view.selected_rows()) if self.stack.currentWidget() is self.view else 0
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected > 0)

    # -- actions -------------------------------------------------------------------------------------------

    def open_quick_log(self, at: time | None = None) -> QuickLogDialog:
        """Open the quick log (or bring the open one forward), optionally at a time of last night."""
        if self._quick_log is not None and self._quick_log.isVisible():
            if at is not None:
                self._quick_log.preset_time(at)
            self._quick_log.raise_()
            self._quick_log.activateWindow()
            return self._quick_log
        from cvi_companion.ui.quick_log_dialog import QuickLogDialog

        dialog = QuickLogDialog(self._service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self.show_logged)
        dialog.destroyed.connect(self._quick_log_closed)
        if at is not None:
            dialog.preset_time(at)
        self._quick_log = dialog
        dialog.open()
        return dialog

    def _quick_log_closed(self) -> None:
        self._quick_log = None

    def edit_selected(self) -> EntryDialog | None:
        """Open the entry dialog for the one selected (or current) entry."""
        rows = self.view.selected_rows()
        if len(rows) != 1:
            current = self.view.currentIndex()
            if len(rows) > 1 or not current.isValid():
                return None
            rows = [current.row()]
        entry = self.model.entry_at(rows[0])
        return self.open_entry(entry.id) if entry else None

    def open_entry(self, ident: uuid.UUID) -> EntryDialog | None:
        """Open the entry dialog for one entry, read fresh from the log."""
        try:
            entry = self._service.get(ident)
        except StorageError as error:
            self.undo_bar.show_message(error_text(error))
            return None
        if entry is None:
            self.undo_bar.show_message(self.tr("That entry is no longer in the log."))
            return None
        from cvi_companion.ui.entry_dialog import EntryDialog

        dialog = EntryDialog(self._service, entry=entry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edited.connect(self.show_edited)
        dialog.open()
        return dialog

    def delete_selected(self) -> int:
        """Move the selected entries to the trash, with Undo."""
        rows = self.view.selected_rows()
        try:
            ids = [entry.id for entry in self.model.entries_at(rows)]
            if not ids:
                return 0
            count = self._service.delete(ids)
        except StorageError as error:
            self.undo_bar.show_message(error_text(error))
            return 0
        if self.model.rowCount():
            # Leave the keyboard where the deleted rows were, on the next entry.
            row = min(rows[0], self.model.rowCount() - 1)
            self.view.select_rows([row], row)
        self.undo_bar.show_message(
            plural(self.tr("%Ln entry(ies) moved to the trash.", "", count), count),
            undo=self._guarded(lambda: self._service.restore(ids)),
        )
        return count

    def open_trash(self) -> TrashDialog:
        """Show deleted entries."""
        from cvi_companion.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self._service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- what just happened, with undo -----------------------------------------------------------------------

    def show_logged(self, entry: CrampEntry) -> None:
        """Say that a cramp was logged, with Undo and a way to add details."""
        started = entry.started_at
        today = self._service.clock.now().date()
        if started.date() != today:
            text = self.tr("Cramp logged at {time} on {day} ({where}).").format(
                time=clock_text(started), day=day_text(started.date()), where=where_phrase(entry)
            )
        else:
            text = self.tr("Cramp logged at {time} ({where}).").format(
                time=clock_text(started), where=where_phrase(entry)
            )
        self.undo_bar.show_message(
            text,
            undo=self._guarded(lambda: self._unlog(entry)),
            extra=(self.tr("Add details"), lambda: self._add_details(entry)),
        )

    def _unlog(self, entry: CrampEntry) -> None:
        self._service.delete([entry.id])
        self.undo_bar.show_message(self.tr("Removed. It is in the trash, should you want it back."))

    def _add_details(self, entry: CrampEntry) -> None:
        self.open_entry(entry.id)

    def show_edited(self, before: CrampEntry, _after: CrampEntry) -> None:
        """Say that changes were saved, with Undo."""
        self.undo_bar.show_message(
            self.tr("Changes saved."), undo=self._guarded(lambda: self._service.put_back(before))
        )

    def _guarded(self, action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                action()
            except StorageError as error:
                self.undo_bar.show_message(self.tr("Could not undo: {problem}").format(problem=error_text(error)))

        return run
