"""Private by default: with a permissive umask, every folder the app makes is 0700 and every file 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

# Run the app as a login session with umask 022 would: the child sets it before anything else runs.
CHILD = "import os, sys; os.umask(0o022); from cvi_companion.app import main; sys.exit(main(sys.argv[1:]))"


def run(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", CHILD, *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def loose_modes(root: Path) -> list[str]:
    """Everything under root whose mode lets another user in (folders must be 0700, files 0600)."""
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        ok = not mode & 63 if path.is_socket() else mode == want
        if not ok:
            found.append(f"{path.relative_to(root.parent)}: {oct(mode)}")
    return found


@pytest.mark.slow
def test_the_data_folder_is_private_after_every_flow(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = tmp_path / "out"
    out.mkdir()
    flows = [
        ["log", "--side", "left", "--note", "private"],
        ["export", "--format", "json", "-o", str(out / "all.json")],
        ["export", "-o", str(out / "all.csv")],
        ["import", str(out / "all.csv"), "--mode", "replace"],
        ["import", str(out / "all.json"), "--mode", "replace", "--restore-settings"],
        ["backup"],
        ["backup", "-o", str(out / "copy.sqlite3")],
        ["agenda", "--ics", "-o", str(out / "plan.ics")],
        ["--exit-after-paint"],
        ["restore", str(out / "copy.sqlite3")],
    ]
    for argv in flows:
        done = run("--data-dir", str(data), *argv, cwd=tmp_path)
        assert done.returncode == 0, (argv, done.stderr)
    assert (data / "settings.json").exists()
    assert list((data / "backups").iterdir())
    assert loose_modes(data) == []
    # What the person writes out of the app is theirs to share, but starts private too.
    for name in ("all.json", "all.csv", "copy.sqlite3", "plan.ics"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_lock_address_and_socket_are_private(tmp_path: Path, qapp) -> None:
    """The primary's lock, address file and local socket, made under umask 022."""
    from cvi_companion.app.instance import start_server, stop_server
    from cvi_companion.services.single_instance import claim_lock
    from cvi_companion.storage.instance_files import address_path, lock_path, read_address
    from cvi_companion.storage.paths import resolve_paths

    paths = resolve_paths(tmp_path / "data", env={})
    old = os.umask(0o022)
    try:
        paths.ensure()
        lock = claim_lock(lock_path(paths))
        assert lock is not None
        server = start_server(paths)
        assert server is not None
        try:
            socket_file = Path(read_address(paths) or "")
            assert socket_file.is_absolute()
            assert socket_file.is_socket()
            socket_mode = stat.S_IMODE(socket_file.stat().st_mode)
            assert not socket_mode & 0o077, oct(socket_mode)  # QLocalServer.UserAccessOption: only this user
            assert stat.S_IMODE(address_path(paths).stat().st_mode) == 0o600
            assert stat.S_IMODE(lock_path(paths).stat().st_mode) == 0o600
            assert loose_modes(paths.data_dir) == []
        finally:
            stop_server(paths, server)
            lock.unlock()
    finally:
        os.umask(old)


def test_private_folders_are_tightened_when_they_exist(tmp_path: Path) -> None:
    from cvi_companion.storage.paths import make_private_dir

    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    make_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
