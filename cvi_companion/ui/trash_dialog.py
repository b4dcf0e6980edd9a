"""The trash: entries deleted from the log, to bring back or to delete for good."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from cvi_companion.domain.cramps import CrampFilter
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.cramp_table_model import CrampTableModel
from cvi_companion.ui.cramp_table_view import CrampTableView
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.night_style import dim


class TrashDialog(QDialog):
    """Lists trashed entries; Restore brings the selected ones back, "Delete for good…" asks first."""

    def __init__(self, service: CrampService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if service.is_night_now():
            dim(self)
        self.setWindowTitle(self.tr("Trash"))
        self.setObjectName("trashDialog")
        self._service = service
        self.model = CrampTableModel(service, CrampFilter(trash=True), self)
        self.view = CrampTableView(self.model, self)
        self.view.setAccessibleName(self.tr("Deleted cramps"))
        self.view.setAccessibleDescription(
            self.tr("Enter puts the selected entries back in the log; Delete removes them for good, after asking.")
        )
        self.view.open_requested.connect(self.restore_selected)
        self.view.delete_requested.connect(self.purge_selected)

        intro = QLabel(
            self.tr("Deleted entries stay here until you delete them for good. They are left out of the log."), self
        )
        intro.setWordWrap(True)
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected entries back in the log (Enter)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for &good…"), self)
        self.purge_button.setToolTip(self.tr("Remove the selected entries for ever (Delete)"))
        self.purge_button.clicked.connect(self.purge_selected)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.restore_button, self.purge_button, close):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.model.modelReset.connect(self._refresh)
        self.model.read_failed.connect(self.message.setText)
        self.view.selectionModel().selectionChanged.connect(self._refresh_buttons)
        self._refresh()
        self.resize(1080, 480)

    def _refresh(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("The trash is empty.")
            if count == 0
            else plural(self.tr("%Ln entry(ies) in the trash.", "", count), count)
        )
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        selected = bool(self.view.selectionModel().hasSelection())
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)

    def restore_selected(self) -> int:
        """Put the selected entries back in the log."""
        try:
            entries = self.model.entries_at(self.view.selected_rows())
            if not entries:
                return 0
            count = self._service.restore(e.id for e in entries)
        except StorageError as error:
            self.message.setText(error_text(error))
            return 0
        self.message.setText(plural(self.tr("%Ln entry(ies) put back in the log.", "", count), count))
        return count

    def confirm_purge(self, count: int) -> bool:
        """Ask before deleting for good (there is no undo for this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good?"),
            plural(self.tr("Delete %Ln entry(ies) for good? This cannot be undone.", "", count), count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge_selected(self) -> int:
        """Delete the selected entries for good, after confirmation."""
        try:
            entries = self.model.entries_at(self.view.selected_rows())
            if not entries or not self.confirm_purge(len(entries)):
                return 0
            count = self._service.purge(e.id for e in entries)
        except StorageError as error:
            self.message.setText(error_text(error))
            return 0
        self.message.setText(plural(self.tr("%Ln entry(ies) deleted for good.", "", count), count))
        return count
