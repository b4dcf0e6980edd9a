"""At night the quick log (and a window opened at night) is dim from its very first frame."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cvi_companion.domain.cramps import Side
from cvi_companion.domain.settings import Settings
from cvi_companion.ui.entry_dialog import EntryDialog
from cvi_companion.ui.main_window import MainWindow
from cvi_companion.ui.night_style import NightFollower, dim_application, is_dim, luminance, night_palette
from cvi_companion.ui.quick_log_dialog import QuickLogDialog
from cvi_companion.ui.trash_dialog import TrashDialog


@pytest.fixture
def remembered_side(repo, make_entry):
    repo.add(make_entry(minutes_ago=600, side=Side.LEFT))


def shown_quick_log(qtbot, service):
    dialog = QuickLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_at_night_the_quick_log_is_dark_from_the_first_frame(
    qtbot, service, fake_time, brightness, remembered_side, night
):
    fake_time.now = night
    dialog = QuickLogDialog(service)
    qtbot.addWidget(dialog)
    # Dark before it is ever shown, so the window system never gets a light first frame.
    assert is_dim(dialog.palette())
    assert dialog.autoFillBackground()
    dialog.show()
    mean, near_white = brightness(dialog)
    assert mean < 50
    assert near_white == 0


def test_by_day_the_quick_log_uses_the_normal_palette(qtbot, service, fake_time, brightness, remembered_side, day):
    fake_time.now = day
    dialog = shown_quick_log(qtbot, service)
    assert not is_dim(dialog.palette())
    assert dialog.palette().color(QPalette.ColorRole.Window) == QApplication.palette().color(QPalette.ColorRole.Window)
    mean, _near_white = brightness(dialog)
    assert mean > 150


def test_the_night_window_comes_from_the_settings(
    qtbot, service, settings_service, fake_time, remembered_side, day, night
):
    # 13:00 in Berlin is "night" for someone who sleeps by day.
    settings_service.save(Settings(night_starts=time(9, 0), night_ends=time(17, 0)))
    fake_time.now = day
    assert is_dim(shown_quick_log(qtbot, service).palette())
    fake_time.now = night
    assert not is_dim(shown_quick_log(qtbot, service).palette())


def test_dialogs_opened_at_night_are_dim_too(qtbot, service, repo, make_entry, fake_time, brightness, night):
    entry = make_entry(side=Side.RIGHT, note="a note")
    repo.add(entry)
    fake_time.now = night
    for dialog in (EntryDialog(service, entry=entry), TrashDialog(service)):
        qtbot.addWidget(dialog)
        dialog.show()
        mean, near_white = brightness(dialog)
        assert mean < 50, type(dialog).__name__
        assert near_white == 0, type(dialog).__name__


def test_a_window_started_at_night_is_dim_everywhere(qtbot, service, repo, add_entries, brightness):
    add_entries(30)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        dim_application(app)
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        mean, near_white = brightness(window)
        assert mean < 50
        assert near_white < 0.001
    finally:
        app.setPalette(before)


def test_the_night_palette_has_no_bright_colour():
    palette = night_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in QPalette.ColorRole:
            if role in (QPalette.ColorRole.NColorRoles, QPalette.ColorRole.NoRole):
                continue
            assert luminance(palette.color(group, role)) < 200, (group, role)


def test_the_app_follows_the_clock_into_the_night_and_back(qtbot, service, fake_time, day, night, brightness):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    day_palette = QPalette(app.palette())
    fake_time.now = day
    follower = NightFollower(app, service.is_night_now, day_palette, interval_ms=0)
    try:
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert not follower.check()
        assert brightness(window)[0] > 100
        fake_time.now = night
        assert follower.check()
        # The window left open since the evening goes dim with the app.
        qtbot.waitUntil(lambda: is_dim(window.palette()))
        mean, near_white = brightness(window)
        assert mean < 50
        assert near_white < 0.001
        fake_time.now = day
        assert not follower.check()
        qtbot.waitUntil(lambda: not is_dim(window.palette()))
        assert app.palette().color(QPalette.ColorRole.Window) == day_palette.color(QPalette.ColorRole.Window)
    finally:
        app.setPalette(day_palette)
        follower.deleteLater()


def _outline_contrast(widget, indicator) -> float:
    """The best contrast, against the window colour, of a pixel on the border of a check box's indicator."""
    from PySide6.QtWidgets import QStyleOptionButton

    from cvi_companion.ui.appearance import contrast_ratio

    option = QStyleOptionButton()
    widget.initStyleOption(option)
    rect = widget.style().subElementRect(indicator, option, widget)
    image = widget.grab().toImage()
    window = widget.palette().color(QPalette.ColorRole.Window)
    border = [(x, y) for x in range(rect.left(), rect.right() + 1) for y in (rect.top(), rect.top() + 1)]
    border += [(x, y) for y in range(rect.top(), rect.bottom() + 1) for x in (rect.left(), rect.left() + 1)]
    return max(contrast_ratio(image.pixelColor(x, y), window) for x, y in border)


@pytest.mark.parametrize("dark", [False, True], ids=["night", "dark day"])
def test_an_unticked_check_box_and_radio_button_show_their_outline_on_a_dim_palette(qtbot, dark):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QVBoxLayout, QWidget

    from cvi_companion.ui.appearance import dark_palette
    from cvi_companion.ui.night_style import use_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    try:
        use_palette(app, dark_palette() if dark else night_palette())
        holder = QWidget()
        holder.setAutoFillBackground(True)
        layout = QVBoxLayout(holder)
        box, radio = QCheckBox("Sat"), QRadioButton("Left")
        layout.addWidget(box)
        layout.addWidget(radio)
        qtbot.addWidget(holder)
        holder.show()
        qtbot.waitExposed(holder)
        assert not box.isChecked()
        # Fusion alone draws them at about 1.1:1 (its outline is the window colour made darker).
        assert _outline_contrast(box, QStyle.SubElement.SE_CheckBoxIndicator) >= 2.8
        assert _outline_contrast(radio, QStyle.SubElement.SE_RadioButtonIndicator) >= 2.5
    finally:
        use_palette(app, before)
