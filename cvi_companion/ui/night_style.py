"""A dim, warm, dark look for use at night: nothing on screen comes close to white.

The palette must be in place before a window is first shown, so its very first frame is already dark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
# Outlines of check boxes, radio buttons and fields (the Mid role, see outline_style): 3:1 or better against
# the window, the base and the alternate base (WCAG 1.4.11 non-text contrast), yet far below the text.
_OUTLINE = "#7a6a55"


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
        QPalette.ColorRole.Mid: _OUTLINE,
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
    app = QApplication.instance()
    if isinstance(app, QApplication):
        outline_style(app)
    widget.setPalette(night_palette())
    widget.setAutoFillBackground(True)


def dim_application(app: QApplication) -> None:
    """Use the night palette for every window of the app (when it starts at night)."""
    use_palette(app, night_palette())


def use_palette(app: QApplication, palette: QPalette) -> None:
    """Put a palette in force for the whole app, with the outline style on a dim one (see outline_style)."""
    app.setPalette(palette)
    ours = app.style().objectName() == _STYLE_NAME
    if is_dim(palette):
        # A fresh style even when ours is in force: only putting in a style polishes every widget again, and
        # widgets with a style sheet (palette(highlight) and the like) keep their old colours otherwise.
        if ours or app.style().name().lower() == "fusion":
            app.setStyle(_outlined_fusion())
    elif ours:
        app.setStyle("Fusion")


# What Fusion does to its window colour to get the outline of each kind of control (QColor.darker factors,
# in percent), and how much lighter it then draws a check box's outline (110, or 240 in a dark colour scheme).
_FIELDS = 140
_RADIO = 150
_CHECK_LIGHTER = 110
_CHECK_LIGHTER_DARK_SCHEME = 240
_STYLE_NAME = "cviOutlinedFusion"


def outline_style(app: QApplication) -> None:
    """Make Fusion draw the outlines of check boxes, radio buttons and fields in the palette's Mid colour.

    Fusion takes those outlines from the window colour made darker (QFusionStylePrivate::outline), never from
    a palette role, so on a near-black window they are near-black too (about 1.1:1). On a dim palette this
    proxy hands Fusion a window colour from which its own arithmetic arrives at the Mid role instead; light
    palettes are drawn exactly as Fusion draws them. Installed only once a dim palette is used: touching
    QStyle from Python costs the first frame about 10 ms (docs/performance.md), a light day does not pay it.
    Only Fusion (the app's style) is wrapped.
    """
    current = app.style()
    if current.objectName() == _STYLE_NAME or current.name().lower() != "fusion":
        return
    app.setStyle(_outlined_fusion())


def _scaled(colour: QColor, percent: float) -> QColor:
    """A colour with its HSV value made `percent` percent as bright (what QColor.lighter/darker do)."""
    value = colour.valueF()
    return QColor.fromHsvF(max(colour.hsvHueF(), 0.0), colour.hsvSaturationF(), min(1.0, value * percent / 100))


def outline_window(palette: QPalette, percent: float) -> QPalette:
    """`palette` with a window colour Fusion turns into the Mid colour by making it `percent` darker."""
    adjusted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        target = palette.color(group, QPalette.ColorRole.Mid)
        adjusted.setColor(group, QPalette.ColorRole.Window, _scaled(target, percent))
    return adjusted


def _outlined_fusion() -> Any:
    # Imported here, not at the top: only a dim palette needs the QStyle classes.
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    pe = QStyle.PrimitiveElement
    cc = QStyle.ComplexControl

    class OutlinedFusion(QProxyStyle):
        """Fusion, with outlines from the palette's Mid role on dim palettes (see outline_style)."""

        fields = frozenset({pe.PE_FrameLineEdit, pe.PE_PanelLineEdit, pe.PE_Frame})
        complex = frozenset({cc.CC_SpinBox, cc.CC_ComboBox})

        def __init__(self) -> None:
            super().__init__(QStyleFactory.create("Fusion"))
            self.setObjectName(_STYLE_NAME)
            # Adjusted palettes are kept, so each keeps its cache key and Fusion's pixmap cache still works.
            self._palettes: dict[tuple[int, float], QPalette] = {}

        def _palette(self, palette: QPalette, percent: float) -> QPalette:
            key = (palette.cacheKey(), percent)
            found = self._palettes.get(key)
            if found is None:
                if len(self._palettes) > 256:
                    self._palettes.clear()
                found = self._palettes[key] = outline_window(palette, percent)
            return found

        def _check_percent(self) -> float:
            dark = QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            return _FIELDS * 100 / (_CHECK_LIGHTER_DARK_SCHEME if dark else _CHECK_LIGHTER)

        def drawPrimitive(self, element: Any, option: Any, painter: Any, widget: Any = None) -> None:
            if element in (pe.PE_IndicatorCheckBox, pe.PE_IndicatorItemViewItemCheck):
                percent: float | None = self._check_percent()
            elif element == pe.PE_IndicatorRadioButton:
                percent = _RADIO
            elif element in self.fields:
                percent = _FIELDS
            else:
                percent = None
            if percent is not None and is_dim(option.palette):
                option = type(option)(option)
                option.palette = self._palette(option.palette, percent)
            super().drawPrimitive(element, option, painter, widget)

        def drawComplexControl(self, control: Any, option: Any, painter: Any, widget: Any = None) -> None:
            if control in self.complex and is_dim(option.palette):
                option = type(option)(option)
                option.palette = self._palette(option.palette, _FIELDS)
            super().drawComplexControl(control, option, painter, widget)

    return OutlinedFusion()


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
            use_palette(self._app, night_palette() if night else self._day_palette)
        return night

    def day_palette(self) -> QPalette:
        """The palette used outside the night window."""
        return QPalette(self._day_palette)

    def set_day_palette(self, palette: QPalette) -> None:
        """Use another day palette: at once by day, from the end of the night at night."""
        self._day_palette = QPalette(palette)
        if not self.night:
            use_palette(self._app, self._day_palette)


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
