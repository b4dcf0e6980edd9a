"""Reading the guides through storage.assets: from the checkout, from a zipped package, and with a bad file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cvi_companion.domain.guides import RED_FLAGS
from cvi_companion.storage import assets, guide_files

REPO = Path(__file__).resolve().parents[3]


def test_the_guides_folder_is_listed_through_the_assets_door():
    names = assets.list_files(guide_files.GUIDES_FOLDER)
    assert f"{RED_FLAGS}.md" in names
    assert names == sorted(names)
    assert "elevation.svg" in assets.list_files(guide_files.IMAGES_FOLDER)
    with pytest.raises(assets.ResourceMissing, match="reinstall"):
        assets.list_files("guides/xx")


def test_guides_are_loaded_once_and_cached():
    assert guide_files.load_guides() is guide_files.load_guides()
    guide = guide_files.read_guide("leg-elevation.md")
    assert guide.title == "Leg elevation that works"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("../images/elevation.svg", "guides/images/elevation.svg"),
        ("../images/../images/elevation.svg", "guides/images/elevation.svg"),
        ("../../icons/cvi-companion.svg", None),
        ("../en/red-flags.md", None),
        ("/etc/passwd", None),
        ("https://example.org/x.svg", None),
        ("file:///srv/example/x.svg", None),
        ("../images/", None),
    ],
)
def test_a_picture_is_only_ever_read_from_the_guides_images(href, expected):
    assert guide_files.image_resource(href) == expected


def test_a_picture_is_read_as_bytes():
    assert b"<svg" in guide_files.read_image("../images/elevation.svg")
    with pytest.raises(assets.ResourceMissing):
        guide_files.read_image("../images/no-such-picture.svg")
    with pytest.raises(assets.ResourceMissing):
        guide_files.read_image("../../icons/cvi-companion.svg")


def test_a_broken_guide_file_is_reported_and_the_others_still_load(monkeypatch):
    real_read = assets.read_text

    def read_text(relative: str) -> str:
        if relative.endswith("/leg-elevation.md"):
            return "---\ntitle: Broken\nsummary without a colon\n---\n"
        return real_read(relative)

    monkeypatch.setattr(assets, "read_text", read_text)
    library = guide_files.load_guides.__wrapped__()
    assert library.get("leg-elevation") is None
    assert library.get(RED_FLAGS) is not None
    assert [(p.file, p.line) for p in library.problems] == [("leg-elevation.md", 3)]


def test_guides_load_from_a_zipped_package_as_from_a_wheel(monkeypatch, tmp_path):
    """Only the Traversable API is used, so the guides load from any importlib.resources backend."""
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in (REPO / "resources" / "guides").rglob("*"):
            if path.is_file():
                zipped.write(path, f"cvi_companion/resources/{path.relative_to(REPO / 'resources').as_posix()}")
    root = zipfile.Path(archive, "cvi_companion/resources/")
    monkeypatch.setattr(assets, "root", lambda: root)
    library = guide_files.load_guides.__wrapped__()
    assert library.problems == ()
    assert len(library.guides) == len(list((REPO / "resources" / "guides" / "en").glob("*.md")))
    assert b"<svg" in guide_files.read_image("../images/calf-stretch.svg")
