"""The Linux desktop entry, AppStream metainfo and icons: valid for the freedesktop tools, one app id throughout."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.cvi_companion.CVICompanion"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PLACEHOLDER = "https://cvi-companion.example/"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is missing (Debian: apt-get install desktop-file-utils appstream; .ci/run does)"
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # not even a hint


def test_the_metainfo_is_valid():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # AppStream 0.16 (Debian 12) does not know <developer> yet (1.0 syntax, which Flathub wants): info only.
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not problems, result.stdout


def test_the_desktop_entry_uses_the_app_id_and_the_installed_program():
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    program = entry["Exec"].split()[0]
    assert program in scripts
    assert entry["TryExec"] == program
    assert entry["StartupWMClass"] == program


def test_the_metainfo_matches_the_desktop_entry_and_the_project():
    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    assert root.findtext("name") == _desktop_entry()["Name"]
    rating, developer, release = root.find("content_rating"), root.find("developer/name"), root.find("releases/release")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    assert developer is not None
    assert developer.text
    version = next(
        line.split("=", 1)[1].strip().strip('"')
        for line in (REPO / "cvi_companion" / "__init__.py").read_text(encoding="utf-8").splitlines()
        if line.startswith("__version__")
    )
    assert release is not None
    assert release.get("version") == version


def test_every_screenshot_is_one_of_the_repository_s_screenshots():
    images = [element.text or "" for element in ET.parse(METAINFO).getroot().iterfind("screenshots/screenshot/image")]
    assert len(images) >= 1
    for url in images:
        assert url.startswith(PLACEHOLDER), url
        assert (REPO / url.removeprefix(PLACEHOLDER)).is_file(), url


def test_the_icons_are_rendered_from_the_svg(tmp_path):
    result = subprocess.run(
        [sys.executable, str(LINUX / "render_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        REPO / "resources" / "icons" / "cvi-companion.svg"
    ).read_bytes()
    ico = (tmp_path / "cvi-companion.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0"
    assert int.from_bytes(ico[4:6], "little") == 6
    icns = (tmp_path / "cvi-companion.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert int.from_bytes(icns[4:8], "big") == len(icns)
    # No generated picture is committed: they are built.
    tracked = subprocess.run(["git", "ls-files", "packaging"], capture_output=True, text=True, cwd=REPO, check=False)
    assert not [f for f in tracked.stdout.split() if f.endswith((".png", ".ico", ".icns"))]
