"""The reference reminder apps (Workrave, Safe Eyes) idling on a private X display and private D-Bus buses.

They need a display and a session bus, so each run gets its own: an Xvfb server, a D-Bus session bus and a
second bus standing in for the system bus (Safe Eyes connects to it at start; nothing answers on it). Their
home and XDG folders are a temporary folder, so nothing of the real home is read or written. Install them
with `apt-get install -y workrave safeeyes xvfb`.

Usage: uv run python -m benchmarks.reference_apps [--settle 15] [--idle 60]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks._common import BARE_WINDOW, env, idle_many, kill_tree

REFERENCE_APPS = {"workrave": ["workrave"], "safeeyes": ["safeeyes"]}


def missing_tools() -> list[str]:
    """The programs a desktop session or the reference apps need that are not installed."""
    needed = ["Xvfb", "dbus-daemon", *(cmd[0] for cmd in REFERENCE_APPS.values())]
    return [name for name in needed if shutil.which(name) is None]


def _first_line(proc: subprocess.Popen[bytes]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().decode().strip()


@contextmanager
def desktop_session() -> Iterator[dict[str, str]]:
    """A private X display and D-Bus session and "system" buses; yields the environment to run apps in."""
    started: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(prefix="cvi-bench-desktop-") as tmp:
        home = Path(tmp)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        base = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
        }
        for folder in ("config", "data", "cache", "state"):
            (home / folder).mkdir()
        # Safe Eyes 2.1.5 copies its default config into this folder without making it first.
        (home / "config" / "safeeyes" / "style").mkdir(parents=True)
        try:
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            started.append(xvfb)
            display = _first_line(xvfb)
            buses = []
            for _ in range(2):
                bus = subprocess.Popen(
                    ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env={**os.environ, **base},
                )
                started.append(bus)
                buses.append(_first_line(bus))
            yield {
                **base,
                "DISPLAY": f":{display}",
                "DBUS_SESSION_BUS_ADDRESS": buses[0],
                "DBUS_SYSTEM_BUS_ADDRESS": buses[1],
                "QT_QPA_PLATFORM": "xcb",
                "NO_AT_BRIDGE": "1",
            }
        finally:
            for proc in reversed(started):
                kill_tree(proc)


def reference_commands(session: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The reference apps and the bare window, each to be run in the desktop session."""
    environ = {**env("xcb"), **session}
    out = {f"{name} (Xvfb)": (cmd, environ) for name, cmd in REFERENCE_APPS.items() if shutil.which(cmd[0])}
    out["bare window (Xvfb)"] = ([*BARE_WINDOW, "--stay"], environ)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settle", type=float, default=15.0)
    parser.add_argument("--idle", type=float, default=60.0)
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        sys.exit(f"not installed: {', '.join(missing)} (apt-get install -y workrave safeeyes xvfb)")
    with desktop_session() as session:
        results = idle_many(reference_commands(session), args.settle, args.idle, tree=True)
    for name, idle in results.items():
        state = f"{idle.rss_mib:7.1f} MiB {idle.cpu_s:8.4f} s CPU" if idle.alive else f"did not run: {idle.note}"
        print(f"{name:<24}{state}")


if __name__ == "__main__":
    main()
