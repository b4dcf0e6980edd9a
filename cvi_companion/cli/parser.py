"""The command line: one parser for the window and the terminal commands. Imports no Qt."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from cvi_companion import __version__
from cvi_companion.domain.cramps import Context, Location, Relief, Side, Soreness

PROG = "cvi-companion"


class UsageError(Exception):
    """A command-line problem, reported as one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage dump: a person half asleep reads one line.
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _choices(kind: type[Side] | type[Location] | type[Relief] | type[Context] | type[Soreness]) -> str:
    return ", ".join(member.value for member in kind)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = _Parser(
        prog=PROG,
        description="A private self-care companion for chronic venous insufficiency and leg cramps. "
        "With no command it opens the window.",
        epilog="Your data stays on this computer. This app does not replace a clinician.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the log and settings in DIR (default: your per-user data and config folders; "
        "CVI_COMPANION_HOME does the same)",
    )
    parser.add_argument("--quick-log", action="store_true", help="open the quick cramp-log dialog straight away")
    parser.add_argument(
        "--background", action="store_true", help="start without showing the window (for starting at login); "
        "launching the app again shows it"
    )  # fmt: skip
    # For screenshots and benchmarks: not for everyday use, so hidden from --help.
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    # Opens every tab, a guide and the reminder window on a temporary log, then exits (the bundle's smoke test).
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    log = sub.add_parser("log", help="log a cramp", description="Log a leg cramp. Only --side may be needed.")
    log.add_argument(
        "--at", metavar="WHEN", default="now", help="'now' (default), HH:MM for the most recent such time, "
        "or an ISO date-time such as 2026-11-20T03:15"
    )  # fmt: skip
    log.add_argument("--side", help=f"{_choices(Side)} (default: the side of your last entry)")
    log.add_argument(
        "--location", action="append", metavar="WHERE", help=f"one or more of {_choices(Location)}, comma-separated "
        "(default: calf)"
    )  # fmt: skip
    log.add_argument("--intensity", metavar="N", help="how strong, 0 (barely) to 10 (worst imaginable)")
    log.add_argument("--duration", metavar="MINUTES", help="how long it lasted, in minutes (0.5 = 30 seconds)")
    woke = log.add_mutually_exclusive_group()
    woke.add_argument("--woke-me", dest="woke_me", action="store_true", default=None, help="it woke me up")
    woke.add_argument("--no-woke-me", dest="woke_me", action="store_false", help="it did not wake me")
    log.add_argument("--helped", action="append", metavar="WHAT", help=f"what helped: {_choices(Relief)}")
    log.add_argument("--soreness", help=f"soreness afterwards: {_choices(Soreness)}")
    log.add_argument(
        "--tag", action="append", metavar="TAG", help=f"context ({_choices(Context)}) or any tag of your own"
    )
    log.add_argument("--note", default="", help="a note of any length")

    # Run from the app layer (it talks to the running window over Qt's local socket); listed here for --help.
    sub.add_parser(
        "quick-log",
        help="open the quick cramp log in the running app (or start the app with it open)",
        description="Open the quick cramp-log dialog in the running app, or start the app with it open. "
        "Bind this to a keyboard shortcut to log a cramp in seconds.",
    )

    def add_range(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--since", metavar="DATE", help="first day to include (YYYY-MM-DD)")
        cmd.add_argument("--until", metavar="DATE", help="last day to include (YYYY-MM-DD)")

    listing = sub.add_parser("list", help="show logged cramps", description="Show logged cramps, oldest first.")
    add_range(listing)
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")

    export = sub.add_parser(
        "export",
        help="export the log as CSV or JSON",
        description="Export the log. CSV holds the cramp entries; JSON holds everything (entries, reminder "
        "history, nights without cramps, settings). Formats: docs/data-format.md.",
    )
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    add_range(export)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")

    importing = sub.add_parser(
        "import",
        help="import a CSV or JSON file",
        description="Import a CSV (this app's export, or a spreadsheet's) or this app's JSON export. A backup "
        "of the log is made first; the whole import happens, or nothing does.",
    )
    importing.add_argument("file", metavar="FILE", help="the file to import")
    importing.add_argument("--dry-run", action="store_true", help="only show what would be added, changed, skipped")
    importing.add_argument(
        "--mode", choices=("merge", "replace"), default="merge", help="merge (default): add new entries and update "
        "changed ones; replace: the file's entries become the log"
    )  # fmt: skip
    importing.add_argument(
        "--restore-settings", action="store_true", help="with --mode replace and a JSON file: also restore the "
        "settings it holds (they are left alone otherwise)"
    )  # fmt: skip

    backup = sub.add_parser(
        "backup", help="back up the log", description="Copy the log to a backup file (an SQLite database)."
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: a new file in backups/)")

    restore = sub.add_parser(
        "restore",
        help="restore the log from a backup",
        description="Replace the log with a backup, after checking it is one. The log as it was is kept in backups/.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    delete = sub.add_parser(
        "delete-all",
        help="delete all your data",
        description="Delete the log, the settings and the app's own log files (backups too with "
        "--include-backups). Close the app first. This cannot be undone.",
    )
    delete.add_argument("--yes", action="store_true", help="yes, delete everything (required)")
    delete.add_argument("--include-backups", action="store_true", help="delete the backups folder as well")

    # Listed here for --help; it runs from the app layer, since drawing a PDF needs Qt.
    from cvi_companion.cli.report_args import add_report_parser

    add_report_parser(sub)

    agenda = sub.add_parser(
        "agenda",
        help="show the coming reminders",
        description="Show the coming reminders in local time (the TZ environment variable is followed).",
    )
    agenda.add_argument("--from", dest="start", metavar="WHEN", help="start here: an ISO date-time (default: now)")
    agenda.add_argument("--days", metavar="N", help="how many days to show, 1 to 366 (default: 1)")
    agenda.add_argument("--format", choices=("table", "json"), help="table (default) or json")
    agenda.add_argument(
        "--ics", action="store_true", help="write the plan as an iCalendar file of recurring events with alarms, "
        "for a phone calendar (needs -o)"
    )  # fmt: skip
    agenda.add_argument("-o", "--output", metavar="FILE", help="with --ics: write to FILE ('-' for standard output)")
    return parser


# Options naming files keep their exact text: a file name may hold bytes that are not UTF-8.
PATH_OPTIONS = frozenset({"data_dir", "output", "file", "screenshot"})


def _text(value: object) -> object:
    if isinstance(value, list):
        return [_text(item) for item in value]
    if not isinstance(value, str) or not any("\ud800" <= c <= "\udfff" for c in value):
        return value
    # Bytes that are not UTF-8 arrive as lone surrogates, which can be neither stored nor printed.
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = value.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def clean_text_options(args: argparse.Namespace) -> argparse.Namespace:
    """Replace undecodable bytes in free-text options (note, tags, name...) with U+FFFD, in place."""
    for name, value in vars(args).items():
        if name not in PATH_OPTIONS:
            setattr(args, name, _text(value))
    return args


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse arguments; raises UsageError for bad ones and SystemExit(0) for --help / --version."""
    return clean_text_options(build_parser().parse_args(sys.argv[1:] if argv is None else argv))
