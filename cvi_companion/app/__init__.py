"""The composition root: read the arguments, then run a terminal command or the window.

This module imports no Qt at module level, so `cvi-companion log ...` starts without loading it.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of `cvi-companion` and `python -m cvi_companion`."""
    from cvi_companion.cli.parser import UsageError, parse_args

    if os.name == "posix":
        # Every file and folder the app creates is private to the person (0600 / 0700).
        os.umask(0o077)
    try:
        args = parse_args(argv)
    except UsageError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    if args.command:
        from cvi_companion.cli.commands import run

        return run(args)
    from cvi_companion.app.gui import run_gui

    return run_gui(args)
