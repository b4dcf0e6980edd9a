"""The baseline: a bare PySide6 main window with tabs, nothing else.

Prints `first-paint` when the window has painted once; exits then unless --stay is given.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class FirstPaint(QObject):
    """Prints `first-paint` at the watched window's first paint event, then quits unless told to stay."""

    def __init__(self, stay: bool) -> None:
        super().__init__()
        self.stay = stay
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("first-paint", flush=True)
            if not self.stay:
                QTimer.singleShot(0, QApplication.quit)
        return False


def run_until_first_paint(app: QApplication, window: QMainWindow) -> int:
    """Show `window` at the benchmarks' size and run until its first paint (for good with --stay)."""
    watcher = FirstPaint("--stay" in sys.argv)
    window.installEventFilter(watcher)
    window.resize(900, 600)
    window.show()
    return app.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("One", "Two", "Three"):
        tabs.addTab(QLabel(f"Tab {name}"), name)
    window.setCentralWidget(tabs)
    return run_until_first_paint(app, window)


if __name__ == "__main__":
    sys.exit(main())
