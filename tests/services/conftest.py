"""A private D-Bus for the tests that talk to logind, screen savers and notification servers."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtDBus import QDBusConnection


@pytest.fixture
def bus_address(tmp_path) -> Iterator[str]:
    """A dbus-daemon of our own (never the desktop's), for as long as the test runs; yields its address."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed for these tests (Debian: apt install dbus-daemon; .ci/run installs it)"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1", f"--address=unix:dir={tmp_path}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    yield process.stdout.readline().strip()
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


@pytest.fixture
def connect() -> Iterator[Callable[[str], QDBusConnection]]:
    """Open a new named connection to a bus address; all are closed after the test."""
    names: list[str] = []

    def open_connection(address: str) -> QDBusConnection:
        name = f"test-{uuid.uuid4().hex}"
        names.append(name)
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected()
        return bus

    yield open_connection
    for name in names:
        QDBusConnection.disconnectFromBus(name)
