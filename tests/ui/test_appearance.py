"""Light or dark and larger text: applied to the whole app, live, under the night dimming; sharp icons at any DPR."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from cvi_companion.domain.settings import TEXT_SCALES, Appearance
from cvi_companion.storage.assets import APP_ICON, ResourceMissing, file_path, read_bytes
from cvi_companion.ui import appearance as module
from cvi_companion.ui import icons
from cvi_companion.ui.appearance import (
    Look,
    apply_appearance,
    dark_palette,
    day_palette_for,
    follow_settings,
    light_palette,
    readable,
)
from cvi_companion.ui.icons import app_icon, drawn_icon, svg_icon, tray_icon, warning_icon
from cvi_companion.ui.night_style import NightFollower, is_dim, is_night_palette, night_palette

Role = QPalette.ColorRole
ICONS = (
    "icons/cvi-companion.svg",
    "icons/tray-normal.svg",
    "icons/tray-due.svg",
    "icons/tray-paused.svg",
    "icons/warning.svg",
)


@pytest.fixture
def app(qapp):
    """The test application, with its palette, font and colour scheme put back afterwards."""
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield qapp
    for look in qapp.findChildren(Look):
        look.deleteLater()
    # Gone now, not at some later event loop: a leftover would still follow the desktop's scheme.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(palette)
    qapp.setFont(font)


def window_colour(app: QApplication) -> str:
    return app.palette().color(Role.Window).name()


def system_size() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def test_dark_and_light_override_the_desktop(app):
    apply_appearance(app, Appearance.DARK, 100)
    assert window_colour(app) == dark_palette().color(Role.Window).name()
    assert is_dim(app.palette())
    assert not is_night_palette(app.palette())
    apply_appearance(app, Appearance.LIGHT, 100)
    assert window_colour(app) == light_palette().color(Role.Window).name()
    assert not is_dim(app.palette())
    # Back to the desktop's (plain Fusion here), made readable: the same light look.
    apply_appearance(app, Appearance.SYSTEM, 100)
    assert not is_dim(app.palette())


def test_the_dark_palette_is_neutral_not_the_warm_night(app):
    dark, night = dark_palette(), night_palette()
    window = dark.color(Role.Window)
    assert abs(window.red() - window.blue()) <= 8  # grey, not brown
    assert dark.color(Role.Window) != night.color(Role.Window)
    assert dark.color(Role.Text) != night.color(Role.Text)


@pytest.mark.parametrize(
    ("scheme", "desktop_dark", "expected"),
    [
        (Qt.ColorScheme.Dark, False, "ours dark"),  # Fusion under xcb: the desktop says dark, the palette is light
        (Qt.ColorScheme.Dark, True, "desktop"),
        (Qt.ColorScheme.Light, True, "ours light"),
        (Qt.ColorScheme.Light, False, "desktop"),
        (Qt.ColorScheme.Unknown, False, "desktop"),
    ],
)
def test_same_as_the_system_follows_the_desktop_scheme(app, scheme, desktop_dark, expected):
    desktop = QPalette(dark_palette() if desktop_dark else light_palette())
    desktop.setColor(Role.Link, desktop.color(Role.Text))  # a mark of the desktop's own palette
    chosen = day_palette_for(Appearance.SYSTEM, scheme, desktop)
    if expected == "desktop":
        assert chosen.color(Role.Link) == desktop.color(Role.Link)
        assert chosen.color(Role.Window) == desktop.color(Role.Window)
    else:
        ours = dark_palette() if expected == "ours dark" else light_palette()
        assert chosen.color(Role.Window) == ours.color(Role.Window)


def test_a_desktop_scheme_change_is_followed_only_when_following_the_system(app, monkeypatch):
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(Look, "_scheme", lambda _self: scheme[0])
    apply_appearance(app, Appearance.SYSTEM, 100)
    assert not is_dim(app.palette())
    scheme[0] = Qt.ColorScheme.Dark
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(app) == dark_palette().color(Role.Window).name()
    # Chosen light: the desktop going dark changes nothing.
    apply_appearance(app, Appearance.LIGHT, 100)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dim(app.palette())


def test_the_override_is_asked_of_the_desktop_too(app, monkeypatch):
    asked = []
    hints = app.styleHints()
    monkeypatch.setattr(type(hints), "setColorScheme", lambda _self, scheme: asked.append(scheme))
    monkeypatch.setattr(type(hints), "unsetColorScheme", lambda _self: asked.append(None))
    apply_appearance(app, Appearance.DARK, 100)
    apply_appearance(app, Appearance.LIGHT, 100)
    apply_appearance(app, Appearance.SYSTEM, 100)
    assert asked == [Qt.ColorScheme.Dark, Qt.ColorScheme.Light, None]


def test_the_night_palette_wins_during_the_night_and_the_chosen_look_comes_back(app):
    night = [False]
    follower = NightFollower(app, lambda: night[0], QPalette(app.palette()), interval_ms=0)
    try:
        apply_appearance(app, Appearance.DARK, 100)
        assert window_colour(app) == dark_palette().color(Role.Window).name()
        night[0] = True
        assert follower.check()
        assert is_night_palette(app.palette())
        # Choosing light at 3 a.m. keeps the night dim; morning brings the light look.
        apply_appearance(app, Appearance.LIGHT, 100)
        assert is_night_palette(app.palette())
        night[0] = False
        assert not follower.check()
        assert window_colour(app) == light_palette().color(Role.Window).name()
    finally:
        follower.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_applied_at_night_before_the_follower_exists_it_keeps_the_night(app):
    app.setPalette(night_palette())
    apply_appearance(app, Appearance.LIGHT, 100)
    assert is_night_palette(app.palette())


def test_the_day_palette_in_force_is_the_one_applied_even_when_the_night_started_first(app, monkeypatch):
    # At 3 a.m. the app starts dimmed: the follower built then must still get the chosen day look for the morning.
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(Look, "_scheme", lambda _self: scheme[0])
    look = apply_appearance(app, Appearance.DARK, 100)
    app.setPalette(night_palette())
    assert look.day_palette_in_force().color(Role.Window) == dark_palette().color(Role.Window)
    # Following the desktop: its switch to dark (with a light palette) puts our dark look in force.
    look = apply_appearance(app, Appearance.SYSTEM, 100)
    assert not is_dim(look.day_palette_in_force())
    scheme[0] = Qt.ColorScheme.Dark
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert look.day_palette_in_force().color(Role.Window) == dark_palette().color(Role.Window)


def test_larger_text_scales_the_desktop_font_for_open_widgets(qtbot, app):
    label = QLabel("Log a cramp")
    qtbot.addWidget(label)
    label.show()
    before = label.sizeHint()
    apply_appearance(app, Appearance.SYSTEM, 200)
    assert app.font().pointSizeF() == pytest.approx(system_size() * 2)
    # Qt tells open widgets through a posted event.
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(system_size() * 2))
    assert label.sizeHint().height() > before.height() * 1.5
    apply_appearance(app, Appearance.SYSTEM, 100)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(system_size()))


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_every_text_scale_is_the_percent_of_the_desktop_font(app, scale):
    apply_appearance(app, Appearance.LIGHT, scale)
    assert app.font().pointSizeF() == pytest.approx(system_size() * scale / 100)


def test_a_scale_not_offered_falls_back_to_normal(app):
    look = apply_appearance(app, Appearance.LIGHT, 333)
    assert look.text_scale == 100
    assert app.font().pointSizeF() == pytest.approx(system_size())


def test_pixel_sized_fonts_scale_too():
    font = QFont()
    font.setPixelSize(12)
    assert module.scaled_font(font, 150).pixelSize() == 18


def test_saved_settings_are_applied_at_once_and_after_each_save(app, settings_service):
    look = follow_settings(app, settings_service)
    assert look.appearance is Appearance.SYSTEM
    assert not is_dim(app.palette())
    settings_service.save(replace(settings_service.settings, appearance=Appearance.DARK, text_scale=150))
    assert window_colour(app) == dark_palette().color(Role.Window).name()
    assert app.font().pointSizeF() == pytest.approx(system_size() * 1.5)


def test_one_look_per_application(app):
    first = apply_appearance(app, Appearance.DARK, 100)
    assert apply_appearance(app, Appearance.LIGHT, 125) is first
    assert len(app.findChildren(Look)) == 1


def test_readable_changes_nothing_that_is_already_readable(app):
    palette = dark_palette()
    fixed = readable(palette)
    for role in (Role.Text, Role.Base, Role.Highlight, Role.HighlightedText, Role.PlaceholderText):
        assert fixed.color(role) == palette.color(role)


# -- High-DPI: icons drawn from the SVG at the physical size, not a small bitmap blown up


def rendered(relative: str, physical: int) -> QImage:
    image = QImage(physical, physical, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(read_bytes(relative))).render(painter, QRectF(0, 0, physical, physical))
    painter.end()
    return image


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0-255) of two images of one size."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    b = b.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert a.size() == b.size()
    da, db = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(da, db, strict=True)) / len(da)


@pytest.mark.parametrize("relative", ICONS)
@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("logical", [16, 32, 48])
def test_svg_icons_are_sharp_at_every_pixel_ratio(qapp, relative, ratio, logical):
    icon = QIcon(str(file_path(relative)))
    pixmap = icon.pixmap(QSize(logical, logical), ratio)
    physical = round(logical * ratio)
    assert (pixmap.width(), pixmap.height()) == (physical, physical)
    assert pixmap.devicePixelRatio() == pytest.approx(ratio)
    # The same picture as the SVG drawn at that many pixels (an upscaled small bitmap would be blurred).
    assert difference(pixmap.toImage(), rendered(relative, physical)) < 2


@pytest.mark.parametrize("state", ["normal", "due", "paused"])
@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_the_tray_icons_have_enough_pixels_at_every_pixel_ratio(qapp, state, ratio):
    relative = f"icons/tray-{state}.svg"
    for icon in (tray_icon(state), svg_icon(relative)):  # the pre-drawn PNGs, and the SVG fallback
        pixmap = icon.pixmap(QSize(32, 32), ratio)
        physical = round(32 * ratio)
        assert pixmap.width() == physical
        assert pixmap.devicePixelRatio() == pytest.approx(ratio)
        assert difference(pixmap.toImage(), rendered(relative, physical)) < 4


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_the_red_flags_warning_icon_is_sharp_at_button_size(qapp, ratio):
    relative = "icons/warning.svg"
    for icon in (warning_icon(), svg_icon(relative)):  # the pre-drawn PNGs, and the SVG fallback
        pixmap = icon.pixmap(QSize(16, 16), ratio)
        physical = round(16 * ratio)
        assert pixmap.width() == physical
        assert difference(pixmap.toImage(), rendered(relative, physical)) < 4


def test_the_build_drew_the_icons_the_app_shows():
    # hatch_build.py draws them when the project is installed (here: uv's editable install of the checkout).
    for name in ("cvi-companion", "tray-normal", "tray-due", "tray-paused", "warning"):
        icon = drawn_icon(name)
        assert icon is not None, f"resources/icons/png/{name}-*.png were not drawn by the build"
        assert {size.width() for size in icon.availableSizes()} >= {16, 32, 64}


@pytest.mark.parametrize("logical", [16, 48, 128, 256])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_app_icon_is_the_svgs_picture_at_every_size(qapp, logical, ratio):
    big = app_icon().pixmap(QSize(logical, logical), ratio)
    physical = round(logical * ratio)
    assert big.width() == physical
    assert difference(big.toImage(), rendered(APP_ICON, physical)) < 2


def test_without_the_drawn_icons_the_app_draws_its_svgs(qapp, monkeypatch):
    def missing(folder):
        raise ResourceMissing(folder)

    monkeypatch.setattr(icons, "list_files", missing)
    assert drawn_icon("cvi-companion") is None
    icon = app_icon()
    assert difference(icon.pixmap(QSize(64, 64), 2.0).toImage(), rendered(APP_ICON, 128)) < 2
    tray = tray_icon("due")
    assert difference(tray.pixmap(QSize(32, 32)).toImage(), rendered("icons/tray-due.svg", 32)) < 4


def test_the_icons_load_no_svg_code(tmp_path):
    # QtSvg and its icon plug-in cost the idle app about 0.9 MiB; the pre-drawn PNGs need neither.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtCore import QSize\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cvi_companion.ui.icons import app_icon, tray_icon, warning_icon\n"
        "for icon in (app_icon(), tray_icon('normal'), tray_icon('due'), tray_icon('paused'), warning_icon()):\n"
        "    assert not icon.pixmap(QSize(48, 48)).isNull()\n"
        "maps = open('/proc/self/maps').read() if sys.platform.startswith('linux') else ''\n"
        "print('PySide6.QtSvg' in sys.modules, 'libQt6Svg' in maps)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_the_app_sets_its_window_icon_from_the_svg(qapp):
    from cvi_companion.app import gui

    before = QIcon(qapp.windowIcon())
    try:
        gui._application()
        icon = qapp.windowIcon()
        assert not icon.isNull(), "gui._application() must call app.setWindowIcon(app_icon())"
        assert difference(icon.pixmap(QSize(128, 128), 2.0).toImage(), rendered(APP_ICON, 256)) < 2
    finally:
        qapp.setWindowIcon(before)
