"""`cvi-companion report`: the clinician report written from the terminal, with no window (and no display).

It lives in the app layer because drawing a PDF needs QtGui, which the cli layer never imports. Exit status:
0 written, 1 a storage or file problem (one plain line), 2 bad arguments (one line). Never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.cli.report_args import COMMAND, parse_report_args, report_nights
from cvi_companion.domain.cramps import night_before
from cvi_companion.domain.insights import NightRange
from cvi_companion.storage.db import open_database
from cvi_companion.storage.errors import StorageError
from cvi_companion.storage.local_zone import local_zone
from cvi_companion.storage.paths import resolve_paths
from cvi_companion.storage.settings_store import SettingsStore


def use_offscreen_without_display(env: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """Let Qt draw without a screen (ssh, cron, CI): the offscreen platform when no display is named."""
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"


def _say(text: str) -> None:
    if sys.stderr is not None:
        sys.stderr.write(f"{text}\n")


def run_report(argv: Sequence[str]) -> int:
    """Parse the report's arguments, read the log, write the PDF; return the exit status."""
    try:
        args = parse_report_args(argv)
        tz = local_zone()
        now = datetime.now(tz)
        first, last = report_nights(args.since, args.until, night_before(now))
    except UsageError as error:
        _say(str(error))
        return 2
    output = Path(args.output).expanduser()
    if output.is_dir():
        _say(f"{PROG} {COMMAND}: -o: {output} is a folder; give a file name such as report.pdf")
        return 2
    try:
        return _write(args, NightRange(first, last), output, now)
    except StorageError as error:
        _say(f"{PROG} {COMMAND}: {error}")
        return 1
    except Exception as error:
        # A terminal command answers in one line, never with a traceback.
        _say(f"{PROG} {COMMAND}: the report could not be written ({type(error).__name__}: {error}).")
        return 1


def _write(args: object, nights: NightRange, output: Path, now: datetime) -> int:
    paths = resolve_paths(getattr(args, "data_dir", None))
    paths.ensure()
    settings = SettingsStore(paths.settings_path).load().settings
    db = open_database(paths.db_path, paths.backups_dir)
    try:
        use_offscreen_without_display()
        from PySide6.QtGui import QGuiApplication

        from cvi_companion.ui.locale_text import system_territory
        from cvi_companion.ui.report_pdf import ReportError, gather_report, uses_letter, write_report

        # Fonts need a GUI application; the name keeps it alive until the PDF is written.
        app = QGuiApplication.instance() or QGuiApplication([PROG])
        report = gather_report(
            db,
            nights,
            (settings.night_starts, settings.night_ends),
            now.date(),
            name=getattr(args, "name", ""),
            include_entries=getattr(args, "entries", True),
        )
        try:
            pages = write_report(report, output, letter=uses_letter(system_territory()))
        except ReportError as error:
            _say(f"{PROG} {COMMAND}: {error}")
            return 1
        app.processEvents()
    finally:
        db.close()
    if sys.stdout is not None:
        print(f"Wrote the report ({pages} {'page' if pages == 1 else 'pages'}) to {output}")
    return 0
