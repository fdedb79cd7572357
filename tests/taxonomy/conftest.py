"""Shared fixtures: the real taxonomy shipped in data/taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.taxonomy.load import load_taxonomy
from core.taxonomy.models import Taxonomy

TAXONOMY_DIR = Path(__file__).resolve().parents[2] / "data" / "taxonomy"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The project taxonomy, loaded once."""
    return load_taxonomy(TAXONOMY_DIR)
