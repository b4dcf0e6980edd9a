"""Everything stays on this computer: no flow of the app opens an internet socket."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.harness import run_main

INET = {socket.AF_INET, socket.AF_INET6}


@pytest.fixture
def no_internet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse (and record) any internet socket made through Python; local (AF_UNIX) sockets still work."""
    attempts: list[str] = []

    class Guarded(socket.socket):
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in INET or family == -1:
                attempts.append(f"socket({family})")
                raise OSError("test: internet sockets are not allowed")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type,unused-ignore]

    def refuse(name: str):
        def call(*args: object, **_kwargs: object) -> object:
            attempts.append(f"{name}{args[:2]}")
            raise OSError(f"test: {name} is not allowed")

        return call

    monkeypatch.setattr(socket, "socket", Guarded)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_the_guard_catches_an_internet_socket(no_internet: list[str]) -> None:
    with pytest.raises(OSError, match="not allowed"):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError, match="not allowed"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
    assert len(no_internet) == 2


def test_terminal_commands_open_no_internet_socket(no_internet: list[str], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    flows = [
        ["log", "--side", "left", "--note", "calf"],
        ["list"],
        ["list", "--format", "json"],
        ["export", "--format", "json", "-o", str(tmp_path / "all.json")],
        ["export", "-o", str(tmp_path / "all.csv")],
        ["import", str(tmp_path / "all.csv"), "--dry-run"],
        ["import", str(tmp_path / "all.json"), "--mode", "replace", "--restore-settings"],
        ["backup"],
        ["agenda", "--days", "2"],
        ["agenda", "--ics", "-o", str(tmp_path / "plan.ics")],
    ]
    for argv in flows:
        outcome = run_main(["--data-dir", data, *argv], tmp_path)
        assert outcome.status == 0, (argv, outcome)
    assert no_internet == []


def test_the_report_opens_no_internet_socket(no_internet: list[str], tmp_path: Path, qapp) -> None:
    data = str(tmp_path / "data")
    assert run_main(["--data-dir", data, "log", "--side", "right"], tmp_path).status == 0
    outcome = run_main(["--data-dir", data, "report", "-o", str(tmp_path / "r.pdf")], tmp_path)
    assert outcome.status == 0, outcome
    assert no_internet == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_window_opens_no_internet_socket(no_internet: list[str], tmp_path: Path, qapp, capsys) -> None:
    from cvi_companion.app.self_test import run_self_test

    assert run_self_test(tmp_path / "data") == 0
    assert no_internet == []


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux's")
def test_no_internet_socket_at_the_system_level(tmp_path: Path) -> None:
    """Qt's own code (the local server, fonts, D-Bus) bypasses Python's socket module: watch the system calls."""
    strace = shutil.which("strace")
    assert strace is not None, "strace is needed for this test (Debian: apt-get install strace; .ci/run does)"
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = {
        "log": ["--data-dir", str(data), "log", "--side", "left"],
        "window": ["--data-dir", str(data), "--exit-after-paint"],
        "self-test": ["--self-test"],
    }
    for name, argv in runs.items():
        trace = tmp_path / f"{name}.strace"
        done = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), sys.executable, "-m",
             "cvi_companion", *argv],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert "ptrace" not in done.stderr, f"strace cannot trace here: {done.stderr.strip()[:200]}"
        assert done.returncode == 0, (name, done.stderr[-2000:])
        calls = trace.read_text(encoding="utf-8")
        assert "socket(" in calls or name != "window", "strace saw no socket at all: is it tracing?"
        inet = [line for line in calls.splitlines() if re.search(r"\bAF_INET6?\b", line)]
        assert not inet, f"{name} opened internet sockets:\n" + "\n".join(inet[:10])
