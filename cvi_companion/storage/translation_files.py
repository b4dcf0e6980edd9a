"""The app's translation catalogues under resources/translations: which languages exist, and where.

Sources are `cvi_companion_<lang>.ts` (edited by translators, committed); the compiled `.qm` next to them is
built, never committed. English is the source language and always available.
"""

from __future__ import annotations

from pathlib import Path

from cvi_companion.storage.assets import ResourceMissing, file_path, list_files

FOLDER = "translations"
PREFIX = "cvi_companion_"
SOURCE_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Language codes the interface can be shown in ("en" first, then those with a compiled catalogue)."""
    try:
        names = list_files(FOLDER)
    except ResourceMissing:
        names = []
    compiled = sorted(
        name.removeprefix(PREFIX).removesuffix(".qm")
        for name in names
        if name.startswith(PREFIX) and name.endswith(".qm")
    )
    return [SOURCE_LANGUAGE, *(code for code in compiled if code != SOURCE_LANGUAGE)]


def catalogue_path(language: str) -> Path | None:
    """The compiled catalogue for a language code, or None when there is none."""
    try:
        return file_path(f"{FOLDER}/{PREFIX}{language}.qm")
    except ResourceMissing:
        return None
