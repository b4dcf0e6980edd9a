"""The only door to the files under `resources/` (icons, guides, later translations).

In a wheel or a PyInstaller bundle they sit inside the package as `cvi_companion/resources`; in a source
checkout (including an editable install) they are read from the repository's top-level `resources/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class ResourceMissing(FileNotFoundError):
    """A file the app ships with is not where it should be (a broken install)."""


@cache
def root() -> Traversable:
    """The folder holding the app's resources, wherever the app runs from (found once per process)."""
    package = Path(__file__).resolve().parents[1]
    # A plain folder (a wheel, a bundle, a source checkout) needs no importlib.resources, which would load
    # zipfile, tempfile and random at start-up; only a package inside an archive does.
    for folder in (package / "resources", package.parent / "resources"):
        if folder.is_dir():
            return folder
    import importlib.resources

    packaged = importlib.resources.files("cvi_companion") / "resources"
    if packaged.is_dir():
        return packaged
    raise ResourceMissing("The app's resource files are missing; please reinstall cvi_companion.")


def _find(relative: str) -> Traversable:
    node = root()
    for part in relative.split("/"):
        node = node / part
    if not node.is_file():
        raise ResourceMissing(f"The resource '{relative}' is missing; please reinstall cvi_companion.")
    return node


def list_files(folder: str) -> list[str]:
    """The names of the files in a resource folder (forward slashes), sorted."""
    node = root()
    for part in folder.split("/"):
        node = node / part
    if not node.is_dir():
        raise ResourceMissing(f"The resource folder '{folder}' is missing; please reinstall cvi_companion.")
    return sorted(child.name for child in node.iterdir() if child.is_file())


def read_bytes(relative: str) -> bytes:
    """The bytes of a resource, by its path under resources/ (forward slashes)."""
    return _find(relative).read_bytes()


def read_text(relative: str) -> str:
    """The UTF-8 text of a resource."""
    return _find(relative).read_text(encoding="utf-8")


def file_path(relative: str) -> Path | None:
    """The resource as a file on disk, for programs that take a path; None when it is only inside an archive."""
    node = _find(relative)
    return Path(str(node)) if isinstance(node, Path) else None


APP_ICON = "icons/cvi-companion.svg"
