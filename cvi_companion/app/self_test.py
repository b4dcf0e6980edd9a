"""A self-test of an installed app or desktop bundle: start the real window on a throwaway data folder.

`run_self_test` builds the window the way the app does (storage, services, MainWindow, the reminder window),
then opens every tab, reads guides and their pictures, shows a reminder and answers it, writes a cramp and
reads it back and works out four weeks of insights. It prints one line per check and returns 0, or 1 with
the name of the check that failed. The person's own data folder is never opened: without `data_dir` a
temporary folder is made and removed afterwards.

It runs on whatever Qt platform is in force: `QT_QPA_PLATFORM=offscreen` for CI, the real display otherwise
(which also proves that the bundle's platform plugin loads).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from cvi_companion.services.clock import Clock
from cvi_companion.storage.local_zone import local_zone
from cvi_companion.storage.paths import resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cvi_companion.services.cramp_service import CrampService
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.storage.db import Database
    from cvi_companion.ui.main_window import MainWindow

PREFIX = "self-test"
WAIT_S = 20.0
ENTRY_NOTE = "written by the self-test"


class CheckFailed(Exception):
    """A check found something wrong (the message says what)."""


@dataclass
class _Run:
    """What the checks share: the running app, built by the first check."""

    data_dir: Path
    clock: Clock = field(default_factory=lambda: Clock(tz=local_zone()))
    db: Database | None = None
    settings: SettingsService | None = None
    service: CrampService | None = None
    reminders: ReminderService | None = None
    window: MainWindow | None = None
    reminder_window: QWidget | None = None
    painted: bool = False
    language: str = "en"
    slot_errors: list[str] = field(default_factory=list)

    def need_window(self) -> MainWindow:
        if self.window is None:
            raise CheckFailed("the window was not started")
        return self.window


def _say(line: str) -> None:
    # A windowed Windows build has no standard output at all.
    if sys.stdout is not None:
        print(line, flush=True)


def _application() -> str:
    """Make the application (unless one exists, as in the tests); the language it speaks."""
    from PySide6.QtWidgets import QApplication

    from cvi_companion.app.translations import install_translations

    if isinstance(QApplication.instance(), QApplication):
        return "en"
    app = QApplication([sys.argv[0] if sys.argv else "cvi-companion"])
    app.setApplicationName("cvi-companion")
    app.setStyle("Fusion")
    # Like the app: the desktop's language, so the checks see what a person there sees.
    return install_translations(app, "")


def wait_until(condition: Callable[[], bool], timeout_s: float = WAIT_S) -> bool:
    """Run the event loop until `condition()` holds; False after `timeout_s`."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


# -- the checks, in order --------------------------------------------------------------------------------


def check_start(run: _Run) -> str:
    """Open storage in the throwaway folder, build the services and the window, wait for its first paint."""
    from cvi_companion.services.cramp_service import CrampService
    from cvi_companion.services.reminder_service import ReminderService
    from cvi_companion.services.settings_service import SettingsService
    from cvi_companion.storage.cramp_repository import CrampRepository
    from cvi_companion.storage.db import open_database
    from cvi_companion.storage.night_reports import NightReports
    from cvi_companion.storage.reminder_log import ReminderLog
    from cvi_companion.storage.settings_store import SettingsStore
    from cvi_companion.ui.main_window import MainWindow

    paths = resolve_paths(run.data_dir, env={})
    paths.ensure()
    run.db = open_database(paths.db_path, paths.backups_dir)
    run.settings = SettingsService(SettingsStore(paths.settings_path))
    run.service = CrampService(CrampRepository(run.db), run.clock, run.settings)
    run.reminders = ReminderService(run.settings, ReminderLog(run.db), NightReports(run.db), run.clock)
    window = MainWindow(run.service, run.reminders, run.settings, database=run.db)
    run.window = window

    def painted() -> None:
        run.painted = True

    window.first_painted.connect(painted)
    window.show()
    if not wait_until(lambda: run.painted):
        raise CheckFailed(f"the window was not painted within {WAIT_S:.0f} s")
    run.reminders.start()
    return f"window painted, data in {run.data_dir}"


def check_app_icon(_run: _Run) -> str:
    """The app's icon (an SVG resource) is there and draws."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from cvi_companion.storage import assets

    renderer = QSvgRenderer(QByteArray(assets.read_bytes(assets.APP_ICON)))
    if not renderer.isValid():
        raise CheckFailed(f"{assets.APP_ICON} is not a valid SVG")
    return f"resources at {assets.root()}"


def check_translations(run: _Run) -> str:
    """Every shipped catalogue is there, compiled, and translates; the app speaks the desktop's language."""
    from PySide6.QtCore import QTranslator

    from cvi_companion.storage.translation_files import available_languages, catalogue_path

    languages = available_languages()
    if len(languages) < 2:
        raise CheckFailed(f"only {languages} available: the compiled catalogues (.qm) are missing")
    for language in languages[1:]:
        path = catalogue_path(language)
        translator = QTranslator()
        if path is None or not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailed(f"the {language} catalogue does not load ({path})")
    return f"{', '.join(languages)}; in use: {run.language}"


def check_tabs(run: _Run) -> str:
    """Show every tab in turn; each must build its content and be painted without an error."""
    window = run.need_window()
    names = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        if page is None or not wait_until(page.isVisible):
            raise CheckFailed(f"the tab {window.tabs.tabText(index)!r} was not shown")
        # One more turn of the loop so a tab's deferred work (the insights' first numbers) runs too.
        wait_until(lambda: False, 0.05)
        if page.grab().isNull():
            raise CheckFailed(f"the tab {window.tabs.tabText(index)!r} could not be drawn")
        names.append(window.tabs.tabText(index).replace("&", ""))
    from PySide6.QtCore import QCoreApplication

    # In the language in use: the main window's own tab names, looked up the way it looks them up.
    expected = {QCoreApplication.translate("MainWindow", n) for n in ("Cramp log", "Reminders", "Insights", "Guides")}
    if not expected <= set(names):
        raise CheckFailed(f"tabs {sorted(expected - set(names))} are missing (found {names})")
    window.tabs.setCurrentIndex(0)
    return ", ".join(names)


def _image_names(document: object) -> list[str]:
    from PySide6.QtGui import QTextDocument

    assert isinstance(document, QTextDocument)
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def _loaded_images(document: object) -> tuple[int, list[str]]:
    """How many pictures a guide's document shows, and the names of those that did not load."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    assert isinstance(document, QTextDocument)
    names = _image_names(document)
    broken = []
    for name in names:
        image = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        if not isinstance(image, QImage) or image.isNull():
            broken.append(name)
    return len(names), broken


def check_red_flags(run: _Run) -> str:
    """The red flags guide opens from the footer button's action, with its pictures (if any)."""
    window = run.need_window()
    if not window.show_red_flags():
        raise CheckFailed("the red flags guide is missing")
    tab = window.guides_tab
    text = tab.view.toPlainText()
    if tab.current_id != "red-flags":
        raise CheckFailed(f"the red flags guide did not show (showing {tab.current_id!r})")
    from cvi_companion.domain.guides import emergency_phrase
    from cvi_companion.ui.locale_text import emergency_text, system_territory

    # Who to call, as the page says it: in the person's language, or in English on an English page.
    if emergency_text() not in text and emergency_phrase(system_territory()) not in text:
        raise CheckFailed("the red flags guide does not say whom to call in an emergency")
    count, broken = _loaded_images(tab.view.document())
    if broken:
        raise CheckFailed(f"pictures that did not load: {broken}")
    return f"{len(text)} characters, {count} pictures"


def check_guide_pictures(run: _Run) -> str:
    """Every guide opens and every picture in them loads (SVG through QtSvg, from the bundled resources)."""
    tab = run.need_window().guides_tab
    guides = tab.library.guides
    if tab.library.problems:
        raise CheckFailed(f"guides that could not be read: {[str(p) for p in tab.library.problems]}")
    pictures = 0
    for guide in guides:
        if not tab.open_guide(guide.id):
            raise CheckFailed(f"the guide {guide.id!r} did not open")
        count, broken = _loaded_images(tab.view.document())
        if broken:
            raise CheckFailed(f"pictures in {guide.id!r} that did not load: {broken}")
        pictures += count
    if pictures == 0:
        raise CheckFailed("no guide showed any picture")
    return f"{len(guides)} guides, {pictures} pictures"


def check_reminder_window(run: _Run) -> str:
    """The reminder window shows a reminder; Done records it in the log."""
    from cvi_companion.domain.reminder_history import Outcome
    from cvi_companion.domain.reminder_schedule import Occurrence
    from cvi_companion.domain.reminders import ReminderKind
    from cvi_companion.services.reminder_service import DueReminder
    from cvi_companion.storage.reminder_log import ReminderLog
    from cvi_companion.ui.formatting import kind_text
    from cvi_companion.ui.reminder_window import ReminderWindow

    if run.reminders is None or run.service is None or run.db is None:
        raise CheckFailed("the services were not started")
    reminder_window = ReminderWindow(run.reminders, is_night=run.service.is_night_now)
    run.reminder_window = reminder_window
    now = run.clock.now().replace(second=0, microsecond=0)
    kind = ReminderKind.ELEVATION
    occurrence = Occurrence(now.astimezone(UTC), kind, f"self-test-{now:%Y-%m-%dT%H:%M}", now)
    reminder_window.show_reminder(DueReminder(occurrence))
    if not wait_until(reminder_window.isVisible):
        raise CheckFailed("the reminder window did not appear")
    # The title in the interface's language (the self-test runs in whatever language the app starts in).
    if reminder_window.title.text() != kind_text(kind):
        raise CheckFailed(f"the reminder window shows {reminder_window.title.text()!r}")
    if reminder_window.grab().isNull():
        raise CheckFailed("the reminder window could not be drawn")
    reminder_window.done_button.click()
    record = ReminderLog(run.db).get(kind, occurrence.slot)
    if record is None or record.outcome is not Outcome.DONE:
        raise CheckFailed(f"Done was not recorded (found {record})")
    return f"{kind_text(kind)!r} shown and answered"


def check_write_and_read(run: _Run) -> str:
    """Log a cramp through the service, read it back, and see it in the log's table."""
    from cvi_companion.domain.cramps import Side

    service, window = run.service, run.need_window()
    if service is None:
        raise CheckFailed("the services were not started")
    night = service.last_night()
    started = datetime.combine(night + timedelta(days=1), clock_time(2, 30), run.clock.tz)
    entry = service.log(started_at=started, side=Side.LEFT, intensity=6, note=ENTRY_NOTE)
    back = service.get(entry.id)
    if back is None:
        raise CheckFailed("the new entry could not be read back")
    if (back.started_at, back.side, back.intensity, back.note) != (started, Side.LEFT, 6, ENTRY_NOTE):
        raise CheckFailed(f"the entry read back differs: {back}")
    model = window.log_tab.model
    if not wait_until(lambda: model.rowCount() >= 1):
        raise CheckFailed("the log's table does not show the new entry")
    return f"entry {entry.id} at {started:%Y-%m-%d %H:%M}"


def check_insights(run: _Run) -> str:
    """Work out the insights for the last four weeks on the Insights tab; the new cramp counts."""
    from cvi_companion.domain.insights import Period

    window = run.need_window()
    tab = window.insights_tab
    if tab is None:
        raise CheckFailed("the window has no Insights tab")
    holder = tab.parentWidget()
    if holder is None:
        raise CheckFailed("the Insights tab is not in the window")
    window.tabs.setCurrentWidget(holder)
    computed: list[bool] = []
    tab.computed.connect(lambda: computed.append(True))
    tab.set_period(Period.LAST_4_WEEKS)
    tab.refresh()
    if not wait_until(lambda: bool(computed)):
        raise CheckFailed("no numbers came within the time")
    insights = tab.insights
    if insights is None:
        raise CheckFailed("the tab has no numbers after computing them")
    days = (insights.range.last - insights.range.first).days + 1
    if days != 28:
        raise CheckFailed(f"the range covers {days} nights, not 28")
    if insights.sides.total < 1:
        raise CheckFailed("the cramp written before is not counted")
    return f"{days} nights, {insights.sides.total} cramp(s), {len(insights.weeks)} weeks"


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("start", check_start),
    ("app-icon", check_app_icon),
    ("translations", check_translations),
    ("tabs", check_tabs),
    ("red-flags-guide", check_red_flags),
    ("guide-pictures", check_guide_pictures),
    ("reminder-window", check_reminder_window),
    ("write-and-read", check_write_and_read),
    ("insights-4-weeks", check_insights),
)


@contextmanager
def _catching_slot_errors(run: _Run) -> Iterator[None]:
    """Errors raised inside Qt slots never reach the caller; collect them so the check fails instead."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        run.slot_errors.append(f"{kind.__name__}: {error}")

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def _describe(error: Exception, slot_errors: list[str]) -> str:
    if slot_errors:
        return f"error in a Qt slot: {slot_errors[0]}"
    if isinstance(error, CheckFailed):
        return str(error)
    return f"{type(error).__name__}: {error}"


def _shut_down(run: _Run) -> None:
    """In the app's order: reminders stop, windows and services go, then the database closes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if run.reminders is not None:
        run.reminders.shutdown()
    for widget in (run.reminder_window, run.window):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    for obj in (run.reminders, run.service, run.settings):
        if obj is not None:
            obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if run.db is not None:
        run.db.close()


def run_self_test(data_dir: Path | None = None) -> int:
    """Run every check in order; 0 when all pass, else 1 after naming the failing check.

    `data_dir` is an (empty or throwaway) folder to use; None makes a temporary one and removes it after.
    """
    with ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cvi-self-test-")))
        run = _Run(data_dir=data_dir, language=_application())
        started = time.perf_counter()
        try:
            with _catching_slot_errors(run):
                for name, check in CHECKS:
                    try:
                        detail = check(run)
                        wait_until(lambda: False, 0.02)  # let queued work (and its errors) happen now
                    except Exception as error:
                        # An error in a slot is the cause of what the check then noticed: name it first.
                        _say(f"{PREFIX} FAILED {name}: {_describe(error, run.slot_errors)}")
                        return 1
                    if run.slot_errors:
                        _say(f"{PREFIX} FAILED {name}: error in a Qt slot: {run.slot_errors[0]}")
                        return 1
                    _say(f"{PREFIX} ok {name}: {detail}")
        finally:
            _shut_down(run)
        _say(f"{PREFIX} passed: {len(CHECKS)} checks in {time.perf_counter() - started:.2f} s")
        return 0
