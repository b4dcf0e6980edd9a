"""About CVI Companion: what it is, its version and licence, and that it does not replace a clinician."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cvi_companion import __version__


def about_text() -> str:
    """The About box's text (rich text), in the person's language."""
    what = QCoreApplication.translate(
        "AboutDialog",
        "Reminders, a cramp log and guides for people living with chronic venous insufficiency and leg cramps. "
        "Everything stays on this computer: no account, no network.",
    )
    clinician = QCoreApplication.translate(
        "AboutDialog", "This app does not replace a clinician. For urgent help call your local emergency number."
    )
    licence = QCoreApplication.translate(
        "AboutDialog", "Free software under the GNU General Public License, version 3 or later."
    )
    return f"<h3>CVI Companion {__version__}</h3><p>{what}</p><p><b>{clinician}</b></p><p>{licence}</p>"


def show_about(parent: QWidget | None) -> None:
    """Show the About box over `parent` (modal, closed with Esc or OK)."""
    QMessageBox.about(parent, QCoreApplication.translate("AboutDialog", "About CVI Companion"), about_text())
