"""The PyInstaller one-folder bundle: built for real, then started offscreen to run the self-test.

Slow (about a minute to build): deselected from the plain `uv run pytest`; CI runs it in its own step with
`uv run --group bundle pytest -m bundle -q tests/packaging`.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import build_bundle  # type: ignore[import-not-found]  # noqa: E402

# Deselected from the everyday run (pyproject's addopts); .ci/run runs them with PyInstaller installed.
pytestmark = [pytest.mark.slow, pytest.mark.bundle]


@pytest.fixture(scope="module", autouse=True)
def _pyinstaller() -> None:
    assert importlib.util.find_spec("PyInstaller") is not None, (
        "PyInstaller is missing: run these with 'uv run --group bundle pytest -m bundle tests/packaging'"
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The built program (in a temporary dist/, so a developer's own dist/ is left alone)."""
    root = tmp_path_factory.mktemp("bundle")
    return build_bundle.build(root / "dist", root / "build", quiet=True)


def _run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=environment, check=False
    )


def test_the_bundle_passes_its_self_test(bundle):
    result = _run(bundle, CVI_COMPANION_SELF_TEST="1")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test passed")
    # The resources came from inside the bundle, not from this checkout.
    icon_line = next(line for line in lines if "ok app-icon" in line)
    where = Path(icon_line.split("resources at ", 1)[1])
    assert where.is_relative_to(bundle.parent)
    assert where.parts[-2:] == ("cvi_companion", "resources")


def test_the_bundle_paints_its_window_and_keeps_data_where_told(bundle, tmp_path):
    data = tmp_path / "data"
    result = _run(bundle, "--data-dir", str(data), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    label, seconds = result.stdout.split()
    assert label == "first-paint"
    assert 0 < float(seconds) < 60
    assert (data / "cramp-log.sqlite3").exists()


def test_the_terminal_commands_work_from_the_bundle(bundle, tmp_path):
    data = str(tmp_path / "data")
    logged = _run(bundle, "--data-dir", data, "log", "--side", "left")
    assert logged.returncode == 0, logged.stderr
    listed = _run(bundle, "--data-dir", data, "list")
    assert listed.returncode == 0, listed.stderr
    assert "left" in listed.stdout.lower()


def test_unused_qt_parts_are_left_out(bundle):
    files = [p.relative_to(bundle.parent).as_posix() for p in bundle.parent.rglob("*") if p.is_file()]
    for unwanted in ("Qt6Qml", "Qt6Quick", "WebEngine", "Qt6Designer", "plugins/sqldrivers", "qgtk3", "Qt6Pdf"):
        assert not [f for f in files if unwanted in f], unwanted
    # Qt's own catalogues: the base ones only (the app's own are in cvi_companion/resources/translations).
    translations = [f for f in files if f.endswith(".qm") and "cvi_companion/resources/" not in f]
    assert translations
    assert all(f.rsplit("/", 1)[-1].startswith("qtbase_") for f in translations)
    assert any(f.endswith("cvi_companion/resources/guides/en/red-flags.md") for f in files)
    assert any(f.endswith("/LICENSE") for f in files)


def test_the_bundle_carries_the_compiled_translations_but_not_their_sources(bundle):
    ours = [p for p in bundle.parent.rglob("cvi_companion_*") if p.parent.name == "translations"]
    names = sorted(p.name for p in ours)
    assert "cvi_companion_de.qm" in names
    assert "cvi_companion_en.qm" in names
    assert not [name for name in names if name.endswith(".ts")]
    assert all(p.parent.parts[-3:] == ("cvi_companion", "resources", "translations") for p in ours)
    # Qt's own German, for the standard buttons.
    assert list(bundle.parent.rglob("qtbase_de.qm"))
