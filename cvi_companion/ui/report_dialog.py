"""Asking for the clinician report: which nights, a name (optional, never stored), whether to list entries.

The range picker here is the Insights tab's too, so both offer the same ranges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.insights import NightRange, Period, describe_range
from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.fit import WrappingLabel
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.i18n import label
from cvi_companion.ui.insights_sections import InsightsSource
from cvi_companion.ui.locale_text import date_format, say_local, system_territory
from cvi_companion.ui.report_pdf import ReportError, gather_report, uses_letter, write_report

PERIOD_CHOICES: tuple[tuple[str, Period | None], ...] = (
    (QT_TRANSLATE_NOOP("RangePicker", "Last 4 weeks"), Period.LAST_4_WEEKS),
    (QT_TRANSLATE_NOOP("RangePicker", "Last 3 months"), Period.LAST_3_MONTHS),
    (QT_TRANSLATE_NOOP("RangePicker", "Last year"), Period.LAST_YEAR),
    (QT_TRANSLATE_NOOP("RangePicker", "All time"), Period.ALL_TIME),
    (QT_TRANSLATE_NOOP("RangePicker", "Custom dates"), None),
)


class RangePicker(QWidget):
    """A period (last 4 weeks, 3 months, a year, all time) or custom from/to dates; `changed` on any change."""

    changed = Signal()

    def __init__(self, resolve: Callable[[Period], NightRange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self._previous = Period.LAST_4_WEEKS
        self._dates_set = False
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Range"))
        for text, period in PERIOD_CHOICES:
            self.combo.addItem(label("RangePicker", text), period)
        self.from_edit = self._date_edit(self.tr("From"))
        self.to_edit = self._date_edit(self.tr("To"))
        # Not Alt+F: that is the window's red flags button, everywhere.
        self.from_label = QLabel(self.tr("fro&m"), self)
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self.tr("t&o"), self)
        self.to_label.setBuddy(self.to_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.combo, self.from_label, self.from_edit, self.to_label, self.to_edit):
            layout.addWidget(widget)
        self.combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)
        self._show_dates(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        # The locale's order with the month spelled out: "23 Nov 2026", "Nov 23, 2026", "23. Nov. 2026".
        edit.setDisplayFormat(date_format(QLocale()))
        edit.setAccessibleName(name)
        return edit

    def _show_dates(self, shown: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(shown)

    def period(self) -> Period | None:
        """The chosen period, or None for custom dates."""
        data = self.combo.currentData()
        # The combo keeps a StrEnum as its plain text value.
        return Period(data) if data else None

    def set_period(self, period: Period | None) -> None:
        """Choose a period (None: custom dates)."""
        self.combo.setCurrentIndex(next(i for i, (_, p) in enumerate(PERIOD_CHOICES) if p is period))

    def set_custom(self, first: date, last: date) -> None:
        """Choose custom dates."""
        self._set_dates(first, last)
        self.set_period(None)
        self._dates_changed()

    def _set_dates(self, first: date, last: date) -> None:
        self._dates_set = True
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def nights(self) -> NightRange:
        """The chosen range of nights (custom dates in the wrong order are swapped)."""
        period = self.period()
        if period is not None:
            return self._resolve(period)
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return NightRange(min(first, last), max(first, last))

    def _period_chosen(self, _index: int) -> None:
        period = self.period()
        if period is not None:
            self._previous = period
        elif not self._dates_set:
            # Custom dates start from the range shown until now, so often only one end needs changing.
            shown = self._resolve(self._previous)
            self._set_dates(shown.first, shown.last)
        self._show_dates(period is None)
        self.changed.emit()

    def _dates_changed(self, *_args: object) -> None:
        if self.period() is None:
            self.changed.emit()


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the person chose."""

    nights: NightRange
    name: str = ""
    include_entries: bool = True


class ReportDialog(QDialog):
    """Range, optional name and entries; "Save as PDF…" accepts."""

    def __init__(self, source: InsightsSource, shown: RangePicker | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for my clinician"))
        self.picker = RangePicker(source.range_for, self)
        if shown is not None:
            # Start from what the tab shows: that is what the person has just been looking at.
            if shown.period() is None:
                nights = shown.nights()
                self.picker.set_custom(nights.first, nights.last)
            else:
                self.picker.set_period(shown.period())
        self.range_text = QLabel(self)
        self.range_text.setWordWrap(True)
        self.picker.changed.connect(self._update_range_text)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name (optional)"))
        # A short placeholder (a long one was cut off in German); the explanation goes under the field.
        self.name_edit.setPlaceholderText(self.tr("Optional"))
        self.name_note = WrappingLabel(self.tr("Printed on the report, never saved."), self)
        self.name_note.setObjectName("nameNote")
        self.name_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name_edit.setAccessibleDescription(self.name_note.text())
        self.entries_box = QCheckBox(self.tr("Include the list of &entries with their notes"), self)
        self.entries_box.setAccessibleName(self.tr("Include the list of entries with their notes"))
        self.entries_box.setChecked(True)
        note = QLabel(
            self.tr(
                "The report says that the data is self-reported and not a medical record. "
                "Your name appears only if you type it here."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        nights_label = QLabel(self.tr("Nigh&ts"), self)
        nights_label.setBuddy(self.picker.combo)
        form.addRow(nights_label, self.picker)
        form.addRow("", self.range_text)
        name_label = QLabel(self.tr("Your &name"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.name_note)
        form.addRow("", self.entries_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._update_range_text()

    def _update_range_text(self) -> None:
        try:
            self.range_text.setText(say_local(describe_range(self.picker.nights())[0]))
        except StorageError as error:
            self.range_text.setText(error_text(error))

    def request(self) -> ReportRequest:
        """The choices as they stand."""
        return ReportRequest(self.picker.nights(), self.name_edit.text().strip(), self.entries_box.isChecked())


def suggested_name(request: ReportRequest) -> str:
    """A file name that says what is inside ("cvi-companion-report-2026-10-27-to-2026-11-23.pdf")."""
    return f"cvi-companion-report-{request.nights.first.isoformat()}-to-{request.nights.last.isoformat()}.pdf"


def save_report(source: InsightsSource, request: ReportRequest, path: str | Path, territory: str | None) -> str:
    """Write the report (A4, or Letter where that is the usual paper); return what to tell the person.

    Raises ReportError or StorageError with a message for the person.
    """
    paper_territory = territory if territory is not None else system_territory()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        report = gather_report(
            source.database,
            request.nights,
            source.night_window(),
            source.now().date(),
            name=request.name,
            include_entries=request.include_entries,
        )
        pages = write_report(report, path, letter=uses_letter(paper_territory))
    finally:
        QApplication.restoreOverrideCursor()
    saved = QCoreApplication.translate("ReportDialog", "Saved the report (%n page(s)) to {path}.", None, pages)
    return plural(saved, pages).format(path=path)


def ask_and_save_report(
    parent: QWidget,
    source: InsightsSource,
    shown: RangePicker | None,
    territory: str | None,
    done: Callable[[str, bool], None],
) -> None:
    """The whole conversation: the dialog, then where to save, then the file; `done(message, problem)`."""
    dialog = ReportDialog(source, shown, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
    finally:
        dialog.deleteLater()
    suggested = str(Path.home() / suggested_name(request))
    title = QCoreApplication.translate("ReportDialog", "Save the report as PDF")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        done(save_report(source, request, path, territory), False)
    except (ReportError, StorageError) as error:
        done(error_text(error), True)
