"""Developer tools run from a source checkout (`uv run python tools/<name>.py`); not part of the app."""
