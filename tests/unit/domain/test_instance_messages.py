"""The messages a later launch sends the running app, and the socket name of a data folder."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cvi_companion.domain.instance_messages import (
    MAX_LINE_BYTES,
    MAX_SOCKET_PATH,
    Command,
    MessageError,
    decode,
    encode,
    error_reply,
    server_name,
)


@pytest.mark.parametrize("command", list(Command))
def test_each_command_is_one_json_line_that_reads_back(command):
    line = encode(command)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert decode(line) is command
    assert decode(line.rstrip(b"\n")) is command


def test_the_wire_form_is_the_documented_one():
    assert encode(Command.QUICK_LOG) == b'{"cmd":"quick-log"}\n'
    assert decode(b'{ "cmd" : "raise", "from": "a newer version" }\r\n') is Command.RAISE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"hello\n", "not JSON"),
        (b"\xff\xfe\n", "not JSON"),
        (b"[1, 2]\n", "not a JSON object"),
        (b'{"command": "raise"}\n', "unknown cmd None"),
        (b'{"cmd": "format-disk"}\n', "unknown cmd 'format-disk'"),
        (b'{"cmd": 1}\n', "unknown cmd 1"),
        (b"{" + b" " * MAX_LINE_BYTES + b"}", "longer than"),
    ],
)
def test_anything_else_is_refused_with_a_reason(line, reason):
    with pytest.raises(MessageError, match=reason):
        decode(line)


@given(st.binary(max_size=200))
def test_no_line_makes_decode_fail_other_than_with_message_error(line):
    try:
        decode(line)
    except MessageError as error:
        reply = error_reply(error)
        assert reply.startswith(b"error ")
        assert reply.count(b"\n") == 1


def test_two_data_folders_are_two_apps_with_short_names():
    one, two = server_name("/home/ada/.local/share/cvi-companion"), server_name("/home/ada/other")
    assert one != two
    assert one == server_name("/home/ada/.local/share/cvi-companion")
    assert one.startswith("cvi-companion-")
    assert len(one) < 40


def test_a_private_runtime_folder_holds_the_socket_when_the_path_fits():
    assert server_name("/d", "/run/user/1000") == f"/run/user/1000/{server_name('/d')}.sock"
    # Too long for macOS's socket paths, or not a full path: Qt's temporary folder is used instead.
    assert server_name("/d", "/" + "r" * MAX_SOCKET_PATH) == server_name("/d")
    assert server_name("/d", "relative") == server_name("/d")
