"""From a reminder's due instant to the reminder window's first paint, in the app's own wiring.

Each run builds what `cvi_companion.app.gui` builds, in one process on the offscreen platform: a fresh data
folder, SettingsService, ReminderService (with its JobTimer), the main window on screen, and after its
first paint the ReminderWindow connected to `due` plus the desktop extras (tray, notifications) exactly as
`start_reminders` does. The plan has one reminder, due about `--lead` seconds later at a whole second; the
time is taken from that due instant (wall clock) to the first Paint event of the reminder window.

Every reminder kind is on (as in the start-up benchmark; `--one-kind` for raising the legs alone), and one
rebuild of the schedule (what the service does after each reminder it shows) is timed on its own too.

The baseline, measured in the same process: a bare QTimer.singleShot for the same wait and a bare QWidget
shown from it, i.e. what Qt's own timer and first paint cost here.

Usage: uv run python -m benchmarks.reminder_latency [--runs 7] [--lead 2] [--precise] [--one-kind] [--json FILE]
  --precise: arm the app's JobTimer as a Qt.PreciseTimer (the proposed fix), to measure the difference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks._common import load_note, write_json
from cvi_companion.domain.reminders import DailyTimes, ReminderKind, default_plan
from cvi_companion.services.clock import Clock
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.services.reminder_service import ReminderService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import open_database
from cvi_companion.storage.night_reports import NightReports
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.reminder_log import ReminderLog
from cvi_companion.storage.settings_store import SettingsStore

ZONE = ZoneInfo("UTC")
TARGET_MS = 50.0


class _PaintWatch(QObject):
    """Notes the wall-clock time of a widget's first paint, then ends the event loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            self.painted_at = time.time()
            QTimer.singleShot(0, self.app.quit)
        return False


def _due_at(lead: float) -> datetime:
    """A whole second at least `lead` seconds from now."""
    return (datetime.now(UTC) + timedelta(seconds=lead + 1)).replace(microsecond=0)


def _exec_with_guard(app: QApplication, seconds: float) -> None:
    """Run the event loop until something quits it, or `seconds` have passed."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(int(seconds * 1000))
    app.exec()
    guard.stop()


def one_app_run(
    app: QApplication, folder: Path, lead: float, precise: bool, every_kind: bool, rebuilds: list[float]
) -> float:
    """Milliseconds from the due instant to the reminder window's first paint, wired as the app does.

    With `every_kind`, every reminder kind is on (as in the start-up benchmark); `rebuilds` receives the
    milliseconds one rebuild of the schedule takes on the GUI thread (it runs after every reminder shown).
    """
    from cvi_companion.app.desktop import install_desktop
    from cvi_companion.ui.main_window import MainWindow
    from cvi_companion.ui.reminder_window import ReminderWindow

    paths = resolve_paths(folder, env={})
    paths.ensure()
    db = open_database(paths.db_path, paths.backups_dir)
    clock = Clock(tz=ZONE)
    settings = SettingsService(SettingsStore(paths.settings_path))
    service = CrampService(CrampRepository(db), clock, settings)
    reminders = ReminderService(settings, ReminderLog(db), NightReports(db), clock)
    due = _due_at(lead)
    plan = default_plan(due.date())
    if every_kind:
        plan = replace(plan, stockings_confirmed=True, rules=tuple(replace(r, enabled=True) for r in plan.rules))
    else:
        plan = replace(plan, rules=tuple(replace(r, enabled=r.kind is ReminderKind.ELEVATION) for r in plan.rules))
    # Held in memory with its seconds (the file keeps HH:MM): raising the legs is due at `due` exactly.
    plan = plan.with_rule(replace(plan.rule(ReminderKind.ELEVATION), schedule=DailyTimes((due.time(),))))
    settings.save(replace(settings.settings, reminders=plan, notifications=True))
    window = MainWindow(service, reminders, settings, database=db)
    watch = _PaintWatch(app)
    held: list[object] = []

    def start_reminders() -> None:
        reminder_window = ReminderWindow(reminders, is_night=service.is_night_now)
        reminders.due.connect(reminder_window.show_reminder)
        reminder_window.installEventFilter(watch)
        held.append(reminder_window)
        held.append(install_desktop(app, window, reminders, reminder_window, settings, window.show, lambda: None))
        reminders.start()
        scheduler = reminders._scheduler  # the JobTimer: checked, and armed precisely if asked
        assert scheduler is not None
        assert scheduler.when(ReminderKind.ELEVATION.value) == due, scheduler.ids()
        if precise:
            scheduler._timer.setTimerType(Qt.TimerType.PreciseTimer)
            scheduler._arm()
        started = time.perf_counter()
        reminders.rebuild()
        rebuilds.append((time.perf_counter() - started) * 1000)

    window.first_painted.connect(lambda: QTimer.singleShot(0, reminders, start_reminders))
    window.show()
    _exec_with_guard(app, lead + 10)  # a reminder that never shows ends the run
    painted = watch.painted_at
    for thing in held:
        close = getattr(thing, "close", None)
        if callable(close):
            close()
    reminders.shutdown()
    window.close()
    for obj in (window, reminders, service, settings, *held):
        if isinstance(obj, QObject):
            obj.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
    db.close()
    if painted is None:
        raise RuntimeError("the reminder window was never painted")
    return (painted - due.timestamp()) * 1000


def one_bare_run(app: QApplication, lead: float) -> float:
    """Milliseconds from the due instant to a bare widget's first paint, shown from a bare QTimer."""
    due = _due_at(lead)
    widget = QWidget()
    widget.resize(400, 200)
    watch = _PaintWatch(app)
    widget.installEventFilter(watch)
    QTimer.singleShot(max(0, int((due.timestamp() - time.time()) * 1000)), widget.show)
    _exec_with_guard(app, lead + 10)
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if watch.painted_at is None:
        raise RuntimeError("the bare widget was never painted")
    return (watch.painted_at - due.timestamp()) * 1000


def measure(runs: int, lead: float, precise: bool, every_kind: bool) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready dict."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)
    load = load_note()
    bare: list[float] = []
    real: list[float] = []
    rebuilds: list[float] = []
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        for index in range(runs):
            bare.append(one_bare_run(app, lead))
            # A fresh folder each run: a slot (kind, day, HH:MM) already shown is not shown twice.
            real.append(one_app_run(app, Path(tmp) / f"run{index}", lead, precise, every_kind, rebuilds))
    return {
        "runs": runs,
        "lead_s": lead,
        "precise": precise,
        "every_kind": every_kind,
        "rebuild_ms": rebuilds,
        "rebuild_median_ms": statistics.median(rebuilds),
        "load": f"{load} before, {load_note()} after",
        "bare_ms": bare,
        "app_ms": real,
        "bare_median_ms": statistics.median(bare),
        "app_median_ms": statistics.median(real),
        "app_max_ms": max(real),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lead", type=float, default=2.0, help="seconds from scheduling to the due time")
    parser.add_argument("--precise", action="store_true", help="arm the JobTimer as a Qt.PreciseTimer")
    parser.add_argument("--one-kind", action="store_true", help="only the reminder measured is on")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    result = measure(args.runs, args.lead, args.precise, not args.one_kind)
    write_json(args.json, result)
    print(f"due instant to first paint, {args.runs} runs, ~{args.lead + 1:.0f} s lead; {result['load']}")
    print("bare QTimer + QWidget (ms): " + ", ".join(f"{v:.1f}" for v in result["bare_ms"]))  # type: ignore[attr-defined]
    print("app wiring (ms):            " + ", ".join(f"{v:.1f}" for v in result["app_ms"]))  # type: ignore[attr-defined]
    print(f"median bare {result['bare_median_ms']:.1f} ms, app {result['app_median_ms']:.1f} ms", end="")
    print(f", worst app {result['app_max_ms']:.1f} ms (target <= {TARGET_MS:.0f} ms)")
    kinds = "every kind on" if result["every_kind"] else "one kind on"
    print(f"one rebuild of the schedule ({kinds}): median {result['rebuild_median_ms']:.1f} ms on the GUI thread")


if __name__ == "__main__":
    main()
