"""Build the one-folder desktop bundle: icons and translations first, then PyInstaller with the spec.

    uv run python packaging/build_bundle.py            # -> dist/cvi-companion/ (work files in build/)

PyInstaller comes from the `bundle` dependency group (`uv run --group bundle ...`), or, when this
environment lacks it, through `uv run --with pyinstaller`. It builds for the platform it runs on only.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cvi-companion.spec"
NAME = "cvi-companion"


def bundle_dir(dist: Path) -> Path:
    """The folder PyInstaller writes (on macOS the .app sits beside it)."""
    return dist / NAME


def program(dist: Path) -> Path:
    """The program inside the bundle."""
    return bundle_dir(dist) / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def pyinstaller_command() -> list[str]:
    """PyInstaller from this environment if it is there, else one uv provides for the run."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return [sys.executable, "-m", "PyInstaller"]
    uv = shutil.which("uv")
    if uv is None:
        raise SystemExit("PyInstaller is not installed: run this with `uv run --group bundle`")
    return [uv, "run", "--with", "pyinstaller>=6.10", "pyinstaller"]


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Render the icons, compile the translations, run PyInstaller, and return the built program."""
    icons = work / "icons"
    env = {**os.environ, "CVI_COMPANION_ICONS": str(icons), "QT_QPA_PLATFORM": "offscreen"}
    # The .qm are build output, next to their .ts in resources/translations/, which the spec ships.
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "build"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    for where in (["--out", str(icons)], ["--runtime"]):
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "linux" / "render_icons.py"), *where],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    command = [
        *pyinstaller_command(),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        *(["--log-level", "WARN"] if quiet else []),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    built = program(dist)
    if not built.exists():
        raise SystemExit(f"PyInstaller finished but {built} is missing")
    return built


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description="Build the PyInstaller one-folder bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default build/)")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    args = parser.parse_args(argv)
    built = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    print(built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
