"""Messages shown outside the main window: the log cannot be opened, settings were reset, data deleted.

"Deleted" is said once the window has closed, after the log file is gone. The texts are translated under the
context "StartMessages" (these are functions, not QObjects); a storage problem's own text is kept as a field.
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
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.storage.erase import delete_all

    try:
        report = delete_all(paths, include_backups)
    except StorageError as error:
        text = QCoreApplication.translate("StartMessages", "Not everything could be deleted.\n\n{problem}")
        QMessageBox.critical(None, TITLE, text.format(problem=error))
        return 1
    if report.kept:
        text = QCoreApplication.translate(
            "StartMessages", "All your data was deleted from this computer.\n\nYour backups are kept in {folder}."
        ).format(folder=report.kept[0])
    else:
        text = QCoreApplication.translate("StartMessages", "All your data was deleted from this computer.")
    QMessageBox.information(None, TITLE, text)
    return 0


def start_problem(error: StorageError) -> int:
    """Say the log cannot be opened; the status for the process."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate("StartMessages", "CVI Companion cannot open your cramp log.\n\n{problem}")
    QMessageBox.critical(None, TITLE, text.format(problem=error))
    return 1


def show_settings_problems(parent: QWidget, problems: tuple[str, ...]) -> QMessageBox:
    """Tell the person, once and without blocking, which settings were reset to defaults."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate("StartMessages", "Some settings could not be used.")
    box = QMessageBox(QMessageBox.Icon.Information, TITLE, text, parent=parent)
    box.setInformativeText("\n".join(problems))
    box.setModal(False)
    box.show()
    return box
