r"""Terminal output that never fails on text it cannot encode.

A file name given with bytes that are not UTF-8 reaches Python as lone surrogates, and an imported note may
hold one too; printed to a strict UTF-8 terminal either would end the command with a traceback. They are
written escaped (`\udcff`) instead.
"""

from __future__ import annotations

import contextlib
import sys


def tolerant_streams() -> None:
    """Make standard output and error escape what their encoding cannot write (idempotent)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, TypeError):
                reconfigure(errors="backslashreplace")
