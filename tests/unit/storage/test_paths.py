from __future__ import annotations

import os
from pathlib import Path

import pytest

from cvi_companion.storage.paths import HOME_ENV, resolve_paths


def test_data_dir_option_puts_everything_in_one_folder(tmp_path):
    paths = resolve_paths(tmp_path / "mine", env={HOME_ENV: str(tmp_path / "env")})
    assert paths.data_dir == paths.config_dir == tmp_path / "mine"
    assert paths.db_path == tmp_path / "mine" / "cramp-log.sqlite3"
    assert paths.settings_path == tmp_path / "mine" / "settings.json"


def test_environment_variable_is_used_without_the_option(tmp_path):
    paths = resolve_paths(None, env={HOME_ENV: str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"


def test_default_folders_are_the_platform_per_user_ones(monkeypatch):
    monkeypatch.delenv(HOME_ENV, raising=False)
    paths = resolve_paths()
    # conftest points XDG_DATA_HOME / XDG_CONFIG_HOME into a throwaway home.
    assert paths.data_dir == Path(os.environ["XDG_DATA_HOME"]) / "cvi-companion"
    assert paths.config_dir == Path(os.environ["XDG_CONFIG_HOME"]) / "cvi-companion"
    assert paths.data_dir != paths.config_dir


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_DATA_HOME": "/srv/d", "XDG_CONFIG_HOME": "/srv/c"},
        {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "   "},
        {},
    ],
)
def test_linux_folders_agree_with_platformdirs(env, monkeypatch):
    import platformdirs

    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    paths = resolve_paths(None, env=dict(os.environ))
    assert str(paths.data_dir) == platformdirs.user_data_dir("cvi-companion", appauthor=False)
    assert str(paths.config_dir) == platformdirs.user_config_dir("cvi-companion", appauthor=False)
