"""Whatever the arguments, the terminal commands answer in one clean line and a refusal changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.harness import Snapshot, Workspace, assert_clean, fuzz_settings, run_main

# Values the options expect, and values close to them that are wrong.
WHEN = [
    "now",
    "03:15",
    "3:15",
    "24:00",
    "23:59",
    "2026-11-20T03:15",
    "2026-11-20T03:15+01:00",
    "2026-02-30T01:00",
    "2026-03-29T02:30",
    "9999-12-31T23:59:59",
    "0001-01-01T00:00",
    "2100-01-01T00:00",
    "yesterday",
    "-1",
    "",
]
DATES = ["2026-11-20", "2026-11-31", "20.11.2026", "0001-01-01", "9999-12-31", "2026-13-01", "", "x"]
NUMBERS = [
    "0",
    "10",
    "11",
    "-1",
    "0.5",
    "1e308",
    "1e309",
    "inf",
    "-inf",
    "nan",
    "NaN",
    "1" * 400,
    "3.",
    "½",
    "٣",
    "0x10",
    "1_000",
    " 7 ",
    "",
    "366",
    "367",
]
SIDES = ["left", "right", "both", "LEFT", " Left ", "middle", ""]
PLACES = ["calf", "foot", "calf,foot", "thigh", ",", "", "calf,,toes", "CALF"]
RELIEF = ["stretching", "walking", "heat", "nothing", "massage", "x", ","]
FORMATS = ["csv", "json", "table", "pdf", ""]
MODES = ["merge", "replace", "both"]

# Surrogates as a POSIX shell hands undecodable bytes to Python; NUL cannot be in an argument at all.
RAW_ARG = st.binary(max_size=12).map(os.fsdecode)
TEXT = st.one_of(st.text(max_size=40), RAW_ARG).filter(lambda value: "\x00" not in value)


def _values(samples: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(samples), TEXT)


# Option -> strategy for its value (None for a flag). Paths are drawn separately, always inside the example's
# own folder: the fuzzer must not write anywhere else.
PATH = object()
OPTIONS: dict[str, dict[str, object]] = {
    "log": {
        "--at": _values(WHEN), "--side": _values(SIDES), "--location": _values(PLACES),
        "--intensity": _values(NUMBERS), "--duration": _values(NUMBERS), "--woke-me": None, "--no-woke-me": None,
        "--helped": _values(RELIEF), "--soreness": _values(["none", "mild", "strong", "severe"]),
        "--tag": TEXT, "--note": TEXT,
    },
    "list": {"--since": _values(DATES), "--until": _values(DATES), "--format": _values(FORMATS)},
    "export": {"--since": _values(DATES), "--until": _values(DATES), "--format": _values(FORMATS), "-o": PATH,
               "--output": PATH},
    "import": {"FILE": PATH, "--dry-run": None, "--mode": _values(MODES), "--restore-settings": None},
    "backup": {"-o": PATH},
    "restore": {"FILE": PATH},
    "delete-all": {"--yes": None, "--include-backups": None},
    "agenda": {"--from": _values(WHEN), "--days": _values(NUMBERS), "--format": _values(FORMATS), "--ics": None,
               "-o": PATH},
}  # fmt: skip
# What a path option may name, relative to the example's folder ("-" is standard output, "" nothing).
PATH_CHOICES = [
    "-", "", "out.csv", "out.json", "data", "data/cramp-log.sqlite3", "data/settings.json", "missing/x.csv",
    "exists.txt", "exists.txt/below", "bad.sqlite3", "export.csv", "export.json", "~", "\udcff.csv", "data/backups",
]  # fmt: skip


@st.composite
def path_values(draw: st.DrawFn, work: Path) -> str:
    name = draw(st.one_of(st.sampled_from(PATH_CHOICES), TEXT.map(lambda t: t.replace("/", "_").lstrip("."))))
    if name in ("-", "", "~"):
        return name
    return str(work / (name or "unnamed"))


@st.composite
def argvs(draw: st.DrawFn, work: Path, commands: tuple[str, ...] = tuple(OPTIONS)) -> tuple[list[str], str]:
    command = draw(st.sampled_from(commands))
    argv = ["--data-dir", str(work / draw(st.sampled_from(["data", "data", "data", "new", "exists.txt"])))]
    argv.append(command)
    options = OPTIONS[command]
    for name in draw(st.lists(st.sampled_from(sorted(options)), max_size=6)):
        strategy = options[name]
        value = None if strategy is None else draw(path_values(work) if strategy is PATH else strategy)  # type: ignore[arg-type]
        if name == "FILE":
            argv.append(value or "")
        elif value is None:
            argv.append(name)
        elif name.startswith("--") and draw(st.booleans()):
            argv.append(f"{name}={value}")
        else:
            argv += [name, value]
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--help", "--version", "-h", "--bogus"])))
    if draw(st.integers(0, 4)) == 0:
        argv.append(draw(TEXT))
    return argv, command


def _prepare(work: Path) -> None:
    (work / "exists.txt").write_text("not a log\n", encoding="utf-8")
    (work / "bad.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    for name in ("export.csv", "export.json"):
        source = work.parent / name
        (work / name).write_bytes(source.read_bytes())


WRITES = {"log", "import", "restore", "delete-all"}


def check_argv(work: Path, argv: list[str], command: str) -> None:
    # The data folder this run uses (-o may name another folder's files: that is the person's choice).
    data = Path(argv[1])
    before = Snapshot.of(data)
    outcome = run_main(argv, work)
    assert_clean(outcome)
    after = Snapshot.of(data)
    if outcome.status != 0 or command not in WRITES or "--dry-run" in argv:
        # Refused, read-only or a dry run: the log and the settings are exactly as they were.
        assert after == before, (argv, outcome)
    if command != "import" or "--restore-settings" not in argv or outcome.status:
        assert after.settings == before.settings or command == "delete-all", (argv, outcome)


@given(st.data())
@fuzz_settings(200)
def test_any_arguments_get_a_clean_answer(workspace: Workspace, data: st.DataObject) -> None:
    work = workspace.fresh()
    try:
        _prepare(work)
        argv, command = data.draw(argvs(work))
        check_argv(work, argv, command)
    finally:
        Workspace.discard(work)


# Crashes the fuzzer found, kept as examples ({work} is the example's folder; the data folder is {work}/data).
@given(case=st.sampled_from(sorted(OPTIONS)).map(lambda command: [command]))
@example(case=["log", "--side", "left", "--duration", "1e308"])  # OverflowError in round(minutes * 60)
@example(case=["log", "--side", "left", "--duration", "nan"])  # ValueError: cannot convert NaN to integer
@example(case=["agenda", "--from", "0001-01-01T00:00"])  # OverflowError: date value out of range (when.py)
@example(case=["log", "--side", "left", "--at", "0001-01-01T00:00"])  # the same in `log`
@example(case=["agenda", "--from", "9999-12-31T23:59:59", "--ics", "-o", "-"])  # the same, in the calendar
@example(case=["backup", "-o", "{work}/\udc80"])  # a non-UTF-8 file name printed to a UTF-8 terminal
@example(case=["backup", "-o", "{work}/data/settings.json"])  # the backup overwrote the settings file
@example(case=["export", "-o", "{work}/data/cramp-log.sqlite3"])  # ... or the log itself
@example(case=["agenda", "--ics", "-o", "{work}/data/settings.json"])
@example(case=["backup", "-o", "-"])  # wrote a file called "-" into the current folder
@example(case=["log", "--side", "left", "--note", "\udc80", "--tag", "\udcff"])  # UnicodeEncodeError in SQLite
@example(case=["export", "--until", "9999-12-31"])  # OverflowError: date value out of range (until + 1 day)
@example(case=["list", "--since", "0001-01-01"])
@fuzz_settings(20)
def test_known_crashes_stay_fixed(workspace: Workspace, case: list[str]) -> None:
    work = workspace.fresh()
    try:
        _prepare(work)
        argv = [arg.replace("{work}", str(work)) for arg in case]
        check_argv(work, ["--data-dir", str(work / "data"), *argv], argv[0])
        assert not (work / "-").exists()
    finally:
        Workspace.discard(work)


@given(st.sampled_from(sorted(OPTIONS)), st.lists(TEXT, max_size=5))
@fuzz_settings(100)
def test_random_words_after_a_command(workspace: Workspace, command: str, words: list[str]) -> None:
    work = workspace.fresh()
    try:
        before = Snapshot.of(work / "data")
        outcome = run_main(["--data-dir", str(work / "data"), command, *[w for w in words if w]], work)
        assert_clean(outcome)
        if outcome.status:
            assert Snapshot.of(work / "data") == before
    finally:
        Workspace.discard(work)


def test_the_fuzzer_sees_a_crash(workspace: Workspace, monkeypatch) -> None:
    """The harness itself: an exception in a command is not swallowed."""
    import pytest

    from cvi_companion.cli import commands

    def boom(*_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "cmd_list", boom)
    work = workspace.fresh()
    try:
        with pytest.raises(RuntimeError):
            run_main(["--data-dir", str(work / "data"), "list"])
    finally:
        Workspace.discard(work)
