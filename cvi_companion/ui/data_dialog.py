"""Your data: export it, import a file (after a preview), back it up, restore a backup, or delete it all.

Everything here uses the same storage functions as the terminal commands, so both behave alike: an import
is one transaction after a backup, a restore checks the file first and keeps the current log. An export
runs on a pool thread (ui/export_worker.py): a log of 100,000 entries takes a second or more to write. The
import's preview is ui/import_preview.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.domain.importing import ImportMode, ImportPlan
from cvi_companion.domain.importing_data import ImportFileError
from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.services.clock import Clock
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.backup_check import check_backup
from cvi_companion.storage.backups import make_backup, restore
from cvi_companion.storage.db import Database
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.exporter import ExportFormat
from cvi_companion.storage.importer import apply_import, plan_import, read_import_file
from cvi_companion.storage.paths import AppPaths
from cvi_companion.ui.error_text import error_text, phrase_lines
from cvi_companion.ui.export_worker import BackgroundExport
from cvi_companion.ui.fit import ScrollBody, WrappingLabel
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.i18n import label
from cvi_companion.ui.import_preview import ImportPreview, plan_text
from cvi_companion.ui.locale_text import date_format

FILE_FILTERS = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("DataDialog", "CSV files (*.csv)"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("DataDialog", "JSON files (*.json)"),
}


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DataDialog(QDialog):
    """Export, import, backups and deleting everything. `data_changed` after an import or a restore."""

    data_changed = Signal()
    delete_all_requested = Signal(bool)

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        settings: SettingsService,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your data"))
        self.setObjectName("dataDialog")
        self._db = db
        self._paths = paths
        self._settings = settings
        self._clock = clock
        self.export_job: BackgroundExport | None = None
        self.status = QLabel(self)
        self.status.setObjectName("dataStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))

        # The boxes scroll on a small screen (large text); the status and Close stay below them, in reach.
        body = QWidget(self)
        boxes = QVBoxLayout(body)
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(self._export_box())
        boxes.addWidget(self._import_box())
        boxes.addWidget(self._backup_box())
        boxes.addWidget(self._delete_box())
        boxes.addStretch(1)
        self.body = ScrollBody(body, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    # -- building ------------------------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export"), self)
        self.export_format = QComboBox(box)
        self.export_format.addItem(self.tr("CSV: one row per cramp"), ExportFormat.CSV)
        self.export_format.addItem(self.tr("JSON: everything (cramps, reminders, settings)"), ExportFormat.JSON)
        self.export_format.setAccessibleName(self.tr("Export format"))
        # The choices are long: the field may be narrower than them on a small screen (the list shows them all).
        self.export_format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.export_format.setMinimumContentsLength(16)
        format_label = QLabel(self.tr("F&ormat"), box)
        format_label.setBuddy(self.export_format)
        self.export_all = QCheckBox(self.tr("&All dates"), box)
        self.export_all.setChecked(True)
        today = self._clock.now().date()
        self.export_from = QDateEdit(QDate(today.year, today.month, 1), box)
        self.export_until = QDateEdit(QDate(today.year, today.month, today.day), box)
        names = ((self.export_from, self.tr("Export from")), (self.export_until, self.tr("Export until")))
        for edit, name in names:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format(self.locale()))
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.export_all.toggled.connect(self._all_dates_toggled)
        self.export_button = self._button(self.tr("&Export…"), self.export, self.tr("Export to a file"))
        grid = QGridLayout(box)
        until_label = QLabel(self.tr("&to"), box)
        until_label.setBuddy(self.export_until)
        grid.addWidget(format_label, 0, 0)
        grid.addWidget(self.export_format, 0, 1, 1, 3)
        grid.addWidget(self.export_all, 1, 0)
        grid.addWidget(self.export_from, 1, 1)
        grid.addWidget(until_label, 1, 2)
        grid.addWidget(self.export_until, 1, 3)
        grid.addWidget(self.export_button, 0, 4, 2, 1)
        return box

    def _all_dates_toggled(self, on: bool) -> None:
        self.export_from.setEnabled(not on)
        self.export_until.setEnabled(not on)

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"), self)
        self.merge = QRadioButton(self.tr("Add what is &new and update what changed"), box)
        self.replace = QRadioButton(self.tr("Re&place my log with the file"), box)
        self.merge.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.merge)
        group.addButton(self.replace)
        self.import_button = self._button(self.tr("&Import…"), self.import_file, self.tr("Import a CSV or JSON file"))
        self.merge.setAccessibleName(self.tr("Add what is new and update what changed"))
        self.replace.setAccessibleName(self.tr("Replace my log with the file"))
        row = QHBoxLayout(box)
        modes = QVBoxLayout()
        modes.addWidget(self.merge)
        modes.addWidget(self.replace)
        row.addLayout(modes, 1)
        row.addWidget(self.import_button)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), self)
        explain = QLabel(self.tr("A backup is made once a day while the app runs; the newest 7 are kept."), box)
        explain.setWordWrap(True)
        self.backup_button = self._button(self.tr("&Back up now"), self.back_up, self.tr("Back up now"))
        self.restore_button = self._button(
            self.tr("&Restore a backup…"), self.restore_backup, self.tr("Restore a backup")
        )
        self.folder_button = self._button(
            self.tr("Open data &folder"), self.open_folder, self.tr("Open the folder with your data")
        )
        grid = QGridLayout(box)
        grid.addWidget(explain, 0, 0, 1, 3)
        grid.addWidget(self.backup_button, 1, 0)
        grid.addWidget(self.restore_button, 1, 1)
        grid.addWidget(self.folder_button, 1, 2)
        return box

    def _delete_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Delete"), self)
        self.delete_button = self._button(
            self.tr("&Delete all my data…"), self.delete_everything, self.tr("Delete all my data")
        )
        row = QHBoxLayout(box)
        row.addWidget(WrappingLabel(self.tr("Your log, reminder history and settings, from this computer."), box), 1)
        row.addWidget(self.delete_button)
        return box

    # -- choices the person makes (replaced in tests) ---------------------------------------------------------

    def choose_save_path(self, fmt: ExportFormat) -> Path | None:
        """Ask where to save an export."""
        suggested = str(self._paths.data_dir.parent / f"cramp-log.{fmt.value}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), suggested, label("DataDialog", FILE_FILTERS[fmt])
        )
        return Path(chosen) if chosen else None

    def choose_open_path(self, title: str, folder: Path, filters: str) -> Path | None:
        """Ask for a file to read."""
        chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), filters)
        return Path(chosen) if chosen else None

    def confirm_import(self, plan: ImportPlan, file: Path) -> bool:
        """Show the preview; True when the person chose Import."""
        return ImportPreview(plan, file, self).exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before something that replaces data."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def confirm_delete(self) -> tuple[bool, bool]:
        """Ask before deleting everything; returns (go ahead, also delete backups)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete all my data"),
            self.tr(
                "This deletes your cramp log, your reminder history and your settings from this computer, and "
                "closes the app. It cannot be undone. Files you exported yourself are not touched."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        also = QCheckBox(self.tr("Also delete the backups"), box)
        box.setCheckBox(also)
        go = box.addButton(self.tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go, also.isChecked()

    # -- actions -------------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def export(self) -> None:
        """Export the chosen range in the chosen format, on a pool thread; the status line says how it went."""
        if self.export_job is not None:
            return
        fmt = ExportFormat(self.export_format.currentData())
        flt = CrampFilter()
        if not self.export_all.isChecked():
            flt = CrampFilter(since=_day(self.export_from.date()), until=_day(self.export_until.date()))
            if flt.since is not None and flt.until is not None and flt.since > flt.until:
                self._say(self.tr("Nothing exported: the first date is after the last."))
                return
        target = self.choose_save_path(fmt)
        if target is None:
            return
        job = BackgroundExport(self._db.path, self._settings.settings, target, fmt, flt, self._clock.now_utc(), self)
        job.said.connect(self._say)
        job.finished.connect(self._export_finished)
        self.export_job = job
        self.export_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        job.start()

    def _export_finished(self) -> None:
        if self.export_job is not None:
            self.export_job.deleteLater()
        self.export_job = None
        self.export_button.setEnabled(True)
        self.unsetCursor()

    def done(self, result: int) -> None:
        """Close the window; an export still running is stopped first and writes nothing."""
        if self.export_job is not None:
            self.export_job.stop()
        super().done(result)

    def import_file(self) -> None:
        """Read a file, show what importing it would do, and import it if the person agrees."""
        file = self.choose_open_path(
            self.tr("Import"), self._paths.data_dir.parent, self.tr("CSV or JSON (*.csv *.json)")
        )
        if file is None:
            return
        mode = ImportMode.REPLACE if self.replace.isChecked() else ImportMode.MERGE
        now, tz = self._clock.now_utc(), self._clock.tz
        try:
            data = read_import_file(file, now=now, tz=tz)
            plan = plan_import(self._db, data, mode, now=now, tz=tz)
        except ImportFileError as error:
            lines = phrase_lines(problem.phrase for problem in error.problems)
            if error.more:
                lines.append(self.tr("… and {count} more").format(count=error.more))
            self._say(
                self.tr("Nothing imported. {file} cannot be read:\n{problems}").format(
                    file=file.name, problems="\n".join(lines)
                )
            )
            return
        except StorageError as error:
            self._say(self.tr("Nothing imported: {problem}").format(problem=error_text(error)))
            return
        if not self.confirm_import(plan, file):
            return
        try:
            result = apply_import(self._db, plan, self._paths.backups_dir, now=now, tz=tz)
        except (ImportFileError, StorageError) as error:
            self._say(self.tr("Nothing imported: {problem}").format(problem=error_text(error)))
            return
        summary = plan_text(result.plan, done=True, limit=4)
        if result.backup:
            text = self.tr("Imported from {file}.\n{summary}\nThe log as it was is kept in {backup}.").format(
                file=file.name, summary=summary, backup=result.backup
            )
        else:
            text = self.tr("Imported from {file}.\n{summary}").format(file=file.name, summary=summary)
        self._say(text)
        self.data_changed.emit()

    def back_up(self) -> None:
        """Make a backup now."""
        try:
            path = make_backup(self._db, self._paths.backups_dir, "manual", now=self._clock.now_utc())
        except StorageError as error:
            self._say(self.tr("No backup made: {problem}").format(problem=error_text(error)))
            return
        self._say(self.tr("Backed up to {path}.").format(path=path))

    def restore_backup(self) -> None:
        """Pick a backup, check it, confirm, and restore it (the current log is kept as a backup first)."""
        file = self.choose_open_path(
            self.tr("Restore a backup"),
            self._paths.backups_dir,
            self.tr("Backups (*.sqlite3);;All files (*)"),
        )
        if file is None:
            return
        try:
            checked = check_backup(file)
        except StorageError as error:
            self._say(self.tr("Nothing restored: {problem}").format(problem=error_text(error)))
            return
        entries = checked.entries
        text = plural(
            self.tr(
                "Replace your log with this backup of %n entry(ies)? Your log as it is now is kept as a backup.",
                "",
                entries,
            ),
            entries,
        )
        if not self.confirm(self.tr("Restore a backup"), text, self.tr("Restore")):
            return
        try:
            result = restore(file, self._paths, now=self._clock.now_utc())
        except StorageError as error:
            self._say(self.tr("Nothing restored: {problem}").format(problem=error_text(error)))
            return
        count = result.source.entries
        if result.kept:
            restored = self.tr("Restored %n entry(ies) from {file}. Your log as it was is kept in {kept}.", "", count)
        else:
            restored = self.tr("Restored %n entry(ies) from {file}.", "", count)
        self._say(plural(restored, count).format(file=file.name, kept=result.kept))
        self.data_changed.emit()

    def open_folder(self) -> None:
        """Show the data folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))

    def delete_everything(self) -> None:
        """After a clear confirmation, ask the app to close and delete everything."""
        go, include_backups = self.confirm_delete()
        if go:
            self.delete_all_requested.emit(include_backups)
            self.accept()
