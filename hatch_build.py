"""Hatch build hook: compile the translation catalogues (.ts) to .qm whenever a wheel is built.

The .qm are build output (never committed) and land next to their .ts in resources/translations/: the
wheel's force-include takes them from there into cvi_companion/resources/, and an editable install (what
`uv run` makes of a checkout) reads them there directly. `[tool.uv] cache-keys` rebuilds when a .ts changes.
Qt's lrelease comes from the PySide6-Essentials wheel, a dependency of this hook (pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[misc]  # hatchling is not typed
    """Runs `tools/translations.py build` before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every catalogue next to its source."""
        del version, build_data
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("_cvi_translations", root / "tools" / "translations.py")
        if spec is None or spec.loader is None:
            raise RuntimeError("tools/translations.py is missing from the source tree")
        module = importlib.util.module_from_spec(spec)
        # Registered first: dataclasses look their module up while the file runs.
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        built = module.build(folder=root / "resources" / "translations")
        self.app.display_info(f"compiled {len(built)} translation catalogue(s)")
