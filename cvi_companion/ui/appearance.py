"""Light or dark, and larger text: the look chosen in Settings, kept in force while the app runs.

"Same as the system" follows the desktop's colour scheme (QStyleHints.colorScheme and its change signal);
Light and Dark override it. Fusion under xcb or offscreen often keeps a light palette whatever the desktop
says, so the app brings its own tested palettes: a standard light one and a calm, neutral dark one (the warm,
dimmer night palette of night_style still takes over during the person's night hours). Every palette the app
puts up keeps text at WCAG's 4.5:1 or better, the desktop's own included (`readable`).

Larger text scales the application font from the desktop's, so every widget, guide and chart (they all
draw with widget fonts) grows with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cvi_companion.domain.settings import TEXT_SCALES, Appearance
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.ui.night_style import follower_of, is_dim, is_night_palette, use_palette

# WCAG 2.x: normal-size text needs 4.5:1 against its background (AA).
MIN_CONTRAST = 4.5
Role = QPalette.ColorRole
# The (text, background) pairs the widgets actually draw text with (the tests check each).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
)

_DARK = {
    Role.Window: "#1f2023",
    Role.WindowText: "#e2e2e2",
    Role.Base: "#18191b",
    Role.AlternateBase: "#232427",
    Role.ToolTipBase: "#2c2e31",
    Role.ToolTipText: "#e2e2e2",
    Role.PlaceholderText: "#9c9c9c",
    Role.Text: "#e2e2e2",
    Role.Button: "#2c2e31",
    Role.ButtonText: "#e2e2e2",
    Role.BrightText: "#ffffff",
    Role.Light: "#3b3d41",
    Role.Midlight: "#333539",
    # Fusion's outlines of check boxes and fields on a dim palette (night_style.outline_style): 3:1 or better.
    Role.Mid: "#6c6f76",
    Role.Dark: "#121315",
    Role.Shadow: "#000000",
    Role.Highlight: "#35659c",
    Role.HighlightedText: "#f2f2f2",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#b69cf0",
    Role.Accent: "#35659c",
}
_DARK_DISABLED_TEXT = "#7c7c7c"
# Fusion's own light palette, with the two colours that miss 4.5:1 made darker: white on its highlight
# (3.7:1) and the half-transparent placeholder (about 4:1 on white).
_LIGHT_FIXES = {
    Role.Highlight: "#2a6fa8",
    Role.Accent: "#2a6fa8",
    Role.PlaceholderText: "#5f5f5f",
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black to 1 white) of an opaque sRGB colour."""
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def over(colour: QColor, background: QColor) -> QColor:
    """A (possibly translucent) colour as it shows on an opaque background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(text: QColor, background: QColor) -> float:
    """WCAG 2.x contrast ratio (1 to 21) of text on a background."""
    a = relative_luminance(over(text, background))
    b = relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _towards(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * share,
        colour.greenF() + (target.greenF() - colour.greenF()) * share,
        colour.blueF() + (target.blueF() - colour.blueF()) * share,
    )


def _readable_pair(text: QColor, background: QColor) -> tuple[QColor, QColor]:
    """Text and background moved apart to 4.5:1, keeping which of them is the lighter where possible.

    First the text goes further its way (towards black or white), then the background a little the other
    way (white on a too-light blue highlight stays white on a darker blue), and only then does the text
    change sides.
    """
    if contrast_ratio(text, background) >= MIN_CONTRAST:
        return text, background
    text = over(text, background)
    black, white = QColor("#000000"), QColor("#ffffff")
    darker_text = relative_luminance(text) <= relative_luminance(background)
    text_goal, background_goal = (black, white) if darker_text else (white, black)
    for step in range(1, 21):
        moved = _towards(text, text_goal, step / 20)
        if contrast_ratio(moved, background) >= MIN_CONTRAST:
            return moved, background
    for step in range(1, 9):
        shifted = _towards(background, background_goal, step / 20)
        if contrast_ratio(text_goal, shifted) >= MIN_CONTRAST:
            return text_goal, shifted
    # Black or white always reaches 4.5:1 on any colour.
    flipped = _text_for(text, [background])
    return (flipped if flipped is not None else text_goal), background


def _text_for(text: QColor, backgrounds: list[QColor]) -> QColor | None:
    """The colour nearest `text` (towards black or white) readable on every background, if there is one."""
    text = over(text, backgrounds[0])
    found: list[tuple[int, QColor]] = []
    for goal in (QColor("#000000"), QColor("#ffffff")):
        for step in range(21):
            moved = _towards(text, goal, step / 20)
            if all(contrast_ratio(moved, background) >= MIN_CONTRAST for background in backgrounds):
                found.append((step, moved))
                break
    return min(found, key=lambda pair: pair[0])[1] if found else None


# Text on its own background; the background may move when the text alone cannot get there.
_PRIMARY_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
)


def readable(palette: QPalette) -> QPalette:
    """A copy of a palette whose text colours all reach 4.5:1 on their backgrounds (disabled text is exempt).

    Colours that already do are kept, so a desktop's own look (a high-contrast theme included) stays.
    """
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):

        def colour(role: QPalette.ColorRole, group: QPalette.ColorGroup = group) -> QColor:
            return fixed.color(group, role)

        for text_role, background_role in _PRIMARY_PAIRS:
            text, background = _readable_pair(colour(text_role), colour(background_role))
            fixed.setColor(group, text_role, text)
            fixed.setColor(group, background_role, background)
        if contrast_ratio(colour(Role.Text), colour(Role.AlternateBase)) < MIN_CONTRAST:
            # Alternate rows are a tint of the base: without contrast there, plain base rows do.
            fixed.setColor(group, Role.AlternateBase, colour(Role.Base))
        # Placeholders (and the footer) and links show on both the base and the window.
        backgrounds = [colour(Role.Base), colour(Role.Window)]
        for role in (Role.PlaceholderText, Role.Link):
            if all(contrast_ratio(colour(role), background) >= MIN_CONTRAST for background in backgrounds):
                continue
            better = _text_for(colour(role), backgrounds) or _text_for(colour(role), backgrounds[:1])
            if better is not None:
                fixed.setColor(group, role, better)
    return fixed


def light_palette() -> QPalette:
    """Fusion's standard light palette, with text made readable where Fusion's own falls short."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette())
    style.deleteLater()
    for role, colour in _LIGHT_FIXES.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return readable(palette)


def dark_palette() -> QPalette:
    """A calm, neutral dark palette for the day (the night palette is warmer and dimmer)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Highlight, QColor(_DARK[Role.Button]))
    return palette


def day_palette_for(appearance: Appearance, scheme: Qt.ColorScheme, desktop: QPalette | None) -> QPalette:
    """The palette for the day: ours when chosen, else the desktop's own (made readable).

    When the desktop says dark but its palette is light (Fusion under xcb often is), ours stands in; the
    same the other way round. `desktop` is only needed for Appearance.SYSTEM.
    """
    if appearance is Appearance.LIGHT:
        return light_palette()
    if appearance is Appearance.DARK or desktop is None:
        return dark_palette() if appearance is Appearance.DARK else light_palette()
    if scheme == Qt.ColorScheme.Dark and not is_dim(desktop):
        return dark_palette()
    if scheme == Qt.ColorScheme.Light and is_dim(desktop):
        return light_palette()
    return readable(desktop)


def scaled_font(base: QFont, text_scale: int) -> QFont:
    """The desktop's font made `text_scale` percent as large."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * text_scale / 100)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * text_scale / 100)))
    return font


class Look(QObject):
    """The app's chosen appearance and text size, kept in force as the desktop changes its colour scheme.

    One per application (a child of it); `Look.of(app)` finds or makes it.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("cviLook")
        self._app = app
        self.appearance = Appearance.SYSTEM
        self.text_scale = 100
        self._applying = False
        self._in_force: QPalette | None = None
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    @staticmethod
    def of(app: QApplication) -> Look:
        """The application's Look, made on first use."""
        found = app.findChild(Look, "cviLook")
        return found if isinstance(found, Look) else Look(app)

    def apply(self, appearance: Appearance, text_scale: int) -> None:
        """Put a look in force now: colours (respecting the night) and the text size."""
        self.appearance = appearance
        self.text_scale = text_scale if text_scale in TEXT_SCALES else 100
        self._applying = True
        try:
            hints = self._app.styleHints()
            # The scheme is asked of the desktop too (Qt 6.8+), so native dialogs and title bars follow.
            if appearance is Appearance.LIGHT:
                hints.setColorScheme(Qt.ColorScheme.Light)
            elif appearance is Appearance.DARK:
                hints.setColorScheme(Qt.ColorScheme.Dark)
            else:
                hints.unsetColorScheme()
            self._apply_palette()
        finally:
            self._applying = False
        self._app.setFont(scaled_font(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont), self.text_scale))

    def day_palette(self) -> QPalette:
        """The palette for outside the night window, as things stand."""
        desktop = self._desktop_palette() if self.appearance is Appearance.SYSTEM else None
        return day_palette_for(self.appearance, self._scheme(), desktop)

    def day_palette_in_force(self) -> QPalette:
        """The day palette the last `apply` (or scheme change) put in force; worked out now if none did."""
        # Kept rather than worked out again: making a palette readable costs the first frame a millisecond or two.
        return QPalette(self._in_force) if self._in_force is not None else self.day_palette()

    def _scheme(self) -> Qt.ColorScheme:
        return self._app.styleHints().colorScheme()

    def _desktop_palette(self) -> QPalette:
        # Setting an empty palette resolves against the desktop's (or the style's) own: read it, put ours back.
        current = QPalette(self._app.palette())
        self._app.setPalette(QPalette())
        desktop = QPalette(self._app.palette())
        self._app.setPalette(current)
        return desktop

    def _apply_palette(self) -> None:
        palette = self.day_palette()
        self._in_force = palette
        follower = follower_of(self._app)
        if follower is not None:
            follower.set_day_palette(palette)
        elif not is_night_palette(self._app.palette()):
            use_palette(self._app, palette)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._applying or self.appearance is not Appearance.SYSTEM:
            return
        self._apply_palette()


def apply_appearance(app: QApplication, appearance: Appearance, text_scale: int) -> Look:
    """Put the chosen light/dark look and text size in force for the whole app (live, for open windows too)."""
    look = Look.of(app)
    look.apply(appearance, text_scale)
    return look


def follow_settings(app: QApplication, settings: SettingsService) -> Look:
    """Apply the saved look now and again after every save of the settings."""
    look = apply_appearance(app, settings.settings.appearance, settings.settings.text_scale)

    def saved() -> None:
        current = settings.settings
        if (current.appearance, current.text_scale) != (look.appearance, look.text_scale):
            look.apply(current.appearance, current.text_scale)

    settings.changed.connect(saved)
    return look
