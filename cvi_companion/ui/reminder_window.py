"""The reminder window: small, on top, never steals the focus; Done, Snooze or Skip by mouse or keyboard.

One window is created at start and reused. Reminders that arrive while one is showing wait in a queue and
are shown one at a time. The window records nothing itself: each button asks the ReminderService.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cvi_companion.domain.reminder_history import Outcome
from cvi_companion.domain.reminder_schedule import Occurrence
from cvi_companion.domain.reminders import SNOOZE_CHOICES_S, ReminderKind
from cvi_companion.services.reminder_service import DueReminder, ReminderService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import clock_text, kind_advice, kind_text, number_text, snooze_text
from cvi_companion.ui.night_style import dim, error_colour
from cvi_companion.ui.reminder_fit import AnswerButton, AnswerRows, corner_position

TARGET_HEIGHT = 48
FONT_SCALE = 1.15
SCREEN_MARGIN = 24
MIN_WIDTH = 520
BUTTON_WIDTH = 96
SPACING = 8
# The window's frame and title bar before the desktop has told us (the window was never shown yet).
FRAME_GUESS = QSize(16, 40)


class ReminderWindow(QWidget):
    """Shows due reminders one at a time.

    `log_cramp_requested` fires from the morning check-in's "Yes"; `why_requested(guide_id)` from "Why?",
    for the main window to open the guide about this reminder.
    """

    log_cramp_requested = Signal()
    why_requested = Signal(str)
    # After the person answered here (Done, Snooze, Skip...), so a notification bubble can be closed too.
    answered = Signal(object)

    def __init__(
        self, reminders: ReminderService, is_night: Callable[[], bool] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # A reminder left open must not keep the app running once the main window is closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("reminderWindow")
        self.setWindowTitle(self.tr("Reminder"))
        self._reminders = reminders
        self._is_night = is_night or (lambda: False)
        self._day_palette = QPalette(self.palette())
        self._queue: deque[DueReminder] = deque()
        self.current: DueReminder | None = None
        self._countdown_ends: datetime | None = None
        # Ticks only while a countdown runs: an idle app wakes for nothing.
        self._countdown_tick = QTimer(self)
        self._countdown_tick.setInterval(1000)
        self._countdown_tick.timeout.connect(self._update_countdown)

        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)

        self.title = QLabel(self)
        self.title.setObjectName("reminderTitle")
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # Long titles, advice and notes wrap: a longer language or larger text never widens the window past
        # its screen.
        self.title.setWordWrap(True)
        self.what = QLabel(self)
        self.what.setObjectName("reminderWhat")
        self.what.setWordWrap(True)
        self.late = QLabel(self)
        self.late.setObjectName("reminderLate")
        self.late.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.late.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("reminderProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.done_button = self._button(self.tr("&Done"), self.done)
        self.snooze_button = self._button(self.tr("S&nooze"), self.snooze)
        self.snooze_choice = QComboBox(self)
        self.snooze_choice.setMinimumHeight(TARGET_HEIGHT)
        self.snooze_choice.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.snooze_choice.setAccessibleName(self.tr("Snooze for how long"))
        # On Linux a screen reader names a combo box by its label only (its own name is the current value).
        self.snooze_for = QLabel(self.tr("&for"), self)
        self.snooze_for.setBuddy(self.snooze_choice)
        for seconds in SNOOZE_CHOICES_S:
            self.snooze_choice.addItem(snooze_text(seconds), seconds)
        self.skip_button = self._button(self.tr("S&kip"), self.skip)
        self.yes_button = self._button(self.tr("&Yes, log it"), self.log_cramp)
        # Alt+O: Alt+N is Snooze, shown beside it.
        self.no_button = self._button(self.tr("N&o cramps"), self.no_cramps)
        self.timer_button = self._button(self.tr("Start &timer"), self.start_countdown)
        self.timer_button.setAccessibleName(self.tr("Start a countdown for this activity"))
        self.countdown = QLabel(self)
        self.countdown.setObjectName("reminderCountdown")
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.countdown.setWordWrap(True)
        self.countdown.hide()
        self.why_button = self._button(self.tr("&Why?"), self.why, least_width=0)
        self.why_button.setAccessibleName(self.tr("Why? Open the guide about this reminder"))
        self.why_button.setToolTip(self.tr("Open the guide about this reminder"))
        # A side question, not an answer: beside the title, so the row of answers keeps its width.
        self.why_button.setFlat(True)
        for main in (self.done_button, self.no_button):
            bold = QFont(main.font())
            bold.setBold(True)
            main.setFont(bold)

        # The answers, in reading order, in parts that stay together on a row ("Snooze for 10 min"). They take
        # one row when it fits the screen and wrap onto more when not, Skip always at the right (`_arrange`).
        units: list[list[QWidget]] = [[self.yes_button], [self.no_button], [self.done_button], [self.timer_button]]
        units += [[self.snooze_button, self.snooze_for, self.snooze_choice], [self.skip_button]]
        self.answers = AnswerRows(units, SPACING, row_start=self.snooze_button, at_right=self.skip_button)
        self._frame_known = False
        # Tab goes along the row of answers as it reads, then to "Why?" (they were made in another order).
        chain: list[QWidget] = [self.yes_button, self.no_button, self.done_button, self.timer_button]
        chain += [self.snooze_button, self.snooze_choice, self.skip_button, self.why_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.what)
        layout.addWidget(self.late)
        layout.addWidget(self.countdown)
        layout.addWidget(self.problem)
        layout.addLayout(self.answers)
        self.setMinimumWidth(MIN_WIDTH)

    def _button(self, text: str, slot: Callable[[], object], least_width: int = BUTTON_WIDTH) -> QPushButton:
        # Never narrower than its label: a fixed minimum width would let the layout squeeze long labels.
        button = AnswerButton(text, self, least_width, TARGET_HEIGHT)
        button.setMinimumHeight(TARGET_HEIGHT)
        button.setAccessibleName(text.replace("&", ""))
        # Enter clicks the button that has the focus; with the focus elsewhere it means the main answer.
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    # -- queue ---------------------------------------------------------------------------------------------

    @property
    def queued(self) -> int:
        """How many reminders wait behind the one showing."""
        return len(self._queue)

    def show_reminder(self, due: DueReminder) -> None:
        """Show a reminder now, or after the ones already waiting (the same occurrence is never queued twice)."""
        keys = {d.occurrence.key for d in self._queue}
        if self.current is not None:
            keys.add(self.current.occurrence.key)
        if due.occurrence.key in keys:
            return
        if self.current is None:
            self._display(due)
        else:
            self._queue.append(due)

    def _display(self, due: DueReminder) -> None:
        self.current = due
        kind = due.occurrence.kind
        check_in = kind is ReminderKind.MORNING_CHECK_IN
        self.title.setText(kind_text(kind))
        self.what.setText("" if check_in else kind_advice(kind))
        self.what.setVisible(not check_in)
        self.late.setText(
            self.tr("This was due at {time}.").format(time=clock_text(due.occurrence.local)) if due.late else ""
        )
        self.late.setVisible(due.late)
        self.problem.hide()
        self.done_button.setVisible(not check_in)
        self.yes_button.setVisible(check_in)
        self.no_button.setVisible(check_in)
        self._stop_countdown()
        self.timer_button.setVisible(self._activity_s(kind) is not None)
        self.snooze_choice.setCurrentIndex(max(0, self.snooze_choice.findData(self._reminders.plan.snooze_s)))
        (self.no_button if check_in else self.done_button).setFocus()
        if self.isVisible():
            # The next one from the queue: sized and placed for its own text, not the one before.
            self._fit()
            return
        self._apply_style()
        self._fit()
        self.show()
        self._frame_known = True

    def _apply_style(self) -> None:
        # Before the window is shown, so at night its first frame is already dark.
        if self._is_night():
            dim(self)
        else:
            self.setPalette(self._day_palette)
            self.setAutoFillBackground(False)
        self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")

    # -- size and place --------------------------------------------------------------------------------------

    def _frame_extra(self) -> QSize:
        """How much wider and taller the window is with its frame (a guess before it was first shown)."""
        if not self._frame_known:
            return FRAME_GUESS
        return (self.frameGeometry().size() - self.geometry().size()).expandedTo(QSize(0, 0))

    def _fit(self) -> None:
        """Size the window for what it shows, and place it in the corner of its screen, wholly on it."""
        area = self.screen().availableGeometry()
        extra = self._frame_extra()
        layout = self._layout
        margins = layout.contentsMargins()
        room = max(0, area.width() - extra.width() - 2 * SCREEN_MARGIN)
        self.answers.arrange(room - margins.left() - margins.right())
        self.setMinimumWidth(min(MIN_WIDTH, room))
        layout.invalidate()
        layout.activate()
        # The title on one line when the screen has room for it (a wrapped label asks for less).
        title = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 2 * self.title.margin() + 2
        title += self.why_button.sizeHint().width() + max(0, layout.spacing()) + margins.left() + margins.right()
        width = min(max(self.sizeHint().width(), self.minimumWidth(), title), room)
        # Wider than the room only when even one button per row is (a wrapped text never is).
        width = max(width, self.minimumSizeHint().width())
        height = self.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        self.resize(width, height)
        self.move(corner_position(area, self.size() + extra, SCREEN_MARGIN))

    def _next(self) -> None:
        self._stop_countdown()
        self.current = None
        if self._queue:
            self._display(self._queue.popleft())
        else:
            self.hide()

    # -- answers -------------------------------------------------------------------------------------------

    def _act(self, action: Callable[[DueReminder], object]) -> bool:
        if self.current is None:
            return False
        answered = self.current.occurrence
        try:
            action(self.current)
        except StorageError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            self._fit()
            return False
        self._next()
        self.answered.emit(answered)
        return True

    def withdraw(self, occurrence: Occurrence) -> None:
        """The reminder was answered elsewhere (a notification's button): stop showing or queueing it."""
        if self.current is not None and self.current.occurrence.key == occurrence.key:
            self._next()
            return
        self._queue = deque(due for due in self._queue if due.occurrence.key != occurrence.key)

    def done(self) -> None:
        """Record the reminder as done (for the check-in: "No cramps")."""
        if self.current is not None and self.current.occurrence.kind is ReminderKind.MORNING_CHECK_IN:
            self.no_cramps()
            return
        self._act(lambda due: self._reminders.answer(due.occurrence, Outcome.DONE))

    def no_cramps(self) -> None:
        """The check-in's "No": last night is recorded as free of cramps."""
        self._act(lambda due: self._reminders.answer_check_in(due.occurrence, had_cramps=False))

    def skip(self) -> None:
        """Record the reminder as skipped."""
        self._act(lambda due: self._reminders.answer(due.occurrence, Outcome.SKIPPED))

    def snooze(self) -> None:
        """Ask again after the chosen time (the plan's default unless changed)."""
        seconds = int(self.snooze_choice.currentData())
        self._act(lambda due: self._reminders.snooze(due.occurrence, seconds))

    # -- the optional countdown (raising the legs: 30 minutes) ---------------------------------------------

    def _activity_s(self, kind: ReminderKind) -> int | None:
        return self._reminders.plan.rule(kind).activity_s if kind is ReminderKind.ELEVATION else None

    def start_countdown(self) -> None:
        """Count the activity's time down in the window; Done stays available to finish early."""
        if self.current is None:
            return
        seconds = self._activity_s(self.current.occurrence.kind)
        if seconds is None:
            return
        self._countdown_ends = self._reminders.clock.now_utc() + timedelta(seconds=seconds)
        self.timer_button.hide()
        self.countdown.show()
        self._update_countdown()
        self._fit()
        self._countdown_tick.start()
        self.done_button.setFocus()

    def _update_countdown(self) -> None:
        if self._countdown_ends is None:
            return
        # From the clock, not from counted ticks: after a sleep the countdown is still right.
        left = int((self._countdown_ends - self._reminders.clock.now_utc()).total_seconds())
        if left > 0:
            minutes, seconds = divmod(left, 60)
            # The seconds always with two digits, in the locale's digits.
            padded = QLocale().toString(seconds).rjust(2, QLocale().zeroDigit())
            self.countdown.setText(
                self.tr("Legs up: {minutes}:{seconds} left").format(minutes=number_text(minutes), seconds=padded)
            )
            return
        self._countdown_tick.stop()
        self._countdown_ends = None
        self.countdown.setText(self.tr("Time is up. Well done: you can lower your legs and press Done."))
        if self.isVisible():
            self._fit()

    def _stop_countdown(self) -> None:
        self._countdown_tick.stop()
        self._countdown_ends = None
        self.countdown.hide()
        self.countdown.clear()

    def guide_id(self) -> str | None:
        """The guide that explains the reminder showing (the lowest-order guide related to its kind)."""
        if self.current is None:
            return None
        # Read when asked: the guides stay out of memory while the app waits for the next reminder.
        from cvi_companion.storage.guide_files import load_guides

        guide = load_guides().for_kind(self.current.occurrence.kind)
        return guide.id if guide is not None else None

    def why(self) -> None:
        """Ask for the guide about this reminder; the reminder stays until it is answered."""
        guide_id = self.guide_id()
        if guide_id is not None:
            self.why_requested.emit(guide_id)

    def log_cramp(self) -> None:
        """The check-in's "Yes": the check-in is answered, and the quick log is asked for."""
        if self._act(lambda due: self._reminders.answer_check_in(due.occurrence, had_cramps=True)):
            self.log_cramp_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter gives the main answer, Esc snoozes."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done()
        elif key == Qt.Key.Key_Escape:
            self.snooze()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window by hand snoozes the reminder, like Esc."""
        if event.spontaneous() and self.current is not None:
            event.ignore()
            self.snooze()
            return
        super().closeEvent(event)
