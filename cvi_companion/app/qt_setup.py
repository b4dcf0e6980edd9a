"""Loading PySide6 for the window, with one measured work-around in PySide's import hook.

PySide6 installs an import hook (`shibokensupport.feature`, for `from __feature__ import snake_case`) that
asks of every module imported after it whether the module uses PySide6. It finds out with
`inspect.getsource()`, which reads the whole source through `linecache` and keeps it there for good: for
this app about 100 modules, 4-5 MiB of resident memory and several milliseconds of start-up (PYSIDE-2029;
measured in docs/performance.md). The same question is answered here by reading the file's bytes once,
without keeping them. The app never uses `__feature__`, so the answer only keeps PySide's bookkeeping as
it was.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether a module's source file names PySide6: the hook's own test, minus the source cache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_import_hook() -> bool:
    """Replace the hook's source check with a plain file read; False when PySide has no such hook."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, CHECK_NAME, None)):
        return False  # another PySide version: leave it as it is
    setattr(feature, CHECK_NAME, _mentions_pyside)
    return True


def load_qt() -> None:
    """Import the Qt modules every window needs, then lighten PySide's import hook before our own load."""
    import PySide6.QtWidgets  # noqa: F401  (loads QtCore and QtGui too, and installs the hook)

    lighten_import_hook()
