"""The reminder kinds' grid: two columns side by side, one when two would not fit (larger text, narrow window)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout

from cvi_companion.ui.reflow_grid import ReflowGrid


def _box(text: str) -> QGroupBox:
    box = QGroupBox(text)
    QVBoxLayout(box).addWidget(QLabel(text * 4))
    return box


def test_two_columns_when_wide_one_when_narrow_and_back(qtbot):
    boxes = [_box(f"Box {i}") for i in range(5)]
    grid = ReflowGrid(boxes, 2)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(grid)
    qtbot.addWidget(scroll)
    widest = max(b.minimumSizeHint().width() for b in boxes)
    scroll.resize(3 * widest, 600)
    scroll.show()
    qtbot.waitExposed(scroll)
    qtbot.waitUntil(lambda: grid.columns == 2)
    qtbot.waitUntil(lambda: boxes[0].y() == boxes[1].y())  # side by side
    scroll.resize(widest + 60, 600)
    qtbot.waitUntil(lambda: grid.columns == 1)
    qtbot.waitUntil(lambda: boxes[1].y() > boxes[0].y())  # one under the other
    # Never wider than the view: no sideways scrolling needed.
    assert grid.width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    scroll.resize(3 * widest, 600)
    qtbot.waitUntil(lambda: grid.columns == 2)


def test_it_asks_only_for_one_box_of_width():
    boxes = [_box("wide " * 10), _box("x")]
    grid = ReflowGrid(boxes, 2)
    assert grid.minimumSizeHint().width() == max(b.minimumSizeHint().width() for b in boxes)
    assert grid.columns_for(10) == 1
