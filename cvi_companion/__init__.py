"""cvi_companion: a private self-care companion for chronic venous insufficiency and leg cramps."""

__version__ = "0.1.0"
