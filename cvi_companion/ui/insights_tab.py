"""The Insights tab: how the nights went over a chosen range, and how the reminders were followed.

The four-week default is read and computed on the GUI thread (about 20 ms even with a huge log). Ranges
longer than BACKGROUND_ABOVE_NIGHTS are computed on a pool thread with its own read-only SQLite connection
(a connection belongs to the thread that opened it), while the tab shows that it is working.
"""

from __future__ import annotations

import contextlib
import html
import time

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.insights import Insights, Period, describe_range
from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.charts import ChartView
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import plural
from cvi_companion.ui.insights_sections import Figure, InsightsSource, Section, sections
from cvi_companion.ui.locale_text import say_local
from cvi_companion.ui.night_style import error_colour
from cvi_companion.ui.report_dialog import RangePicker, ask_and_save_report

BACKGROUND_ABOVE_NIGHTS = 120
# Reminder answers emit no signal; numbers older than this are worked out again when the tab is shown.
FRESH_FOR_S = 60.0
CUSTOM_DELAY_MS = 400
LONG_LIST_LINES = 16
CHECK_IN_LINK = "reminder:" + ReminderKind.MORNING_CHECK_IN.value
HEADING_SCALE = 1.25


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """`font` made `factor` times larger (whether sized in points or pixels), bold if asked."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    scaled.setBold(bold or font.bold())
    return scaled


class _Relay(QObject):
    """Carries a pool thread's result back to the GUI thread (a queued signal)."""

    finished = Signal(int, object)


class InsightsTab(QWidget):
    """Charts and numbers for a range; a button for the clinician report.

    `reminder_settings_requested(kind)` asks the window for a reminder's settings (the check-in link);
    `computed` fires each time new numbers are on screen.
    """

    reminder_settings_requested = Signal(str)
    computed = Signal()

    def __init__(self, source: InsightsSource, territory: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsTab")
        self._source = source
        self._territory = territory
        self._generation = 0
        self._stale = True
        self._computed_at = 0.0
        self.insights: Insights | None = None
        self.figure_views: dict[str, ChartView] = {}
        self.figure_texts: dict[str, QLabel] = {}
        self.more_buttons: dict[str, QToolButton] = {}
        # Owned by the tab (deleted on the GUI thread with it); pool threads only emit through it.
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)

        self.picker = RangePicker(source.range_for, self)
        self.picker.changed.connect(self._range_changed)
        range_label = QLabel(self.tr("R&ange"), self)
        range_label.setBuddy(self.picker.combo)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.report_button = QPushButton(self.tr("&Report for my clinician…"), self)
        self.report_button.setAccessibleName(self.tr("Report for my clinician"))
        self.report_button.setToolTip(self.tr("Save a PDF of these insights to show your clinician (Ctrl+Shift+R)"))
        self.report_button.clicked.connect(self.open_report_dialog)
        top = QHBoxLayout()
        for widget in (range_label, self.picker, self.busy_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.report_button)

        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.hide()
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.RichText)
        self.problem_label.hide()
        self.empty_label = QLabel(
            self.tr(
                "No entries yet. When a cramp happens, log it with Log a cramp (Ctrl+L), and answer the morning "
                "check-in: this page then shows how your nights go, week by week."
            ),
            self,
        )
        self.empty_label.setObjectName("emptyInsights")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        # Takes the room of the charts while there are none, so the texts above stay together at the top.
        self.empty_page = QWidget(self)
        self.check_in_hint = QLabel(self)
        self.check_in_hint.setObjectName("checkInHint")
        self.check_in_hint.setWordWrap(True)
        self.check_in_hint.setText(
            self.tr(
                "Nights without cramps only count when you say so. "
                '<a href="{link}">Turn on the morning check-in</a> in Reminders, so cramp-free nights count '
                "instead of being unknown."
            ).format(link=CHECK_IN_LINK)
        )
        self.check_in_hint.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                                   | Qt.TextInteractionFlag.LinksAccessibleByMouse)  # fmt: skip
        self.check_in_hint.linkActivated.connect(self._link)
        self.check_in_hint.setAccessibleName(self.tr("Turn on the morning check-in"))
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setWordWrap(True)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Insights"))
        self._content: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._scroll)
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.status, self.problem_label, self.range_label, self.empty_label, self.check_in_hint):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)

    # -- computing -----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the numbers up to date when shown, if the log changed or they are a minute old."""
        super().showEvent(event)
        if self._stale or time.monotonic() - self._computed_at > FRESH_FOR_S:
            self._stale = True
            QTimer.singleShot(0, self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        """The log changed: recompute now if showing, else when next shown."""
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self.refresh)

    def set_period(self, period: Period | None) -> None:
        """Show a period (None: the custom dates)."""
        self.picker.set_period(period)

    def _range_changed(self) -> None:
        if self.picker.period() is None:
            # Typing a date fires on every digit; wait for a pause.
            QTimer.singleShot(CUSTOM_DELAY_MS, self, self._refresh_if_custom)
        else:
            self.refresh()

    def _refresh_if_custom(self) -> None:
        if self.picker.period() is None:
            self.refresh()

    def refresh(self) -> None:
        """Read and compute the chosen range; long ranges on a pool thread while the tab says so."""
        self._stale = False
        self._computed_at = time.monotonic()
        self._generation += 1
        generation = self._generation
        try:
            has_data = self._source.first_night() is not None
            nights = self.picker.nights()
        except StorageError as error:
            self._show_problem(error_text(error))
            return
        self.stack.setCurrentWidget(self._scroll if has_data else self.empty_page)
        self.range_label.setVisible(has_data)
        self.empty_label.setVisible(not has_data)
        self.check_in_hint.setVisible(not self._source.check_in_on())
        self.range_label.setText(say_local(describe_range(nights)[0]))
        if nights.count <= BACKGROUND_ABOVE_NIGHTS:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                result: Insights | StorageError = self._source.compute(nights)
            except StorageError as error:
                result = error
            finally:
                QApplication.restoreOverrideCursor()
            self._finished(generation, result)
            return
        count = nights.count
        self.busy_label.setText(plural(self.tr("Working out the numbers for %n night(s)…", "", count), count))
        self.setCursor(Qt.CursorShape.BusyCursor)
        relay, source = self._relay, self._source

        def work() -> None:
            try:
                outcome: Insights | StorageError = source.compute_apart(nights)
            except StorageError as error:
                outcome = error
            # The relay belongs to the tab; if the tab was closed meanwhile, nobody is waiting.
            with contextlib.suppress(RuntimeError):
                relay.finished.emit(generation, outcome)

        QThreadPool.globalInstance().start(work)

    def _finished(self, generation: int, result: Insights | StorageError) -> None:
        if generation != self._generation:
            return  # a newer range was chosen meanwhile
        self.busy_label.clear()
        self.unsetCursor()
        if isinstance(result, StorageError):
            self._show_problem(error_text(result))
            return
        self.problem_label.hide()
        self.insights = result
        self._show(result)
        self.computed.emit()

    def _show_problem(self, text: str) -> None:
        self.busy_label.clear()
        self.problem_label.setText(f'<span style="color:{error_colour(self.palette())}">{html.escape(text)}</span>')
        self.problem_label.show()

    # -- showing -------------------------------------------------------------------------------------------

    def _show(self, insights: Insights) -> None:
        position = self._scroll.verticalScrollBar().value()
        content = QWidget(self._scroll)
        column = QVBoxLayout(content)
        self.figure_views.clear()
        self.figure_texts.clear()
        self.more_buttons.clear()
        for section in sections(insights):
            self._add_section(content, column, section)
        column.addStretch(1)
        old = self._scroll.takeWidget()
        self._scroll.setWidget(content)
        if old is not None:
            old.deleteLater()
        self._content = content
        if not (insights.nights.with_data or insights.hours.total or insights.adherence):
            self.range_label.setText(
                self.range_label.text() + " " + self.tr("Nothing was recorded in these nights; try a longer range.")
            )
        QTimer.singleShot(0, self, lambda: self._scroll.verticalScrollBar().setValue(position))

    def _add_section(self, parent: QWidget, column: QVBoxLayout, section: Section) -> None:
        heading = QLabel(section.title, parent)
        heading.setFont(scaled_font(heading.font(), HEADING_SCALE, bold=True))
        heading.setObjectName(f"heading:{section.key}")
        column.addSpacing(8)
        column.addWidget(heading)
        for note in section.notes:
            label = QLabel(note, parent)
            label.setAccessibleName(self.tr("About {section}").format(section=section.title))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        for figure in section.figures:
            self._add_figure(parent, column, figure)

    def _add_figure(self, parent: QWidget, column: QVBoxLayout, figure: Figure) -> None:
        if figure.heading:
            sub = QLabel(figure.heading, parent)
            font = QFont(sub.font())
            font.setBold(True)
            sub.setFont(font)
            column.addWidget(sub)
        view = ChartView(figure.chart, figure.lines, parent)
        lines = figure.shown_lines
        text = QLabel("\n".join(lines), parent)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("{chart} in numbers").format(chart=figure.chart.title))
        numbers = QVBoxLayout()
        numbers.addWidget(text)
        if len(lines) > LONG_LIST_LINES:
            # Laying out years of weekly lines took over a second; they are set when asked for (the
            # chart's accessible description has them all the time).
            text.setText(lines[0])
            more = QToolButton(parent)
            more.setCheckable(True)
            more.setText(plural(self.tr("Show all %n line(s)", "", len(lines)), len(lines)))
            more.setAccessibleName(self.tr("Show every number of {chart}").format(chart=figure.chart.title))
            more.toggled.connect(lambda shown: text.setText("\n".join(lines if shown else lines[:1])))
            numbers.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            self.more_buttons[figure.key] = more
        numbers.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(view, 3)
        row.addSpacing(12)
        row.addLayout(numbers, 2)
        column.addLayout(row)
        self.figure_views[figure.key] = view
        self.figure_texts[figure.key] = text

    def _link(self, link: str) -> None:
        if link.startswith("reminder:"):
            self.reminder_settings_requested.emit(link.removeprefix("reminder:"))

    # -- the clinician report ------------------------------------------------------------------------------

    def open_report_dialog(self) -> None:
        """Ask for the report's range, name and entries, then where to save it, and save it."""
        ask_and_save_report(self, self._source, self.picker, self._territory, self._report_saved)

    def _report_saved(self, text: str, problem: bool) -> None:
        if problem:
            text = f'<span style="color:{error_colour(self.palette())}">{html.escape(text)}</span>'
        self.status.setTextFormat(Qt.TextFormat.RichText if problem else Qt.TextFormat.PlainText)
        self.status.setText(text)
        self.status.show()
