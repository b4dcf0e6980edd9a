"""Where the app finds its compiled catalogues (storage/translation_files.py)."""

from __future__ import annotations

from cvi_companion.storage import translation_files
from cvi_companion.storage.assets import root


def test_english_comes_first_then_every_compiled_catalogue():
    languages = translation_files.available_languages()
    assert languages[0] == "en"
    assert "de" in languages
    assert len(languages) == len(set(languages))


def test_a_catalogue_is_found_by_its_language_code():
    path = translation_files.catalogue_path("de")
    assert path is not None
    assert path.name == "cvi_companion_de.qm"
    assert path.parent == root() / "translations"
    assert translation_files.catalogue_path("xx") is None


def test_without_a_translations_folder_only_english_is_offered(monkeypatch):
    monkeypatch.setattr(translation_files, "FOLDER", "no-such-folder")
    assert translation_files.available_languages() == ["en"]
    assert translation_files.catalogue_path("de") is None
