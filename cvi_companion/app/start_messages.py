"""Messages shown outside the main window: the log cannot be opened or is damaged, settings were reset, data deleted.

"Deleted" is said once the window has closed, after the log file is gone. The texts are translated under the
context "StartMessages" (these are functions, not QObjects); a storage problem's own text is a field, said in
the person's language too (`ui.error_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cvi_companion.storage.errors import StorageError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from cvi_companion.domain.text import Phrase
    from cvi_companion.storage.db import Database
    from cvi_companion.storage.errors import DatabaseDamaged
    from cvi_companion.storage.paths import AppPaths
    from cvi_companion.storage.quarantine import Quarantined

TITLE = "CVI Companion"


def delete_everything(paths: AppPaths, *, include_backups: bool) -> int:
    """After the window has closed the log: delete it all, then say what happened."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.storage.erase import delete_all
    from cvi_companion.ui.error_text import error_text

    try:
        report = delete_all(paths, include_backups)
    except StorageError as error:
        text = QCoreApplication.translate("StartMessages", "Not everything could be deleted.\n\n{problem}")
        QMessageBox.critical(None, TITLE, text.format(problem=error_text(error)))
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

    from cvi_companion.ui.error_text import error_text

    text = QCoreApplication.translate("StartMessages", "CVI Companion cannot open your cramp log.\n\n{problem}")
    QMessageBox.critical(None, TITLE, text.format(problem=error_text(error)))
    return 1


def _ask_about_damaged_log(error: DatabaseDamaged, found: Quarantined) -> str:
    """Say the log was moved aside; "restore", "new" or "quit" as the person chose (Escape quits)."""
    from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.ui.error_text import phrase_lines
    from cvi_companion.ui.formatting import plural

    translate = QCoreApplication.translate
    text = translate("StartMessages", "Your cramp log is damaged and cannot be read.")
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text)
    moved = translate("StartMessages", "It was moved, unchanged, to {file}. Nothing in it was deleted.")
    details = [moved.format(file=found.moved_to)]
    restore = None
    if found.backup is not None:
        count = found.backup.check.entries
        taken = QDateTime.fromSecsSinceEpoch(int(found.backup.info.taken_at.timestamp()))
        when = QLocale().toString(taken, QLocale.FormatType.ShortFormat)
        newest = translate("StartMessages", "The newest backup, from {when}, holds %n entry(ies).", "", count)
        details.append(plural(newest, count).format(when=when))
        label = translate("StartMessages", "&Restore the newest backup")
        restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    else:
        details.append(translate("StartMessages", "There is no backup to restore."))
    new = box.addButton(translate("StartMessages", "Start a &new empty log"), QMessageBox.ButtonRole.ActionRole)
    leave = box.addButton(translate("StartMessages", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or new)
    box.setEscapeButton(leave)
    (reason,) = phrase_lines([error.reason])
    details.append(translate("StartMessages", "What went wrong: {problem}").format(problem=reason))
    box.setInformativeText("\n\n".join(details))
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if restore is not None and clicked is restore:
        return "restore"
    return "new" if clicked is new else "quit"


def recover_damaged_log(paths: AppPaths, error: DatabaseDamaged) -> Database | None:
    """The log is damaged: move it aside, offer the newest backup or a new log; the opened log, or None to quit.

    The damaged file is never written to; a failure on the way is said like any other start problem.
    """
    from cvi_companion.storage.backups import restore
    from cvi_companion.storage.db import open_database
    from cvi_companion.storage.quarantine import quarantine_log

    try:
        found = quarantine_log(paths)
        choice = _ask_about_damaged_log(error, found)
        if choice == "quit":
            return None
        if choice == "restore" and found.backup is not None:
            restore(found.backup.info.path, paths)
        return open_database(paths.db_path, paths.backups_dir)
    except StorageError as problem:
        start_problem(problem)
        return None


def show_settings_problems(parent: QWidget, problems: Sequence[Phrase | str]) -> QMessageBox:
    """Tell the person, once and without blocking, which settings were reset to defaults (in their language)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cvi_companion.ui.error_text import phrase_lines

    text = QCoreApplication.translate("StartMessages", "Some settings could not be used.")
    box = QMessageBox(QMessageBox.Icon.Information, TITLE, text, parent=parent)
    # A blank line between problems: each is a long sentence that wraps, and they would run together.
    box.setInformativeText("\n\n".join(phrase_lines(problems)))
    box.setModal(False)
    box.show()
    return box
