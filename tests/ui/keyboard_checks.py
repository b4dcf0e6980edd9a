"""Checks shared by the widget tests: Alt+letters unique per screen, and every control named."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QGroupBox, QLabel, QWidget


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter of each visible button, buddy label and group box under `root` (lower case)."""
    letters = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letters += [m.lower() for m in re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))]
    return letters


def duplicates(letters: list[str]) -> list[str]:
    return [letter for letter, n in Counter(letters).items() if n > 1]


def unnamed_focusable(root: QWidget) -> list[QWidget]:
    """Visible widgets that take the keyboard but have no accessible name."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the line edit inside a spin or date box is named by its box
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # a button is named by its text
        found.append(widget)
    return found
