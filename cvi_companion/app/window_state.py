"""The window's size, place and open tab: restored at start, remembered when it closes."""

from __future__ import annotations

import base64
import binascii
import contextlib
from dataclasses import replace

from PySide6.QtCore import QByteArray, QEvent, QObject

from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.errors import StorageError
from cvi_companion.ui.main_window import MainWindow


def restore_window(window: MainWindow, settings: SettingsService) -> None:
    """Put the window where it was and open the tab that was open (before it is shown)."""
    current = settings.settings
    if current.window_geometry:
        try:
            geometry = base64.b64decode(current.window_geometry, validate=True)
        except (binascii.Error, ValueError):
            geometry = b""
        # restoreGeometry refuses data it does not understand and fits the window to today's screens.
        if geometry:
            window.restoreGeometry(QByteArray(geometry))
    if 0 < current.last_tab < window.tabs.count():
        window.tabs.setCurrentIndex(current.last_tab)


def remember_window(window: MainWindow, settings: SettingsService) -> None:
    """Save the window's geometry and tab in the settings, if they changed."""
    if settings.load_problems:
        # A settings file that could not be used is replaced only when the person changes a setting.
        return
    geometry = base64.b64encode(window.saveGeometry().data()).decode("ascii")
    current = settings.settings
    tab = window.tabs.currentIndex()
    if (geometry, tab) == (current.window_geometry, current.last_tab):
        return
    # A newer app's or a read-only settings file: the window's place is not worth a message.
    with contextlib.suppress(StorageError):
        settings.save(replace(current, window_geometry=geometry, last_tab=max(tab, 0)))


class WindowRememberer(QObject):
    """Remembers the window's state each time it is closed (the tray may keep the app running)."""

    def __init__(self, window: MainWindow, settings: SettingsService) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """On the window's Close event, save its state; the event goes on as usual."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            remember_window(self._window, self._settings)
        return False
