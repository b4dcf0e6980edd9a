"""Running the real command line (and a second writer) for the data-safety tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WRITER = HERE / "writer.py"
# Set CVI_STRESS_SEED to repeat a run; CVI_STRESS_SCALE (e.g. 5) to kill more often than CI does.
SCALE = float(os.environ.get("CVI_STRESS_SCALE", "1"))


def cli(data_dir: Path, *args: str, **popen: Any) -> subprocess.Popen[str]:
    """Start `python -m cvi_companion --data-dir DATA_DIR ARGS...` (the real terminal command)."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(data_dir), *args], text=True, **popen
    )


def run_cli(
    data_dir: Path, *args: str, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the terminal command to its end."""
    proc = cli(data_dir, *args, preexec_fn=preexec_fn)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
