"""The primary's Unix socket without QtNetwork: silent and greedy clients, other users, leftovers, privacy."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cvi_companion.domain.instance_messages import MAX_LINE_BYTES, REPLY_OK, Command, encode, server_name
from cvi_companion.services import local_server
from cvi_companion.services.single_instance import PrimaryServer
from cvi_companion.storage.instance_files import is_private_folder, socket_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets (Windows keeps QLocalServer)")

LOGGER = "cvi_companion.services.single_instance"
SHORT_MS = 300


@pytest.fixture
def name(tmp_path) -> str:
    """A socket name in the tests' private runtime folder, as the app picks it on Linux."""
    return server_name(str(tmp_path / "data"), os.environ["XDG_RUNTIME_DIR"])


@pytest.fixture
def server(qapp, name):
    """A listening primary whose clients get SHORT_MS to say their line."""
    primary = PrimaryServer(name, client_timeout_ms=SHORT_MS)
    assert primary.listen()
    yield primary
    primary.close()
    primary.deleteLater()


@pytest.fixture
def warnings_logged(caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    return lambda text: [r.getMessage() for r in caplog.records if text in r.getMessage()]


def _client(path: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(path)
    client.settimeout(5)
    return client


def _closed_by_the_app(client: socket.socket) -> bool:
    try:
        return client.recv(10) == b""
    except ConnectionResetError:  # closed with bytes it had not read yet
        return True


def test_a_silent_client_neither_blocks_the_app_nor_stays(qtbot, server, warnings_logged):
    with _client(server.full_name) as silent, _client(server.full_name) as talker:
        # While the first says nothing, the next is served at once.
        with qtbot.waitSignal(server.raise_requested, timeout=SHORT_MS):
            talker.sendall(encode(Command.RAISE))
        assert talker.recv(10) == REPLY_OK
        qtbot.waitUntil(lambda: warnings_logged(f"still open after {SHORT_MS} ms") != [], timeout=5000)
        assert _closed_by_the_app(silent)
        assert server._server._connections == set()


def test_a_line_it_was_too_busy_to_read_before_the_deadline_still_counts(qtbot, server):
    with _client(server.full_name) as client:
        qtbot.waitUntil(lambda: len(server._server._connections) == 1, timeout=5000)
        (connection,) = server._server._connections
        client.sendall(encode(Command.QUICK_LOG))
        # The deadline comes before the notifier's turn: the line waiting in the socket is read first.
        with qtbot.waitSignal(server.quick_log_requested, timeout=1000):
            server._server._expire(connection)
        assert client.recv(10) == REPLY_OK


def test_a_line_of_the_longest_length_is_served_and_one_byte_more_drops_the_client(qtbot, server, warnings_logged):
    prefix = b'{"cmd":"raise","pad":"'
    longest = prefix + b"x" * (MAX_LINE_BYTES - len(prefix) - 3) + b'"}\n'
    assert len(longest) == MAX_LINE_BYTES
    with _client(server.full_name) as client:
        with qtbot.waitSignal(server.raise_requested, timeout=5000):
            client.sendall(longest)
        assert client.recv(10) == REPLY_OK
    too_long = longest[:-3] + b'x"}\n'
    with _client(server.full_name) as client, qtbot.assertNotEmitted(server.raise_requested, wait=100):
        client.sendall(too_long)
        qtbot.waitUntil(lambda: warnings_logged("more than 4096 bytes") != [], timeout=5000)
        assert _closed_by_the_app(client)


def test_a_peer_of_another_user_is_refused(qtbot, server, monkeypatch, warnings_logged):
    monkeypatch.setattr(local_server, "peer_uid", lambda _sock: os.getuid() + 1)
    with _client(server.full_name) as client, qtbot.assertNotEmitted(server.raise_requested, wait=100):
        client.sendall(encode(Command.RAISE))
        qtbot.waitUntil(lambda: warnings_logged("from another user") != [], timeout=5000)
        assert _closed_by_the_app(client)


def test_a_peer_whose_user_cannot_be_told_is_refused(qtbot, server, monkeypatch, warnings_logged):
    def unreadable(_sock: socket.socket) -> int:
        raise OSError("no credentials")

    monkeypatch.setattr(local_server, "peer_uid", unreadable)
    with _client(server.full_name) as client, qtbot.assertNotEmitted(server.raise_requested, wait=100):
        client.sendall(encode(Command.RAISE))
        qtbot.waitUntil(lambda: warnings_logged("cannot be told") != [], timeout=5000)
        assert _closed_by_the_app(client)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED")
def test_the_peer_credential_is_read_as_this_user():
    first, second = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with first, second:
        assert local_server.peer_uid(first) == os.getuid()


def test_more_clients_at_once_than_any_launch_needs_are_turned_away(qtbot, server, warnings_logged):
    clients = [_client(server.full_name) for _ in range(local_server.MAX_CONNECTIONS + 1)]
    try:
        qtbot.waitUntil(lambda: warnings_logged("are open already") != [], timeout=5000)
        assert _closed_by_the_app(clients[-1])
        assert len(server._server._connections) == local_server.MAX_CONNECTIONS
    finally:
        for client in clients:
            client.close()


def test_a_client_that_closes_without_waiting_is_still_heard(qtbot, server, warnings_logged):
    # The terminal command sends its line and goes: the answer then has nowhere to go, quietly.
    with qtbot.waitSignal(server.refresh_requested, timeout=5000), _client(server.full_name) as client:
        client.sendall(encode(Command.REFRESH))
    qtbot.waitUntil(lambda: server._server._connections == set(), timeout=5000)
    assert warnings_logged("") == []


def test_a_last_line_without_newline_counts_when_the_client_stops_sending(qtbot, server):
    with _client(server.full_name) as client:
        with qtbot.waitSignal(server.quick_log_requested, timeout=5000):
            client.sendall(encode(Command.QUICK_LOG).rstrip(b"\n"))
            client.shutdown(socket.SHUT_WR)
        assert client.recv(10) == REPLY_OK


def test_a_stale_socket_file_from_a_crashed_primary_is_replaced(qtbot, qapp, name):
    path = socket_path(name, create=True)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(path)
    crashed.close()  # the file stays, and nobody listens on it
    assert stat.S_ISSOCK(os.lstat(path).st_mode)
    primary = PrimaryServer(name)
    try:
        assert primary.listen()
        with _client(primary.full_name) as client:
            with qtbot.waitSignal(primary.raise_requested, timeout=5000):
                client.sendall(encode(Command.RAISE))
            assert client.recv(10) == REPLY_OK
    finally:
        primary.close()
        primary.deleteLater()
    assert not os.path.lexists(path)  # and closing removes it


def test_something_else_of_the_sockets_name_is_left_alone(qapp, name, warnings_logged):
    path = socket_path(name, create=True)
    with open(path, "w", encoding="utf-8") as other:
        other.write("not ours to delete")
    primary = PrimaryServer(name)
    try:
        assert not primary.listen()
        assert warnings_logged("cannot listen") != []
        with open(path, encoding="utf-8") as other:
            assert other.read() == "not ours to delete"
    finally:
        primary.deleteLater()
        os.unlink(path)


@pytest.fixture
def short_tmp():
    """A temporary folder with a short path: pytest's own are too deep for a socket (about 104 bytes)."""
    folder = tempfile.mkdtemp(prefix="cvi-t-")
    yield Path(folder)
    shutil.rmtree(folder)


def test_without_a_private_runtime_folder_the_socket_gets_one_in_the_temporary_folder(qtbot, short_tmp, monkeypatch):
    tmp_path = short_tmp
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    loose = tmp_path / "shared"
    loose.mkdir(mode=0o777)
    loose.chmod(0o777)
    for name in ("cvi-companion-0123456789abcdef", str(loose / "cvi-companion-0123456789abcdef.sock")):
        primary = PrimaryServer(name)
        try:
            assert primary.listen()
            folder = tmp_path / f"cvi-companion-{os.getuid()}"
            assert os.path.dirname(primary.full_name) == str(folder)
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(os.lstat(primary.full_name).st_mode) == 0o600
            # A later launch, knowing only the name, looks in the same place.
            assert socket_path(name) == primary.full_name
            with qtbot.waitSignal(primary.raise_requested, timeout=5000), _client(primary.full_name) as client:
                client.sendall(encode(Command.RAISE))
        finally:
            primary.close()
            primary.deleteLater()


def test_the_socket_folder_is_tightened_when_loose_and_refused_when_not_ours(tmp_path, monkeypatch):
    env = {"TMPDIR": str(tmp_path)}
    folder = tmp_path / f"cvi-companion-{os.getuid()}"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert socket_path("x", create=True, env=env) == str(folder / "x")
    assert is_private_folder(str(folder))
    real_uid = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: real_uid + 1)
    other = tmp_path / f"cvi-companion-{real_uid + 1}"
    other.mkdir(mode=0o700)  # made by someone else, who could see and replace the socket
    with pytest.raises(PermissionError):
        socket_path("x", create=True, env=env)
    with pytest.raises(PermissionError):
        socket_path("x", env=env)


def test_a_temporary_folder_too_deep_for_a_socket_path_falls_back_to_tmp(tmp_path):
    deep = tmp_path / ("d" * 100)
    chosen = socket_path("cvi-companion-0123456789abcdef", env={"TMPDIR": str(deep)})
    assert chosen == f"/tmp/cvi-companion-{os.getuid()}/cvi-companion-0123456789abcdef"


# After the window's whole start (whatever it loads), a primary listening and a later launch asking.
QT_NETWORK_PROBE = """
import sys
from cvi_companion.app import main
status = main(sys.argv[1:])
from cvi_companion.app.instance import start_server, stop_server
from cvi_companion.domain.instance_messages import Command
from cvi_companion.services.single_instance import claim_lock, send_to_primary
from cvi_companion.storage.instance_files import lock_path
from cvi_companion.storage.paths import resolve_paths
paths = resolve_paths(sys.argv[2], env={})
lock = claim_lock(lock_path(paths))
server = start_server(paths)
assert server is not None
send_to_primary(server.full_name, Command.RAISE, 50)  # unanswered: no event loop runs here
stop_server(paths, server)
lock.unlock()
print(status, "PySide6.QtNetwork" in sys.modules)
"""


@pytest.mark.slow
def test_the_app_and_a_later_launch_never_load_qtnetwork(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", QT_NETWORK_PROBE, "--data-dir", str(tmp_path / "data"), "--exit-after-paint"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr


def test_a_socket_that_cannot_be_made_private_is_not_left_behind(qapp, name, monkeypatch, warnings_logged):
    def refuse(path, mode):
        raise PermissionError("chmod refused")

    monkeypatch.setattr("cvi_companion.services.local_server.os.chmod", refuse)
    primary = PrimaryServer(name)
    try:
        assert not primary.listen()
    finally:
        primary.deleteLater()
    assert warnings_logged("chmod refused") != []
    assert not os.path.lexists(socket_path(name))
