"""What the desktop says about sleep and the screen lock (Linux, over D-Bus).

The clock comparison in ResumeWatcher works everywhere but looks only twice a minute; logind's
`PrepareForSleep` tells us the moment the machine goes to sleep and wakes. A screen saver's
`ActiveChanged` says the screen was locked or blanked: the person is away, though the app keeps running.
Everything here is optional: without a bus, or without these services, nothing is emitted and the
clock comparison still catches sleep.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@dataclass(frozen=True, slots=True)
class BusSignal:
    """A D-Bus signal to listen to: sender name, object path, interface and member."""

    service: str
    path: str
    interface: str
    name: str


PREPARE_FOR_SLEEP = BusSignal(
    "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
)
# GNOME's and the freedesktop (KDE, Xfce, Cinnamon...) screen savers; KDE answers on both paths.
SCREEN_SAVER_SIGNALS = (
    BusSignal("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
    BusSignal(
        "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    ),
    BusSignal("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
)


class SessionEvents(QObject):
    """Emits `sleeping(True)` before sleep and `sleeping(False)` after; `screen_locked(bool)` likewise."""

    sleeping = Signal(bool)
    screen_locked = Signal(bool)

    def __init__(
        self,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening: list[BusSignal] = []
        self._locked = False
        if system_bus is not None and system_bus.isConnected():
            self._listen(system_bus, PREPARE_FOR_SLEEP, "_on_prepare_for_sleep(bool)")
        if session_bus is not None and session_bus.isConnected():
            for signal in SCREEN_SAVER_SIGNALS:
                self._listen(session_bus, signal, "_on_screen_saver(bool)")

    @classmethod
    def from_desktop(cls, parent: QObject | None = None) -> SessionEvents:
        """Listen on the machine's own system and session buses (whichever exist)."""
        return cls(QDBusConnection.systemBus(), QDBusConnection.sessionBus(), parent)

    def _listen(self, bus: QDBusConnection, signal: BusSignal, slot: str) -> None:
        # The stubs say bytes, but PySide wants the SLOT() string at run time.
        if bus.connect(signal.service, signal.path, signal.interface, signal.name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.listening.append(signal)

    @Slot(bool)
    def _on_prepare_for_sleep(self, going: bool) -> None:
        self.sleeping.emit(going)

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        # KDE sends on two paths; say each change once.
        if active != self._locked:
            self._locked = active
            self.screen_locked.emit(active)
