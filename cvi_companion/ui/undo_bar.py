"""A quiet bar under the log: what just happened, with Undo, for a few seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QEnterEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

HIDE_AFTER_MS = 10_000

Action = Callable[[], None]


class UndoBar(QFrame):
    """Shows one message at a time with an Undo button and an optional extra action.

    It hides itself HIDE_AFTER_MS after the last message, but not while the pointer rests on it or the
    keyboard focus is inside it, so a slow reader is not hurried. A newer message replaces an older one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._undo: Action | None = None
        self._extra: Action | None = None

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        self.undo_button.setShortcut("Ctrl+Z")
        self.undo_button.clicked.connect(self._on_undo)
        self.extra_button = QPushButton(self)
        self.extra_button.clicked.connect(self._on_extra)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.extra_button)
        layout.addWidget(self.close_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HIDE_AFTER_MS)
        self.timer.timeout.connect(self.dismiss)
        for button in (self.undo_button, self.extra_button, self.close_button):
            button.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, undo: Action | None = None, extra: tuple[str, Action] | None = None) -> None:
        """Show a message (replacing any earlier one); `undo` and `extra` run when their buttons are pressed."""
        self.message.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._extra = extra[1] if extra else None
        self.extra_button.setText(extra[0] if extra else "")
        self.extra_button.setVisible(extra is not None)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        """Hide the bar and forget its actions."""
        self.timer.stop()
        self._undo = None
        self._extra = None
        self.hide()

    def _on_undo(self) -> None:
        action = self._undo
        self.dismiss()
        if action is not None:
            action()

    def _on_extra(self) -> None:
        action = self._extra
        self.dismiss()
        if action is not None:
            action()

    # The countdown pauses while the person is looking at or working in the bar.
    def enterEvent(self, event: QEnterEvent) -> None:
        """The pointer is on the bar: hold the countdown."""
        self.timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """The pointer left: count down again unless the keyboard is in the bar."""
        self._resume(pointer_inside=False)
        super().leaveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold the countdown while one of the bar's buttons has the keyboard focus."""
        if event.type() == QEvent.Type.FocusIn:
            self.timer.stop()
        elif event.type() == QEvent.Type.FocusOut:
            self._resume(pointer_inside=self.underMouse())
        return super().eventFilter(watched, event)

    def _resume(self, *, pointer_inside: bool) -> None:
        focus_inside = any(b.hasFocus() for b in (self.undo_button, self.extra_button, self.close_button))
        if self.isVisible() and not focus_inside and not pointer_inside:
            self.timer.start()
