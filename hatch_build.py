"""Hatch build hook: compile the translation catalogues (.ts) to .qm and draw the app's PNG icons.

Both are build output (never committed): the .qm land next to their .ts in resources/translations/, the
icons in resources/icons/png/ (drawn from the SVGs beside them). The wheel's force-include takes them from
there into cvi_companion/resources/, and an editable install (what `uv run` makes of a checkout) reads them
there directly. `[tool.uv] cache-keys` rebuilds when a .ts or an icon's SVG changes. Qt's lrelease and
QtSvg come from the PySide6-Essentials wheel, a dependency of this hook (pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"{path} is missing from the source tree")
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while the file runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[misc]  # hatchling is not typed
    """Runs `tools/translations.py build` and draws the PNG icons before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every catalogue next to its source; draw the icons the app shows."""
        del version, build_data
        root = Path(self.root)
        translations = _load("_cvi_translations", root / "tools" / "translations.py")
        built = translations.build(folder=root / "resources" / "translations")
        self.app.display_info(f"compiled {len(built)} translation catalogue(s)")
        icons = _load("_cvi_render_icons", root / "packaging" / "linux" / "render_icons.py")
        drawn = icons.render_runtime(root / "resources" / "icons", root / "resources" / "icons" / "png")
        self.app.display_info(f"drew {len(drawn)} icon image(s)")
