"""Log a cramp in one key press, half asleep: big targets, sensible defaults, Enter saves."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.cramps import CrampEntry, Location, Side
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.when import most_recent
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.entry_dialog import Draft, EntryDialog
from cvi_companion.ui.error_text import error_text
from cvi_companion.ui.formatting import (
    clock_text,
    day_text,
    location_text,
    plural,
    problem_text,
    time_format,
    time_text,
)
from cvi_companion.ui.locale_text import emergency_text
from cvi_companion.ui.night_style import dim, error_colour

TARGET_HEIGHT = 48  # comfortably above the 44 px minimum for a target found half asleep
FONT_SCALE = 1.25
_QUICK_PLACES = (Location.CALF, Location.FOOT, Location.THIGH, Location.SHIN)
_SIDE_KEYS = {Qt.Key.Key_L: Side.LEFT, Qt.Key.Key_R: Side.RIGHT, Qt.Key.Key_B: Side.BOTH}
# The button ids of the "when" choices are minutes before the dialog opened, except "At a time…"
# (QButtonGroup reserves -1 for "assign an id yourself").
AT_A_TIME = 10_000


def button_style(palette: QPalette) -> str:
    """Chosen buttons filled with the highlight colour, so the choice reads at a glance by day and at night.

    The colours are written out from the dialog's own palette: a style sheet's palette(...) would resolve
    against the application's palette, which is light when the quick log alone is dimmed at night.
    """

    def colour(role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
        return palette.color(group, role).name()

    role = QPalette.ColorRole
    return f"""
QPushButton {{
    background: {colour(role.Button)}; color: {colour(role.ButtonText)};
    border: 1px solid {colour(role.Mid)}; border-radius: 6px; padding: 4px 14px;
}}
QPushButton:hover {{ border-color: {colour(role.Highlight)}; }}
QPushButton:checked {{
    background: {colour(role.Highlight)}; color: {colour(role.HighlightedText)}; border-color: {colour(role.Highlight)};
}}
QPushButton:focus {{ border: 2px solid {colour(role.Text)}; }}
QPushButton:disabled {{ color: {colour(role.ButtonText, QPalette.ColorGroup.Disabled)}; }}
QPushButton#saveButton {{ border: 2px solid {colour(role.Highlight)}; font-weight: bold; }}
QPushButton#saveButton:focus {{ border: 3px solid {colour(role.Text)}; }}
QPushButton#saveButton:disabled {{ border: 1px solid {colour(role.Mid)}; font-weight: normal; }}
"""


class QuickLogDialog(QDialog):
    """Log a cramp with one key: Enter saves now, calf, last time's side, and "woke me" if it is night.

    L, R and B pick the side and W toggles "it woke me up". `logged` fires with the saved entry.
    Problems are shown in the dialog, which keeps what was chosen.
    """

    logged = Signal(object)

    def __init__(self, service: CrampService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # At night the dim palette is set before anything is built or shown: the first frame is dark.
        if service.is_night_now():
            dim(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self.setWindowTitle(self.tr("Log a cramp"))
        self.setObjectName("quickLogDialog")
        self._button_style = button_style(self.palette())
        self._service = service
        self._opened_at = service.clock.now().replace(microsecond=0)
        self._woke_touched = False
        try:
            self._side: Side | None = service.last_side()
        except StorageError:
            self._side = None

        title = QLabel(self.tr("Log a cramp"), self)
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.3)
        title_font.setBold(True)
        title.setFont(title_font)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        self._build_when(grid, 0)
        self._build_side(grid, 3)
        self._build_where(grid, 4)

        # A big toggle rather than a small check box: easy to hit, and its state is visible in the dark.
        self.woke = self._button(self.tr("It woke me up (W)"), checkable=True)
        self.woke.setObjectName("wokeButton")
        self.woke.toggled.connect(self._woke_toggled)
        woke_row = QHBoxLayout()
        woke_row.addWidget(self.woke)
        woke_row.addStretch(1)
        grid.addLayout(woke_row, 5, 1)

        self.problem = QLabel(self)
        self.problem.setObjectName("quickLogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.problem.hide()

        self.details_button = self._button(self.tr("Add &details…"))
        self.details_button.setAccessibleName(self.tr("Add details"))
        self.details_button.setToolTip(self.tr("Duration, intensity, what helped, a note…"))
        self.details_button.clicked.connect(self.add_details)
        self.cancel_button = self._button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setStyleSheet(self._button_style)
        self.save_button.setMinimumHeight(TARGET_HEIGHT)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        # The footer with its red-flags button is behind this dialog: the signs that need help now are here too.
        self.urgent = QLabel(
            self.tr(
                "This app does not replace a clinician. A cramp that lasts more than 10 minutes, or one leg that "
                "turns swollen, warm, red or painful: get urgent medical advice. Sudden breathlessness or chest "
                "pain: call {emergency}."
            ).format(emergency=emergency_text()),
            self,
        )
        self.urgent.setObjectName("quickLogUrgent")
        self.urgent.setWordWrap(True)
        self.urgent.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.urgent)

        self.when_buttons[0].setChecked(True)
        self._set_side(self._side)
        self._update_when()
        (self.save_button if self._side else self.side_buttons[Side.LEFT]).setFocus()

    # -- building ------------------------------------------------------------------------------------------

    def _button(self, text: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setStyleSheet(self._button_style)
        button.setMinimumHeight(TARGET_HEIGHT)
        button.setCheckable(checkable)
        # Only Save reacts to Enter, whichever button has the focus.
        button.setAutoDefault(False)
        return button

    def _row_label(self, grid: QGridLayout, row: int, text: str, buddy: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)

    def _build_when(self, grid: QGridLayout, row: int) -> None:
        self.when_group = QButtonGroup(self)
        self.when_buttons: dict[int, QPushButton] = {}
        line = QHBoxLayout()
        choices = (
            (0, self.tr("Just now")),
            (15, plural(self.tr("%n min ago", "", 15), 15)),
            (60, plural(self.tr("%n hour(s) ago", "", 1), 1)),
            (AT_A_TIME, self.tr("At a time…")),
        )
        for minutes, text in choices:
            button = self._button(text, checkable=True)
            self.when_group.addButton(button, minutes)
            self.when_buttons[minutes] = button
            line.addWidget(button)
        self.when_group.idToggled.connect(self._when_toggled)
        grid.addLayout(line, row, 1)
        self._row_label(grid, row, self.tr("&When"), self.when_buttons[0])

        self.at_time = QTimeEdit(self)
        self.at_time.setDisplayFormat(time_format())
        self.at_time.setMinimumHeight(TARGET_HEIGHT)
        self.at_time.setAccessibleName(self.tr("Time of the cramp"))
        self.at_time.setToolTip(
            self.tr("The most recent time the clock showed this: {time} means last night").format(
                time=time_text(time(3, 0))
            )
        )
        start = self._opened_at.time()
        self.at_time.setTime(QTime(start.hour, start.minute - start.minute % 15))
        self.at_time.timeChanged.connect(self._update_when)
        self.at_time.hide()
        self.resolved = QLabel(self)
        self.resolved.setObjectName("resolvedTime")
        at_line = QHBoxLayout()
        at_line.addWidget(self.at_time)
        at_line.addWidget(self.resolved, 1)
        grid.addLayout(at_line, row + 1, 1)

    def _build_side(self, grid: QGridLayout, row: int) -> None:
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[Side, QPushButton] = {}
        texts = {Side.LEFT: self.tr("Left (L)"), Side.RIGHT: self.tr("Right (R)"), Side.BOTH: self.tr("Both (B)")}
        line = QHBoxLayout()
        for side, text in texts.items():
            button = self._button(text, checkable=True)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False, s=side: self._set_side(s))
            self.side_group.addButton(button)
            self.side_buttons[side] = button
            line.addWidget(button)
        grid.addLayout(line, row, 1)
        self._row_label(grid, row, self.tr("&Side"), self.side_buttons[Side.LEFT])

    def _build_where(self, grid: QGridLayout, row: int) -> None:
        self.place_buttons: dict[Location, QPushButton] = {}
        line = QHBoxLayout()
        for place in _QUICK_PLACES:
            button = self._button(location_text(place), checkable=True)
            button.setChecked(place is Location.CALF)
            self.place_buttons[place] = button
            line.addWidget(button)
        grid.addLayout(line, row, 1)
        self._row_label(grid, row, self.tr("Whe&re"), self.place_buttons[Location.CALF])

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def side(self) -> Side | None:
        """The side chosen (or remembered), if any."""
        return self._side

    def _set_side(self, side: Side | None) -> None:
        self._side = side
        for value, button in self.side_buttons.items():
            button.setChecked(value is side)
        if side is None:
            # With nothing to remember, the person must say which leg before Enter can save.
            self.save_button.setText(self.tr("Choose a side first (L, R or B)"))
            self.save_button.setEnabled(False)
        else:
            self.save_button.setText(self.tr("Save"))
            self.save_button.setEnabled(True)
            self.save_button.setDefault(True)

    def started_at(self) -> datetime:
        """The moment chosen, as an aware local time."""
        tz = self._service.clock.tz
        choice = self.when_group.checkedId()
        if choice == AT_A_TIME:
            picked = self.at_time.time()
            return most_recent(self._opened_at, time(picked.hour(), picked.minute()), tz)
        # Subtract in UTC: across a DST change "1 hour ago" is an hour of real time, not of wall clock.
        return (self._opened_at.astimezone(UTC) - timedelta(minutes=choice)).astimezone(tz)

    def preset_time(self, clock: time) -> None:
        """Start from "At a time…" with this time (the morning check-in's "Yes" asks about last night)."""
        self.at_time.setTime(QTime(clock.hour, clock.minute))
        self.when_buttons[AT_A_TIME].setChecked(True)

    def _when_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._update_when()

    def _update_when(self) -> None:
        at = self.when_group.checkedId() == AT_A_TIME
        self.at_time.setVisible(at)
        if at and not self.at_time.hasFocus():
            # After the button has taken the focus itself (arrow keys do that), so typing "0300" goes here.
            QTimer.singleShot(0, self._focus_time)
        moment = self.started_at()
        self.resolved.setText(self.tr("{time}, {day}").format(time=clock_text(moment), day=day_text(moment.date())))
        if not self._woke_touched:
            self.woke.blockSignals(True)
            self.woke.setChecked(self._service.woke_default(moment))
            self.woke.blockSignals(False)

    def _focus_time(self) -> None:
        if self.at_time.isVisible():
            self.at_time.setFocus(Qt.FocusReason.TabFocusReason)
            self.at_time.setSelectedSection(QTimeEdit.Section.HourSection)

    def _woke_toggled(self) -> None:
        self._woke_touched = True

    def locations(self) -> tuple[Location, ...]:
        """The places chosen."""
        return tuple(place for place, button in self.place_buttons.items() if button.isChecked())

    def draft(self) -> Draft:
        """What has been chosen so far, for the full entry dialog."""
        return Draft(self.started_at(), self._side, self.locations(), self.woke.isChecked())

    # -- actions -------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """L, R and B choose the side, W toggles "woke me"; other keys work as in any dialog (Enter saves)."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        side = _SIDE_KEYS.get(Qt.Key(event.key()))
        if plain and side is not None:
            self._set_side(side)
            self.save_button.setFocus()
            return
        if plain and event.key() == Qt.Key.Key_W:
            self.woke.toggle()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        """Log the cramp; problems are shown here and the choices stay as they are."""
        if self._side is None:
            self._show_problem(self.tr("Choose a side first: press L, R or B."))
            return
        try:
            entry = self._service.log(
                started_at=self.started_at(), side=self._side, locations=self.locations(), woke_me=self.woke.isChecked()
            )
        except ValidationError as error:
            self._show_problem("\n".join(problem_text(p) for p in error.problems))
            return
        except StorageError as error:
            self._show_problem(error_text(error))
            return
        self._finish(entry)

    def add_details(self) -> EntryDialog:
        """Open the full entry dialog with what is chosen so far; saving there logs the cramp."""
        dialog = EntryDialog(self._service, draft=self.draft(), parent=self)
        dialog.logged.connect(self._finish)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _finish(self, entry: CrampEntry) -> None:
        self.logged.emit(entry)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
