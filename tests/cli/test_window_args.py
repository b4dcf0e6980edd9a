"""The window's quick reading of its options agrees with the full parser on everything it accepts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvi_companion.cli.parser import UsageError, parse_args
from cvi_companion.cli.window_args import window_args

WORDS = [
    "--quick-log",
    "--background",
    "--exit-after-paint",
    "--data-dir",
    "--screenshot",
    "--data-dir=my data",
    "--screenshot=shot.png",
    "some-folder",
    "shot.png",
    "",
    "-x",
    "--data",  # argparse's abbreviation: the full parser's to read
    "--help",
    "log",
    "quick-log",
    "--self-test",
    "--data-dir=",
    "--data-dir=-x",
]


@given(st.lists(st.sampled_from(WORDS), max_size=6))
@settings(max_examples=400, deadline=None, derandomize=True, database=None)
def test_every_argument_list_it_accepts_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    quick = window_args(argv)
    if quick is None:
        return  # the full parser decides, as before
    try:
        full = parse_args(argv)
    except (UsageError, SystemExit):
        pytest.fail(f"window_args accepted {argv!r}, which the full parser rejects")
    assert vars(quick) == vars(full)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--background"], {"background": True}),
        (["--quick-log", "--data-dir", "/d"], {"quick_log": True, "data_dir": "/d"}),
        (["--data-dir=/d", "--data-dir", "/e"], {"data_dir": "/e"}),  # the last one wins, as in argparse
        (["--exit-after-paint", "--screenshot", "s.png"], {"exit_after_paint": True, "screenshot": "s.png"}),
    ],
)
def test_the_window_options_are_read_without_the_full_parser(argv: list[str], expected: dict[str, object]) -> None:
    quick = window_args(argv)
    assert quick is not None
    defaults = vars(parse_args([]))
    assert vars(quick) == {**defaults, **expected}


@pytest.mark.parametrize(
    "argv",
    [["log", "--side", "left"], ["--help"], ["--version"], ["--data"], ["--data-dir"], ["--data-dir", "-q"], ["x"]],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert window_args(argv) is None
