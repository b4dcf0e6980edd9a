"""Reading the guides and their pictures from the app's resources (through storage.assets only)."""

from __future__ import annotations

import functools
import posixpath

from cvi_companion.domain.guides import Guide, GuideError, GuideLibrary, parse_guide
from cvi_companion.storage import assets

GUIDES_FOLDER = "guides/en"
IMAGES_FOLDER = "guides/images"


def read_guide(file_name: str) -> Guide:
    """Read and parse one guide file by name (raises GuideError or assets.ResourceMissing)."""
    return parse_guide(file_name, assets.read_text(f"{GUIDES_FOLDER}/{file_name}"))


@functools.cache
def load_guides() -> GuideLibrary:
    """Every guide the app ships with; a file that cannot be parsed is reported, not fatal.

    Cached: the files do not change while the app runs, and the tab and the reminder window both ask.
    """
    guides: list[Guide] = []
    problems: list[GuideError] = []
    for name in assets.list_files(GUIDES_FOLDER):
        if not name.endswith(".md"):
            continue
        try:
            guides.append(read_guide(name))
        except GuideError as error:
            problems.append(error)
        except UnicodeDecodeError as error:
            problems.append(GuideError(name, 1, f"not UTF-8 text ({error.reason})"))
    return GuideLibrary(tuple(guides), tuple(problems))


def image_resource(href: str) -> str | None:
    """The resource path of an image a guide refers to (`../images/x.svg`), or None if it points elsewhere."""
    if "://" in href or href.startswith(("/", "\\")) or ":" in href.split("/", 1)[0]:
        return None
    relative = posixpath.normpath(posixpath.join(GUIDES_FOLDER, href))
    folder, _slash, name = relative.rpartition("/")
    return relative if folder == IMAGES_FOLDER and name else None


def read_image(href: str) -> bytes:
    """The bytes of an image a guide refers to (raises assets.ResourceMissing if there is none)."""
    relative = image_resource(href)
    if relative is None:
        raise assets.ResourceMissing(f"The guides have no picture at '{href}'.")
    return assets.read_bytes(relative)
