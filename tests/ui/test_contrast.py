"""WCAG 2.x contrast of every palette the app puts up: light, dark, night and the desktop's made readable.

Text needs 4.5:1 against its background (WCAG 2.x, 1.4.3 AA, normal-size text). Disabled controls are exempt
("text or images of text that are part of an inactive user interface component ... have no contrast
requirement"), so the Disabled colour group is not checked. The ratio is computed here from the definition,
independently of the app's own helper, so a mistake in one does not hide in the other.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from cvi_companion.ui import appearance
from cvi_companion.ui.night_style import error_colour, night_palette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
AA = 4.5
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),  # the main window's footer is drawn in this role
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
]


def linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())


def composite(colour: QColor, background: QColor) -> QColor:
    a = colour.alpha() / 255
    return QColor(
        round(colour.red() * a + background.red() * (1 - a)),
        round(colour.green() * a + background.green() * (1 - a)),
        round(colour.blue() * a + background.blue() * (1 - a)),
    )


def ratio(text: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(composite(text, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def fusion() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette())
    style.deleteLater()
    return palette


PALETTES = {
    "light": appearance.light_palette,
    "dark": appearance.dark_palette,
    "night": night_palette,
    "system (plain Fusion, made readable)": lambda: appearance.readable(fusion()),
}


def failures(palette: QPalette) -> list[str]:
    found = []
    for group in (Group.Active, Group.Inactive):
        for text, background in PAIRS:
            value = ratio(palette.color(group, text), palette.color(group, background))
            if value < AA:
                found.append(f"{group.name} {text.name}/{background.name}: {value:.2f}")
    return found


def test_the_formula_matches_known_values():
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)  # WCAG's famous grey
    assert ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(
        ratio(QColor("#7f7f7f"), QColor("#fff")), abs=0.05
    )
    assert appearance.contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", list(PALETTES))
def test_text_reaches_4_5_to_1(qapp, name):
    assert failures(PALETTES[name]()) == []


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_error_colour_reaches_4_5_to_1_on_the_window(qapp, name):
    palette = PALETTES[name]()
    colour = QColor(error_colour(palette))
    for group in (Group.Active, Group.Inactive):
        assert ratio(colour, palette.color(group, Role.Window)) >= AA
        assert ratio(colour, palette.color(group, Role.Base)) >= AA


def test_plain_fusion_falls_short_which_is_why_the_app_fixes_it(qapp):
    # The check can fail: Fusion's own highlight (white on #308cc6) and half-transparent placeholder miss 4.5:1.
    found = failures(fusion())
    assert any("HighlightedText/Highlight" in f for f in found)
    assert any("PlaceholderText/Base" in f for f in found)


@pytest.mark.parametrize(
    "colours",
    [
        {Role.Window: "#808080", Role.WindowText: "#707070"},  # mid grey on mid grey
        {Role.Base: "#ffffff", Role.Text: "#ffff00"},  # yellow on white
        {Role.Base: "#000000", Role.Text: "#202020", Role.Window: "#101010", Role.WindowText: "#303030"},
        {Role.Highlight: "#ff8800", Role.HighlightedText: "#ffffff"},
        {Role.ToolTipBase: "#333333", Role.ToolTipText: "#555555"},
    ],
)
def test_readable_fixes_any_desktop_palette(qapp, colours):
    palette = fusion()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    assert failures(palette)
    assert failures(appearance.readable(palette)) == []


def test_white_on_a_light_highlight_stays_white_on_a_darker_one(qapp):
    palette = fusion()
    fixed = appearance.readable(palette)
    assert fixed.color(Role.HighlightedText) == palette.color(Role.HighlightedText)
    assert fixed.color(Role.Highlight).lightness() < palette.color(Role.Highlight).lightness()
    assert fixed.color(Role.Highlight).hue() == pytest.approx(palette.color(Role.Highlight).hue(), abs=3)


def test_the_light_palette_keeps_fusions_look_where_it_was_readable(qapp):
    light, plain = appearance.light_palette(), fusion()
    for role in (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button, Role.ButtonText):
        assert light.color(role) == plain.color(role)


# WCAG 2.x 1.4.11 (non-text contrast): the outline of a check box, radio button or field needs 3:1 against
# what is next to it. On the dim palettes Fusion draws those outlines in the Mid role (night_style.outline_style).
NON_TEXT = 3.0


@pytest.mark.parametrize("make", [appearance.dark_palette, night_palette], ids=["dark", "night"])
def test_outlines_of_controls_reach_3_to_1_on_the_dim_palettes(qapp, make):
    palette = make()
    for group in (Group.Active, Group.Inactive):
        outline = palette.color(group, Role.Mid)
        for background in (Role.Window, Role.Base, Role.AlternateBase):
            value = ratio(outline, palette.color(group, background))
            assert value >= NON_TEXT, f"{group.name} Mid/{background.name}: {value:.2f}"
        # ... and stay dim: well below the text, never a bright line at night.
        assert luminance(outline) < luminance(palette.color(group, Role.Text)) / 2
