"""The window's own options, read without building the full parser, so opening the window stays fast.

Building `cli.parser`'s parser (every terminal command and its choices) costs more than 10 ms and imports
the cramp model before Qt; a plain start needs none of it. Anything beyond the window's few options
(a command, --help, an abbreviated or misspelt option) goes to the full parser, which has the final say.
A test checks that both read every accepted combination alike.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

FLAGS = {"--quick-log": "quick_log", "--background": "background", "--exit-after-paint": "exit_after_paint"}
VALUES = {"--data-dir": "data_dir", "--screenshot": "screenshot"}


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options for opening the window, or None when the full parser must read `argv`."""
    found = argparse.Namespace(
        data_dir=None,
        quick_log=False,
        background=False,
        screenshot=None,
        exit_after_paint=False,
        self_test=False,
        command=None,
    )
    items = list(argv)
    while items:
        item = items.pop(0)
        if item in FLAGS:
            setattr(found, FLAGS[item], True)
            continue
        name, equals, value = item.partition("=")
        if name not in VALUES:
            return None
        if not equals:
            if not items:
                return None
            value = items.pop(0)
        # A value that looks like an option (or is empty) is argparse's to judge and explain.
        if not value or value.startswith("-"):
            return None
        setattr(found, VALUES[name], value)
    return found
