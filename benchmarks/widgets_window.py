"""A second baseline: a plain PySide6 window with the kinds of widgets the app's first frame shows, no app code.

Tabs, a bold button, a combo box, a table over a 10,000-row item model with headers, a button with an icon,
a centred label, a keyboard shortcut, a translator; about what the app's log tab puts on screen. PySide6
makes a Python enum class for every enum of every Qt class a program touches (the `Qt` namespace alone has
95, for any item model with headers), so this window costs more than the bare one before any of our code
runs; the app against this window is our own share of the start (docs/performance.md).

Prints `first-paint` when the window has painted once; exits then unless --stay is given. Run as a module
(`python -m benchmarks.widgets_window`, from the repository) since it shares the bare window's watcher.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from benchmarks.bare_window import run_until_first_paint

ROWS = 10_000
COLUMNS = 6
Index = QModelIndex | QPersistentModelIndex


class _Model(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row() + 1}, column {index.column() + 1}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return f"Column {section + 1}"
        return None


def _page() -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    top = QHBoxLayout()
    button = QPushButton("Press me")
    font = QFont(button.font())
    font.setBold(True)
    button.setFont(font)
    top.addWidget(button)
    choice = QComboBox()
    choice.addItems(["All", "Last 7 days", "Last 30 days"])
    top.addWidget(choice)
    column.addLayout(top)
    view = QTableView()
    view.setModel(_Model(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().hide()
    column.addWidget(view)
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.darkYellow)
    with_icon = QPushButton(QIcon(pixmap), "A button with an icon")
    column.addWidget(with_icon)
    footer = QLabel("A line of text at the bottom")
    footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column.addWidget(footer)
    return page


def main() -> int:
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    translator = QTranslator(app)
    translator.load(QLocale(), "none", "_", "")  # looked for and not found, as an app without a catalogue does
    app.installTranslator(translator)
    window = QMainWindow()
    tabs = QTabWidget()
    tabs.addTab(_page(), "One")
    for name in ("Two", "Three", "Four"):
        tabs.addTab(QLabel(f"Tab {name}"), name)
    window.setCentralWidget(tabs)
    action = QAction("Act", window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    window.addAction(action)
    return run_until_first_paint(app, window)


if __name__ == "__main__":
    sys.exit(main())
