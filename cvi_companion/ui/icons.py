"""The app's icons: PNGs drawn from its SVGs when the app was built, or the SVGs themselves where those are missing.

The PNGs (resources/icons/png/<name>-<size>.png, made by hatch_build.py) spare the running app QtSvg and its
icon plug-in, about 0.9 MiB of resident memory (docs/performance.md); a checkout whose build did not draw
them, or a package inside an archive, falls back to drawing the SVGs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from cvi_companion.storage.assets import APP_ICON, ResourceMissing, file_path, list_files, read_bytes

PNG_FOLDER = "icons/png"
SVG_SIZES = (16, 22, 24, 32, 48, 64)


def drawn_icon(name: str) -> QIcon | None:
    """The icon from its pre-drawn PNGs, each loaded only when a size near it is asked for; None if absent."""
    try:
        files = list_files(PNG_FOLDER)
    except ResourceMissing:
        return None
    icon = QIcon()
    prefix = f"{name}-"
    for file in files:
        size = file.removeprefix(prefix).removesuffix(".png")
        if not (file.startswith(prefix) and file.endswith(".png") and size.isdigit()):
            continue
        path = file_path(f"{PNG_FOLDER}/{file}")
        if path is None:
            return None  # inside an archive: no file names to load lazily from
        icon.addFile(str(path), QSize(int(size), int(size)))
    return None if icon.isNull() else icon


def svg_icon(relative: str, sizes: tuple[int, ...] = SVG_SIZES) -> QIcon:
    """An icon drawn from one of our SVGs at the given sizes (the fallback; loads QtSvg)."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(read_bytes(relative)))
    icon = QIcon()
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def app_icon() -> QIcon:
    """The app's icon at whatever size and pixel ratio is asked for."""
    drawn = drawn_icon("cvi-companion")
    if drawn is not None:
        return drawn
    try:
        return QIcon(str(file_path(APP_ICON)))
    except ResourceMissing:
        return QIcon()


def tray_icon(state: str) -> QIcon:
    """The tray's icon for a state ("normal", "due", "paused")."""
    return drawn_icon(f"tray-{state}") or svg_icon(f"icons/tray-{state}.svg")


def warning_icon() -> QIcon:
    """An amber warning triangle (the red-flags button's)."""
    return drawn_icon("warning") or svg_icon("icons/warning.svg")
