"""Sleep and screen-lock signals, sent over a private D-Bus the way logind and a screen saver send them."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from cvi_companion.services.session_events import PREPARE_FOR_SLEEP, SCREEN_SAVER_SIGNALS, BusSignal, SessionEvents


def send(bus: QDBusConnection, signal: BusSignal, value: bool) -> None:
    assert bus.registerService(signal.service)
    message = QDBusMessage.createSignal(signal.path, signal.interface, signal.name)
    message.setArguments([value])
    assert bus.send(message)


def test_logind_sleep_and_wake_are_passed_on(qtbot, bus_address, connect):
    events = SessionEvents(system_bus=connect(bus_address))
    assert events.listening == [PREPARE_FOR_SLEEP]
    logind = connect(bus_address)
    with qtbot.waitSignal(events.sleeping, timeout=3000) as going:
        send(logind, PREPARE_FOR_SLEEP, True)
    assert going.args == [True]
    with qtbot.waitSignal(events.sleeping, timeout=3000) as back:
        send(logind, PREPARE_FOR_SLEEP, False)
    assert back.args == [False]


@pytest.mark.parametrize("saver", SCREEN_SAVER_SIGNALS, ids=lambda s: s.path)
def test_each_screen_saver_lock_and_unlock_is_passed_on_once(qtbot, bus_address, saver, connect):
    events = SessionEvents(session_bus=connect(bus_address))
    assert set(events.listening) == set(SCREEN_SAVER_SIGNALS)
    desktop = connect(bus_address)
    changes: list[bool] = []
    events.screen_locked.connect(changes.append)
    with qtbot.waitSignal(events.screen_locked, timeout=3000):
        send(desktop, saver, True)
    send(desktop, saver, True)  # said twice (KDE answers on two paths): one change
    with qtbot.waitSignal(events.screen_locked, timeout=3000):
        send(desktop, saver, False)
    assert changes == [True, False]


def test_a_signal_from_someone_else_is_ignored(qtbot, bus_address, connect):
    events = SessionEvents(system_bus=connect(bus_address))
    impostor = connect(bus_address)
    message = QDBusMessage.createSignal(PREPARE_FOR_SLEEP.path, PREPARE_FOR_SLEEP.interface, PREPARE_FOR_SLEEP.name)
    message.setArguments([False])
    # Not the owner of org.freedesktop.login1: a process cannot fake a wake-up.
    with qtbot.assertNotEmitted(events.sleeping, wait=300):
        assert impostor.send(message)


def test_without_a_bus_nothing_is_listened_to(qtbot):
    events = SessionEvents(system_bus=None, session_bus=None)
    assert events.listening == []
