"""The desktop around the window: tray, native notifications, what closing does, and the Settings dialog.

Built once the window is on screen (or at once with `--background`), so none of it slows the first paint.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from cvi_companion.services.notifications import DesktopNotifications
    from cvi_companion.services.reminder_service import DueReminder, ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.storage.paths import AppPaths
    from cvi_companion.ui.main_window import MainWindow
    from cvi_companion.ui.reminder_window import ReminderWindow
    from cvi_companion.ui.tray import Tray

from cvi_companion.ui.shortcut_list import SETTINGS_KEYS

SETTINGS_SHORTCUT = SETTINGS_KEYS
# The same id as the installer's Start-menu shortcut (packaging/windows/cvi-companion.iss): Windows shows a
# process's toasts only when the two match.
WINDOWS_APP_ID = "CVICompanion.CVICompanion"


class Shell32(Protocol):
    """The one Windows shell call used here (faked in tests)."""

    def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:  # noqa: N802 (the Windows API's name)
        """Name the process; 0 (S_OK) on success."""
        ...


def _windows_shell32() -> Shell32 | None:
    import sys

    platform: str = sys.platform  # a plain str, so the type checker does not settle this for its own system
    if platform != "win32":
        return None
    import ctypes

    return cast(Shell32, getattr(ctypes, "windll").shell32)  # noqa: B009 (windll exists on Windows only)


def set_windows_app_id(shell32: Shell32 | None = None) -> bool:
    """On Windows, name the process like its shortcut so notifications are shown; elsewhere do nothing."""
    shell32 = shell32 or _windows_shell32()
    if shell32 is None:
        return False
    return shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID) == 0


@dataclass
class Desktop:
    """What was built, so the app can take it down before the services go."""

    tray: Tray | None = None
    notifier: DesktopNotifications | None = None

    def close(self) -> None:
        """Remove the tray icon (it would linger in some trays after exit)."""
        if self.tray is not None:
            self.tray.close()


def _remember(settings: SettingsService, **changes: object) -> None:
    from cvi_companion.storage.errors import StorageError

    # A remembered answer is a convenience: if it cannot be saved, the question simply comes again.
    with contextlib.suppress(StorageError):
        settings.save(replace(settings.settings, **changes))  # type: ignore[arg-type]


def install_desktop(
    app: QApplication,
    main: MainWindow,
    reminders: ReminderService,
    reminder_window: ReminderWindow,
    settings: SettingsService,
    bring_forward: Callable[[], None],
    quick_log: Callable[[], None],
) -> Desktop:
    """Tray (where there is one), notifications (if the person wants them), and the close policy."""
    from cvi_companion.services.notifications import DesktopNotifications
    from cvi_companion.ui.close_policy import CloseChoice, ClosePolicy
    from cvi_companion.ui.tray import Tray, tray_available

    desktop = Desktop()
    if tray_available():
        tray = Tray(reminders, main)
        tray.follow_reminder_window(reminder_window)
        tray.open_requested.connect(bring_forward)
        tray.log_requested.connect(quick_log)
        tray.quit_requested.connect(app.quit)
        tray.show()
        desktop.tray = tray
    desktop.notifier = DesktopNotifications.from_desktop(reminders, reminders)
    if desktop.notifier is not None:
        # One reminder, two places to answer it: an answer in either puts the other away.
        notifier = desktop.notifier
        notifier.answered.connect(reminder_window.withdraw)
        reminder_window.answered.connect(notifier.withdraw_if_showing)

    def notify(due: DueReminder) -> None:
        # Read each time: switching notifications off in Settings takes effect at once.
        if not settings.settings.notifications:
            return
        if desktop.notifier is not None:
            desktop.notifier.notify(due)
        elif desktop.tray is not None:
            desktop.tray.notify(due)

    reminders.due.connect(notify)
    stored = settings.settings
    main.set_close_policy(
        ClosePolicy(
            tray=desktop.tray,
            choice=CloseChoice(stored.close_choice),
            remember=lambda choice: _remember(settings, close_choice=choice.value),
            tray_hint_given=stored.tray_hint_given,
            hint_given=lambda: _remember(settings, tray_hint_given=True),
        )
    )
    return desktop


def offer_settings(main: MainWindow, settings: SettingsService, paths: AppPaths) -> None:
    """The Settings dialog from a footer button and Ctrl+, ."""
    from PySide6.QtGui import QKeySequence, QShortcut

    def open_dialog() -> None:
        from cvi_companion.storage.autostart import autostart_for_this_system
        from cvi_companion.ui.settings_dialog import open_settings_dialog

        open_settings_dialog(main, settings, paths, autostart_for_this_system())

    main.offer_settings_dialog(open_dialog)
    QShortcut(QKeySequence(SETTINGS_SHORTCUT), main, open_dialog)
