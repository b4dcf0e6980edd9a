"""cvi_companion: a private self-care companion for chronic venous insufficiency and leg cramps."""

__version__ = "0.1.0"
# The desktop entry's id: Wayland matches windows by it, notification servers find the icon by it.
DESKTOP_ID = "io.github.cvi_companion.CVICompanion"
