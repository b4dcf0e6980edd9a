"""The chart module: paints at any size, light or dark, the same on an image and a PDF page; fills tell
series apart in grey alone; the numbers travel with each chart in words."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter

from cvi_companion.ui.charts import (
    BarChart,
    Chart,
    ChartView,
    Fill,
    Segment,
    Series,
    SplitBar,
    accent,
    chart_height,
    fill_box,
    nice_axis,
    paint,
)
from cvi_companion.ui.night_style import luminance, night_palette
from cvi_companion.ui.report_pdf import paper_palette

WEEKS = ("26 Oct", "2 Nov", "9 Nov", "16 Nov*")
CHARTS: dict[str, Chart] = {
    "bars": BarChart("Cramps per week", WEEKS, (Series("Cramps", (0.0, 4.0, 2.0, 3.0)),), axis="Cramps", note="* part"),
    "grouped": BarChart(
        "Intensity",
        WEEKS,
        (Series("Average", (None, 6.5, 7.0, 5.0)), Series("Worst", (None, 9.0, 8.0, 6.0), Fill.HATCH)),
        y_max=10,
        decimals=1,
    ),
    "stacked": BarChart(
        "Raise your legs",
        WEEKS,
        (
            Series("Done", (11.0, 14.0, 10.0, 16.0)),
            Series("Skipped", (3.0, 3.0, 5.0, 4.0), Fill.HATCH),
            Series("Missed", (5.0, 3.0, 2.0, 0.0), Fill.CROSS),
            Series("Not answered", (2.0, 1.0, 4.0, 1.0), Fill.OUTLINE),
        ),
        stacked=True,
    ),
    "histogram": BarChart("Hours", tuple(f"{h:02d}" for h in range(24)), (Series("Cramps", (1.0,) * 24),)),
    "split": SplitBar(
        "Nights",
        (
            Segment("With a cramp", 9, Fill.SOLID),
            Segment("Cramp-free", 14, Fill.HATCH),
            Segment("Unknown", 5, Fill.OUTLINE),
        ),
    ),
    "empty split": SplitBar("Side", (Segment("Left", 0, Fill.SOLID), Segment("Right", 0, Fill.HATCH))),
    "empty bars": BarChart("None", (), ()),
}
PALETTES = {"light": paper_palette, "dark": night_palette}


def render(chart, width: int, height: int, palette: QPalette) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, width, height), chart, palette)
    painter.end()
    return image


def painted_pixels(image: QImage, background: QColor) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    level = QColor(background).lightness()
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    return sum(1 for y in range(grey.height()) for x in range(grey.width()) if abs(data[y * stride + x] - level) > 40)


@pytest.mark.parametrize("palette_name", list(PALETTES))
@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("size", [(1, 1), (40, 30), (61, 45), (240, 120), (640, 260), (1400, 500)])
def test_charts_paint_at_any_size_without_warnings(qapp, name, palette_name, size):
    palette = PALETTES[palette_name]()
    image = render(CHARTS[name], size[0], size[1], palette)
    assert not image.isNull()
    if size[0] >= 240 and name != "empty bars":
        assert painted_pixels(image, palette.color(QPalette.ColorRole.Window)) > 50


def test_each_fill_looks_different_in_grey_alone(qapp):
    palette = paper_palette()
    signatures = []
    for fill in Fill:
        image = QImage(60, 60, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        fill_box(painter, QRectF(0, 0, 59, 59), fill, palette)
        painter.end()
        inside = image.copy(5, 5, 50, 50).convertToFormat(QImage.Format.Format_Grayscale8)
        values = bytes(inside.constBits())
        dark = sum(1 for v in values if v < 100) / len(values)
        mid = sum(1 for v in values if 100 <= v < 200) / len(values)
        signatures.append((round(dark, 1), round(mid, 1)))
    assert len(set(signatures)) == len(Fill), signatures
    _solid, hatch, cross, outline = signatures
    assert outline == (0.0, 0.0)  # an empty, dashed box: "no value", never a solid bar
    assert cross[0] > hatch[0]


def test_the_solid_fill_stands_out_on_the_night_palette():
    palette = night_palette()
    window = palette.color(QPalette.ColorRole.Window)
    assert abs(luminance(accent(palette)) - luminance(window)) >= 60
    assert luminance(accent(palette)) < 200  # still no glare at night


def test_value_axes_are_round():
    assert nice_axis(4) == (4, 1)
    assert nice_axis(7.5) == (8, 2)
    assert nice_axis(10) == (10, 5)
    assert nice_axis(21) == (30, 10)
    assert nice_axis(0) == (1.0, 1.0)
    top, step = nice_axis(0.43, whole=False)
    assert (round(top, 2), round(step, 2)) == (0.6, 0.2)


def test_the_same_chart_fits_an_image_and_a_pdf_page(qapp, tmp_path):
    font = QFont()
    font.setPixelSize(11)
    chart = CHARTS["stacked"]
    width = 600.0
    height = chart_height(chart, width, font)
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    paint(painter, QRectF(0, 0, width, height), chart, paper_palette())
    painter.end()
    assert painted_pixels(image, QColor("white")) > 500

    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    scale = writer.resolution() / 96
    painter.scale(scale, scale)
    painter.setFont(font)
    paint(painter, QRectF(40, 40, width, height), chart, paper_palette())
    painter.end()
    assert path.stat().st_size > 1000
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # Labels and values are text in the PDF, not pictures of text.
    for word in ("Done", "Skipped", "Missed", "Not answered", "26 Oct", "16 Nov*", "21"):
        assert word in text


def test_a_chart_view_says_its_numbers_and_paints_in_the_dark(qtbot):
    lines = ["Cramps per week, 9 cramps in all:", "Week 45 of 2026, 2 Nov – 8 Nov: 4 cramps."]
    view = ChartView(CHARTS["bars"], lines)
    qtbot.addWidget(view)
    view.setPalette(night_palette())
    assert view.accessibleName() == "Cramps per week"
    assert view.accessibleDescription() == "\n".join(lines)
    for width in (240, 500, 1200):
        view.resize(width, view.heightForWidth(width))
        image = view.grab().toImage()
        assert painted_pixels(image, night_palette().color(QPalette.ColorRole.Window)) > 50
    view.set_chart(CHARTS["split"], ["Nights: 9 with a cramp."])
    assert view.accessibleName() == "Nights"
    assert view.accessibleDescription() == "Nights: 9 with a cramp."
    assert view.heightForWidth(150) > view.heightForWidth(1200)  # the legend wraps onto more lines
