"""The benchmarks still run: `python -m benchmarks.run_all --quick` produces every row (nothing is timed here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.slow


def test_quick_run_produces_every_row(tmp_path: Path) -> None:
    from benchmarks.log_tab import LABELS  # imports Qt: only when this test runs

    output = tmp_path / "latest.md"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run_all", "--quick", "--no-reference", "--output", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = output.read_text()
    assert "the benchmark itself" not in table, table  # a benchmark that crashed gives this row
    expected = [
        "start to first paint, 200 entries, every reminder on",
        "against a window with the app's kinds of widgets",
        "RSS 2 s after start",
        "CPU over 2 idle s, reminders on",
        "RSS with 1,000 vs 200 entries",
        "`cvi-companion log ...`",
        *LABELS.values(),
        "export the whole log as CSV",
        "export the whole log as JSON",
        "last 4 weeks",
        "last year",
        "all time",
        "due instant to reminder window painted",
    ]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    for measure in expected:
        assert any(measure in row for row in rows), f"no row for {measure!r}:\n{table}"
    assert all(row.split("|")[5].strip() in {"pass", "**FAIL**", "info", "result"} for row in rows)
