"""Hypothesis profiles for the fuzz tests: random locally, derandomized (and without a database) in CI."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

# Every fuzz test takes its settings from here (tests/fuzz/harness.py), so the profile never leaks into the
# other tests' hypothesis settings. CI sets CI=true: the same examples on every run, nothing written to disk.
settings.register_profile(
    "fuzz",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz-ci",
    settings.get_profile("fuzz"),
    derandomize=True,
    database=None,
    print_blob=True,
)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> object:
    """One template data folder per test module (hypothesis runs many examples in one test call)."""
    from tests.fuzz.harness import Workspace

    return Workspace(tmp_path_factory.mktemp("fuzz"))
