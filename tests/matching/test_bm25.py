"""BM25: ranking by term weight, incremental adds, removals, filter masks, and the .npz round trip."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from core.matching.bm25 import BM25Index
from core.matching.models import MatchFilters, PostingFacts, PostingSkill
from core.matching.text import skill_term, tokenize

NOW = datetime(2026, 11, 21, tzinfo=timezone.utc)


def facts(pid: int, title: str, skills: tuple[str, ...] = (), **kw) -> PostingFacts:
    return PostingFacts(id=pid, title=title, skills=tuple(PostingSkill(s.lower(), s, "required") for s in skills),
                        **kw)


@pytest.fixture
def index() -> BM25Index:
    idx = BM25Index()
    idx.add([
        facts(1, "Data Engineer", ("Python", "Spark"), city="Berlin", role_family="data_engineer",
              salary_annual_usd=120000.0, posted_at=NOW - timedelta(days=3)),
        facts(2, "Frontend Developer", ("React", "TypeScript"), city="Mumbai", remote=True, role_family="frontend",
              posted_at=NOW - timedelta(days=40)),
        facts(3, "Senior Data Engineer", ("Python", "Kafka", "Spark"), city="Pune", role_family="data_engineer",
              salary_annual_usd=90000.0),
    ])
    return idx


def test_search_orders_by_relevance_and_skips_zero_scores(index):
    hits = index.search([skill_term("kafka"), "data", "engineer"], k=10)
    assert [pid for pid, _ in hits][:2] == [3, 1]
    assert 2 not in [pid for pid, _ in hits]


def test_add_is_incremental_and_ignores_known_ids(index):
    assert index.add([facts(3, "dup"), facts(4, "Kafka Engineer", ("Kafka",))]) == 1
    assert len(index) == 4 and index.max_id == 4
    assert index.search([skill_term("kafka")], k=1)[0][0] in (3, 4)


def test_remove_drops_rows_and_their_columns(index):
    assert index.remove([1, 99]) == 1
    assert [pid for pid, _ in index.search(["data"], k=10)] == [3]
    assert len(index.meta.city) == 2


@pytest.mark.parametrize("filters, expected", [
    (MatchFilters(role_families=("data_engineer",)), {1, 3}),
    (MatchFilters(city="pune"), {2, 3}),
    (MatchFilters(city="Pune", include_remote=False), {3}),
    (MatchFilters(city="Berlin"), {1, 2}),
    (MatchFilters(remote_only=True), {2}),
    (MatchFilters(min_salary_usd=100000), {1}),
    (MatchFilters(posted_within_days=7), {1}),
])
def test_filter_masks(index, filters, expected):
    mask = index.meta.mask(filters, NOW)
    assert set(index.ids[mask].tolist()) == expected


def test_no_filter_means_no_mask(index):
    assert index.meta.mask(MatchFilters(), NOW) is None


def test_save_and_load_round_trip(index, tmp_path):
    path = tmp_path / "m" / "bm25.npz"
    index.save(path)
    loaded = BM25Index.load(path)
    terms = [skill_term("python"), "engineer"]
    assert loaded.search(terms, 5) == index.search(terms, 5)
    assert np.array_equal(loaded.meta.remote, index.meta.remote)
    assert list(loaded.meta.family) == list(index.meta.family)


def test_load_missing_or_corrupt_file_gives_none(tmp_path):
    assert BM25Index.load(tmp_path / "none.npz") is None
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz")
    assert BM25Index.load(bad) is None


@pytest.mark.parametrize("text, tokens", [
    ("Senior C++ and C# developer", ["senior", "c++", "c#", "developer"]),
    ("Node.js, React.", ["node.js", "react"]),
    ("Experience with R and Go", ["r", "go"]),
])
def test_tokenize(text, tokens):
    assert tokenize(text) == tokens
