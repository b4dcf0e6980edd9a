"""Run the real entry point in-process with captured output, and tell whether the person's data changed."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import settings

from cvi_companion.app import main

DB_NAME = "cramp-log.sqlite3"
SETTINGS_NAME = "settings.json"


def fuzz_settings(max_examples: int) -> settings:
    """The fuzz profile (derandomized in CI) with a modest number of examples."""
    parent = settings.get_profile("fuzz-ci" if os.environ.get("CI") else "fuzz")
    # CVI_FUZZ_SCALE=20 for a long local hunt; the suite itself stays fast.
    scale = int(os.environ.get("CVI_FUZZ_SCALE") or 1)
    return settings(parent, max_examples=max_examples * max(1, scale))


@dataclass(frozen=True)
class Outcome:
    """What one call of the entry point did."""

    status: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_main(argv: list[str], workdir: Path | None = None) -> Outcome:
    """Call `cvi_companion.app.main` as the console script would, with stdout/stderr captured.

    stdout is strict UTF-8, as a terminal in a UTF-8 locale is (a stray surrogate must not crash a print);
    stderr escapes what it cannot encode, as Python's own does. SystemExit becomes a status, as at the real
    top level; any other exception propagates and fails the test.
    """
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True)
    umask = os.umask(0o077)
    cwd = os.getcwd()
    # A relative path in the arguments lands in the example's folder (or a throwaway one), never the checkout.
    os.chdir(workdir or tempfile.gettempdir())
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(argv))
            except SystemExit as stop:
                code = stop.code
                if code is None:
                    status = 0
                elif isinstance(code, int):
                    status = code
                else:
                    err.write(f"{code}\n")
                    status = 1
            out.flush()
            err.flush()
    finally:
        os.chdir(cwd)
        os.umask(umask)
    return Outcome(status, out_bytes.getvalue().decode("utf-8", "replace"), err_bytes.getvalue().decode("utf-8"))


def assert_clean(outcome: Outcome, allowed: tuple[int, ...] = (0, 1, 2)) -> None:
    """No traceback reached the person, and the status is one the docs promise."""
    assert outcome.status in allowed, outcome
    assert "Traceback" not in outcome.text, outcome.text
    if outcome.status:
        assert outcome.err.strip(), f"a failure must say why on stderr: {outcome}"


def log_dump(data_dir: Path) -> list[str]:
    """The rows the log holds, as SQL (none when there is no log): equal dumps mean nothing changed.

    Only rows count: a refused command may still have created the empty log in a new folder.
    """
    path = data_dir / DB_NAME
    if not path.is_file():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if line.startswith("INSERT")]
    finally:
        conn.close()


def file_bytes(path: Path) -> bytes | None:
    """A file's bytes, or None if it is not there (or its folder is not a folder)."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


@dataclass(frozen=True)
class Snapshot:
    """The person's data in one folder: the log's content and the settings file's bytes."""

    log: list[str]
    settings: bytes | None

    @classmethod
    def of(cls, data_dir: Path) -> Snapshot:
        return cls(log_dump(data_dir), file_bytes(data_dir / SETTINGS_NAME))


class Workspace:
    """A template data folder (a few entries, a settings file) copied afresh for every example."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "template"
        if not (self.template / DB_NAME).exists():
            self._build()

    def _build(self) -> None:
        base = str(self.template)
        for argv in (
            ["--data-dir", base, "log", "--side", "left", "--at", "2026-11-20T03:15", "--note", "first night"],
            ["--data-dir", base, "log", "--side", "right", "--at", "2026-11-21T02:00", "--intensity", "7",
             "--duration", "2", "--tag", "hot day,walked", "--helped", "stretching"],
            ["--data-dir", base, "log", "--side", "both", "--at", "2026-11-22T23:40", "--location", "calf,foot",
             "--soreness", "mild", "--note", "line one\nline two, with a comma; and \"quotes\""],
        ):  # fmt: skip
            outcome = run_main(argv)
            assert outcome.status == 0, outcome
        (self.template / SETTINGS_NAME).write_text('{"version": 1, "night_starts": "21:30"}\n', encoding="utf-8")
        for fmt in ("csv", "json"):
            outcome = run_main(["--data-dir", base, "export", "--format", fmt, "-o", str(self.root / f"export.{fmt}")])
            assert outcome.status == 0, outcome

    def export_text(self, fmt: str) -> str:
        """The template log exported as csv or json (valid import files to mutate)."""
        return (self.root / f"export.{fmt}").read_text(encoding="utf-8")

    def fresh(self) -> Path:
        """A new folder holding a copy of the template data folder as `data`, and room for other files."""
        work = Path(tempfile.mkdtemp(prefix="ex-", dir=self.root))
        shutil.copytree(self.template, work / "data")
        return work

    @staticmethod
    def discard(work: Path) -> None:
        shutil.rmtree(work, ignore_errors=True)
