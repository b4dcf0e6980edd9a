"""The settings file: JSON, written atomically, read leniently."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cvi_companion.domain.settings import Settings, SettingsRead, settings_from_mapping, settings_to_mapping
from cvi_companion.storage.errors import ReadOnly, from_os


class SettingsStore:
    """Loads and saves one settings file, never overwriting a file it could not understand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._unreadable = False
        self._newer = False

    def load(self) -> SettingsRead:
        """Read the file; a missing file gives defaults, a broken one gives defaults and a message."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return SettingsRead(Settings())
        except (OSError, UnicodeDecodeError) as error:
            self._unreadable = True
            return SettingsRead(Settings(), (f"The settings file {self.path} could not be read ({error}).",))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            self._unreadable = True
            return SettingsRead(
                Settings(),
                (
                    f"The settings file {self.path} is not valid JSON ({error.msg} at line {error.lineno}); "
                    f"defaults are used, and the file is kept as {self.path.name}.bad when you next change a setting.",
                ),
            )
        if not isinstance(data, dict):
            self._unreadable = True
            return SettingsRead(Settings(), (f"The settings file {self.path} does not hold settings; using defaults.",))
        read = settings_from_mapping(data)
        self._newer = read.newer
        if read.newer:
            note = (
                f"The settings file {self.path} comes from a newer version of cvi_companion; it is read "
                "as far as possible and will not be overwritten."
            )
            return SettingsRead(read.settings, (*read.problems, note), newer=True)
        return read

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
