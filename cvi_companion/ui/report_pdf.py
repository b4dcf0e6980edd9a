"""The clinician report: a PDF with the range, a summary table, the charts, adherence and (optionally) entries.

Text is drawn as text (selectable, searchable) and charts as vector paths, by the same chart module as the
screen. The painter works in 96-per-inch units and fonts are sized in those units, so a layout measured once
paints the same at any PDF resolution. The layout runs twice: once to count the pages, once to paint them
with "Page n of N". Every word is in the person's language, dates and numbers in the locale in effect.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from cvi_companion.domain.cramps import CrampEntry, CrampFilter
from cvi_companion.domain.insights import Insights, NightRange, NightWindow, describe_range
from cvi_companion.domain.text import QT_TRANSLATE_NOOP
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database
from cvi_companion.ui.charts import Chart, chart_height, paint
from cvi_companion.ui.formatting import duration_text, locations_text, side_text, started_text
from cvi_companion.ui.i18n import label
from cvi_companion.ui.insights_sections import read_insights, sections
from cvi_companion.ui.locale_text import day_text, say_local
from cvi_companion.ui.report_layout import summary_rows

TITLE = QT_TRANSLATE_NOOP("Report", "Leg cramps and self-care: report for my clinician")
SELF_REPORTED = QT_TRANSLATE_NOOP("Report", "Self-reported by the patient with CVI Companion; not a medical record.")
# CLDR's paper sizes: these territories use US Letter, everyone else A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "PR", "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE"})
RESOLUTION = 1200
UNITS_PER_INCH = 96
MARGIN = 54.0  # about 14 mm
ENTRY_COLUMNS = (
    (QT_TRANSLATE_NOOP("Report", "Started"), 150.0),
    (QT_TRANSLATE_NOOP("Report", "Side"), 48.0),
    (QT_TRANSLATE_NOOP("Report", "Place"), 92.0),
    (QT_TRANSLATE_NOOP("Report", "Intensity"), 58.0),
    (QT_TRANSLATE_NOOP("Report", "Duration"), 66.0),
)


class ReportError(Exception):
    """The PDF could not be written; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything printed: the insights, who (only if they typed a name), when, and the entries if wanted."""

    insights: Insights
    generated: date
    name: str = ""
    entries: tuple[CrampEntry, ...] | None = None


def paper_palette() -> QPalette:
    """Black on white with a grey-blue fill (mid grey in black and white; hatching tells the rest apart)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Highlight, "#4a78a8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def uses_letter(territory: str | None) -> bool:
    """Whether paper in this territory is US Letter rather than A4."""
    return territory is not None and territory.upper() in LETTER_TERRITORIES


def gather_report(
    db: Database,
    nights: NightRange,
    night_window: NightWindow | None,
    generated: date,
    *,
    name: str = "",
    include_entries: bool = True,
) -> Report:
    """Read what the report shows from the log."""
    insights = read_insights(db, nights, night_window)
    entries = None
    if include_entries:
        # A night runs into the next morning, so the local dates searched go one day past its last night.
        wanted = CrampFilter(since=nights.first, until=nights.last + timedelta(days=1))
        entries = tuple(e for e in CrampRepository(db).iter_entries(wanted) if e.night_of in nights)
    return Report(insights, generated, name.strip(), entries)


def _font(pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    font.setItalic(italic)
    return font


BODY = 12
SMALL = 10.5


class _Flow:
    """Puts blocks one under the other, starting a new page when the next block does not fit."""

    def __init__(self, page: QRectF, painter: QPainter | None, writer: QPdfWriter, footer: str, total: int) -> None:
        self.page = page
        self.area = QRectF(page.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - 28))
        self.painter = painter
        self.writer = writer
        self.footer = footer
        self.total = total
        self.number = 1
        self.y = self.area.top()
        self._footer()

    @property
    def width(self) -> float:
        """Width of the text column."""
        return self.area.width()

    def _footer(self) -> None:
        if self.painter is None:
            return
        font = _font(9.5)
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.black)
        line = QRectF(self.area.left(), self.area.bottom() + 12, self.area.width(), 16)
        self.painter.drawText(line, Qt.AlignmentFlag.AlignLeft, self.footer)
        page = QCoreApplication.translate("Report", "Page {number} of {total}")
        self.painter.drawText(line, Qt.AlignmentFlag.AlignRight, page.format(number=self.number, total=self.total))

    def new_page(self) -> None:
        """Finish this page."""
        self.number += 1
        self.y = self.area.top()
        if self.painter is not None:
            self.writer.newPage()
        self._footer()

    def room(self, height: float) -> None:
        """Start a new page unless `height` fits under the current position (a page never starts empty)."""
        if self.y + height > self.area.bottom() and self.y > self.area.top():
            self.new_page()

    @staticmethod
    def measure(text: str, font: QFont, width: float) -> float:
        """Height of wrapped text."""
        flags = int(Qt.TextFlag.TextWordWrap)
        # Measured a little narrower than drawn, so a rounding difference never adds a line on paper.
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width - 2, 1e6), flags, text).height()

    def text(self, text: str, font: QFont, *, after: float = 4.0, keep: float = 0.0, indent: float = 0.0) -> None:
        """A wrapped paragraph; `keep` asks for room below it too (a heading stays with what follows)."""
        width = self.width - indent
        height = self.measure(text, font, width)
        self.room(height + keep)
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(Qt.GlobalColor.black)
            self.painter.drawText(
                QRectF(self.area.left() + indent, self.y, width, height + 2), int(Qt.TextFlag.TextWordWrap), text
            )
        self.y += height + after

    def chart(self, chart: Chart, font: QFont) -> None:
        """A chart across the column."""
        height = chart_height(chart, self.width, font)
        self.room(height)
        if self.painter is not None:
            self.painter.setFont(font)
            paint(self.painter, QRectF(self.area.left(), self.y, self.width, height), chart, paper_palette())
        self.y += height + 6

    def row(self, cells: list[str], widths: list[float], font: QFont, *, header: bool = False) -> float:
        """One table row with wrapped cells and a rule under it; returns its height (after any page break)."""
        pad = 3.0
        height = max(self.measure(c, font, w - 2 * pad) for c, w in zip(cells, widths, strict=True)) + 2 * pad
        if self.painter is not None:
            self.painter.setFont(font)
            x = self.area.left()
            for cell, width in zip(cells, widths, strict=True):
                self.painter.setPen(Qt.GlobalColor.black)
                self.painter.drawText(
                    QRectF(x + pad, self.y + pad, width - 2 * pad, height), int(Qt.TextFlag.TextWordWrap), cell
                )
                x += width
            self.painter.setPen(QPen(Qt.GlobalColor.black, 1.2 if header else 0.5))
            self.painter.drawLine(QLineF(self.area.left(), self.y + height, self.area.right(), self.y + height))
        self.y += height
        return height


def _entry_cells(entry: CrampEntry) -> list[str]:
    intensity = (
        ""
        if entry.intensity is None
        else QCoreApplication.translate("Report", "{intensity} / 10").format(intensity=entry.intensity)
    )
    return [
        started_text(entry.started_at),
        side_text(entry.side),
        locations_text(entry.locations),
        intensity,
        duration_text(entry.duration_s),
        entry.note.strip(),
    ]


def _split_note(cells: list[str]) -> Iterator[list[str]]:
    """A note too long for one page continues in rows of its own."""
    note = cells[-1]
    cut = note.rfind(" ", 0, len(note) // 2) if " " in note else len(note) // 2
    cut = cut if cut > 0 else len(note) // 2
    yield [*cells[:-1], note[:cut].rstrip()]
    yield [QCoreApplication.translate("Report", "(continued)"), "", "", "", "", note[cut:].lstrip()]


def _entries(flow: _Flow, entries: tuple[CrampEntry, ...]) -> None:
    heading = QCoreApplication.translate("Report", "Entries ({count})").format(count=len(entries))
    flow.text(heading, _font(16, bold=True), after=6, keep=60)
    if not entries:
        flow.text(QCoreApplication.translate("Report", "No cramps were logged in this range."), _font(BODY))
        return
    font = _font(SMALL)
    widths = [w for _, w in ENTRY_COLUMNS]
    widths.append(flow.width - sum(widths))
    header = [label("Report", name) for name, _ in ENTRY_COLUMNS] + [QCoreApplication.translate("Report", "Note")]
    bold = _font(SMALL, bold=True)
    flow.row(header, widths, bold, header=True)
    queue = [_entry_cells(entry) for entry in entries]
    queue.reverse()
    while queue:
        cells = queue.pop()
        height = max(flow.measure(c, font, w - 6) for c, w in zip(cells, widths, strict=True)) + 6
        if height > flow.area.height() / 2 and len(cells[-1]) > 1:
            queue.extend(reversed(list(_split_note(cells))))
            continue
        if flow.y + height > flow.area.bottom():
            flow.new_page()
            flow.row(header, widths, bold, header=True)
        flow.row(cells, widths, font)


def footer_text(report: Report) -> str:
    """The line saying the data is self-reported and when the report was made, in the person's language."""
    return QCoreApplication.translate("Report", "{self_reported} Generated on {day}.").format(
        self_reported=label("Report", SELF_REPORTED), day=day_text(report.generated, with_year=True)
    )


def _write_problem(target: Path, error: OSError) -> str:
    return QCoreApplication.translate("Report", "Could not write the report to {path}: {reason}.").format(
        path=target, reason=error.strerror or error
    )


def _lay_out(report: Report, flow: _Flow) -> int:
    insights = report.insights
    flow.text(label("Report", TITLE), _font(20, bold=True), after=8)
    if report.name:
        flow.text(QCoreApplication.translate("Report", "Name: {name}").format(name=report.name), _font(14), after=4)
    flow.text(say_local(describe_range(insights.range)[0]), _font(14), after=4)
    flow.text(footer_text(report), _font(BODY, italic=True), after=12)
    flow.text(QCoreApplication.translate("Report", "Summary"), _font(16, bold=True), after=6, keep=80)
    label_width = 190.0
    for name, value in summary_rows(insights):
        flow.row([name, value], [label_width, flow.width - label_width], _font(BODY))
    flow.y += 12
    chart_font = _font(SMALL)
    for section in sections(insights, with_hints=False):
        # A heading stays on the page of its notes and first chart.
        keep = sum(flow.measure(note, _font(SMALL), flow.width) + 4 for note in section.notes)
        if section.figures:
            first = section.figures[0]
            keep += chart_height(first.chart, flow.width, chart_font) + (30 if first.heading else 0)
        flow.text(section.title, _font(16, bold=True), after=6, keep=keep)
        for note in section.notes:
            flow.text(note, _font(SMALL), after=4)
        for figure in section.figures:
            if figure.heading:
                flow.text(
                    figure.heading,
                    _font(13, bold=True),
                    after=4,
                    keep=chart_height(figure.chart, flow.width, chart_font),
                )
            flow.chart(figure.chart, chart_font)
            for line in figure.shown_lines:
                flow.text(line, _font(SMALL), after=2)
            flow.y += 8
    if report.entries is not None:
        _entries(flow, report.entries)
    else:
        flow.text(
            QCoreApplication.translate("Report", "The list of individual entries was left out of this report."),
            _font(SMALL, italic=True),
        )
    return flow.number


def write_report(report: Report, path: str | os.PathLike[str], *, letter: bool = False) -> int:
    """Write the report as a PDF file (replaced whole, readable only by its owner); return the page count.

    Needs a QGuiApplication (fonts); without one Qt would abort the process, so this raises RuntimeError.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication (an offscreen one will do)")
    target = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ReportError(_write_problem(target, error)) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        pages = _paint_pdf(report, temp, letter=letter)
        with temp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ReportError(_write_problem(target, error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return pages


def _paint_pdf(report: Report, path: Path, *, letter: bool) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(label("Report", TITLE))
    writer.setCreator("CVI Companion")
    size = QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    points = size.size(QPageSize.Unit.Inch)
    page = QRectF(0, 0, points.width() * UNITS_PER_INCH, points.height() * UNITS_PER_INCH)
    footer = footer_text(report)
    total = _lay_out(report, _Flow(page, None, writer, footer, 0))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the file could not be opened for writing")
    try:
        scale = RESOLUTION / UNITS_PER_INCH
        painter.scale(scale, scale)
        _lay_out(report, _Flow(page, painter, writer, footer, total))
    finally:
        painter.end()
    return total
