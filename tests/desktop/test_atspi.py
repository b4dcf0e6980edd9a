"""The real app under Xvfb, read from outside through AT-SPI as a screen reader (Orca) reads it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.desktop.conftest import INSTALL, SYSTEM_PYTHON, Desktop

TREE_SCRIPT = Path(__file__).with_name("atspi_tree.py")
TABS = ["Cramp log", "Reminders", "Insights", "Guides"]


def read_tree(desktop: Desktop, app_name: str, wait_for_role: str) -> list[dict[str, object]]:
    assert os.access(SYSTEM_PYTHON, os.X_OK), f"{SYSTEM_PYTHON} is needed for this test ({INSTALL})"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    assert probe.returncode == 0, f"pyatspi is needed for this test ({INSTALL}): {probe.stderr.decode()[-300:]}"
    result = subprocess.run(
        [SYSTEM_PYTHON, str(TREE_SCRIPT), app_name, wait_for_role, "60"],
        env=desktop.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{app_name} never showed a {wait_for_role}: {result.stdout} {result.stderr[-2000:]}"
    tree = json.loads(result.stdout)
    assert isinstance(tree, list)
    return tree


@pytest.mark.slow
def test_a_screen_reader_finds_the_main_controls_with_names_and_roles(private_desktop, tmp_path):
    env = private_desktop.env(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = subprocess.Popen(
        [sys.executable, "-m", "cvi_companion", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        tree = read_tree(private_desktop, "cvi-companion", "page tab list")
    finally:
        app.terminate()
        _out, errors = app.communicate(timeout=30)
    frames = [node for node in tree if node["role"] == "frame"]
    assert [frame["name"] for frame in frames][:1] == ["CVI Companion"], errors[-2000:]
    tab_list = next(i for i, node in enumerate(tree) if node["role"] == "page tab list")
    depth = int(str(tree[tab_list]["depth"]))
    tabs = []
    for node in tree[tab_list + 1 :]:
        if int(str(node["depth"])) <= depth:
            break
        if node["role"] == "page tab":
            tabs.append(node["name"])
    assert tabs == TABS
    buttons = {node["name"] for node in tree if node["role"] == "push button"}
    assert "Log a cramp" in buttons
    assert "Red flags: get help now" in buttons
    assert "Settings" in buttons
