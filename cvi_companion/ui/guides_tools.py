"""The Guides tab's tool row (Back, Forward, Smaller and Larger text, Print…, Save as PDF…) and its paper.

Texts are looked up under the "GuidesTab" context, as when they were written inside GuidesTab, so that the
catalogues keep their translations.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QMenu, QStyle, QToolButton, QWidget

from cvi_companion.ui.fit import FlowLayout
from cvi_companion.ui.guides_view import print_document, write_pdf

LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH"})

# A guide's Markdown and its title, or None while no guide is shown.
Paper = tuple[str, str] | None


class GuideTools(QObject):
    """The buttons above a guide and the More menu that takes Print and PDF when the row is narrow."""

    def __init__(
        self,
        tab: QWidget,
        *,
        back: Callable[[], None],
        forward: Callable[[], None],
        smaller: Callable[[], None],
        larger: Callable[[], None],
        print_guide: Callable[[], None],
        save_pdf: Callable[[], None],
    ) -> None:
        super().__init__(tab)
        self._tab = tab
        style = tab.style()
        self.back_button = self._tool(
            QCoreApplication.translate("GuidesTab", "Back"),
            QCoreApplication.translate("GuidesTab", "Back to the guide before (Alt+Left)"),
            back,
        )
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_button = self._tool(
            QCoreApplication.translate("GuidesTab", "Forward"),
            QCoreApplication.translate("GuidesTab", "Forward again (Alt+Right)"),
            forward,
        )
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.smaller_button = self._tool(
            QCoreApplication.translate("GuidesTab", "S&maller text"),
            QCoreApplication.translate("GuidesTab", "Smaller text (Ctrl+-)"),
            smaller,
        )
        self.larger_button = self._tool(
            QCoreApplication.translate("GuidesTab", "&Larger text"),
            QCoreApplication.translate("GuidesTab", "Larger text (Ctrl++)"),
            larger,
        )
        self.print_button = self._tool(
            QCoreApplication.translate("GuidesTab", "&Print…"),
            QCoreApplication.translate("GuidesTab", "Print this guide"),
            print_guide,
        )
        self.pdf_button = self._tool(
            QCoreApplication.translate("GuidesTab", "Save as P&DF…"),
            QCoreApplication.translate("GuidesTab", "Save this guide as a PDF file"),
            save_pdf,
        )
        for button in (self.back_button, self.forward_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Print and PDF go into this menu, in their place, when the guide's side is too narrow for the whole
        # row (larger text): the row then takes two lines, not three, and the list keeps its width.
        self.more_button = self._tool(
            QCoreApplication.translate("GuidesTab", "More"),
            QCoreApplication.translate("GuidesTab", "Print or save this guide"),
            lambda: None,
        )
        self.more_button.setAccessibleName(QCoreApplication.translate("GuidesTab", "More: print or save this guide"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.print_action = more.addAction(QCoreApplication.translate("GuidesTab", "&Print…"), print_guide)
        self.pdf_action = more.addAction(QCoreApplication.translate("GuidesTab", "Save as P&DF…"), save_pdf)
        self.more_button.setMenu(more)
        self.more_button.hide()
        self.compact = False
        self._side: QWidget | None = None
        self._row: FlowLayout | None = None

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self._tab)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def row(self, side: QWidget) -> FlowLayout:
        """The row for the guide's `side`, fitted to its width from now on.

        Asked for only once `side` exists, after the guide's view: the widgets made here keep their place in
        the tab's focus chain.
        """
        # Back and Forward at the left, the rest at the right; on a second line when the guide's side is too
        # narrow for all of them (larger text), so the list keeps its width.
        row = FlowLayout(spacing=2)
        for button in (self.back_button, self.forward_button):
            row.addWidget(button)
        row.add_stretch()
        # Smaller and Larger stay together, on whichever line they go.
        sizes = QWidget(self._tab)
        sizes_layout = QHBoxLayout(sizes)
        sizes_layout.setContentsMargins(0, 0, 0, 0)
        sizes_layout.setSpacing(row.spacing())
        sizes_layout.addWidget(self.smaller_button)
        sizes_layout.addWidget(self.larger_button)
        row.addWidget(sizes)
        for button in (self.print_button, self.pdf_button):
            row.addWidget(button)
        row.addWidget(self.more_button)
        self._row = row
        self._side = side
        side.installEventFilter(self)
        return row

    def set_enabled(self, *, back: bool, forward: bool, smaller: bool, larger: bool, paper: bool) -> None:
        """Enable what can be done now; `paper` is Print and PDF, as buttons and in More."""
        self.back_button.setEnabled(back)
        self.forward_button.setEnabled(forward)
        self.smaller_button.setEnabled(smaller)
        self.larger_button.setEnabled(larger)
        for control in (self.print_button, self.pdf_button, self.print_action, self.pdf_action):
            control.setEnabled(paper)

    def _full_width(self) -> int:
        if self._side is None or self._row is None:
            return 0
        buttons = (self.back_button, self.forward_button, self.smaller_button, self.larger_button)
        widths = [b.sizeHint().width() for b in (*buttons, self.print_button, self.pdf_button)]
        margins = self._side.contentsMargins()
        layout = self._side.layout()
        if layout is not None:
            inner = layout.contentsMargins()
            margins.setLeft(margins.left() + inner.left())
            margins.setRight(margins.right() + inner.right())
        return sum(widths) + self._row.spacing() * (len(widths) - 1) + margins.left() + margins.right()

    def fit(self, width: int) -> None:
        """Print and PDF as buttons when the whole row fits in one line at `width`, else in the More menu."""
        compact = width < self._full_width()
        if compact == self.compact:
            return
        self.compact = compact
        self.print_button.setVisible(not compact)
        self.pdf_button.setVisible(not compact)
        self.more_button.setVisible(compact)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 (a Qt override)
        if self._side is not None and watched is self._side and event.type() == QEvent.Type.Resize:
            self.fit(self._side.width())
        return super().eventFilter(watched, event)


# -- paper -------------------------------------------------------------------------------------------------


def print_paper(paper: Paper, device: QPagedPaintDevice) -> None:
    """Lay `paper` out on paper-like `device` (a QPrinter or QPdfWriter) and print it."""
    if paper is not None:
        print_document(*paper).print_(device)


def ask_print(parent: QWidget, print_to: Callable[[QPagedPaintDevice], None]) -> None:
    """Ask for a printer and, unless cancelled, `print_to` it."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing: keeps start-up light

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("GuidesTab", "Print guide"))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        print_to(printer)


def save_paper(paper: Paper, path: str | Path, territory: str | None) -> Path:
    """Write `paper` to a PDF file at `path` (A4, or Letter where that is the usual paper in `territory`)."""
    if paper is not None:
        write_pdf(*paper, path, letter=territory in LETTER_TERRITORIES)
    return Path(path)


def ask_pdf_path(parent: QWidget, name: str) -> str:
    """Ask where to save a guide as a PDF, suggesting `name`.pdf at home; "" when cancelled."""
    suggested = str(Path.home() / f"{name}.pdf")
    title = QCoreApplication.translate("GuidesTab", "Save guide as PDF")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path
