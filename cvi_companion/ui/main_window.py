"""The main window: tabs (the cramp log, reminders, insights, guides) and a footer with the way to urgent help."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cvi_companion.domain.reminders import ReminderKind
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.ui.close_policy import CloseAction, ClosePolicy
from cvi_companion.ui.cramp_log_tab import LOG_SHORTCUT, CrampLogTab
from cvi_companion.ui.fit import SplitRow, WrappingLabel, capped
from cvi_companion.ui.icons import warning_icon
from cvi_companion.ui.shortcut_list import (
    HELP_KEYS,
    NEXT_TAB_KEYS,
    PREVIOUS_TAB_KEYS,
    REPORT_KEYS,
    SEARCH_KEYS,
    TAB_KEYS,
)

REPORT_SHORTCUT = REPORT_KEYS

if TYPE_CHECKING:
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.storage.db import Database
    from cvi_companion.ui.guides_tab import GuidesTab
    from cvi_companion.ui.insights_tab import InsightsTab
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
    """Tabs plus a short reassurance footer. `first_painted` fires once, from the first paint.

    `reminders` is the reminder service, or a function returning it (called when the Reminders tab is built).

    The Insights tab (and the clinician report) needs `database`, read on the GUI thread and, for long
    ranges, through read-only connections of the tab's own. `shortcuts_requested` fires on F1, for the
    list of keyboard shortcuts (see `offer_shortcuts`).
    """

    first_painted = Signal()
    shortcuts_requested = Signal()

    def __init__(
        self,
        service: CrampService,
        reminders: ReminderService | Callable[[], ReminderService] | None = None,
        settings: SettingsService | None = None,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
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
            source = reminders

            def build_reminders(parent: QWidget) -> QWidget:
                from cvi_companion.ui.reminders_tab import RemindersTab

                # The app hands over a function that builds the service when first needed (app/gui.py).
                service = source() if callable(source) else source
                return RemindersTab(service, settings, parent)

            self._reminders_holder = LazyTab(build_reminders, self.tabs)
            self.tabs.addTab(self._reminders_holder, self.tr("Reminders"))
        self._insights_holder: LazyTab | None = None
        if database is not None:
            db = database

            def build_insights(parent: QWidget) -> QWidget:
                from cvi_companion.ui.insights_sections import InsightsSource
                from cvi_companion.ui.insights_tab import InsightsTab

                tab = InsightsTab(InsightsSource(db, service.clock, settings), parent=parent)
                tab.reminder_settings_requested.connect(self.show_reminder_settings)
                service.changed.connect(tab.mark_stale)
                return tab

            self._insights_holder = LazyTab(build_insights, self.tabs)
            self.tabs.addTab(self._insights_holder, self.tr("Insights"))

        def build_guides(parent: QWidget) -> QWidget:
            from cvi_companion.ui.guides_tab import GuidesTab

            tab = GuidesTab(settings, parent=parent)
            tab.quick_log_requested.connect(self._open_quick_log_now)
            tab.reminder_settings_requested.connect(self.show_reminder_settings)
            return tab

        # Built when first shown: reading the guide files costs nothing at start.
        self._guides_holder = LazyTab(build_guides, self.tabs)
        self.tabs.addTab(self._guides_holder, self.tr("Guides"))

        self.footer = WrappingLabel(
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
        self.footer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # One click (or Alt+F) from anywhere in the window to the signs that need help now.
        self.red_flags_button = QPushButton(self.tr("Red &flags: get help now"), self)
        self.red_flags_button.setObjectName("redFlagsButton")
        self.red_flags_button.setAccessibleName(self.tr("Red flags: get help now"))
        self.red_flags_button.setToolTip(self.tr("Signs that need an ambulance now, a doctor today or a check soon"))
        self.red_flags_button.setIcon(warning_icon())
        self.red_flags_button.clicked.connect(self.show_red_flags)
        # Alt+Y: the tabs use D (Delete, Save as PDF).
        self.data_button = QPushButton(self.tr("&Your data…"), self)
        self.data_button.setObjectName("dataButton")
        self.data_button.setAccessibleName(self.tr("Your data: export, import, backups, delete"))
        self.data_button.hide()  # shown once the app connects it (see offer_data_dialog)
        self.settings_button = QPushButton(self.tr("Settin&gs…"), self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.hide()
        # On a narrow window (large text, a small screen) the buttons go on a line of their own below the text.
        footer_line = SplitRow(
            self.footer, [self.settings_button, self.data_button, self.red_flags_button], self, lead_chars=40
        )
        footer_line.setObjectName("footerLine")
        footer_line.setContentsMargins(0, 0, 10, 4)
        # Tab reaches the footer's buttons left to right, as they read (they were made in another order).
        QWidget.setTabOrder(self.settings_button, self.data_button)
        QWidget.setTabOrder(self.data_button, self.red_flags_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(footer_line)
        self.setCentralWidget(central)

        # Owned by the window, not the tab, so Ctrl+L works whichever tab is showing.
        self.log_action = QAction(self.tr("Log a cramp"), self)
        self.log_action.setShortcut(QKeySequence(LOG_SHORTCUT))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(self._open_quick_log_now)
        self.addAction(self.log_action)
        # No menu bar: the report is reached by its button on the Insights tab or this window-wide shortcut.
        self.report_action = QAction(self.tr("Report for my clinician…"), self)
        self.report_action.setShortcut(QKeySequence(REPORT_SHORTCUT))
        self.report_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.report_action.setEnabled(self._insights_holder is not None)
        self.report_action.triggered.connect(self.open_report)
        self.addAction(self.report_action)
        self._add_keyboard_actions()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()

        # No larger than the screen: on a 1024x600 screen the footer and its buttons stay in view.
        self.resize(capped(QSize(1120, 680), self))

    def _window_action(self, name: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(name, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _add_keyboard_actions(self) -> None:
        # Window-wide, so they work whichever tab or field has the keyboard.
        self.next_tab_action = self._window_action(self.tr("Next tab"), list(NEXT_TAB_KEYS), self.next_tab)
        # Ctrl+Shift+Tab arrives as Backtab on most systems.
        previous = [*PREVIOUS_TAB_KEYS, "Ctrl+Shift+Backtab"]
        self.previous_tab_action = self._window_action(self.tr("Previous tab"), previous, self.previous_tab)
        self.tab_actions = [
            self._window_action(
                self.tr("Go to tab {number}").format(number=number), [keys], partial(self.go_to_tab, number - 1)
            )
            for number, keys in enumerate(TAB_KEYS, start=1)
        ]
        # The Guides tab has its own Ctrl+F while it shows; this one brings it forward from the other tabs.
        self.search_action = self._window_action(self.tr("Search the guides"), [SEARCH_KEYS], self.search_guides)
        self.shortcuts_action = self._window_action(
            self.tr("Keyboard shortcuts"), [HELP_KEYS], self.shortcuts_requested.emit
        )
        self._add_help_button()

    def _add_help_button(self) -> None:
        # Beside the tabs, where it takes no room from a screen: the shortcuts list (also F1) and About.
        self.help_button = QToolButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setText(self.tr("Help"))
        self.help_button.setAccessibleName(self.tr("Help: keyboard shortcuts and about this app"))
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_button.setAutoRaise(True)
        menu = QMenu(self.help_button)
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        menu.addAction(self.shortcuts_action)
        self.about_action = menu.addAction(self.tr("&About CVI Companion"))
        self.about_action.triggered.connect(lambda _checked=False: self.show_about())
        self.help_button.setMenu(menu)
        corner = QWidget(self.tabs)
        line = QHBoxLayout(corner)
        line.setContentsMargins(0, 0, 8, 3)  # off the window's edge and the tab pane's top line
        line.addWidget(self.help_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def show_about(self) -> None:
        """The About box over this window."""
        from cvi_companion.ui.about_dialog import show_about

        show_about(self)

    def _tab_changed(self, _index: int = -1) -> None:
        # Two enabled Ctrl+F in one window would be ambiguous, and neither would work.
        self.search_action.setEnabled(self.tabs.currentWidget() is not self._guides_holder)

    def next_tab(self) -> None:
        """Show the tab to the right (after the last, the first)."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def previous_tab(self) -> None:
        """Show the tab to the left (before the first, the last)."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    def go_to_tab(self, index: int) -> bool:
        """Show a tab by its place (0 = the first); False if there is no such tab."""
        if not 0 <= index < self.tabs.count():
            return False
        self.tabs.setCurrentIndex(index)
        return True

    def search_guides(self) -> None:
        """Show the Guides tab with the keyboard in its search field."""
        self.tabs.setCurrentWidget(self._guides_holder)
        self.guides_tab.focus_search()

    def offer_shortcuts(self, show_list: Callable[[], object]) -> None:
        """What F1 opens: the list of keyboard shortcuts (the app builds the dialog)."""
        self.shortcuts_requested.connect(show_list)

    @property
    def reminders_tab(self) -> RemindersTab | None:
        """The Reminders tab (built on first use), or None when the window has no reminders."""
        if self._reminders_holder is None:
            return None
        return self._reminders_holder.content()  # type: ignore[return-value]

    @property
    def insights_tab(self) -> InsightsTab | None:
        """The Insights tab (built on first use), or None when the window has no database to read."""
        if self._insights_holder is None:
            return None
        return self._insights_holder.content()  # type: ignore[return-value]

    def open_report(self) -> None:
        """Show the Insights tab and ask for the clinician report."""
        holder, tab = self._insights_holder, self.insights_tab
        if holder is None or tab is None:
            return
        self.tabs.setCurrentWidget(holder)
        tab.open_report_dialog()

    @property
    def guides_tab(self) -> GuidesTab:
        """The Guides tab (built on first use)."""
        return self._guides_holder.content()  # type: ignore[return-value]

    def open_guide(self, guide_id: str) -> bool:
        """Show the Guides tab with a guide (by id, e.g. "leg-elevation"); False if there is no such guide."""
        self.tabs.setCurrentWidget(self._guides_holder)
        return self.guides_tab.open_guide(guide_id)

    def show_red_flags(self) -> bool:
        """Show the red flags guide: signs that need help now."""
        self.tabs.setCurrentWidget(self._guides_holder)
        return self.guides_tab.show_red_flags()

    def show_reminder_settings(self, kind: str) -> None:
        """Show the Reminders tab scrolled to one kind's settings, with the keyboard there."""
        holder, tab = self._reminders_holder, self.reminders_tab
        if holder is None or tab is None or kind not in {k.value for k in ReminderKind}:
            return
        self.tabs.setCurrentWidget(holder)
        box = tab.boxes.get(ReminderKind(kind))
        if box is None:
            return
        parent = box.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(box)
        # The box's first control: its on/off switch.
        box.enabled.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_quick_log_now(self) -> None:
        self.open_quick_log()

    def open_quick_log(self, at: time | None = None) -> QuickLogDialog:
        """Show the cramp log and open the quick log over it (at `at`, the most recent such time, if given)."""
        self.tabs.setCurrentWidget(self.log_tab)
        return self.log_tab.open_quick_log(at)

    def set_close_policy(self, policy: ClosePolicy) -> None:
        """What closing the window does from now on (hide to the tray, keep running, or quit)."""
        self._close_policy = policy
        # Hidden is not closed: the app keeps running until the policy says quit (or the tray's Quit).
        QApplication.setQuitOnLastWindowClosed(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask the close policy when the person closes the window; quitting the app closes it as usual."""
        policy = getattr(self, "_close_policy", None)
        if policy is not None and event.spontaneous():
            action = policy.decide(self)
            if action is not CloseAction.QUIT:
                event.ignore()
                if action is CloseAction.HIDE:
                    self.hide()
                return
            super().closeEvent(event)
            QApplication.quit()
            return
        super().closeEvent(event)

    def offer_settings_dialog(self, open_dialog: Callable[[], object]) -> None:
        """Show the Settings button; the app builds the dialog."""
        self.settings_button.clicked.connect(lambda _checked=False: open_dialog())
        self.settings_button.show()

    def offer_data_dialog(self, open_dialog: Callable[[], object]) -> None:
        """Show the "Your data" button; the app builds the dialog, since it owns the files."""
        self.data_button.clicked.connect(lambda _checked=False: open_dialog())
        self.data_button.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as usual; the first time, say so."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Receivers must not paint synchronously here; the app defers its screenshot by one turn.
            self.first_painted.emit()
