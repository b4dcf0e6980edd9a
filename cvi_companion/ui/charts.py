"""The app's one chart module: bar charts, stacked bars and split bars painted with QPainter.

The same `paint` draws on a widget and on a PDF page, so the clinician report gets vector charts. Colours
come from the palette passed in (the night palette on screen, a paper palette in the report), and no series
is told apart by colour alone: each has its own fill (solid, hatched, cross-hatched, dashed outline), every
bar is outlined in the text colour, and axis labels, values and legends are text. The numbers are also
always given in words next to a chart (`ChartView` carries them as its accessible description).

Text is drawn in the painter's font (the widget's on screen), and the bars and swatches grow with it, so a
larger app font makes larger charts rather than cramped ones. Numbers follow the locale.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cvi_companion.ui.locale_text import number_text, percent_text
from cvi_companion.ui.night_style import luminance

BAR_CHART_HEIGHT = 190
SPLIT_BAR_HEIGHT = 26
# Below these a chart has no room for its axis and labels; it paints nothing rather than a jumble.
MIN_WIDTH = 60
MIN_HEIGHT = 40
_PAD = 4.0
_SWATCH = 12.0
_HATCH_STEP = 5.0
# The line height the sizes above were made for; a larger font scales bars and swatches with it.
_REFERENCE_LINE = 17.0


class Fill(Enum):
    """How a series is told apart without colour."""

    SOLID = "solid"
    HATCH = "hatch"
    CROSS = "cross"
    OUTLINE = "outline"


@dataclass(frozen=True, slots=True)
class Series:
    """One series of a bar chart; None marks a category without a value (drawn as a dash)."""

    name: str
    values: tuple[float | None, ...]
    fill: Fill = Fill.SOLID


@dataclass(frozen=True, slots=True)
class BarChart:
    """Vertical bars per category: one series, several side by side, or several stacked."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool = False
    axis: str = ""
    y_max: float | None = None
    decimals: int = 0
    note: str = ""
    height: float = BAR_CHART_HEIGHT


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a split bar."""

    name: str
    value: int
    fill: Fill


@dataclass(frozen=True, slots=True)
class SplitBar:
    """One horizontal bar split into parts of a whole (shares shown as counts and percentages)."""

    title: str
    segments: tuple[Segment, ...]
    empty_text: str = ""  # "" says "No data" in the person's language
    # Off when the share that matters is of a part of the whole (nights with a cramp among nights with a record).
    shares: bool = True


Chart = BarChart | SplitBar


def _number(value: float, decimals: int) -> str:
    return number_text(value, decimals)


def _scale(font: QFont) -> float:
    """How much larger than the reference this font is (never smaller than 1)."""
    return max(1.0, QFontMetricsF(font).height() / _REFERENCE_LINE)


def split_bar_height(font: QFont) -> float:
    """The height of a split bar's bar: room for a value inside it in this font."""
    return max(SPLIT_BAR_HEIGHT * _scale(font), QFontMetricsF(font).height() + 2 * _PAD)


def _swatch(font: QFont) -> float:
    return _SWATCH * _scale(font)


def ink(palette: QPalette) -> QColor:
    """The colour of text and outlines."""
    return palette.color(QPalette.ColorRole.WindowText)


def accent(palette: QPalette) -> QColor:
    """The solid fill: the palette's highlight, moved towards the text colour until it stands out."""
    background = palette.color(QPalette.ColorRole.Window)
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    text = ink(palette)
    # The night palette's highlight is a dark brown barely lighter than its window; mix in the text colour.
    for _ in range(4):
        if abs(luminance(colour) - luminance(background)) >= 60:
            break
        pairs = ((colour.red(), text.red()), (colour.green(), text.green()), (colour.blue(), text.blue()))
        colour = QColor(*((a + b) // 2 for a, b in pairs))
    return colour


def _hatch(painter: QPainter, rect: QRectF, colour: QColor, *, cross: bool) -> None:
    """Diagonal lines drawn as lines (not a brush pattern), so they look the same at any resolution."""
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(colour, 1.0))
    span = rect.width() + rect.height()
    offset = 0.0
    while offset <= span:
        left, right = rect.left() + offset - rect.height(), rect.left() + offset
        painter.drawLine(QLineF(right, rect.bottom(), left, rect.top()))
        if cross:
            painter.drawLine(QLineF(left, rect.bottom(), right, rect.top()))
        offset += _HATCH_STEP * (1.4 if cross else 1.0)
    painter.restore()


def fill_box(painter: QPainter, rect: QRectF, fill: Fill, palette: QPalette) -> None:
    """One bar, segment or legend swatch: its fill and an outline in the text colour."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    colour = ink(palette)
    if fill is Fill.SOLID:
        painter.fillRect(rect, accent(palette))
    elif fill in (Fill.HATCH, Fill.CROSS):
        _hatch(painter, rect, colour, cross=fill is Fill.CROSS)
    pen = QPen(colour, 1.0)
    if fill is Fill.OUTLINE:
        # Dashed: "no value here" (unknown nights, unanswered reminders), never mistaken for an empty good bar.
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _legend(
    painter: QPainter | None, font: QFont, rect: QRectF, items: list[tuple[str, Fill]], palette: QPalette
) -> float:
    """Swatch-and-name pairs flowing left to right, wrapping as needed; returns the height used.

    Without a painter it only measures, so `chart_height` and painting always agree.
    """
    metrics = QFontMetricsF(font)
    size = _swatch(font)
    line = max(metrics.height(), size)
    x, y = rect.left(), rect.top()
    for name, fill in items:
        width = size + _PAD + metrics.horizontalAdvance(name) + 3 * _PAD
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + line + _PAD
        if painter is not None:
            swatch = QRectF(x, y + (line - size) / 2, size, size)
            fill_box(painter, swatch, fill, palette)
            painter.setPen(ink(palette))
            text = QRectF(swatch.right() + _PAD, y, width, line)
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x += width
    return y + line - rect.top()


def nice_axis(value: float, *, whole: bool = True) -> tuple[float, float]:
    """A round top for the value axis and its step (0-2-4-6, 0-5-10, 0-20-40; whole numbers for counts)."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole and step < 1:
        step = 1.0
    return math.ceil(value / step - 1e-9) * step, step


def _legend_items(chart: Chart) -> list[tuple[str, Fill]]:
    if isinstance(chart, SplitBar):
        total = sum(s.value for s in chart.segments)
        items = []
        for segment in chart.segments:
            if total and chart.shares:
                text = QCoreApplication.translate("Charts", "{name}: {value} ({share})").format(
                    name=segment.name, value=segment.value, share=percent_text(segment.value / total)
                )
            else:
                text = QCoreApplication.translate("Charts", "{name}: {value}").format(
                    name=segment.name, value=segment.value
                )
            items.append((text, segment.fill))
        return items
    if len(chart.series) > 1:
        return [(s.name, s.fill) for s in chart.series]
    return []


def chart_height(chart: Chart, width: float, font: QFont) -> float:
    """The height a chart wants at a given width (a split bar grows with its wrapped legend)."""
    items = _legend_items(chart)
    legend = _legend(None, font, QRectF(0, 0, width, 0), items, QPalette()) + _PAD * 2 if items else 0.0
    if isinstance(chart, SplitBar):
        return split_bar_height(font) + legend + _PAD
    note = QFontMetricsF(font).height() + _PAD if chart.note else 0.0
    return chart.height * _scale(font) + legend + note


def paint(painter: QPainter, rect: QRectF, chart: Chart, palette: QPalette) -> None:
    """Paint a chart into `rect` with the painter's font; nothing when the rectangle is too small."""
    if rect.width() < MIN_WIDTH or rect.height() < MIN_HEIGHT / (2 if isinstance(chart, SplitBar) else 1):
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    try:
        if isinstance(chart, SplitBar):
            _paint_split(painter, rect, chart, palette)
        else:
            _paint_bars(painter, rect, chart, palette)
    finally:
        painter.restore()


def _paint_split(painter: QPainter, rect: QRectF, chart: SplitBar, palette: QPalette) -> None:
    total = sum(s.value for s in chart.segments)
    bar = QRectF(rect.left(), rect.top(), rect.width() - 1, split_bar_height(painter.font()))
    metrics = QFontMetricsF(painter.font())
    if not total:
        fill_box(painter, bar, Fill.OUTLINE, palette)
        painter.setPen(ink(palette))
        empty = chart.empty_text or QCoreApplication.translate("Charts", "No data")
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, empty)
    else:
        x = bar.left()
        for segment in chart.segments:
            width = bar.width() * segment.value / total
            if width <= 0:
                continue
            part = QRectF(x, bar.top(), width, bar.height())
            fill_box(painter, part, segment.fill, palette)
            label = str(segment.value)
            if metrics.horizontalAdvance(label) + 2 * _PAD < width:
                _label_on(painter, part, label, segment.fill, palette)
            x += width
    legend = QRectF(rect.left(), bar.bottom() + 2 * _PAD, rect.width(), rect.height())
    _legend(painter, painter.font(), legend, _legend_items(chart), palette)


def _label_on(painter: QPainter, rect: QRectF, text: str, fill: Fill, palette: QPalette) -> None:
    """A value inside a bar, on a small backing box so hatching or fill never hides it."""
    metrics = QFontMetricsF(painter.font())
    box = QRectF(0, 0, metrics.horizontalAdvance(text) + 4, metrics.height())
    box.moveCenter(rect.center())
    if fill is not Fill.OUTLINE:
        painter.fillRect(box, palette.color(QPalette.ColorRole.Window))
    painter.setPen(ink(palette))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_bars(painter: QPainter, rect: QRectF, chart: BarChart, palette: QPalette) -> None:
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    items = _legend_items(chart)
    top = rect.top()
    if items:
        top += _legend(painter, painter.font(), QRectF(rect.left(), top, rect.width(), 0), items, palette) + 2 * _PAD
    bottom = rect.bottom() - line - _PAD - (line + _PAD if chart.note else 0)
    values = [v for s in chart.series for v in s.values if v is not None]
    if chart.stacked:
        sums = [sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.categories))]
        values = sums
    peak = max(values, default=0)
    y_top, step = nice_axis(max(peak, chart.y_max or 0), whole=chart.decimals == 0)
    places = 0 if step >= 1 else max(1, -math.floor(math.log10(step)))
    tick_texts = [_number(step * i, places) for i in range(round(y_top / step) + 1)]
    axis_width = max(metrics.horizontalAdvance(t) for t in tick_texts) + _PAD * 2
    caption = line + _PAD if chart.axis else 0.0
    # A full line above the top tick, so the value over the tallest bar never touches the caption.
    plot = QRectF(rect.left() + axis_width, top + caption + line, rect.width() - axis_width - 1, 0)
    plot.setBottom(bottom)
    if plot.height() < 10 or plot.width() < 10 or not chart.categories:
        return
    colour = ink(palette)
    if chart.axis:
        painter.setPen(colour)
        painter.drawText(QRectF(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignLeft, chart.axis)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / y_top

    grid = QColor(colour)
    grid.setAlphaF(0.25)
    for i, text in enumerate(tick_texts):
        y = y_of(step * i)
        painter.setPen(QPen(grid, 1.0, Qt.PenStyle.DotLine))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(colour)
        painter.drawText(
            QRectF(rect.left(), y - line / 2, axis_width - _PAD, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.setPen(QPen(colour, 1.0))
    painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))

    count = len(chart.categories)
    slot = plot.width() / count
    group = slot * 0.72
    bar_width = group if chart.stacked else group / len(chart.series)
    label_width = max(metrics.horizontalAdvance(c) for c in chart.categories) + _PAD * 2
    every = max(1, math.ceil(label_width / slot))
    for index, category in enumerate(chart.categories):
        left = plot.left() + slot * index + (slot - group) / 2
        if chart.stacked:
            _stack(painter, chart, index, QRectF(left, plot.top(), bar_width, plot.height()), y_of, palette)
        else:
            for number, series in enumerate(chart.series):
                value = series.values[index]
                x = left + bar_width * number
                _bar(painter, QRectF(x, plot.top(), bar_width, plot.height()), value, series.fill, chart, y_of, palette)
        if index % every == 0:
            painter.setPen(colour)
            centre = plot.left() + slot * (index + 0.5)
            painter.drawText(
                QRectF(centre - label_width / 2, plot.bottom() + _PAD / 2, label_width, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                category,
            )
    if chart.note:
        painter.setPen(colour)
        painter.drawText(
            QRectF(rect.left(), rect.bottom() - line, rect.width(), line), Qt.AlignmentFlag.AlignLeft, chart.note
        )


def _bar(
    painter: QPainter,
    column: QRectF,
    value: float | None,
    fill: Fill,
    chart: BarChart,
    y_of: Callable[[float], float],
    palette: QPalette,
) -> None:
    """One bar with its value above it (when it fits); a dash for a missing value."""
    text = "–" if value is None else _number(value, chart.decimals)
    if value:
        bar = QRectF(QPointF(column.left(), y_of(value)), QPointF(column.right(), column.bottom()))
        fill_box(painter, bar, fill, palette)
    if value == 0 and len(chart.series) == 1 and len(chart.categories) > 12:
        return  # a row of zeros under a busy histogram says nothing the text list does not
    _value_above(painter, column, y_of(value or 0), text, palette)


def _value_above(painter: QPainter, column: QRectF, top: float, text: str, palette: QPalette) -> None:
    """A value over a bar, when it fits the bar's width (the text list has it in any case)."""
    metrics = QFontMetricsF(painter.font())
    if metrics.horizontalAdvance(text) <= column.width() + _PAD:
        painter.setPen(ink(palette))
        box = QRectF(column.left() - _PAD, top - metrics.height(), column.width() + 2 * _PAD, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)


def _stack(
    painter: QPainter, chart: BarChart, index: int, column: QRectF, y_of: Callable[[float], float], palette: QPalette
) -> None:
    """Stacked segments (values inside when they fit) with the total above."""
    metrics = QFontMetricsF(painter.font())
    base = 0.0
    for series in chart.series:
        value = series.values[index] or 0
        if value <= 0:
            continue
        part = QRectF(QPointF(column.left(), y_of(base + value)), QPointF(column.right(), y_of(base)))
        fill_box(painter, part, series.fill, palette)
        label = _number(value, chart.decimals)
        if part.height() >= metrics.height() and metrics.horizontalAdvance(label) + 4 <= part.width():
            _label_on(painter, part, label, series.fill, palette)
        base += value
    _value_above(painter, column, y_of(base), _number(base, chart.decimals), palette)


def chart_words(chart: Chart) -> list[str]:
    """A chart's numbers in words, for when no better description is given ("Nights: 9 with a cramp, ...")."""
    if isinstance(chart, SplitBar):
        parts = "; ".join(text for text, _fill in _legend_items(chart))
        return [QCoreApplication.translate("Charts", "{title}: {values}.").format(title=chart.title, values=parts)]
    lines = []
    for index, category in enumerate(chart.categories):
        values = []
        for series in chart.series:
            value = series.values[index]
            shown = (
                QCoreApplication.translate("Charts", "no value") if value is None else _number(value, chart.decimals)
            )
            values.append(
                QCoreApplication.translate("Charts", "{series} {value}").format(series=series.name, value=shown)
                if len(chart.series) > 1
                else shown
            )
        lines.append(
            QCoreApplication.translate("Charts", "{category}: {values}").format(
                category=category or "–", values=", ".join(values)
            )
        )
    return [
        QCoreApplication.translate("Charts", "{title}: {values}.").format(title=chart.title, values="; ".join(lines))
    ]


class ChartView(QWidget):
    """A chart on screen. Its accessible description holds the same numbers in words.

    It takes keyboard focus by Tab, so someone using a screen reader reaches it and hears its numbers; a
    dotted frame shows when it has the focus.
    """

    def __init__(self, chart: Chart, description: list[str] | tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._chart = chart
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_chart(chart, description)

    @property
    def chart(self) -> Chart:
        """What is drawn."""
        return self._chart

    def set_chart(self, chart: Chart, description: list[str] | tuple[str, ...] = ()) -> None:
        """Show another chart (and its numbers in words; without them, the chart's own numbers are said)."""
        self._chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription("\n".join(description or chart_words(chart)))
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        """The height follows the width (a split bar's legend wraps)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height for a width."""
        return math.ceil(chart_height(self._chart, width, self.font()))

    def sizeHint(self) -> QSize:
        """A comfortable size."""
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:
        """Small but still legible."""
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart with the widget's palette (dim at night) and font, and a frame when focused."""
        painter = QPainter(self)
        try:
            painter.setFont(self.font())
            paint(painter, QRectF(self.rect()), self._chart, self.palette())
            if self.hasFocus():
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.0, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        finally:
            painter.end()
