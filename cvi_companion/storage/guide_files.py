"""Reading the guides and their pictures from the app's resources (through storage.assets only).

Guides live in `resources/guides/<language>/<id>.md`. A language's folder may hold only some of them (or
none): the others are read from the English folder, and say so (`Guide.language`).
"""

from __future__ import annotations

import functools
import posixpath

from cvi_companion.domain.guides import SOURCE_LANGUAGE, Guide, GuideError, GuideLibrary, parse_guide
from cvi_companion.storage import assets

GUIDES_ROOT = "guides"
GUIDES_FOLDER = f"{GUIDES_ROOT}/{SOURCE_LANGUAGE}"
IMAGES_FOLDER = "guides/images"


def guides_folder(language: str) -> str:
    """The resource folder of one language's guides ("guides/de")."""
    return f"{GUIDES_ROOT}/{language}"


def _names(language: str) -> list[str]:
    try:
        return [name for name in assets.list_files(guides_folder(language)) if name.endswith(".md")]
    except assets.ResourceMissing:
        return []


def read_guide(file_name: str, language: str = SOURCE_LANGUAGE) -> Guide:
    """Read and parse one guide by file name, in `language` when translated, else in English.

    Raises GuideError or assets.ResourceMissing.
    """
    if language != SOURCE_LANGUAGE and file_name in _names(language):
        return parse_guide(file_name, assets.read_text(f"{guides_folder(language)}/{file_name}"), language)
    return parse_guide(file_name, assets.read_text(f"{GUIDES_FOLDER}/{file_name}"))


@functools.cache
def load_guides(language: str = SOURCE_LANGUAGE) -> GuideLibrary:
    """Every guide the app ships with, in `language` where translated; a file that cannot be parsed is reported.

    Cached per language: the files do not change while the app runs, and the tab and the reminder window
    both ask.
    """
    guides: list[Guide] = []
    problems: list[GuideError] = []
    names = set(_names(SOURCE_LANGUAGE))
    if language != SOURCE_LANGUAGE:
        names.update(_names(language))
    for name in sorted(names):
        try:
            guides.append(read_guide(name, language))
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
