"""One app per data folder: the lock, a stale lock, and later launches (real processes) handing over."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time

import pytest

from cvi_companion.app.instance import instance_name, start_server, stop_server
from cvi_companion.domain.instance_messages import Command
from cvi_companion.services.single_instance import claim_lock, hand_over, lock_holder, send_to_primary
from cvi_companion.storage.instance_files import lock_path, read_address

pytestmark = pytest.mark.slow


def _launch(data_dir, *args):
    """A later launch as a real process (the test process is the primary)."""
    return subprocess.Popen(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(launch):
    """Wait for a launch to end; its status and output (pipes closed)."""
    out, err = launch.communicate(timeout=20)
    return launch.returncode, out, err


@pytest.fixture
def primary(qapp, app_paths):
    """This test process as the running app: it holds the lock and listens."""
    lock = claim_lock(lock_path(app_paths))
    assert lock is not None
    server = start_server(app_paths)
    assert server is not None
    yield server
    stop_server(app_paths, server)
    lock.unlock()


def test_the_first_takes_the_lock_and_a_second_claim_in_another_process_fails(app_paths):
    lock = claim_lock(lock_path(app_paths))
    assert lock is not None
    probe = "from cvi_companion.services.single_instance import claim_lock; import sys; "
    probe += "sys.exit(0 if claim_lock(__import__('pathlib').Path(sys.argv[1])) is None else 3)"
    assert subprocess.run([sys.executable, "-c", probe, str(lock_path(app_paths))], check=False).returncode == 0
    assert lock_holder(lock_path(app_paths)) == os.getpid()
    lock.unlock()
    assert claim_lock(lock_path(app_paths)) is not None


def test_a_lock_left_by_a_process_that_died_is_recovered(app_paths):
    # A primary killed without cleaning up: its lock file stays, naming a PID that no longer runs.
    crash = (
        "import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
        "assert lock.tryLock(0); print(os.getpid(), flush=True); os._exit(0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", crash, str(lock_path(app_paths))], capture_output=True, text=True, check=True
    )
    assert lock_path(app_paths).exists()
    assert lock_holder(lock_path(app_paths)) == int(done.stdout)
    lock = claim_lock(lock_path(app_paths))
    assert lock is not None
    assert lock_holder(lock_path(app_paths)) == os.getpid()
    lock.unlock()


def test_the_primary_records_its_socket_beside_the_lock(primary, app_paths):
    address = read_address(app_paths)
    assert address is not None
    assert address == primary.full_name
    if os.name == "posix":
        # The socket is only this person's (the runtime folder the tests set up is private too).
        assert os.stat(address).st_mode & 0o077 == 0
        assert address.startswith(os.environ["XDG_RUNTIME_DIR"])


@pytest.mark.parametrize(
    ("args", "signal"),
    [
        ((), "raise_requested"),
        (("--quick-log",), "quick_log_requested"),
        (("quick-log",), "quick_log_requested"),
    ],
)
def test_a_later_launch_hands_its_wish_over_and_exits_0(qtbot, primary, app_paths, args, signal):
    with qtbot.waitSignal(getattr(primary, signal), timeout=20_000):
        launch = _launch(app_paths.data_dir, *args)
    status, _out, err = _finish(launch)
    assert status == 0, err


def test_a_start_at_login_while_the_app_runs_just_exits(qtbot, primary, app_paths):
    with qtbot.assertNotEmitted(primary.raise_requested, wait=0):
        launch = _launch(app_paths.data_dir, "--background")
        while launch.poll() is None:
            qtbot.wait(50)
    assert _finish(launch)[0] == 0


def test_the_terminal_log_command_asks_for_a_refresh(qtbot, primary, app_paths):
    launch = _launch(app_paths.data_dir, "log", "--side", "left")
    with qtbot.waitSignal(primary.refresh_requested, timeout=20_000):
        while launch.poll() is None:
            qtbot.wait(10)
        logged = time.monotonic()
    assert time.monotonic() - logged < 1.0
    status, out, _err = _finish(launch)
    assert status == 0
    assert "Logged a cramp" in out


def test_garbage_is_logged_answered_and_ignored(qtbot, primary, caplog):
    caplog.set_level(logging.WARNING, logger="cvi_companion.services.single_instance")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(primary.full_name)
        with qtbot.waitSignal(primary.raise_requested, timeout=5000):
            client.sendall(b"GET / HTTP/1.0\n" + b'{"cmd": "shutdown"}\n' + b'{"cmd": "raise"}\n')
        client.settimeout(5)
        replies = b""
        while replies.count(b"\n") < 3:
            replies += client.recv(1024)
    lines = replies.splitlines()
    assert lines[0].startswith(b"error not JSON")
    assert lines[1].startswith(b"error unknown cmd 'shutdown'")
    assert lines[2] == b"ok"
    assert [r.message for r in caplog.records if "ignored a message" in r.message] != []
    assert len([r for r in caplog.records if "ignored a message" in r.message]) == 2


def test_an_endless_line_drops_the_connection(qtbot, primary, caplog):
    caplog.set_level(logging.WARNING, logger="cvi_companion.services.single_instance")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(primary.full_name)
        client.sendall(b"x" * 10_000)
        qtbot.waitUntil(lambda: any("dropped a connection" in r.message for r in caplog.records), timeout=5000)
        client.settimeout(5)
        assert client.recv(10) == b""  # closed by the app


def test_nobody_listening_means_no_hand_over(app_paths, qapp):
    assert not send_to_primary(instance_name(app_paths), Command.RAISE, timeout_ms=200)
    # With the lock free, a later launch simply becomes the primary.
    lock = hand_over(lock_path(app_paths), instance_name(app_paths), Command.RAISE, timeout_ms=200)
    assert lock is not None
    lock.unlock()


def test_a_primary_that_does_not_answer_is_reported_not_waited_for_forever(app_paths, qapp):
    lock = claim_lock(lock_path(app_paths))  # held, but nobody listens
    assert lock is not None
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=f"process {os.getpid()}"):
        hand_over(lock_path(app_paths), instance_name(app_paths), Command.RAISE, timeout_ms=300)
    assert time.monotonic() - started < 3
    lock.unlock()
