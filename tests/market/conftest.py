"""Market fixtures: the real taxonomy, its demo vocabularies, and 3,000 posting plans with a fixed end date."""

from __future__ import annotations

from datetime import date

import pytest

from core.config import TAXONOMY_DIR

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def taxonomy():
    """The project taxonomy (data/taxonomy)."""
    from core.taxonomy.load import load_taxonomy

    return load_taxonomy(TAXONOMY_DIR)


@pytest.fixture(scope="session")
def vocab(taxonomy):
    """The demo vocabularies resolved against the taxonomy."""
    from core.market.vocab import load_vocab

    return load_vocab(taxonomy)


@pytest.fixture(scope="session")
def plans(taxonomy, vocab):
    """3,000 posting plans of seed 7 ending 2026-11-21 (no text, no extraction: fast)."""
    from core.market.demo_source import DemoSource

    source = DemoSource(taxonomy, postings=3000, seed=7, today=TODAY, vocab=vocab)
    return [source.plan(i) for i in range(3000)]
