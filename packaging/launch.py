"""The entry script of the PyInstaller bundle: run the app as `cvi-companion` does.

`CVI_COMPANION_SELF_TEST=1` runs the self-test on a temporary data folder instead (the bundle's smoke test
uses it; the `--self-test` option does the same once the command line has it).
"""

from __future__ import annotations

import os
import sys


def launch() -> int:
    """Run the self-test when asked through the environment, else the app with its arguments."""
    if os.environ.get("CVI_COMPANION_SELF_TEST") == "1":
        from cvi_companion.app.self_test import run_self_test

        return run_self_test(None)
    from cvi_companion.app import main

    return main()


if __name__ == "__main__":
    sys.exit(launch())
