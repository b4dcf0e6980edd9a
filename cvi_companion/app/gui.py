"""The window's composition root: open storage, build the services and the window, run, shut down in order.

Qt is imported inside the functions, after the start time is taken, so `--exit-after-paint` reports the
time from here (before Qt loads) to the first painted frame.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from cvi_companion import DESKTOP_ID
from cvi_companion.app.crash_reporter import CrashReporter
from cvi_companion.app.instance import claim_primary, start_server, stop_server
from cvi_companion.app.qt_setup import load_qt
from cvi_companion.app.start_messages import (
    delete_everything,
    recover_damaged_log,
    show_settings_problems,
    start_problem,
)
from cvi_companion.domain.cramps import LAST_NIGHT_PRESET, is_night
from cvi_companion.services.clock import Clock
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.errors import DatabaseDamaged, StorageError
from cvi_companion.storage.local_zone import local_zone
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.settings_store import SettingsStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.resume_watcher import ResumeWatcher
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.services.single_instance import PrimaryServer

STARTED = time.perf_counter()
APP_NAME = "cvi-companion"
SCREENSHOT_SETTLE_MS = 300
BACKUP_DELAY_MS = 5000
SHUTDOWN_WAIT_MS = 5000


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    # Reused when one exists already (the tests' own); a process normally has none yet.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle("Fusion")
    else:
        # Fusion everywhere (our palettes are made for it), chosen as an argument: setStyle() would hand back a
        # QStyle, whose Python class alone costs the first frame about 10 ms (docs/performance.md).
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    # The desktop entry's id, so Wayland compositors match the window to its icon and name.
    app.setDesktopFileName(DESKTOP_ID)
    from cvi_companion.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    if sys.platform == "win32":
        from cvi_companion.app.desktop import set_windows_app_id

        set_windows_app_id()
    return app


def listen_to_the_session(reminders: ReminderService, watcher: ResumeWatcher) -> None:
    """Follow logind's sleep signal and the screen saver's lock over D-Bus (Linux; optional)."""
    from cvi_companion.services.session_events import SessionEvents

    events = SessionEvents.from_desktop(reminders)
    # Before sleep the watcher takes a fresh look, so the absence starts at the right moment; after, it
    # sees the gap at once instead of at its next half-minute look.
    events.sleeping.connect(lambda _going: watcher.check())
    events.screen_locked.connect(reminders.screen_locked)


def _daily_backup(db: Database, paths: AppPaths, clock: Clock) -> None:
    from cvi_companion.storage.backups import daily_backup

    try:
        daily_backup(db, paths.backups_dir, clock.now_utc(), clock.tz)
    except StorageError as error:
        # Not worth interrupting the person for; the "Your data" dialog can always make one by hand.
        sys.stderr.write(f"{APP_NAME}: no daily backup today: {error}\n")


def _after_first_paint(app: QApplication, args: argparse.Namespace, target: Callable[[], QWidget]) -> None:
    """The hidden benchmark and screenshot options act here, once the window has been painted."""
    from PySide6.QtCore import QTimer

    if args.exit_after_paint:
        if sys.stdout is not None:
            print(f"first-paint {time.perf_counter() - STARTED:.3f}", flush=True)
        QTimer.singleShot(0, lambda: app.exit(0))
        return
    if args.screenshot:

        def shoot() -> None:
            if not target().grab().save(args.screenshot):
                sys.stderr.write(f"{APP_NAME}: could not write the screenshot {args.screenshot}\n")
                app.exit(1)
                return
            app.exit(0)

        # A moment for the quick log (opened after the window) to be laid out and painted too.
        QTimer.singleShot(SCREENSHOT_SETTLE_MS, shoot)


def run_gui(args: argparse.Namespace) -> int:
    """Run the window until it is closed; storage problems at start give a message and status 1."""
    load_qt()
    from PySide6.QtGui import QFont

    from cvi_companion.app.translations import install_translations, remove_translations
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.ui.appearance import follow_settings
    from cvi_companion.ui.night_style import dim_application

    app = _application()
    palette_before = app.palette()
    font_before = QFont(app.font())
    try:
        paths = resolve_paths(args.data_dir)
        clock = Clock(tz=local_zone())
        # Settings first (reading them never fails): at night even a message about the log is dim.
        settings = SettingsService(SettingsStore(paths.settings_path))
        # Before any widget exists: every text is made in the chosen language from the start.
        install_translations(app, settings.settings.language)
        # Light or dark and the text size, now and after every save; the night palette below still wins.
        follow_settings(app, settings)
        night = settings.settings
        if is_night(clock.now().time(), night.night_starts, night.night_ends):
            # Before any window exists, so nothing is ever painted light at night.
            dim_application(app)
        try:
            paths.ensure()
            lock = claim_primary(paths, args)
        except StorageError as error:
            return start_problem(error)
        if lock is None:
            settings.deleteLater()
            return 0  # the running app took over this launch's wish
        try:
            status, deletion = _run_primary(app, args, paths, clock, settings)
        finally:
            settings.deleteLater()
            lock.unlock()
        if deletion:
            return delete_everything(paths, include_backups=deletion[0])
        return status
    finally:
        app.setPalette(palette_before)
        app.setFont(font_before)
        remove_translations(app)
        app.setQuitOnLastWindowClosed(True)  # the close policy turned it off while the window ran


def _run_primary(
    app: QApplication,
    args: argparse.Namespace,
    paths: AppPaths,
    clock: Clock,
    settings: SettingsService,
) -> tuple[int, list[bool]]:
    """As the primary (holding the lock): open the log, run the window, listen for later launches."""
    deletion: list[bool] = []
    try:
        db = open_database(paths.db_path, paths.backups_dir)
    except DatabaseDamaged as error:
        # Moved aside, never overwritten; the person restores the newest backup, starts afresh or quits.
        recovered = recover_damaged_log(paths, error)
        if recovered is None:
            return 1, deletion
        db = recovered
    except StorageError as error:
        return start_problem(error), deletion
    servers: list[PrimaryServer] = []
    try:
        return _run_window(app, args, paths, db, clock, settings, deletion, servers), deletion
    finally:
        stop_server(paths, servers[0] if servers else None)
        db.close()


class _Reminders:
    """The reminder service, built when first needed: by the Reminders tab, or just after the first paint.

    Its modules (the schedule, the history, the job timer) then cost the first frame nothing.
    """

    def __init__(self, settings: SettingsService, db: Database, clock: Clock) -> None:
        self._settings, self._db, self._clock = settings, db, clock
        self.built: ReminderService | None = None

    def __call__(self) -> ReminderService:
        if self.built is None:
            from cvi_companion.services.reminder_service import ReminderService
            from cvi_companion.storage.night_reports import NightReports
            from cvi_companion.storage.reminder_log import ReminderLog

            self.built = ReminderService(self._settings, ReminderLog(self._db), NightReports(self._db), self._clock)
        return self.built


def _run_window(
    app: QApplication,
    args: argparse.Namespace,
    paths: AppPaths,
    db: Database,
    clock: Clock,
    settings: SettingsService,
    deletion: list[bool],
    servers: list[PrimaryServer],
) -> int:
    """Build the window and services, run until closed.

    `deletion` receives the answer to "delete all"; `servers` the single-instance server, started after the
    first paint.
    """
    from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer

    from cvi_companion.app.desktop import Desktop, install_desktop, offer_settings
    from cvi_companion.app.window_state import WindowRememberer, remember_window, restore_window
    from cvi_companion.services.cramp_service import CrampService
    from cvi_companion.ui.appearance import Look
    from cvi_companion.ui.main_window import MainWindow
    from cvi_companion.ui.night_style import NightFollower

    reporter = CrashReporter(paths)
    reporter.install()
    service = CrampService(CrampRepository(db), clock, settings)
    reminder_service = _Reminders(settings, db, clock)
    watchers: list[ResumeWatcher] = []

    def on_state(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            service.check_external_changes()
            # Someone is using the app, so they are back, even if no screen saver said "unlocked".
            if reminder_service.built is not None:
                reminder_service.built.back_at_screen()

    app.applicationStateChanged.connect(on_state)
    # By day the chosen light or dark look; the Look hands the follower a new one when Settings change.
    follower = NightFollower(app, service.is_night_now, Look.of(app).day_palette_in_force())
    window: MainWindow | None = None
    reminder_windows: list[QWidget] = []
    desktops: list[Desktop] = []
    try:
        window = MainWindow(service, reminder_service, settings, database=db)
        reporter.parent = window
        main = window

        def log_from_check_in() -> None:
            main.showNormal()
            main.activateWindow()
            main.open_quick_log(at=LAST_NIGHT_PRESET)

        def open_guide(guide_id: str) -> None:
            main.showNormal()
            main.activateWindow()
            main.open_guide(guide_id)

        def open_data_dialog() -> None:
            from cvi_companion.ui.data_dialog import DataDialog

            dialog = DataDialog(db, paths, settings, clock, main)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # An import or a restore wrote through other paths than the services: every view reads again.
            dialog.data_changed.connect(service.changed.emit)

            def delete_all_asked(include_backups: bool) -> None:
                deletion.append(include_backups)
                app.quit()

            dialog.delete_all_requested.connect(delete_all_asked)
            dialog.open()

        def open_shortcuts() -> None:
            from cvi_companion.ui.shortcut_list import rows as shortcut_rows
            from cvi_companion.ui.shortcuts_dialog import open_shortcuts_dialog

            open_shortcuts_dialog(main, shortcut_rows())

        window.offer_data_dialog(open_data_dialog)
        window.offer_shortcuts(open_shortcuts)
        offer_settings(window, settings, paths)

        def bring_forward() -> None:
            # A minimised or hidden (--background) window comes back; the desktop may only flash it.
            if main.isMinimized() or not main.isVisible():
                main.showNormal()
            main.raise_()
            main.activateWindow()

        def quick_log_asked() -> None:
            bring_forward()
            main.open_quick_log()

        def listen_for_launches() -> None:
            # After the first paint: a later launch meanwhile finds the lock taken and retries its
            # connection for a few seconds (services/single_instance.py, HAND_OVER_MS).
            server = start_server(paths)
            if server is None:
                return
            servers.append(server)
            server.raise_requested.connect(bring_forward)
            server.quick_log_requested.connect(quick_log_asked)
            # The terminal command wrote an entry: show it now, not at the next 10-second look.
            server.refresh_requested.connect(service.check_external_changes)

        def start_reminders() -> None:
            # Built and started only once the main window is on screen: start-up stays fast.
            from cvi_companion.services.resume_watcher import ResumeWatcher
            from cvi_companion.ui.reminder_window import ReminderWindow

            reminders = reminder_service()
            watcher = ResumeWatcher()
            watchers.append(watcher)
            watcher.resumed.connect(reminders.on_resumed)
            watcher.clock_changed.connect(reminders.rebuild)
            reminder_window = ReminderWindow(reminders, is_night=service.is_night_now)
            reminders.due.connect(reminder_window.show_reminder)
            reminder_window.log_cramp_requested.connect(log_from_check_in)
            reminder_window.why_requested.connect(open_guide)
            reminder_windows.append(reminder_window)
            desktops.append(
                install_desktop(app, main, reminders, reminder_window, settings, bring_forward, quick_log_asked)
            )
            reminders.start()
            if sys.platform.startswith("linux"):
                listen_to_the_session(reminders, watcher)

        shown: list[QWidget] = [window]
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: _after_first_paint(app, args, lambda: shown[-1]))
        )

        def after_start() -> None:
            listen_for_launches()
            QTimer.singleShot(0, service, start_reminders)
            # Well after the first paint: a backup of a big log must not slow the start.
            QTimer.singleShot(BACKUP_DELAY_MS, service, lambda: _daily_backup(db, paths, clock))

        restore_window(window, settings)
        WindowRememberer(window, settings)
        background = args.background and not args.quick_log
        if background:
            # Started at login: reminders run, the window waits to be asked for (a second launch, the tray).
            QTimer.singleShot(0, after_start)
        else:
            # One turn later: `first_painted` comes from the main window's own paint, before its children are
            # painted, and the frame should reach the screen before the server and the reminders are set up.
            window.first_painted.connect(lambda: QTimer.singleShot(0, service, after_start))
            window.show()
        if args.quick_log:
            shown.append(window.open_quick_log())
        if settings.load_problems:
            # When the window is first on screen: started in the background, nobody is there to read it yet.
            window.first_painted.connect(
                lambda: QTimer.singleShot(0, lambda: show_settings_problems(shown[0], settings.load_problems)),
                Qt.ConnectionType.SingleShotConnection,
            )
        status = app.exec()
        if window.isVisible():
            # Quit with the window open (logging out, "delete all"): no Close event came, so save here.
            remember_window(window, settings)
        return status
    except StorageError as error:
        return start_problem(error)
    finally:
        # No reminder fires once we are shutting down; windows and services go before the database closes.
        for desktop in desktops:
            desktop.close()
        reminders = reminder_service.built
        if reminders is not None:
            reminders.shutdown()
        app.applicationStateChanged.disconnect(on_state)
        for reminder_window in reminder_windows:
            reminder_window.deleteLater()
        if window is not None:
            window.deleteLater()
        for watcher in watchers:
            watcher.deleteLater()
        if reminders is not None:
            reminders.deleteLater()
        service.deleteLater()
        follower.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # An export or a long insights range may still run on a pool thread (each on its own connection,
        # told to stop when its view closed): let it finish before the database and Python go.
        QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
        reporter.uninstall()
