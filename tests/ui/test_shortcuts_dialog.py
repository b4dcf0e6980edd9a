"""The keyboard shortcuts dialog: grouped rows, keys as the desktop writes them, Esc closes, named for readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from cvi_companion.ui.shortcut_list import key_text as native_keys
from cvi_companion.ui.shortcuts_dialog import ShortcutsDialog, open_shortcuts_dialog

ROWS = [
    ("Main window", "Ctrl+L", "Log a cramp"),
    ("Main window", "Ctrl+,", "Open the settings"),
    ("Reminder window", "Return", "Done"),
    ("Main window", "Ctrl+Shift+R", "Report for my clinician"),
    ("Guides", "Ctrl++", "Larger text in the guide"),
    ("Quick log", "L", "Left leg"),
    ("Quick log", "Esc", "Close without saving"),
]


@pytest.fixture
def dialog(qtbot):
    widget = ShortcutsDialog(ROWS)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_rows_are_grouped_in_the_order_groups_first_appear(dialog):
    assert dialog.groups == ["Main window", "Reminder window", "Guides", "Quick log"]
    shown = dialog.rows()
    assert [row[0] for row in shown] == ["Main window"] * 3 + ["Reminder window", "Guides", "Quick log", "Quick log"]
    assert ("Main window", native_keys("Ctrl+Shift+R"), "Report for my clinician") in shown
    assert dialog.table.topLevelItem(0).isExpanded()


def test_keys_are_written_the_desktops_way(dialog):
    native = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
    assert dialog.rows()[0][1] == native
    assert native_keys("Return") == QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
    assert native_keys("Ctrl++") == QKeySequence("Ctrl++").toString(QKeySequence.SequenceFormat.NativeText)


def test_text_that_is_no_key_sequence_is_shown_as_given():
    assert native_keys("") == ""


def test_escape_closes_it(qtbot, dialog):
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_it_is_named_for_screen_readers(dialog):
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    assert dialog.windowTitle() == "Keyboard shortcuts"
    headers = dialog.table.headerItem()
    assert (headers.text(0), headers.text(1)) == ("Keys", "What it does")


def test_an_empty_list_is_fine(qtbot):
    widget = ShortcutsDialog([])
    qtbot.addWidget(widget)
    assert widget.rows() == []


def test_open_shortcuts_dialog_shows_it_over_a_window(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shown = open_shortcuts_dialog(parent, ROWS)
    assert shown.isVisible()
    assert shown.parent() is parent
    assert shown.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.reject()
