"""The main window: tabs (the cramp log and the reminders) and a footer that says where the data lives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from cvi_companion.services.cramp_service import CrampService
from cvi_companion.ui.cramp_log_tab import LOG_SHORTCUT, CrampLogTab

if TYPE_CHECKING:
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.ui.quick_log_dialog import QuickLogDialog
    from cvi_companion.ui.reminders_tab import RemindersTab


class LazyTab(QWidget):
    """A tab whose content is built the first time it is shown, just before it is painted.

    Start-up then builds and paints only the first tab (the Reminders tab alone cost ~0.2 s at start).
    """

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._content is None:
            self._content = self._build(self)
            self._layout.addWidget(self._content)
            # Added during showEvent, after Qt has shown the existing children: show it too.
            self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        """Build the content before the tab is first painted."""
        self.content()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """Tabs plus a short reassurance footer. `first_painted` fires once, from the first paint."""

    first_painted = Signal()

    def __init__(
        self,
        service: CrampService,
        reminders: ReminderService | None = None,
        settings: SettingsService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._painted = False
        self.setWindowTitle(self.tr("CVI Companion"))
        self.setObjectName("mainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.log_tab = CrampLogTab(service, self.tabs)
        self.tabs.addTab(self.log_tab, self.tr("Cramp log"))
        self._reminders_holder: LazyTab | None = None
        if reminders is not None and settings is not None:

            def build_reminders(parent: QWidget) -> QWidget:
                from cvi_companion.ui.reminders_tab import RemindersTab

                return RemindersTab(reminders, settings, parent)

            self._reminders_holder = LazyTab(build_reminders, self.tabs)
            self.tabs.addTab(self._reminders_holder, self.tr("Reminders"))

        self.footer = QLabel(
            self.tr(
                "Your data stays on this computer. This app does not replace a clinician; "
                "for urgent help call your local emergency number."
            ),
            self,
        )
        self.footer.setObjectName("footer")
        self.footer.setWordWrap(True)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.footer.setContentsMargins(10, 2, 10, 6)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.footer)
        self.setCentralWidget(central)

        # Owned by the window, not the tab, so Ctrl+L works whichever tab is showing.
        self.log_action = QAction(self.tr("Log a cramp"), self)
        self.log_action.setShortcut(QKeySequence(LOG_SHORTCUT))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(lambda: self.open_quick_log())
        self.addAction(self.log_action)

        self.resize(1120, 680)

    @property
    def reminders_tab(self) -> RemindersTab | None:
        """The Reminders tab (built on first use), or None when the window has no reminders."""
        if self._reminders_holder is None:
            return None
        return self._reminders_holder.content()  # type: ignore[return-value]

    def open_quick_log(self, at: time | None = None) -> QuickLogDialog:
        """Show the cramp log and open the quick log over it (at `at`, the most recent such time, if given)."""
        self.tabs.setCurrentWidget(self.log_tab)
        return self.log_tab.open_quick_log(at)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as usual; the first time, say so."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Receivers must not paint synchronously here; the app defers its screenshot by one turn.
            self.first_painted.emit()
