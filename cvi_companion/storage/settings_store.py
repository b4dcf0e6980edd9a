"""The settings file: JSON, written atomically, read leniently."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cvi_companion.domain.settings import Settings, SettingsRead, settings_from_mapping, settings_to_mapping
from cvi_companion.storage.errors import ReadOnly, from_os

# Real settings are a few KiB; anything near this is not settings and is not read into memory whole.
MAX_SETTINGS_BYTES = 1024 * 1024


class SettingsStore:
    """Loads and saves one settings file, never overwriting a file it could not understand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._unreadable = False
        self._newer = False

    def load(self) -> SettingsRead:
        """Read the file; a missing file gives defaults, a broken one gives defaults and a message. Never raises.

        A file that cannot be used as a whole (unreadable, not UTF-8, not JSON, far too large) is left as it
        is and moved aside to `settings.json.bad` before the next save; single bad values are reset one by one.
        """
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return SettingsRead(Settings())
        except OSError as error:
            return self._unusable(f"could not be read ({error.strerror or error})")
        if len(raw) > MAX_SETTINGS_BYTES:
            return self._unusable(f"is larger than {MAX_SETTINGS_BYTES // 1024} KiB, far too large for settings")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return self._unusable(f"is not UTF-8 text (byte {error.start})")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            return self._unusable(f"is not valid JSON ({error.msg} at line {error.lineno})")
        except (ValueError, RecursionError) as error:
            # A number with thousands of digits, or lists nested thousands deep: JSON, but not settings.
            return self._unusable(f"is not usable JSON ({type(error).__name__})")
        if not isinstance(data, dict):
            return self._unusable(f"does not hold settings (it holds a JSON {type(data).__name__})")
        try:
            read = settings_from_mapping(data)
        except Exception as error:
            # Hand-edited settings must never stop the app: whatever the domain trips over, defaults are used.
            return self._unusable(f"could not be understood ({type(error).__name__}: {error})")
        self._newer = read.newer
        if read.newer:
            note = (
                f"The settings file {self.path} comes from a newer version of cvi_companion; it is read "
                "as far as possible and will not be overwritten."
            )
            return SettingsRead(read.settings, (*read.problems, note), newer=True)
        return read

    def _unusable(self, why: str) -> SettingsRead:
        self._unreadable = True
        message = (
            f"The settings file {self.path} {why}; defaults are used, and the file is kept as "
            f"{self.path.name}.bad when you next change a setting."
        )
        return SettingsRead(Settings(), (message,))

    def save(self, settings: Settings) -> None:
        """Write settings atomically; a file that could not be read is first kept aside."""
        from cvi_companion.storage.atomic import write_text_atomic  # not needed by read-only commands

        if self._newer:
            raise ReadOnly(
                f"The settings file {self.path} belongs to a newer version of cvi_companion; it was not changed."
            )
        if self._unreadable and self.path.exists():
            aside = self.path.with_name(f"{self.path.name}.bad")
            if aside.exists():
                # An earlier bad file is kept too: never overwrite what the person might want back.
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                aside = self.path.with_name(f"{self.path.name}.{stamp}.bad")
            try:
                self.path.replace(aside)
            except OSError as error:
                raise from_os(error, "keep the unreadable settings file aside") from error
            self._unreadable = False
        text = json.dumps(settings_to_mapping(settings), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        write_text_atomic(self.path, text, "save the settings")
