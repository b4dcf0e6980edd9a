from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cvi_companion.storage import assets

REPO = Path(__file__).resolve().parents[3]


def test_resources_are_found_from_the_source_checkout():
    assert Path(str(assets.root())) == REPO / "resources"
    assert b"<svg" in assets.read_bytes(assets.APP_ICON)
    assert "CVI Companion" in assets.read_text(assets.APP_ICON)


def test_a_missing_resource_says_so_plainly():
    with pytest.raises(assets.ResourceMissing, match="reinstall"):
        assets.read_bytes("icons/no-such-icon.svg")


@pytest.mark.slow
def test_resources_are_found_from_an_installed_wheel(tmp_path):
    built = subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(REPO)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("cvi_companion-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "cvi_companion/resources/icons/cvi-companion.svg" in names
    assert not [n for n in names if n.endswith(".pyc") or "/tests/" in n]
    # The catalogues are compiled into the wheel (built there, never committed).
    assert "cvi_companion/resources/translations/cvi_companion_de.qm" in names
    venv = tmp_path / "venv"
    subprocess.run(["uv", "venv", "--python", sys.executable, str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    subprocess.run(
        ["uv", "pip", "install", "--python", str(python), "--no-deps", str(wheel)], check=True, capture_output=True
    )
    probe = (
        "from pathlib import Path; from cvi_companion.storage import assets; "
        "print(Path(str(assets.root())).as_posix()); print(len(assets.read_bytes(assets.APP_ICON)))"
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    where, size = result.stdout.split()
    assert where.endswith("site-packages/cvi_companion/resources")
    assert int(size) == len((REPO / "resources" / "icons" / "cvi-companion.svg").read_bytes())
