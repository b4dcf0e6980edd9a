"""The Flatpak manifest and its Python dependencies module, generated from uv.lock (Flathub builds offline)."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
FLATPAK = REPO / "packaging" / "flatpak"
MANIFEST = FLATPAK / "io.github.cvi_companion.CVICompanion.yml"


def _python_deps() -> ModuleType:
    spec = importlib.util.spec_from_file_location("python_deps", FLATPAK / "python_deps.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lock() -> dict[str, Any]:
    return tomllib.loads((REPO / "uv.lock").read_text(encoding="utf-8"))


def test_the_module_lists_the_locked_wheels_of_every_linux_dependency_but_pyside(tmp_path):
    out = tmp_path / "python3-deps.json"
    assert _python_deps().main(["--output", str(out)]) == 0
    module = json.loads(out.read_text(encoding="utf-8"))
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    linux = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "python_version": "3.12"}
    needed = {
        Requirement(line).name.lower()
        for line in project["dependencies"]
        if not Requirement(line).name.lower().startswith("pyside6")
        and (Requirement(line).marker is None or Marker(str(Requirement(line).marker)).evaluate(linux))
    }
    locked = {p["name"]: p for p in _lock()["package"]}
    named = {
        Path(s["url"]).name.split("-")[0].lower(): s for s in module["sources"]
    }  # platformdirs-4.14.7-py3-none-any.whl -> platformdirs
    assert set(named) == needed
    for name, source in named.items():
        wheel = next(w for w in locked[name]["wheels"] if w["url"] == source["url"])
        assert wheel["hash"] == f"sha256:{source['sha256']}"
        assert source["url"].startswith("https://files.pythonhosted.org/")
    command = module["build-commands"][0]
    assert "--no-index" in command  # offline, from the listed files only
    assert all(name in command.split() for name in needed)


def test_windows_only_and_base_app_packages_stay_out_and_indirect_ones_come_in():
    lock = {
        "package": [
            {
                "name": "cvi-companion",
                "dependencies": [
                    {"name": "pyside6-essentials"},
                    {"name": "tzdata", "marker": "sys_platform == 'win32'"},
                    {"name": "tzlocal"},
                ],
            },
            {"name": "pyside6-essentials", "dependencies": [{"name": "shiboken6"}]},
            {"name": "shiboken6"},
            {"name": "tzdata"},
            {"name": "tzlocal", "dependencies": [{"name": "helper", "marker": "sys_platform == 'linux'"}]},
            {"name": "helper"},
        ]
    }
    assert [p["name"] for p in _python_deps().runtime_packages(lock)] == ["helper", "tzlocal"]


def test_the_manifest_has_no_network_and_one_kde_branch():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["id"] == MANIFEST.stem
    assert manifest["runtime-version"] == manifest["base-version"]
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert not any(arg.startswith("--share=network") for arg in manifest["finish-args"])
    assert manifest["modules"][0] == "python3-deps.json"
    version = _app_version()
    wheel = manifest["modules"][1]["sources"][0]["path"]
    assert wheel.endswith(f"cvi_companion-{version}-py3-none-any.whl")


def _app_version() -> str:
    init = (REPO / "cvi_companion" / "__init__.py").read_text(encoding="utf-8")
    return next(
        line.split("=", 1)[1].strip().strip('"') for line in init.splitlines() if line.startswith("__version__")
    )
