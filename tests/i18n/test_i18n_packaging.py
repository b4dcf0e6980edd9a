"""The compiled catalogues reach every install without being committed: the wheel (through hatch_build.py)."""

from __future__ import annotations

import subprocess
import tarfile
import zipfile

import pytest

from tools.translations import CATALOGUE_DIR, ROOT


@pytest.mark.slow
def test_the_sdist_and_its_wheel_carry_the_translations(tmp_path):
    # Built the way an installer does from a release: the sdist first, then the wheel from the sdist.
    subprocess.run(["uv", "build", "--out-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    sdist = next(tmp_path.glob("cvi_companion-*.tar.gz"))
    wheel = next(tmp_path.glob("cvi_companion-*.whl"))
    languages = sorted(path.stem for path in CATALOGUE_DIR.glob("cvi_companion_*.ts"))
    assert "cvi_companion_de" in languages

    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    assert "hatch_build.py" in names
    assert "tools/translations.py" in names
    assert not [name for name in names if name.endswith(".qm")]

    with zipfile.ZipFile(wheel) as archive:
        compiled = {
            name.rsplit("/", 1)[1]: archive.getinfo(name).file_size
            for name in archive.namelist()
            if name.startswith("cvi_companion/resources/translations/") and name.endswith(".qm")
        }
    assert sorted(compiled) == [f"{language}.qm" for language in languages]
    assert all(size > 16 for size in compiled.values())  # more than the bare .qm header


def test_the_compiled_catalogues_are_not_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "resources/translations"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert tracked.returncode == 0, "run the tests from the git repository: " + tracked.stderr
    assert not [name for name in tracked.stdout.splitlines() if name.endswith(".qm")]
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "resources/translations/cvi_companion_de.qm"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0
