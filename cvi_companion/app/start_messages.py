"""Messages shown outside the main window: the log cannot be opened, settings were reset, data deleted.

"Deleted" is said once the window has closed, after the log file is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cvi_companion.storage.errors import StorageError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from cvi_companion.storage.paths import AppPaths

TITLE = "CVI Companion"


def delete_everything(paths: AppPaths, *, include_backups: bool) -> int:
    """After the window has closed the log: delete it all, then say what happened."""
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.storage.erase import delete_all

    try:
        report = delete_all(paths, include_backups)
    except StorageError as error:
        QMessageBox.critical(None, TITLE, f"Not everything could be deleted.\n\n{error}")
        return 1
    kept = f"\n\nYour backups are kept in {report.kept[0]}." if report.kept else ""
    QMessageBox.information(None, TITLE, f"All your data was deleted from this computer.{kept}")
    return 0


def start_problem(error: StorageError) -> int:
    """Say the log cannot be opened; the status for the process."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, TITLE, f"CVI Companion cannot open your cramp log.\n\n{error}")
    return 1


def show_settings_problems(parent: QWidget, problems: tuple[str, ...]) -> QMessageBox:
    """Tell the person, once and without blocking, which settings were reset to defaults."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, TITLE, "Some settings could not be used.", parent=parent)
    box.setInformativeText("\n".join(problems))
    box.setModal(False)
    box.show()
    return box
