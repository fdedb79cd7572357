"""Ranking quality on the crafted market: own-family precision, monotonicity in skills, filters, explanations."""

from __future__ import annotations

import pytest

from core.matching.models import MatchFilters
from core.matching.service import match
from tests.matching.market import FAMILIES, NOW, family_resume, key


def precision_at(results, families, family: str, k: int = 10) -> float:
    top = results[:k]
    return sum(families[r.posting.id] == family for r in top) / k


@pytest.mark.parametrize("fam", FAMILIES, ids=lambda f: f.id)
@pytest.mark.parametrize("years", [1.0, 5.0])
def test_resumes_rank_their_own_family_first(small_market, fam, years):
    engine, index, families = small_market
    page = match(engine, index, family_resume(fam, years=years), top_k=10, now=NOW)
    assert precision_at(page.results, families, fam.id) >= 0.8


@pytest.mark.parametrize("fam, skill", [(f, f.core[k]) for f in FAMILIES for k in (6, 7)] + [
    (FAMILIES[0], "Kubernetes"), (FAMILIES[2], "Python"),  # skills of other families
], ids=lambda v: getattr(v, "id", v))
def test_gaining_a_skill_never_loses_rank_on_postings_requiring_it(small_market, fam, skill):
    engine, index, _ = small_market
    before_q = family_resume(fam)
    assert key(skill) not in before_q.levels
    after_q = before_q.with_skill(key(skill), skill, level=3)
    before = match(engine, index, before_q, top_k=400, now=NOW).results
    after = match(engine, index, after_q, top_k=400, now=NOW).results
    wants = {r.posting.id for r in before if any(s.key == key(skill) for s in r.posting.skills)}
    assert wants, "the market should have postings asking for the skill"
    rank_before = {r.posting.id: r.rank for r in before}
    rank_after = {r.posting.id: r.rank for r in after}
    score_before = {r.posting.id: r.score for r in before}
    score_after = {r.posting.id: r.score for r in after}
    for pid in wants:
        if rank_before[pid] > 50:
            continue
        assert pid in rank_after
        assert score_after[pid] > score_before[pid]
        # no posting without the skill moves ahead of it
        ahead_before = {q for q, r in rank_before.items() if r < rank_before[pid] and q not in wants}
        ahead_after = {q for q, r in rank_after.items() if r < rank_after[pid] and q not in wants}
        assert ahead_after <= ahead_before


def test_other_postings_keep_their_score_when_a_skill_is_gained(small_market):
    engine, index, _ = small_market
    q = family_resume(FAMILIES[0])
    before = {r.posting.id: r for r in match(engine, index, q, top_k=100, now=NOW).results}
    after = {r.posting.id: r for r in match(engine, index, q.with_skill("rust", "Rust"), top_k=100,
                                            now=NOW).results}
    for pid in before.keys() & after.keys():
        assert after[pid].score == before[pid].score


@pytest.mark.parametrize("filters, check", [
    (MatchFilters(role_families=("devops",)), lambda p: p.role_family == "devops"),
    (MatchFilters(city="Pune"), lambda p: p.city == "Pune" or p.remote),
    (MatchFilters(city="Pune", include_remote=False), lambda p: p.city == "Pune"),
    (MatchFilters(remote_only=True), lambda p: p.remote),
    (MatchFilters(min_salary_usd=150000), lambda p: p.salary_annual_usd >= 150000),
    (MatchFilters(posted_within_days=14), lambda p: (NOW - p.posted_at).days <= 14),
])
def test_filters_hold_for_every_result(small_market, filters, check):
    engine, index, _ = small_market
    results = match(engine, index, family_resume(FAMILIES[0]), filters, top_k=30, now=NOW).results
    assert results
    assert all(check(r.posting) for r in results)


def test_results_are_ranked_and_explained(small_market):
    engine, index, _ = small_market
    page = match(engine, index, family_resume(FAMILIES[3]), top_k=15, now=NOW)
    assert [r.rank for r in page.results] == list(range(1, 16))
    assert [r.score for r in page.results] == sorted((r.score for r in page.results), reverse=True)
    assert page.candidates >= 15 and page.indexed == 250
    for r in page.results:
        assert "required skills" in r.explanation and "posted" in r.explanation
        assert r.sources and set(r.sources) <= {"dense", "bm25", "fresh"}


def test_weights_are_configuration(small_market):
    from dataclasses import replace

    from core.matching.config import MatchWeights
    from core.matching.rankers.weighted import WeightedRanker

    engine, index, _ = small_market
    only_recency = WeightedRanker(replace(index.settings, weights=MatchWeights(0, 0, 0, 1, 0),
                                          far_level_per_year=0.0))  # the age penalty keeps the date order
    results = match(engine, index, family_resume(FAMILIES[0]), top_k=20, ranker=only_recency, now=NOW).results
    dates = [r.posting.posted_at for r in results]
    assert dates == sorted(dates, reverse=True)
