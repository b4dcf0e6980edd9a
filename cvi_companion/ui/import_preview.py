"""What an import would do, shown before anything is changed, in the same phrases as the terminal's dry run.

Opened by the "Your data" dialog (ui/data_dialog.py), which also uses `plan_text` to say what an import did.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cvi_companion.domain.importing import ImportPlan
from cvi_companion.domain.importing_summary import Line, plan_phrases
from cvi_companion.ui.locale_text import say_local


def plan_text(plan: ImportPlan, *, done: bool, limit: int | None = None) -> str:
    """What an import would do (or did), in the person's language, one line each."""
    lines: list[Line] = plan_phrases(plan, done=done)[:limit]
    return "\n".join(say_local(line) if not isinstance(line, str) else line for line in lines)


class ImportPreview(QDialog):
    """What an import would do, in the words the terminal's dry run uses; Import or Cancel."""

    def __init__(self, plan: ImportPlan, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file.name))
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("What the import would do"))
        text.setPlainText(plan_text(plan, done=False))
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(plan.changes_anything)
        note = QLabel(
            self.tr("A backup of your log is made first.")
            if plan.changes_anything
            else self.tr("This file holds nothing new: importing it would change nothing."),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 420)
