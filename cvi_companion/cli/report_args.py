"""The `report` command's options, defined once: for the main parser's help and for the app's dispatch.

Pure argparse, no Qt: the report itself is drawn by the ui layer and run from the app layer
(`cvi_companion.app.report_command`), because painting a PDF needs Qt and the cli never imports it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NoReturn

from cvi_companion.cli.parser import PROG, UsageError
from cvi_companion.domain.errors import ValidationError
from cvi_companion.domain.when import parse_date

COMMAND = "report"
DEFAULT_NIGHTS = 28


def add_report_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `report` to an `add_subparsers()` object and return its parser."""
    report: argparse.ArgumentParser = subparsers.add_parser(
        COMMAND,
        help="write a PDF report for your clinician",
        description="Write a PDF report of your cramps and reminders for your clinician: the nights, charts, "
        "how the reminders were followed and, unless --no-entries, every entry with its notes. Without dates "
        "it covers the last 4 weeks. The report says it is self-reported data, not a medical record.",
    )
    report.add_argument("--since", metavar="DATE", help="first night to include (YYYY-MM-DD; default: 4 weeks back)")
    report.add_argument("--until", metavar="DATE", help="last night to include (YYYY-MM-DD; default: last night)")
    report.add_argument("--name", default="", help="your name, printed on the report (left out if not given)")
    report.add_argument(
        "--no-entries", dest="entries", action="store_false", help="leave out the list of entries and their notes"
    )
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="where to write the PDF")
    # Also accepted after the command name; SUPPRESS keeps a --data-dir given before it.
    report.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return report


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, as the other commands do, not argparse's usage dump.
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _global_options_end(argv: Sequence[str]) -> int:
    """Index of the first argument after the options that may come before a command (--data-dir)."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--data-dir":
            index += 2
        elif arg.startswith("--data-dir="):
            index += 1
        else:
            break
    return index


def is_report_command(argv: Sequence[str]) -> bool:
    """Whether the arguments ask for `report` (possibly after --data-dir DIR)."""
    index = _global_options_end(argv)
    return index < len(argv) and argv[index] == COMMAND


def parse_report_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `[--data-dir DIR] report ...`; raises UsageError for bad ones, SystemExit(0) for --help."""
    parser = _Parser(prog=PROG)
    parser.add_argument("--data-dir", metavar="DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_report_parser(sub)
    from cvi_companion.cli.parser import clean_text_options

    return clean_text_options(parser.parse_args(list(argv)))


def report_nights(since: str | None, until: str | None, last_night: date) -> tuple[date, date]:
    """The first and last night from the options; without them, the 4 weeks ending `last_night`.

    Raises UsageError for a date that cannot be read or a range that ends before it starts.
    """
    try:
        first = parse_date(since, "since") if since else None
        last = parse_date(until, "until") if until else None
    except ValidationError as error:
        problem = error.problems[0]
        raise UsageError(f"{PROG} {COMMAND}: --{problem.field}: {problem.message}") from None
    if last is None:
        last = last_night if first is None or first <= last_night else first + timedelta(days=DEFAULT_NIGHTS - 1)
    if first is None:
        first = last - timedelta(days=DEFAULT_NIGHTS - 1)
    if last < first:
        raise UsageError(f"{PROG} {COMMAND}: --until ({last}) is before --since ({first})")
    return first, last
