"""The data-safety tests' seeded randomness (the seed is printed so a failing run can be repeated)."""

from __future__ import annotations

import os
import random

import pytest


@pytest.fixture
def rng() -> random.Random:
    """Seeded randomness; CVI_STRESS_SEED repeats a run."""
    seed = int(os.environ.get("CVI_STRESS_SEED") or random.SystemRandom().randrange(2**32))
    print(f"CVI_STRESS_SEED={seed}")
    return random.Random(seed)
