"""Helpers that keep windows on small screens with large text: wrapping rows, scrolling bodies, capped sizes.

At 200 % text in German a row of buttons and labels, or a dialog's fields, can be wider or taller than a
1024x600 screen; these let a row break in two, a dialog's body scroll (its buttons stay outside, always in
reach) and a window open no larger than the screen it is on.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

# Room a window's frame and title bar take on most desktops, kept free when a window's size is capped.
FRAME_ROOM = QSize(16, 48)


class WrappingLabel(QLabel):
    """A word-wrapped label that is always given the height its text needs at its current width.

    Beside buttons in a row, a wrapped label is otherwise laid out at one line's height and its second line
    is cut off (longer languages and larger text wrap sooner).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def needed_height(self, width: int) -> int:
        """The height the text needs at `width` (QLabel's own answer never drops below its minimum height)."""
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        flags = int(self.alignment().value) | int(Qt.TextFlag.TextWordWrap.value)
        text = self.fontMetrics().boundingRect(0, 0, inner, 1_000_000, flags, self.text()).height()
        return text + margins.top() + margins.bottom() + 2 * self.margin()

    def heightForWidth(self, width: int) -> int:  # noqa: D102 (a Qt override)
        return self.needed_height(width)

    def hasHeightForWidth(self) -> bool:  # noqa: D102 (a Qt override)
        # Always, even under a size policy set without the flag: QLabel's sizeHint guesses a narrow width
        # and three lines, which left a band of empty space above the main window's footer.
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: D102 (a Qt override)
        super().resizeEvent(event)
        if self.width() < self.minimumSizeHint().width():
            return  # squeezed for a moment, while a row rearranges itself: a height for that would stick
        needed = self.needed_height(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def available_room(widget: QWidget | None = None) -> QSize:
    """The size a window may take on `widget`'s screen (the primary screen without one): frame left out."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME_ROOM


def capped(size: QSize, widget: QWidget | None = None) -> QSize:
    """`size`, no larger than the room on `widget`'s screen."""
    return size.boundedTo(available_room(widget))


def natural_width(widget: QWidget) -> int:
    """How wide `widget` is with nothing wrapped: a wrapped label's text on one line, a row's widgets side by side."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        margins = widget.contentsMargins()
        return widget.fontMetrics().horizontalAdvance(widget.text()) + margins.left() + margins.right() + 2
    layout = widget.layout()
    if isinstance(layout, QHBoxLayout):
        parts = [layout.itemAt(i) for i in range(layout.count())]
        shown = [p.widget() for p in parts if p is not None and p.widget() is not None]
        visible = [w for w in shown if w is not None and not w.isHidden()]
        margins = layout.contentsMargins()
        spacing = max(0, layout.spacing()) * max(0, len(visible) - 1)
        return sum(natural_width(w) for w in visible) + spacing + margins.left() + margins.right()
    return widget.sizeHint().width()


class SplitRow(QWidget):
    """A leading widget and trailing buttons in a row, the buttons on a line of their own when it is too narrow.

    It places its widgets itself rather than through a layout: a layout would first squeeze the leading
    widget into the old arrangement, and a wrapped label squeezed for a moment asks for a height that sticks.
    """

    def __init__(
        self, lead: QWidget, trailing: Iterable[QWidget], parent: QWidget | None = None, *, lead_chars: int = 0
    ) -> None:
        super().__init__(parent)
        self.lead = lead
        self._trailing = list(trailing)
        # With `lead_chars`, the leading widget (a wrapping label) needs that many characters' width beside the
        # trailing ones; without, its natural width.
        self._lead_chars = lead_chars
        self._spacing = 6
        lead.setParent(self)
        for widget in self._trailing:
            widget.setParent(self)
            widget.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.stacked = False

    def _shown(self) -> list[QWidget]:
        return [w for w in self._trailing if not w.isHidden()]

    def _trailing_width(self, hint: bool) -> int:
        widths = [(w.sizeHint() if hint else w.minimumSizeHint()).width() for w in self._shown()]
        return sum(widths) + self._spacing * max(0, len(widths) - 1)

    def _trailing_height(self) -> int:
        return max((w.sizeHint().height() for w in self._shown()), default=0)

    def _inner(self, width: int) -> int:
        margins = self.contentsMargins()
        return width - margins.left() - margins.right()

    def fits_in_one_row(self, width: int) -> bool:
        """Whether the leading widget, at its natural width, and the trailing ones fit side by side."""
        lead = natural_width(self.lead)
        if self._lead_chars:
            lead = min(lead, self.lead.fontMetrics().averageCharWidth() * self._lead_chars)
        trailing = self._trailing_width(hint=True)
        return not self._shown() or self._inner(width) >= lead + self._spacing + trailing

    def _lead_height(self, width: int) -> int:
        width = max(width, self.lead.minimumSizeHint().width())
        if self.lead.hasHeightForWidth():
            return max(self.lead.heightForWidth(width), self.lead.minimumSizeHint().height())
        return self.lead.sizeHint().height()

    def _lead_width_beside(self, width: int) -> int:
        return max(0, self._inner(width) - self._spacing - self._trailing_width(hint=True))

    def heightForWidth(self, width: int) -> int:  # noqa: D102 (a Qt override)
        margins = self.contentsMargins()
        if self.fits_in_one_row(width):
            inner = max(self._lead_height(self._lead_width_beside(width)), self._trailing_height())
        else:
            inner = self._lead_height(self._inner(width)) + self._spacing + self._trailing_height()
        return inner + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: D102 (a Qt override)
        return True

    def sizeHint(self) -> QSize:  # noqa: D102 (a Qt override)
        margins = self.contentsMargins()
        width = natural_width(self.lead) + self._spacing + self._trailing_width(hint=True)
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(max(width, self._laid_out_width())))

    def minimumSizeHint(self) -> QSize:
        """As wide as the wider of the two lines when stacked: the row never forces a sideways scroll."""
        margins = self.contentsMargins()
        width = max(self.lead.minimumSizeHint().width(), self._trailing_width(hint=False))
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(max(width, self._laid_out_width())))

    def _laid_out_width(self) -> int:
        # Before it is shown the row has no real width yet: assume the screen's, not its least, or the height
        # asked for (every wrapped line at the least width) would make the window taller than the screen.
        return self.width() if self.isVisible() else available_room(self).width()

    def _arrange(self) -> None:
        width = self.width()
        margins = self.contentsMargins()
        left, top = margins.left(), margins.top()
        inner = self._inner(width)
        self.stacked = not self.fits_in_one_row(width)
        height = self._trailing_height()
        if self.stacked:
            lead_height = self._lead_height(inner)
            self.lead.setGeometry(left, top, inner, lead_height)
            y = top + lead_height + self._spacing
        else:
            lead_width = self._lead_width_beside(width)
            lead_height = max(self._lead_height(lead_width), height)
            self.lead.setGeometry(left, top, lead_width, lead_height)
            y = top + (lead_height - height) // 2
        x = left + inner
        for widget in reversed(self._shown()):
            w = widget.sizeHint().width()
            x -= w
            widget.setGeometry(x, y, w, height)
            x -= self._spacing
        needed = self.heightForWidth(width)
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Place the widgets: side by side, or the trailing ones on a line below."""
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:  # noqa: D102 (a Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self._arrange()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 (a Qt override)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.updateGeometry()
            self._arrange()
        return False


class ScrollBody(QScrollArea):
    """A dialog's body that scrolls when the screen is too small for it; its buttons go outside, below it.

    It asks for its content's full size (up to the room on the screen), so on a large screen nothing scrolls,
    and at least for its content's width and a few lines' height, so a small screen can hold the dialog.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, reserve: int = 140) -> None:
        super().__init__(parent)
        self._reserve = reserve  # height kept for what the dialog shows outside the body (its buttons)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop for Tab: the fields inside are, and the area scrolls to the one with the keyboard.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(content)
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        """The content's own size (no scroll bar needed), no more than the screen has room for."""
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        # The dialog's own margins and its buttons are outside the body.
        room = available_room(self) - QSize(40, self._reserve)
        if hint.height() > room.height():
            hint.setWidth(hint.width() + self._bar())
        return hint.boundedTo(room).expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        """The content's least width (beside a scroll bar) and a few lines of it."""
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        least = content.minimumSizeHint()
        lines = 6 * self.fontMetrics().height()
        return QSize(least.width() + self._bar(), min(least.height(), lines))


class FlowLayout(QLayout):
    """Lays its items out in a line, starting a new line where the next one does not fit (larger text, German).

    `add_stretch()` marks a place in the line: the items after it go to the right end of the line they end up
    on, as a stretch in a QHBoxLayout would put them while everything fits in one line. Items keep their
    preferred width; a line is as tall as its tallest item, the others centred in it.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: int | None = None
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- the QLayout interface ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: D102 (a Qt override)
        self._items.append(item)

    def add_stretch(self) -> None:
        """Put the items added after this at the right end of their line."""
        self._stretch_at = len(self._items)

    def count(self) -> int:  # noqa: D102 (a Qt override)
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: D102 (a Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: D102 (a Qt override)
        if not 0 <= index < len(self._items):
            return None
        if self._stretch_at is not None and index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: D102 (a Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: D102 (a Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: D102 (a Qt override)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: D102 (a Qt override)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything in one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for _, item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for _, item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item, each on a line of its own if need be."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = max((item.sizeHint().width() for _, item in shown), default=0)
        height = max((item.sizeHint().height() for _, item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    # -- placing ------------------------------------------------------------------------------------------

    def _shown(self) -> list[tuple[int, QLayoutItem]]:
        return [(index, item) for index, item in enumerate(self._items) if not item.isEmpty()]

    def lines_for(self, width: int) -> list[list[int]]:
        """The indexes of the shown items on each line at `width` (the layout's whole width, margins in)."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        lines: list[list[int]] = []
        used = 0
        for index, item in self._shown():
            wide = item.sizeHint().width()
            if lines and used + self.spacing() + wide <= inner:
                lines[-1].append(index)
                used += self.spacing() + wide
            else:
                lines.append([index])
                used = wide
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        inner = rect.width() - margins.left() - margins.right()
        y = top
        lines = self.lines_for(rect.width())
        for number, line in enumerate(lines):
            hints = [self._items[index].sizeHint() for index in line]
            height = max(hint.height() for hint in hints)
            if move:
                used = sum(hint.width() for hint in hints) + self.spacing() * (len(line) - 1)
                x = left
                for index, hint in zip(line, hints, strict=True):
                    if self._stretch_at is not None and index == self._first_after_stretch(line):
                        x += max(0, inner - used)
                    self._items[index].setGeometry(
                        QRect(x, y + (height - hint.height()) // 2, hint.width(), hint.height())
                    )
                    x += hint.width() + self.spacing()
            y += height + (self.spacing() if number < len(lines) - 1 else 0)
        return y - top + margins.top() + margins.bottom()

    def _first_after_stretch(self, line: list[int]) -> int | None:
        assert self._stretch_at is not None
        return next((index for index in line if index >= self._stretch_at), None)
