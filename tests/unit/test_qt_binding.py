"""The Qt binding itself: a defect there would crash a long-running app, whatever our code does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_a_signal_keeps_the_interpreter_reference_counts_intact(qapp):
    # PySide6 6.12.0 dropped a reference to True on every emit(); after some thousands of emits in a
    # running app (a reminder, a refresh), the interpreter aborts. The dependency pin excludes it.
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(1000):
        emitter.happened.emit(number)
    assert len(received) == 1000
    assert abs(sys.getrefcount(True) - before) < 10
