"""Shared fixtures: where the workplace's shared material is, and small stores.

The seeds and answer keys live outside the repository (``../shared`` beside the
checkout, or ``$THIDUA_SHARED``); they are read from there, never copied in.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("THIDUA_SHARED", REPO.parent / "shared"))


def shared_dir(*parts: str) -> Path:
    """A folder of the shared material, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.is_dir():
        pytest.skip(f"shared material not found at {path} (set THIDUA_SHARED)")
    return path


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The answer keys of the five seed articles (curated facts YAML)."""
    return shared_dir("eval", "gold")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles."""
    return shared_dir("seeds")


@pytest.fixture(scope="session")
def scorer() -> Path:
    """The shared scorer script."""
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"scorer not found at {path}")
    return path
