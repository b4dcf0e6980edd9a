"""Settings as a service: the current values, a save that reports problems, and a change signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cvi_companion.domain.settings import Settings
from cvi_companion.domain.text import Phrase
from cvi_companion.storage.settings_store import SettingsStore


class SettingsService(QObject):
    """Holds the loaded settings; `changed` fires after a successful save."""

    changed = Signal()

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        read = store.load()
        self._settings = read.settings
        # Said in the person's language by the window; str() of each is the English.
        self.load_problems: tuple[Phrase, ...] = read.problems

    @property
    def settings(self) -> Settings:
        """The current settings."""
        return self._settings

    def save(self, settings: Settings) -> None:
        """Persist new settings (raises StorageError, leaving the old ones in force)."""
        self._store.save(settings)
        self._settings = settings
        self.changed.emit()
