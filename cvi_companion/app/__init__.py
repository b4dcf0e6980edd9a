"""The composition root: read the arguments, then run a terminal command or the window.

This module imports no Qt at module level, so `cvi-companion log ...` starts without loading it.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of `cvi-companion` and `python -m cvi_companion`."""
    from cvi_companion.cli.streams import tolerant_streams
    from cvi_companion.cli.window_args import window_args

    tolerant_streams()

    if os.name == "posix":
        # Every file and folder the app creates is private to the person (0600 / 0700).
        os.umask(0o077)
    arguments = sys.argv[1:] if argv is None else argv
    args = window_args(arguments)
    if args is None:
        from cvi_companion.cli.parser import UsageError, parse_args
        from cvi_companion.cli.report_args import is_report_command

        if is_report_command(arguments):
            # The report draws a PDF with Qt, so it runs from here rather than from the Qt-free cli commands.
            from cvi_companion.app.report_command import run_report

            return run_report(arguments)
        try:
            args = parse_args(arguments)
        except UsageError as error:
            sys.stderr.write(f"{error}\n")
            return 2
    if args.self_test:
        from pathlib import Path

        from cvi_companion.app.self_test import run_self_test

        return run_self_test(Path(args.data_dir) if args.data_dir else None)
    if args.command == "quick-log":
        # The same as `--quick-log`: the window's start-up hands it to a running app if there is one.
        args.command = None
        args.quick_log = True
    if args.command:
        from cvi_companion.cli.commands import run

        return run(args)
    from cvi_companion.app.gui import run_gui

    return run_gui(args)
