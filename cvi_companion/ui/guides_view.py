"""The text of one guide: a read-only QTextBrowser over a document that finds its pictures in the resources.

No web engine and no network: links are handed to the tab (setOpenLinks(False)), and a picture is only ever
read from resources/guides/images through storage.guide_files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMarginsF, QObject, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from cvi_companion.domain.guide_search import word_pattern
from cvi_companion.storage import assets
from cvi_companion.storage.guide_files import read_image
from cvi_companion.ui.night_style import is_dim

ZOOM_FACTOR = 1.1
# Pictures are drawn at most this wide (device-independent pixels), whatever the SVG says.
MAX_IMAGE_WIDTH = 560
LINE_HEIGHT_PERCENT = 125
HEADING_SPACE = 18
PARAGRAPH_SPACE = 8
PRINT_PIXEL_RATIO = 3.0


def svg_image(data: bytes, device_pixel_ratio: float = 1.0, *, dim: QPalette | None = None) -> QImage:
    """An SVG drawn at its own size (capped at MAX_IMAGE_WIDTH), sharp on high-density screens.

    By day it lies on a light card (the drawings are made for a light page). With a dim palette it is drawn
    straight onto the page (the palette's base colour) and no colour in it is brighter than the palette's
    text: every channel is capped at the text's, so the figures keep their shapes and most of their contrast
    while the picture never outshines the words around it.
    """
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QImage()
    size = renderer.defaultSize()
    if size.width() > MAX_IMAGE_WIDTH:
        size = size.scaled(MAX_IMAGE_WIDTH, 10_000, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size * device_pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(dim.color(QPalette.ColorRole.Base) if dim is not None else QColor("#f4f1ea"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    if dim is not None:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Darken)
        painter.fillRect(image.rect(), dim.color(QPalette.ColorRole.Text))
    painter.end()
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


class GuideDocument(QTextDocument):
    """A guide's Markdown, laid out; blockquotes become framed boxes in the palette's colours."""

    def __init__(self, palette: QPalette, device_pixel_ratio: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = QPalette(palette)
        self._ratio = device_pixel_ratio

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Pictures come from the app's resources only; anything else (a web address) is not loaded."""
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        try:
            href = name.toString() if isinstance(name, QUrl) else name
            dim = self._palette if is_dim(self._palette) else None
            return svg_image(read_image(href), self._ratio, dim=dim)
        except assets.ResourceMissing:
            return None

    def show_markdown(self, markdown: str) -> None:
        """Replace the content with a guide's Markdown."""
        self.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._frame_quotes()
        self._space_out()

    def _space_out(self) -> None:
        # Qt's Markdown layout is dense; a little more air between lines and before headings reads easier.
        block = self.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if "\ufffc" not in block.text():  # not under a picture: its line would grow by a quarter too
                fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if fmt.headingLevel() > 1:
                fmt.setTopMargin(HEADING_SPACE)
            elif block.textList() is None and block.text():
                fmt.setBottomMargin(max(fmt.bottomMargin(), PARAGRAPH_SPACE))
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)
            block = block.next()

    def _frame_quotes(self) -> None:
        runs: list[tuple[int, int]] = []
        block = self.begin()
        while block.isValid():
            if block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel):
                start = block.position()
                end = block.position() + block.length() - 1
                if runs and runs[-1][1] + 1 == start:
                    start = runs.pop()[0]
                runs.append((start, end))
            block = block.next()
        frame = QTextFrameFormat()
        frame.setBorder(1.5)
        frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        frame.setBorderBrush(self._palette.color(QPalette.ColorRole.Mid))
        frame.setBackground(self._palette.color(QPalette.ColorRole.AlternateBase))
        frame.setPadding(10)
        frame.setTopMargin(4)
        frame.setBottomMargin(4)
        plain = QTextBlockFormat()
        plain.setLeftMargin(0)
        plain.setRightMargin(0)
        # Last first, so the positions of earlier runs stay valid.
        for start, end in reversed(runs):
            cursor = QTextCursor(self)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeBlockFormat(plain)
            cursor.insertFrame(frame)


def highlight_format(palette: QPalette) -> QTextCharFormat:
    """How a search hit looks: yellow by day, dark amber with light text on a dark palette."""
    fmt = QTextCharFormat()
    if is_dim(palette):
        fmt.setBackground(QColor("#5a4310"))
        fmt.setForeground(QColor("#f1e4c3"))
    else:
        fmt.setBackground(QColor("#ffe066"))
        fmt.setForeground(QColor("#1a1a1a"))
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class GuideView(QTextBrowser):
    """Shows one guide. `zoom_step` asks the tab to change the reading size (from Ctrl+wheel)."""

    zoom_step = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Guide text"))
        self._base_font = QFont(self.font())
        self._markdown = ""
        self._words: tuple[str, ...] = ()
        # A guide opens at its top; until the person scrolls, every new size (the first layout included:
        # a guide is often filled in while the view is still tiny) puts the top back in sight.
        self._keep_top = False
        self.verticalScrollBar().actionTriggered.connect(self._scrolled_by_hand)
        self._use_document()

    def _use_document(self) -> None:
        document = GuideDocument(self.palette(), self.devicePixelRatioF(), self)
        document.setDocumentMargin(16)
        # The old document is a child of this view, so setDocument deletes it.
        self.setDocument(document)

    def show_markdown(self, markdown: str, words: tuple[str, ...] = ()) -> int:
        """Show a guide from the top, highlighting every hit of `words`; returns how many were marked."""
        self._markdown = markdown
        document = self.document()
        assert isinstance(document, GuideDocument)
        document.show_markdown(markdown)
        self.setTextCursor(QTextCursor(document))
        self._keep_top = True
        self.verticalScrollBar().setValue(0)
        return self.highlight(words)

    def _scrolled_by_hand(self, _action: int = 0) -> None:
        self._keep_top = False

    def _back_to_top(self) -> None:
        if self._keep_top:
            self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: Any) -> None:
        """Laid out at a new size: a guide not yet scrolled stays at its top (its title in sight)."""
        super().resizeEvent(event)
        self._back_to_top()

    def showEvent(self, event: Any) -> None:
        """Shown (the tab chosen): a guide not yet scrolled is at its top, now and once it is laid out."""
        super().showEvent(event)
        self._back_to_top()
        QTimer.singleShot(0, self, self._back_to_top)

    def keyPressEvent(self, event: Any) -> None:
        """Keys that scroll count as the person's own scrolling."""
        before = self.verticalScrollBar().value()
        super().keyPressEvent(event)
        if self.verticalScrollBar().value() != before:
            self._keep_top = False

    def highlight(self, words: tuple[str, ...]) -> int:
        """Mark every place a query word starts a word, and scroll to the first one."""
        self._words = words
        document = self.document()
        fmt = highlight_format(self.palette())
        selections: list[QTextEdit.ExtraSelection] = []
        for word in words:
            pattern = re.compile(word_pattern(word), re.IGNORECASE)
            block = document.begin()
            while block.isValid():
                for match in pattern.finditer(block.text()):
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + match.start())
                    cursor.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selection.format = fmt
                    selections.append(selection)
                block = block.next()
        selections.sort(key=lambda s: s.cursor.position())
        self.setExtraSelections(selections)
        if selections:
            self._keep_top = False
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.setTextCursor(first)
            self.ensureCursorVisible()
            if not self.isVisible():
                # Not laid out at its real size yet: scroll again once it is.
                QTimer.singleShot(0, self, self.ensureCursorVisible)
        return len(selections)

    def set_zoom(self, steps: int) -> None:
        """Make the text `steps` sizes larger (or smaller, if negative) than normal."""
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * ZOOM_FACTOR**steps)
        else:
            font.setPixelSize(round(self._base_font.pixelSize() * ZOOM_FACTOR**steps))
        self.setFont(font)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel changes the remembered reading size instead of QTextEdit's own, forgotten one."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_step.emit(1 if delta > 0 else -1)
            event.accept()
            return
        self._keep_top = False
        super().wheelEvent(event)

    def changeEvent(self, event: Any) -> None:
        """On a palette change (night begins or ends) lay the guide out again in the new colours."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._markdown:
            scroll = self.verticalScrollBar().value()
            keep_top = self._keep_top
            self._use_document()
            self.show_markdown(self._markdown, self._words)
            self.verticalScrollBar().setValue(scroll)
            self._keep_top = keep_top


def print_document(markdown: str, title: str) -> GuideDocument:
    """A guide laid out for paper: light colours and a normal size, whatever the screen uses."""
    palette = QPalette(QColor("#f0f0f0"), QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f3f3"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#9a9a9a"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    # Pictures at three times their size, so they stay sharp on paper.
    document = GuideDocument(palette, PRINT_PIXEL_RATIO)
    font = QFont()
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.show_markdown(markdown)
    return document


def write_pdf(markdown: str, title: str, path: str | Path, *, letter: bool = False) -> None:
    """Write a guide to a PDF file, laid out for paper."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("CVI Companion")
    size = QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
    # No page margins: QTextDocument.print_ keeps 2 cm around the text itself.
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    print_document(markdown, title).print_(writer)
