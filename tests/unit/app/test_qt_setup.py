"""PySide's import hook, lightened: modules imported after Qt leave no source text behind in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from cvi_companion.app.qt_setup import FEATURE_MODULE, lighten_import_hook, load_qt


def _import_fresh(folder: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    # Through the import statement's hook (builtins.__import__), which importlib.import_module bypasses.
    __import__(name)
    return path


def test_modules_imported_after_qt_leave_no_source_in_the_line_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_qt()
    assert lighten_import_hook(), "this PySide6 has the import hook the work-around is for"
    path = _import_fresh(tmp_path, "uses_qt_sample", "import PySide6\nVALUE = 1\n", monkeypatch)
    assert str(path) not in linecache.cache


def test_the_hook_still_tells_modules_that_use_pyside_from_those_that_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_qt()
    feature = sys.modules[FEATURE_MODULE]
    _import_fresh(tmp_path, "qt_user_sample", "from PySide6 import QtCore\n", monkeypatch)
    _import_fresh(tmp_path, "plain_sample", "VALUE = 2\n", monkeypatch)
    # PySide's bookkeeping: 0 for a module that uses it (default features), -1 for one that does not.
    assert feature.pyside_feature_dict["qt_user_sample"] == 0
    assert feature.pyside_feature_dict["plain_sample"] == -1
