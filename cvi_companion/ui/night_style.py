"""A dim, warm, dark look for use at night: nothing on screen comes close to white.

The palette must be in place before a window is first shown, so its very first frame is already dark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Once a minute is often enough to follow the clock into the night and costs nothing measurable.
FOLLOW_INTERVAL_MS = 60_000

# Low-brightness colours with a warm tint; the brightest (text) stays well below white.
_WINDOW = "#16130f"
_BASE = "#1d1a16"
_ALTERNATE = "#221e19"
_BUTTON = "#2a251f"
_TEXT = "#b9ad99"
# Placeholders (and the footer) are read, so they keep 4.5:1 on the base; only disabled text is dimmer.
_PLACEHOLDER = "#918776"
_DIM_TEXT = "#7d7466"
_HIGHLIGHT = "#5e401a"
_HIGHLIGHT_TEXT = "#cbb998"
_LINK = "#c49a5a"


def night_palette() -> QPalette:
    """The dim night palette, for every colour group (active, inactive, disabled)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: _WINDOW,
        QPalette.ColorRole.WindowText: _TEXT,
        QPalette.ColorRole.Base: _BASE,
        QPalette.ColorRole.AlternateBase: _ALTERNATE,
        QPalette.ColorRole.ToolTipBase: _BUTTON,
        QPalette.ColorRole.ToolTipText: _TEXT,
        QPalette.ColorRole.PlaceholderText: _PLACEHOLDER,
        QPalette.ColorRole.Text: _TEXT,
        QPalette.ColorRole.Button: _BUTTON,
        QPalette.ColorRole.ButtonText: _TEXT,
        QPalette.ColorRole.BrightText: _HIGHLIGHT_TEXT,
        QPalette.ColorRole.Light: "#3a332a",
        QPalette.ColorRole.Midlight: "#312b24",
        QPalette.ColorRole.Mid: "#4a4238",
        QPalette.ColorRole.Dark: "#0f0d0a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: _HIGHLIGHT,
        QPalette.ColorRole.HighlightedText: _HIGHLIGHT_TEXT,
        QPalette.ColorRole.Link: _LINK,
        QPalette.ColorRole.LinkVisited: _LINK,
        QPalette.ColorRole.Accent: _HIGHLIGHT,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DIM_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(_BUTTON))
    return palette


def dim(widget: QWidget) -> None:
    """Give a not-yet-shown window the night palette and paint its background itself, so it opens dark."""
    widget.setPalette(night_palette())
    widget.setAutoFillBackground(True)


def dim_application(app: QApplication) -> None:
    """Use the night palette for every window of the app (when it starts at night)."""
    app.setPalette(night_palette())


def is_night_palette(palette: QPalette) -> bool:
    """Whether a palette is the night one (a dark day palette is dim too, but is not the night's)."""
    return palette.color(QPalette.ColorRole.Window) == QColor(_WINDOW)


class NightFollower(QObject):
    """Keeps the whole app dim during the person's night window and in the chosen day look otherwise.

    It looks once a minute and whenever the app comes to the front, so a window left open since the
    evening is already dim when someone turns to it at 3 a.m. The day palette is the light or dark one
    chosen in Settings; `set_day_palette` changes it (shown at once by day, kept for the morning at night).
    Without one given, the app's palette at construction is the day palette.
    """

    def __init__(
        self,
        app: QApplication,
        is_night: Callable[[], bool],
        day_palette: QPalette | None = None,
        interval_ms: int = FOLLOW_INTERVAL_MS,
    ) -> None:
        super().__init__(app)
        self.setObjectName("nightFollower")
        self._app = app
        self._is_night = is_night
        self._day_palette = QPalette(day_palette if day_palette is not None else app.palette())
        self.night = is_night_palette(app.palette())
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if interval_ms > 0:
            self._timer.start()
        app.applicationStateChanged.connect(self._on_state)

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Switch the app's palette if night has begun or ended; return whether it is night."""
        night = self._is_night()
        if night != self.night:
            self.night = night
            self._app.setPalette(night_palette() if night else self._day_palette)
        return night

    def day_palette(self) -> QPalette:
        """The palette used outside the night window."""
        return QPalette(self._day_palette)

    def set_day_palette(self, palette: QPalette) -> None:
        """Use another day palette: at once by day, from the end of the night at night."""
        self._day_palette = QPalette(palette)
        if not self.night:
            self._app.setPalette(self._day_palette)


def follower_of(app: QApplication) -> NightFollower | None:
    """The app's NightFollower, if one was made."""
    found = app.findChild(NightFollower, "nightFollower")
    return found if isinstance(found, NightFollower) else None


def luminance(colour: QColor) -> float:
    """Relative brightness 0-255 of a colour (Rec. 709 weights)."""
    return 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue()


def is_dim(palette: QPalette) -> bool:
    """Whether a palette is a dark one (its window colour is dark)."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < 80


def error_colour(palette: QPalette) -> str:
    """The colour for a problem message: a softer red on the dim palette keeps it readable without glare."""
    return "#e07a5f" if is_dim(palette) else "#b3261e"
