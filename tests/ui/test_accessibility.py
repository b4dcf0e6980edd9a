"""Every screen, as a screen reader and a keyboard user meet it: names on every control, Tab reaches them all.

`unnamed(top)` lists the focusable widgets whose accessible name (what QAccessible reports to screen readers,
the same as AT-SPI reads from outside) is empty. `tab_cycle(top)` presses Tab from the first focused widget
until focus comes back, and returns what it met. Each screen gets both checks, and the dialogs an Esc check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from cvi_companion.services.clock import Clock
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.reminder_log import ReminderLog
from tests.ui.screens import build_screen

# A stay-on-top window asks to be raised when shown, which the offscreen test platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

MAX_TABS = 400
SHORTCUT_ROWS = [
    ("Main window", "Ctrl+L", "Log a cramp"),
    ("Main window", "Ctrl+Shift+R", "Report for my clinician"),
    ("Quick log", "L", "Left leg"),
]


# -- the harness ------------------------------------------------------------------------------------------


def _inside_a_compound(widget: QWidget, top: QWidget) -> bool:
    # A combo box's or spin box's own line edit is part of that control, which carries the name.
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def focusable(top: QWidget) -> list[QWidget]:
    """The widgets Tab can reach inside `top`: tab focus, visible, enabled, not part of a compound control."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if widget.window() is not top.window() or _inside_a_compound(widget, top):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    """Class, object name and visible text, to find the widget in the code."""
    text = ""
    for getter in ("text", "placeholderText", "currentText", "windowTitle", "toolTip"):
        value = getattr(widget, getter, None)
        if callable(value) and (got := value()):
            text = f"{getter}={got!r}"
            break
    name = f"#{widget.objectName()}" if widget.objectName() else ""
    parent = widget.parentWidget()
    inside = f" in {type(parent).__name__}{'#' + parent.objectName() if parent and parent.objectName() else ''}"
    return f"{type(widget).__name__}{name} {text}{inside if parent else ''}".strip()


def labels(widget: QWidget) -> list[str]:
    """The texts of the labels a screen reader is told label this widget (QLabel buddies)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    found = [other.text(QAccessible.Text.Name) for other, _ in interface.relations(QAccessible.RelationFlag.Label)]
    return [text for text in found if text.strip()]


def is_named(widget: QWidget) -> bool:
    """Whether a screen reader gets a name for the widget that is more than its current value.

    On Linux Qt reports a combo box's current text as its name and ignores setAccessibleName; only a buddy
    label (announced through the "labelled by" relation) says what the choice is about.
    """
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return bool(labels(widget))
    return bool(accessible_name(widget))


def unnamed(top: QWidget) -> list[str]:
    """The focusable widgets without an accessible name, described."""
    controls = focusable(top)
    assert controls, "nothing focusable found: the screen was not shown?"
    return [describe(w) for w in controls if not is_named(w)]


def tab_cycle(qtbot, top: QWidget) -> list[QWidget]:
    """Press Tab from the first focus widget until focus is back there; the widgets met, in order."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top.window())
    start = QApplication.focusWidget()
    if start is None:
        first = focusable(top)
        assert first, "nothing on this screen can take the keyboard focus"
        first[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    assert start is not None, "no widget has the keyboard focus"
    met = [start]
    left = False  # Tab may first move inside the start widget (a date edit's sections, a text's links)
    for _ in range(MAX_TABS):
        current = QApplication.focusWidget()
        assert current is not None, f"focus left the window after {describe(met[-1])}"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not start:
            left = True
        elif left:
            return met
        if now is not None and now not in met:
            met.append(now)
    raise AssertionError(f"Tab never came back to {describe(start)}; stuck after {describe(met[-1])}")


def not_reached(qtbot, top: QWidget) -> list[str]:
    """The focusable widgets the Tab cycle does not reach."""
    met = tab_cycle(qtbot, top)
    return [describe(w) for w in focusable(top) if w not in met]


def closes_with_escape(qtbot, top: QWidget) -> bool:
    """Whether Esc, pressed where the focus is, closes the window."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top.window())
    target = QApplication.focusWidget() or top
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    return not top.isVisible()


# -- the harness checks itself ----------------------------------------------------------------------------


def test_the_harness_finds_an_unnamed_control_and_an_unreachable_one(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    named = QLineEdit(dialog)
    label = QLabel("&Name", dialog)
    label.setBuddy(named)
    bare = QLineEdit(dialog)
    skipped = QLineEdit(dialog)
    skipped.setAccessibleName("Skipped by Tab")
    value_only = QComboBox(dialog)
    value_only.addItem("All time")
    value_only.setAccessibleName("Period")  # not what Linux screen readers get: they hear "All time"
    labelled = QComboBox(dialog)
    labelled.addItem("Any")
    QLabel("&Side", dialog).setBuddy(labelled)
    for y, widget in enumerate((label, named, bare, skipped, value_only, labelled)):
        widget.move(0, 30 * y)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == [describe(bare), describe(value_only)]
    assert accessible_name(named) == "Name"
    assert labels(labelled) == ["Side"]
    skipped.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert skipped not in focusable(dialog)
    skipped.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    named.setFocus()
    # A widget that swallows Tab keeps the focus from ever reaching the next one.
    bare.installEventFilter(_TabEater(dialog))
    with pytest.raises(AssertionError, match="Tab never came back"):
        tab_cycle(qtbot, dialog)
    assert closes_with_escape(qtbot, dialog)


class _TabEater(QWidget):
    def eventFilter(self, watched, event):
        return event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab


# -- the screens ------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def restored_look(qapp) -> Iterator[None]:
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def reminders(settings_service, db, berlin, fake_time):
    return ReminderService(settings_service, ReminderLog(db), NightReports(db), Clock(berlin, now_utc=fake_time))


@pytest.fixture
def show(qtbot) -> Callable[[QWidget], QWidget]:
    def shown(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return shown


@pytest.fixture
def main_window(show, service, reminders, settings_service, db, add_entries):
    from cvi_companion.ui.main_window import MainWindow

    add_entries(5)
    window = MainWindow(service, reminders, settings_service, database=db)
    window.offer_settings_dialog(lambda: None)
    window.offer_data_dialog(lambda: None)
    return show(window)


TABS = ["Cramp log", "Reminders", "Insights", "Guides"]


def open_tab(qtbot, window, name: str) -> None:
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(texts.index(name))
    if name == "Insights":
        tab = window.insights_tab
        qtbot.waitUntil(lambda: not getattr(tab, "_computing", False) and tab.isVisible())
    qtbot.wait(0)


@pytest.mark.parametrize("tab", TABS)
def test_main_window_controls_have_names(qtbot, main_window, tab):
    open_tab(qtbot, main_window, tab)
    assert unnamed(main_window) == []


@pytest.mark.parametrize("tab", TABS)
def test_main_window_controls_are_reached_with_tab(qtbot, main_window, tab):
    open_tab(qtbot, main_window, tab)
    assert not_reached(qtbot, main_window) == []


def screens(name: str, request) -> QWidget:
    """Build one screen by name, with the fixtures it needs."""
    return build_screen(name, request.getfixturevalue, shortcut_rows=SHORTCUT_ROWS)


DIALOGS = ["quick log", "entry", "settings", "data", "report", "trash", "shortcuts"]
WINDOWS = [*DIALOGS, "reminder"]


@pytest.mark.parametrize("name", WINDOWS)
def test_controls_have_names(request, show, name):
    assert unnamed(show(screens(name, request))) == []


@pytest.mark.parametrize("name", WINDOWS)
def test_controls_are_reached_with_tab(qtbot, request, show, name):
    assert not_reached(qtbot, show(screens(name, request))) == []


@pytest.mark.parametrize("name", WINDOWS)
def test_escape_closes(qtbot, request, show, name):
    assert closes_with_escape(qtbot, show(screens(name, request)))


def test_every_button_says_what_it_does(qtbot, main_window):
    # Icons never carry meaning alone: a button has visible text or a name.
    for button in main_window.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.text().strip() or accessible_name(button), describe(button)
