"""Write the Flatpak module for the app's Python dependencies from uv.lock (no network, no extra tool).

Flathub builds offline, so every wheel the app needs on Linux is listed with its address and sha256. The
versions are the locked ones, the same the tests ran against. PySide6 and shiboken6 are left out: the
PySide BaseApp provides them.

    uv run python packaging/flatpak/python_deps.py        # -> packaging/flatpak/python3-deps.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.markers import Marker

REPO = Path(__file__).resolve().parents[2]
PROJECT = "cvi-companion"
FROM_BASE_APP = frozenset({"pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6"})
# The Flatpak runtime: Linux, the KDE runtime's Python (3.12 or later; markers here only name the platform).
LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "python_version": "3.12"}


def _applies(dependency: dict[str, Any]) -> bool:
    marker = dependency.get("marker")
    return marker is None or Marker(marker).evaluate(LINUX)


def runtime_packages(lock: dict[str, Any]) -> list[dict[str, Any]]:
    """The locked packages the app needs at run time on Linux, except those the BaseApp provides."""
    packages = {package["name"]: package for package in lock["package"]}
    wanted: dict[str, dict[str, Any]] = {}
    queue = [d["name"] for d in packages[PROJECT].get("dependencies", []) if _applies(d)]
    while queue:
        name = queue.pop()
        if name in wanted or name in FROM_BASE_APP:
            continue
        wanted[name] = packages[name]
        queue.extend(d["name"] for d in packages[name].get("dependencies", []) if _applies(d))
    return [wanted[name] for name in sorted(wanted)]


def _pure_wheel(package: dict[str, Any]) -> dict[str, Any]:
    wheels = [w for w in package.get("wheels", []) if w["url"].endswith("-none-any.whl")]
    if not wheels:
        raise SystemExit(f"{package['name']} has no pure-Python wheel in uv.lock: add it to the manifest by hand")
    return dict(wheels[0])


def module(lock: dict[str, Any]) -> dict[str, Any]:
    """The flatpak-builder module that installs the wheels offline."""
    packages = runtime_packages(lock)
    sources = []
    for package in packages:
        wheel = _pure_wheel(package)
        algorithm, digest = wheel["hash"].split(":", 1)
        if algorithm != "sha256":
            raise SystemExit(f"{package['name']}: uv.lock gives a {algorithm} hash, flatpak-builder wants sha256")
        sources.append({"type": "file", "url": wheel["url"], "sha256": digest})
    names = " ".join(package["name"] for package in packages)
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=file://${PWD} "
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        "sources": sources,
    }


def main(argv: list[str] | None = None) -> int:
    """Write the module next to the manifest (or where --output says)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=REPO / "uv.lock")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("python3-deps.json"))
    args = parser.parse_args(argv)
    lock = tomllib.loads(args.lock.read_text(encoding="utf-8"))
    args.output.write_text(json.dumps(module(lock), indent=4) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
