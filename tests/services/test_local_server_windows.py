"""Windows' named-pipe server (QLocalServer), run here on whatever system the tests run: same contract."""

from __future__ import annotations

import logging
import os

import pytest

from cvi_companion.domain.instance_messages import MAX_LINE_BYTES, REPLY_OK, Command, encode, server_name
from cvi_companion.services.local_server_windows import PipeLineServer

SHORT_MS = 300


@pytest.fixture
def heard():
    return []


@pytest.fixture
def pipe(qapp, tmp_path, heard):
    """A listening pipe server that answers `ok` to every line and remembers it."""

    def handler(line, reply):
        heard.append(line)
        reply(REPLY_OK)

    server = PipeLineServer(
        server_name(str(tmp_path / "data"), os.environ.get("XDG_RUNTIME_DIR")), handler, client_timeout_ms=SHORT_MS
    )
    assert server.listen()
    yield server
    server.close()
    server.deleteLater()


def _connect(qtbot, name):
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(5000)
    return client


def test_a_line_is_handed_over_and_answered(qtbot, pipe, heard):
    client = _connect(qtbot, pipe.full_name)
    client.write(encode(Command.RAISE))
    qtbot.waitUntil(client.canReadLine, timeout=5000)
    assert bytes(client.readLine().data()) == REPLY_OK
    assert heard == [encode(Command.RAISE)]
    client.abort()


def test_a_silent_client_is_dropped(qtbot, pipe, caplog):
    caplog.set_level(logging.WARNING, logger="cvi_companion.services.single_instance")
    client = _connect(qtbot, pipe.full_name)
    qtbot.waitUntil(lambda: any("still open after" in r.getMessage() for r in caplog.records), timeout=5000)
    qtbot.waitUntil(lambda: client.state() == client.LocalSocketState.UnconnectedState, timeout=5000)


def test_a_line_too_long_drops_the_client_unheard(qtbot, pipe, heard, caplog):
    caplog.set_level(logging.WARNING, logger="cvi_companion.services.single_instance")
    client = _connect(qtbot, pipe.full_name)
    client.write(b"x" * MAX_LINE_BYTES + b"\n")
    qtbot.waitUntil(lambda: client.state() == client.LocalSocketState.UnconnectedState, timeout=5000)
    assert heard == []
    assert any("more than 4096 bytes" in r.getMessage() for r in caplog.records)


def test_the_request_client_gets_no_answer_from_nobody(qapp, tmp_path):
    from cvi_companion.services.local_server_windows import request

    assert request(str(tmp_path / "nobody"), encode(Command.RAISE), 200) is None
