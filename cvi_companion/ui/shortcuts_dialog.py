"""The keyboard shortcuts, grouped by where they work, with the keys written as this desktop writes them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.ui.fit import capped
from cvi_companion.ui.shortcut_list import key_text

# One row: (group, key sequence in Qt's portable form such as "Ctrl+L", what it does).
ShortcutRow = tuple[str, str, str]


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at its column's width (QTreeView asks for heights at no width)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: D102
        wrapped = QStyleOptionViewItem(option)
        spanned = self._view.isFirstColumnSpanned(index.row(), index.parent())
        width = self._view.viewport().width() if spanned else self._view.columnWidth(index.column())
        wrapped.rect = QRect(0, 0, max(1, width), 100_000)  # a valid rectangle, or the style does not wrap
        return super().sizeHint(wrapped, index)


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
        self.table.setItemDelegate(WrappingDelegate(self.table))
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A narrower description column wraps more lines: the rows' heights are measured again.
        header.sectionResized.connect(self._section_resized)
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
        # The keys only (indented under their group): the group titles span both columns.
        metrics = self.table.fontMetrics()
        widest = max([metrics.horizontalAdvance(item.text(0)) for item in self._items()], default=0)
        self.table.setColumnWidth(0, max(widest + self.table.indentation(), header.sectionSizeHint(0)) + 2 * em)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the list of shortcuts"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(capped(self._content_size(), self))

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 1:
            self.table.doItemsLayout()

    def _content_size(self) -> QSize:
        """Room for every description on one line and every row, without scrolling (capped by the caller).

        A fixed size cut the longer German descriptions short; where the screen is narrower, they wrap.
        """
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        texts = [item.text(1) for item in self._items()]
        described = max((metrics.horizontalAdvance(text) for text in texts), default=0) + 2 * em
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.table)
        frame = 2 * self.table.frameWidth()
        width = self.table.columnWidth(0) + described + bar + frame
        height = self.table.header().sizeHint().height() + frame
        for group in range(self.table.topLevelItemCount()):
            top = self.table.topLevelItem(group)
            if top is not None:
                height += self.table.sizeHintForIndex(self.table.indexFromItem(top, 0)).height()
        for item in self._items():
            cells = (self.table.sizeHintForIndex(self.table.indexFromItem(item, c)).height() for c in (0, 1))
            height += max(cells)
        layout = self.layout()
        if layout is None:
            return QSize(width, height)
        margins = layout.contentsMargins()
        table = self.table.sizeHint()
        outside = layout.sizeHint()  # the intro and the buttons, the table at its own size hint
        return QSize(
            max(width + margins.left() + margins.right(), outside.width()),
            outside.height() - table.height() + height,
        )

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for g in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(g)
            if group is not None:
                found += [c for r in range(group.childCount()) if (c := group.child(r)) is not None]
        return found

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
