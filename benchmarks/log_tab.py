"""The cramp-log tab with a large log: open, scroll to the end, filter, refresh after a new entry, export.

Each step is timed until the window has repainted. The baseline, measured in the same run, is the same
steps on a bare QTableView over a QStandardItemModel of 200 rows (what one repaint costs on this machine).
A pause under about 100 ms is not noticed; the ratio says how far the log tab is from a trivial table.

The CSV export of the whole log is timed too, as the "Your data" dialog runs it (on a pool thread, to a
file written atomically): how long the GUI thread is blocked when Export is pressed, how long until the
file is written, and the longest the GUI thread went without handling its events meanwhile. The export
itself (`export_file`, as the terminal runs it, as CSV and as JSON) and reading the same rows with
`iter_entries` alone are timed for comparison.

Usage: uv run python -m benchmarks.log_tab [--entries 100000] [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from benchmarks._common import load_note, rss_mib, seed_log, write_json
from cvi_companion.domain.cramps import CrampFilter, Side
from cvi_companion.services.clock import Clock
from cvi_companion.services.cramp_service import CrampService
from cvi_companion.services.settings_service import SettingsService
from cvi_companion.storage.cramp_repository import CrampRepository
from cvi_companion.storage.db import Database, open_database
from cvi_companion.storage.exporter import ExportFormat, export_file
from cvi_companion.storage.local_zone import local_zone
from cvi_companion.storage.paths import AppPaths, resolve_paths
from cvi_companion.storage.settings_store import SettingsStore
from cvi_companion.ui.data_dialog import DataDialog
from cvi_companion.ui.main_window import MainWindow

EXPORT_TICK_MS = 5  # how often the GUI thread is asked to do something while an export runs


def timed(app: QApplication, widget: QWidget, step: Callable[[], object]) -> float:
    """Seconds for `step` plus the repaint it causes (grab() forces a full paint of the widget)."""
    start = time.perf_counter()
    step()
    app.processEvents()
    widget.grab()
    return time.perf_counter() - start


def baseline(app: QApplication, runs: int) -> dict[str, float]:
    """The same steps on a bare 200-row table."""
    model = QStandardItemModel(200, 9)
    for row in range(200):
        for col in range(9):
            model.setItem(row, col, QStandardItem(f"{row}:{col}"))
    results: dict[str, list[float]] = {"open": [], "scroll": [], "filter": [], "dates": [], "refresh": []}
    for _ in range(runs):
        view = QTableView()
        view.resize(1100, 700)
        results["open"].append(timed(app, view, lambda v=view: (v.setModel(model), v.show())))  # type: ignore[misc]
        results["scroll"].append(timed(app, view, view.scrollToBottom))
        results["filter"].append(timed(app, view, lambda v=view: v.setRowHidden(0, True)))  # type: ignore[misc]
        results["dates"].append(timed(app, view, lambda v=view: v.setRowHidden(1, True)))  # type: ignore[misc]
        results["refresh"].append(timed(app, view, lambda: model.setItem(0, 0, QStandardItem("x"))))
        view.close()
        view.deleteLater()
        _flush_deletes(app)
    return {k: statistics.median(v) for k, v in results.items()}


def log_tab(app: QApplication, folder: Path, runs: int) -> dict[str, float]:
    """The steps on the real main window over the seeded log."""
    paths = resolve_paths(folder, env={})
    db = open_database(paths.db_path, paths.backups_dir)
    settings = SettingsService(SettingsStore(paths.settings_path))
    service = CrampService(CrampRepository(db), Clock(local_zone()), settings, poll_ms=0)
    results: dict[str, list[float]] = {"open": [], "scroll": [], "filter": [], "dates": [], "refresh": []}
    year_ago = date.today() - timedelta(days=365)
    for _ in range(runs):
        holder: list[MainWindow] = []

        def open_window(keep: list[MainWindow] = holder) -> None:
            window = MainWindow(service)
            window.resize(1100, 700)
            window.show()
            keep.append(window)

        results["open"].append(_open(app, open_window, holder))
        window = holder[0]
        tab = window.log_tab
        results["scroll"].append(timed(app, window, tab.view.scrollToBottom))
        results["filter"].append(timed(app, window, lambda t=tab: t.model.set_filter(CrampFilter(side=Side.LEFT))))  # type: ignore[misc]
        results["dates"].append(timed(app, window, lambda t=tab: t.model.set_filter(CrampFilter(since=year_ago))))  # type: ignore[misc]
        tab.model.set_filter(CrampFilter())
        app.processEvents()
        results["refresh"].append(
            timed(app, window, lambda: service.log(started_at=service.clock.now(), side=Side.RIGHT))
        )
        window.close()
        window.deleteLater()
        _flush_deletes(app)
    results.update(export_alone(db, settings, folder, runs))
    results.update(window_export(app, db, paths, settings, folder, runs))
    db.close()
    return {k: statistics.median(v) for k, v in results.items()}


def export_alone(db: Database, settings: SettingsService, folder: Path, runs: int) -> dict[str, list[float]]:
    """Seconds to export the whole log as CSV and as JSON, and to only read the same entries (the baseline)."""
    out: dict[str, list[float]] = {"export": [], "export_json": [], "read": []}
    repo = CrampRepository(db)
    for _ in range(runs):
        for key, fmt in (("export", ExportFormat.CSV), ("export_json", ExportFormat.JSON)):
            target = folder / f"export.{fmt.value}"
            start = time.perf_counter()
            export_file(db, settings.settings, target, fmt, CrampFilter(), Clock(local_zone()).now_utc())
            out[key].append(time.perf_counter() - start)
            target.unlink()
        start = time.perf_counter()
        for _entry in repo.iter_entries(CrampFilter()):
            pass
        out["read"].append(time.perf_counter() - start)
    return out


def window_export(
    app: QApplication, db: Database, paths: AppPaths, settings: SettingsService, folder: Path, runs: int
) -> dict[str, list[float]]:
    """The "Your data" dialog's CSV export of the whole log, as the person sees it.

    `export_blocked`: seconds the GUI thread is busy in the Export button's handler; `export_total`: from
    pressing Export until the file is written and the dialog says so; `export_stall`: the longest gap
    between two ticks of a 5 ms timer on the GUI thread meanwhile (what a click or a repaint would wait).
    """
    out: dict[str, list[float]] = {"export_blocked": [], "export_total": [], "export_stall": []}
    target = folder / "window-export.csv"
    dialog = DataDialog(db, paths, settings, Clock(local_zone()))
    dialog.choose_save_path = lambda _fmt: target  # type: ignore[method-assign,assignment]
    dialog.show()
    app.processEvents()
    for _ in range(runs):
        loop = QEventLoop()
        ticks = QTimer()
        ticks.setInterval(EXPORT_TICK_MS)
        since_tick = QElapsedTimer()
        gaps: list[float] = []

        def tick(clock: QElapsedTimer = since_tick, seen: list[float] = gaps) -> None:
            seen.append(clock.nsecsElapsed() / 1e9)
            clock.restart()

        ticks.timeout.connect(tick)
        start = time.perf_counter()
        dialog.export()
        out["export_blocked"].append(time.perf_counter() - start)
        job = dialog.export_job
        assert job is not None, dialog.status.text()
        job.finished.connect(loop.quit)
        since_tick.start()
        ticks.start()
        loop.exec()
        out["export_total"].append(time.perf_counter() - start)
        ticks.stop()
        out["export_stall"].append(max(gaps, default=0.0))
        assert dialog.status.text().startswith("Exported"), dialog.status.text()
    dialog.close()
    dialog.deleteLater()
    _flush_deletes(app)
    target.unlink()
    return out


def _flush_deletes(app: QApplication) -> None:
    """Really delete widgets passed to deleteLater() (outside an event loop Qt only does it when asked)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def _open(app: QApplication, open_window: Callable[[], None], holder: list[MainWindow]) -> float:
    start = time.perf_counter()
    open_window()
    app.processEvents()
    holder[0].grab()
    return time.perf_counter() - start


def measure(entries: int, runs: int) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready dict."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load = load_note()
    with tempfile.TemporaryDirectory(prefix="cvi-bench-") as tmp:
        folder = Path(tmp) / "data"
        seed_start = time.perf_counter()
        seed_log(folder, entries)
        seeded = time.perf_counter() - seed_start
        base = baseline(app, runs)
        rss_before = rss_mib(os.getpid())
        tab = log_tab(app, folder, runs)
        rss_after = rss_mib(os.getpid())
    return {
        "entries": entries,
        "runs": runs,
        "seeded_s": seeded,
        "load": f"{load} before, {load_note()} after",
        "bare": base,
        "tab": tab,
        "rss_before_mib": rss_before,
        "rss_after_mib": rss_after,
    }


LABELS = {
    "open": "open the window (log tab showing rows)",
    "scroll": "scroll to the last entry",
    "filter": "filter by side",
    "dates": "filter to the last 12 months",
    "refresh": "log one entry, table refreshes",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    result = measure(args.entries, args.runs)
    write_json(args.json, result)
    base, tab = result["bare"], result["tab"]
    assert isinstance(base, dict)
    assert isinstance(tab, dict)
    print(f"log of {args.entries} entries (seeded in {result['seeded_s']:.1f} s); median of {args.runs} runs")
    print(f"{'step (until repainted)':<40}{'bare 200-row table':>20}{'cramp log tab':>16}{'ratio':>8}")
    for key, label in LABELS.items():
        print(f"{label:<40}{base[key] * 1000:>17.1f} ms{tab[key] * 1000:>13.1f} ms{tab[key] / base[key]:>8.1f}")
    print(f"{'export all as CSV (baseline: read them)':<40}{tab['read'] * 1000:>17.1f} ms", end="")
    print(f"{tab['export'] * 1000:>13.1f} ms{tab['export'] / tab['read']:>8.1f}")
    print(f"{'export all as JSON (baseline: read them)':<40}{tab['read'] * 1000:>17.1f} ms", end="")
    print(f"{tab['export_json'] * 1000:>13.1f} ms{tab['export_json'] / tab['read']:>8.1f}")
    print(f"{'  the same from the window: GUI blocked':<40}{'':>20}{tab['export_blocked'] * 1000:>13.1f} ms")
    print(f"{'  Export pressed to file written':<40}{'':>20}{tab['export_total'] * 1000:>13.1f} ms")
    print(f"{'  longest GUI pause meanwhile':<40}{'':>20}{tab['export_stall'] * 1000:>13.1f} ms")
    print(f"process RSS before opening the log {result['rss_before_mib']:.0f} MiB, after all runs ", end="")
    print(f"{result['rss_after_mib']:.0f} MiB; {result['load']}")


if __name__ == "__main__":
    main()
