"""A private desktop for out-of-process tests: Xvfb, a session D-Bus and the AT-SPI accessibility bus."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL = "Debian: apt install xvfb dbus-daemon at-spi2-core python3-pyatspi; .ci/run installs them"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


@dataclass(frozen=True)
class Desktop:
    """Where the private desktop is: the X display and the session bus address, as environment variables."""

    display: str
    bus_address: str

    def env(self, **extra: str) -> dict[str, str]:
        """The test environment pointed at this desktop (never the real one)."""
        return {**os.environ, "DISPLAY": self.display, "DBUS_SESSION_BUS_ADDRESS": self.bus_address, **extra}


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str], group: bool = False) -> None:
    if process.poll() is None:
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        if group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait(timeout=10)


@pytest.fixture
def private_desktop(tmp_path: Path) -> Iterator[Desktop]:
    """Xvfb, a dbus-daemon of our own and the AT-SPI bus launcher on it, for as long as the test runs."""
    for tool in ("Xvfb", "dbus-daemon"):
        assert shutil.which(tool), f"{tool} is needed for this test ({INSTALL})"
    launcher = next((path for path in BUS_LAUNCHERS if Path(path).is_file()), None)
    assert launcher, f"at-spi-bus-launcher is needed for this test ({INSTALL})"
    processes: list[tuple[subprocess.Popen[str], bool]] = []
    try:
        # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stderr=subprocess.DEVNULL,
            text=True,
        )
        processes.append((xvfb, False))
        os.close(write_end)
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        bus_dir = tmp_path / "bus"
        bus_dir.mkdir()
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1", f"--address=unix:dir={bus_dir}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        processes.append((daemon, False))
        assert daemon.stdout is not None
        desktop = Desktop(f":{number}", daemon.stdout.readline().strip())
        assert desktop.bus_address, "dbus-daemon did not start"
        # Its own process group: the accessibility bus's dbus-daemon and registry it starts go with it.
        bus = subprocess.Popen(
            [launcher, "--launch-immediately"],
            env=desktop.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            text=True,
        )
        processes.append((bus, True))
        yield desktop
    finally:
        for process, group in reversed(processes):
            _stop(process, group)
        for process, _group in processes:
            if process.stdout is not None:
                process.stdout.close()
