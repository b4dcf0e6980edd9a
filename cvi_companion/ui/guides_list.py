"""The list of guides (or of search results): a bold title and a wrapped second line, red flags marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cvi_companion.ui.night_style import error_colour

ID_ROLE = Qt.ItemDataRole.UserRole
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 1
URGENT_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 8
MARK_WIDTH = 5
WRAP = Qt.TextFlag.TextWordWrap.value

Index = QModelIndex | QPersistentModelIndex


class GuideItemDelegate(QStyledItemDelegate):
    """Paints an item as its title (bold) over its second line (dim); an urgent item gets a red bar."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self) -> int:
        # The view's width, not option.rect's: QListView asks for size hints before it has laid items out.
        return max(80, self._view.viewport().width() - 2 * PADDING - MARK_WIDTH - 4)

    def _heights(self, option: QStyleOptionViewItem, index: Index) -> tuple[int, int]:
        title_font, second_font = self._fonts(option)
        width = self._text_width()
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SECOND_LINE_ROLE) or "")
        title_h = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 100_000), WRAP, title).height()
        second_h = QFontMetrics(second_font).boundingRect(QRect(0, 0, width, 100_000), WRAP, second).height()
        return title_h, second_h if second else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """As tall as the wrapped title and second line need."""
        title_h, second_h = self._heights(option, index)
        return QSize(self._text_width(), title_h + second_h + 2 * PADDING + (3 if second_h else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Selection background from the style, then the mark and the two lines of text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        self._view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)

        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        urgent = bool(index.data(URGENT_ROLE))
        painter.save()
        if urgent:
            painter.fillRect(QRect(rect.left(), rect.top(), MARK_WIDTH, rect.height()), QColor(error_colour(palette)))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        title_font, second_font = self._fonts(option)
        title_h, second_h = self._heights(option, index)
        left = rect.left() + PADDING + MARK_WIDTH
        width = self._text_width()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_colour = palette.color(text_role)
        if urgent and not selected:
            title_colour = QColor(error_colour(palette))
        painter.setFont(title_font)
        painter.setPen(title_colour)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRect(left, rect.top() + PADDING, width, title_h), WRAP, title)
        if second_h:
            dim_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setFont(second_font)
            painter.setPen(palette.color(dim_role))
            second_rect = QRect(left, rect.top() + PADDING + title_h + 3, width, second_h)
            painter.drawText(second_rect, WRAP, str(index.data(SECOND_LINE_ROLE)))
        painter.restore()


class GuideList(QListWidget):
    """Guides or search results; each item carries its guide's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideList")
        self.setAccessibleName(self.tr("Guides"))
        self.setItemDelegate(GuideItemDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        # Re-ask the size hints when the width changes, so wrapped lines stay whole.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add(self, guide_id: str, title: str, second: str, tooltip: str, *, urgent: bool = False) -> QListWidgetItem:
        """Append an item: the title is its text (what a screen reader says), the second line its description."""
        item = QListWidgetItem(title, self)
        item.setData(ID_ROLE, guide_id)
        item.setData(SECOND_LINE_ROLE, second)
        item.setData(URGENT_ROLE, urgent)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, second)
        item.setToolTip(tooltip)
        return item

    def ids(self) -> list[str]:
        """The guide ids shown, top to bottom."""
        return [str(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def select_id(self, guide_id: str | None) -> None:
        """Make the item of a guide current (without signals), or clear the selection if it is not listed."""
        self.blockSignals(True)
        try:
            rows = [row for row in range(self.count()) if self.item(row).data(ID_ROLE) == guide_id]
            if rows:
                self.setCurrentRow(rows[0])
            else:
                self.clearSelection()
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)
