"""Render the app icon from its one SVG (resources/icons/cvi-companion.svg) into what each platform wants.

    uv run python packaging/linux/render_icons.py [--out build/icons]
    uv run python packaging/linux/render_icons.py --runtime   # the app's own PNGs (hatch_build.py runs it)

writes, under the output folder (build/icons by default; build/ is not committed):

    hicolor/<N>x<N>/apps/<app id>.png   for N in 16 22 24 32 48 64 128 256 512
    hicolor/scalable/apps/<app id>.svg  (the source SVG, copied)
    cvi-companion.ico                   Windows: 16 24 32 48 64 256, PNG-compressed entries
    cvi-companion.icns                  macOS: 16 32 64 128 256 512 1024, PNG entries

Drawn with QSvgRenderer (QtSvg, in PySide6-Essentials); the .ico and .icns containers are written here
directly (both hold PNG images), so no ImageMagick or iconutil is needed.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.cvi_companion.CVICompanion"
SOURCE = REPO / "resources" / "icons" / "cvi-companion.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# The PNG-based .icns types (macOS 10.7+): 16, 32, 64 (icp4-6), then 128 ... 1024.
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter  # noqa: TID251 - a build script, not the app
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns holding PNG images by their type code."""
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def render_all(out: Path, source: Path = SOURCE) -> list[Path]:
    """Write every icon under `out`; returns the files written."""
    from PySide6.QtGui import QGuiApplication  # noqa: TID251 - a build script, not the app

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    svg = source.read_bytes()
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png(size))
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    ico = out / "cvi-companion.ico"
    ico.write_bytes(ico_bytes({size: png(size) for size in ICO_SIZES}))
    icns = out / "cvi-companion.icns"
    icns.write_bytes(icns_bytes({kind: png(size) for size, kind in ICNS_TYPES}))
    written += [ico, icns]
    return written


# The icons the running app shows, pre-drawn so that it never loads QtSvg for them (about 0.9 MiB of
# resident memory, docs/performance.md): the window icon, and the tray's states at the sizes trays ask for.
# Up to twice the largest size asked for, so that a screen at 200 % gets a sharp image, not an upscaled one.
RUNTIME_ICONS = {
    "cvi-companion": (16, 22, 24, 32, 48, 64, 96, 128, 256, 512),
    "tray-normal": (16, 22, 24, 32, 44, 48, 64, 96, 128),
    "tray-due": (16, 22, 24, 32, 44, 48, 64, 96, 128),
    "tray-paused": (16, 22, 24, 32, 44, 48, 64, 96, 128),
    # The red-flags button's: a style's standard icon would cost the first frame the QStyle class (~10 ms).
    "warning": (16, 20, 24, 32, 40, 48, 64),
}


def render_runtime(icons: Path, out: Path) -> list[Path]:
    """Draw each of RUNTIME_ICONS from `icons`/<name>.svg into `out`/<name>-<size>.png; returns the files.

    Needs no QGuiApplication (QImage paints on its own), so the wheel's build hook can call it.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, sizes in RUNTIME_ICONS.items():
        svg = (icons / f"{name}.svg").read_bytes()
        for size in sizes:
            target = out / f"{name}-{size}.png"
            target.write_bytes(render_png(svg, size))
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: render into --out (default build/icons)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=REPO / "build" / "icons", help="output folder")
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the source SVG (default: the app's icon)")
    parser.add_argument(
        "--runtime", action="store_true", help="instead, draw the PNGs the app itself shows into resources/icons/png"
    )
    args = parser.parse_args(argv)
    icons = REPO / "resources" / "icons"
    written = render_runtime(icons, icons / "png") if args.runtime else render_all(args.out, args.svg)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
