"""Shared fixtures, small and generic: Settings over a tmp data dir, an in-memory engine."""

from __future__ import annotations

import pytest

from core.config import Settings
from core.db.session import memory_engine


@pytest.fixture
def tmp_settings(tmp_path) -> Settings:
    """Settings whose data dir (SQLite file, Chroma) is a fresh tmp dir."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def engine():
    """A fresh in-memory SQLite engine with the schema created."""
    eng = memory_engine()
    yield eng
    eng.dispose()
