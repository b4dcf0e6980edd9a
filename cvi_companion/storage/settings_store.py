"""The settings file: JSON, written atomically, read leniently."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cvi_companion.domain.settings import Settings, SettingsRead, settings_from_mapping, settings_to_mapping
from cvi_companion.domain.text import Phrase, translate
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
            why = translate("Settings", "could not be read ({reason})", reason=str(error.strerror or error))
            return self._unusable(why)
        if len(raw) > MAX_SETTINGS_BYTES:
            why = translate(
                "Settings", "is larger than {size} KiB, far too large for settings", size=MAX_SETTINGS_BYTES // 1024
            )
            return self._unusable(why)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return self._unusable(translate("Settings", "is not UTF-8 text (byte {byte})", byte=error.start))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            why = translate(
                "Settings", "is not valid JSON ({reason} at line {line})", reason=error.msg, line=error.lineno
            )
            return self._unusable(why)
        except (ValueError, RecursionError) as error:
            # A number with thousands of digits, or lists nested thousands deep: JSON, but not settings.
            return self._unusable(translate("Settings", "is not usable JSON ({reason})", reason=type(error).__name__))
        if not isinstance(data, dict):
            why = translate("Settings", "does not hold settings (it holds a JSON {kind})", kind=type(data).__name__)
            return self._unusable(why)
        try:
            read = settings_from_mapping(data)
        except Exception as error:
            # Hand-edited settings must never stop the app: whatever the domain trips over, defaults are used.
            reason = f"{type(error).__name__}: {error}"
            return self._unusable(translate("Settings", "could not be understood ({reason})", reason=reason))
        self._newer = read.newer
        if read.newer:
            note = translate(
                "Settings",
                "The settings file {file} comes from a newer version of cvi_companion; it is read as far as possible "
                "and will not be overwritten.",
                file=str(self.path),
            )
            return SettingsRead(read.settings, (*read.problems, note), newer=True)
        return read

    def _unusable(self, why: Phrase) -> SettingsRead:
        self._unreadable = True
        message = translate(
            "Settings",
            "The settings file {file} {why}; defaults are used, and the file is kept as {kept} when you next "
            "change a setting.",
            file=str(self.path),
            why=why,
            kept=f"{self.path.name}.bad",
        )
        return SettingsRead(Settings(), (message,))

    def save(self, settings: Settings) -> None:
        """Write settings atomically; a file that could not be read is first kept aside."""
        from cvi_companion.storage.atomic import write_text_atomic  # not needed by read-only commands

        if self._newer:
            raise ReadOnly(
                translate(
                    "Settings",
                    "The settings file {file} belongs to a newer version of cvi_companion; it was not changed.",
                    file=str(self.path),
                )
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
                action = translate("Storage", "keep the unreadable settings file aside")
                raise from_os(error, action, folder=self.path.parent) from error
            self._unreadable = False
        text = json.dumps(settings_to_mapping(settings), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        write_text_atomic(self.path, text, translate("Storage", "save the settings"))
