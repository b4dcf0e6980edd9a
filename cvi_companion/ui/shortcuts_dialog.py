"""The keyboard shortcuts, grouped by where they work, with the keys written as this desktop writes them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.ui.shortcut_list import key_text

# One row: (group, key sequence in Qt's portable form such as "Ctrl+L", what it does).
ShortcutRow = tuple[str, str, str]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut in a two-column table (keys, what they do), grouped by window.

    `rows` come from the app's shortcut list; groups and descriptions are shown as given (already in the
    person's language), groups in the order they first appear.
    """

    def __init__(self, rows: Iterable[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("These keys work without the mouse. Esc closes this window."), self)
        intro.setWordWrap(True)

        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Grouped by window: the keys, then what they do."))
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, description in rows:
            parent_item = groups.get(group)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.table, [group])
                bold = QFont(self.table.font())
                bold.setBold(True)
                parent_item.setFont(0, bold)
                parent_item.setFirstColumnSpanned(True)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[group] = parent_item
            item = QTreeWidgetItem(parent_item, [key_text(keys), description])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(1, description)
        self.table.expandAll()
        self.groups = list(groups)
        # Room after the longest keys, so "Ctrl+Shift+R" never runs into its description.
        em = self.table.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(0, max(self.table.sizeHintForColumn(0), header.sectionSizeHint(0)) + 2 * em)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the list of shortcuts"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: (group, keys as shown, description), in order."""
        shown = []
        for g in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(g)
            if group is None:
                continue
            for r in range(group.childCount()):
                item = group.child(r)
                if item is not None:
                    shown.append((group.text(0), item.text(0), item.text(1)))
        return shown


def open_shortcuts_dialog(parent: QWidget | None, rows: Iterable[ShortcutRow]) -> ShortcutsDialog:
    """Show the shortcuts over `parent` (not blocking the event loop) and return the dialog."""
    dialog = ShortcutsDialog(rows, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
