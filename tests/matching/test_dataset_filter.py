"""Both markets on the Jobs page (issue 20): MatchFilters.dataset keeps the demo market or your own postings, through
the real ranking service (hybrid retrieval + WeightedRanker, hashed embedder); a handful of your own are all ranked."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update

from core.db.models import JobPosting
from core.db.session import memory_engine, session_scope
from core.matching.bm25 import BM25Index
from core.matching.config import MatchSettings
from core.matching.index import ensure_index
from core.matching.models import MatchFilters
from core.matching.service import match
from tests.matching.conftest import HashEmbedder, make_index
from tests.matching.market import FAMILIES, NOW, build_market, family_resume

OWN = 5  # postings of your own among a demo market of 250


@pytest.fixture(scope="module")
def mixed():
    """(engine, index, ids of your own postings): 245 demo postings and 5 of your own, of several families."""
    engine = memory_engine()
    families = build_market(engine, 250)
    own = set(sorted(families)[::50][:OWN])
    with session_scope(engine) as session:
        session.execute(update(JobPosting).values(is_demo=True))
        session.execute(update(JobPosting).where(JobPosting.id.in_(own)).values(is_demo=False))
    index = make_index(HashEmbedder(), MatchSettings(collection=f"t_{uuid.uuid4().hex[:10]}"))
    ensure_index(engine, index)
    yield engine, index, own
    engine.dispose()


@pytest.mark.parametrize("dataset, expect", [
    ("yours", "exactly yours"),  # every one of them, whatever its family
    ("demo", "no yours"),
    (None, "both"),
])
def test_the_dataset_filter_keeps_one_market(mixed, dataset, expect):
    engine, index, own = mixed
    results = match(engine, index, family_resume(FAMILIES[0]), MatchFilters(dataset=dataset), top_k=300,
                    now=NOW).results
    ranked = {r.posting.id for r in results}
    if expect == "exactly yours":
        assert ranked == own and not any(r.posting.is_demo for r in results)
    elif expect == "no yours":
        assert ranked and not ranked & own and all(r.posting.is_demo for r in results)
    else:
        assert ranked & own and ranked - own


def test_the_demo_column_survives_saving_the_index(mixed, tmp_path):
    _, index, own = mixed
    path = tmp_path / "bm25.npz"
    index.bm25.save(path)
    loaded = BM25Index.load(path)
    assert loaded is not None
    kept = set(loaded.ids[~loaded.meta.demo].tolist())
    assert kept == own
