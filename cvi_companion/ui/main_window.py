"""The main window: tabs (the cramp log and the reminders) and a footer that says where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from cvi_companion.services.cramp_service import CrampService
from cvi_companion.ui.cramp_log_tab import LOG_SHORTCUT, CrampLogTab
from cvi_companion.ui.reminders_tab import RemindersTab

if TYPE_CHECKING:
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.ui.quick_log_dialog import QuickLogDialog


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
        self.reminders_tab: RemindersTab | None = None
        if reminders is not None and settings is not None:
            self.reminders_tab = RemindersTab(reminders, settings, self.tabs)
            self.tabs.addTab(self.reminders_tab, self.tr("Reminders"))

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
        self.log_action.triggered.connect(self.open_quick_log)
        self.addAction(self.log_action)

        self.resize(1120, 680)

    def open_quick_log(self) -> QuickLogDialog:
        """Show the cramp log and open the quick log over it."""
        self.tabs.setCurrentWidget(self.log_tab)
        return self.log_tab.open_quick_log()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as usual; the first time, say so."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Receivers must not paint synchronously here; the app defers its screenshot by one turn.
            self.first_painted.emit()
