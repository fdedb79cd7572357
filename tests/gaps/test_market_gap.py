"""Market-level gaps: fields, ordering, bounds, adjacency, levels and the ROI breakdown."""

from __future__ import annotations

import random
from dataclasses import fields

import pytest

from core.gaps.inputs import SegmentDemand, TargetSegment
from core.gaps.market_gap import market_gaps
from core.gaps.models import SkillGap
from core.gaps.profile import ProfileSkills
from core.gaps.settings import GapSettings, RoiWeights


def gaps_by_id(analysis) -> dict[str, SkillGap]:
    """Gaps keyed by skill id."""
    return {g.skill_id: g for g in analysis.gaps}


def test_every_field_present(taxonomy, demand, segment):
    analysis = market_gaps(ProfileSkills.from_levels({"python": 2}), segment, demand, taxonomy)
    assert analysis.gaps
    for gap in analysis.gaps:
        for f in fields(SkillGap):
            assert hasattr(gap, f.name)
        assert gap.name and gap.category
        assert 0 < gap.importance_pct <= 100
        assert 0 < gap.gap_fraction <= 1
        assert gap.est_hours >= 1
        assert 0 <= gap.roi_score <= 1
        assert set(gap.factors.contributions()) == {"demand", "salary", "trend", "effort"}


@pytest.mark.parametrize("levels", [{}, {"python": 2}, {"python": 4, "sql": 1, "mysql": 3}, {"aws": 2, "git": 1}])
def test_sorted_by_priority_and_ranked(taxonomy, demand, segment, levels):
    analysis = market_gaps(ProfileSkills.from_levels(levels), segment, demand, taxonomy)
    scores = [g.priority for g in analysis.gaps]
    assert scores == sorted(scores, reverse=True)
    assert analysis.gaps[0].priority == max(scores)
    assert [g.roi_rank for g in analysis.gaps] == list(range(1, len(analysis.gaps) + 1))


def test_roi_score_is_sum_of_contributions(taxonomy, demand, segment):
    for gap in market_gaps(ProfileSkills(), segment, demand, taxonomy).gaps:
        assert gap.roi_score == pytest.approx(sum(gap.factors.contributions().values()), abs=1e-3)


def test_empty_profile_misses_everything(taxonomy, demand, segment):
    analysis = market_gaps(ProfileSkills(), segment, demand, taxonomy)
    assert analysis.overall_match == 0.0
    assert all(g.gap_fraction == 1.0 and g.status == "missing" for g in analysis.gaps)
    assert set(analysis.missing_skills) == {taxonomy.skills[g.skill_id].name for g in analysis.gaps}


def test_full_profile_matches(taxonomy, demand, segment):
    profile = ProfileSkills.from_levels({sid: 4 for sid in taxonomy.skills})
    analysis = market_gaps(profile, segment, demand, taxonomy)
    assert analysis.overall_match == 1.0
    assert analysis.gaps == () and analysis.missing_skills == ()


def test_ignores_rare_and_unknown_skills(taxonomy, demand, segment):
    ids = {g.skill_id for g in market_gaps(ProfileSkills(), segment, demand, taxonomy).gaps}
    assert "ruby" not in ids and "not_in_taxonomy" not in ids


def test_required_counts_more_than_preferred(taxonomy, segment):
    rows = [SegmentDemand("docker", share=0.5, required_share=0.5), SegmentDemand("aws", share=0.5, required_share=0.0)]
    gaps = gaps_by_id(market_gaps(ProfileSkills(), segment, rows, taxonomy))
    assert gaps["docker"].importance_pct == 50.0
    assert gaps["aws"].importance_pct == 25.0


def test_adjacency_lowers_hours(taxonomy, demand, segment):
    without = gaps_by_id(market_gaps(ProfileSkills(), segment, demand, taxonomy))["postgresql"]
    with_mysql = gaps_by_id(market_gaps(ProfileSkills.from_levels({"mysql": 3}), segment, demand, taxonomy))
    pg = with_mysql["postgresql"]
    assert pg.est_hours < without.est_hours
    assert pg.gap_fraction < 1.0 and pg.status == "missing"
    assert pg.adjacent_from == ("MySQL",)


def test_known_skill_implies_its_prerequisite(taxonomy, demand, segment):
    gaps = gaps_by_id(market_gaps(ProfileSkills.from_levels({"mysql": 3}), segment, demand, taxonomy))
    plain = gaps_by_id(market_gaps(ProfileSkills(), segment, demand, taxonomy))
    assert "sql" in plain and "sql" not in gaps  # MySQL at L3 states SQL at L3: no gap (was 60 % credit)
    assert gaps["postgresql"].gap_fraction < 1.0  # related (MySQL ~ PostgreSQL) still only shrinks the gap
    assert gaps["postgresql"].missing_prerequisites == ()  # SQL is implied by MySQL
    assert plain["postgresql"].missing_prerequisites == ("sql",)


def test_similarity_function_gives_partial_credit(taxonomy, segment):
    rows = [SegmentDemand("airflow", share=0.5, required_share=0.5)]
    profile = ProfileSkills.from_levels({"spark": 3})
    sim = lambda a, b: 0.9 if {a, b} == {"Apache Airflow", "Apache Spark"} else 0.0  # noqa: E731
    plain = market_gaps(profile, segment, rows, taxonomy).gaps[0]
    similar = market_gaps(profile, segment, rows, taxonomy, similarity=sim).gaps[0]
    assert similar.est_hours < plain.est_hours
    assert similar.adjacent_from == ("Apache Spark",)


@pytest.mark.parametrize("seniority, low, high", [("senior", 1, 2), ("lead", 2, 3), ("principal", 2, 3),
                                                  ("lead", 1, 3)])
def test_lower_level_raises_hours(taxonomy, seniority, low, high):
    target = TargetSegment("data_engineer", seniority=seniority)
    rows = [SegmentDemand("python", share=0.8, required_share=0.8)]
    at_low = market_gaps(ProfileSkills.from_levels({"python": low}), target, rows, taxonomy).gaps[0]
    at_high = market_gaps(ProfileSkills.from_levels({"python": high}), target, rows, taxonomy).gaps[0]
    assert at_low.est_hours > at_high.est_hours
    assert at_low.status == at_high.status == "partial"


@pytest.mark.parametrize("seniority, level, is_gap", [
    # mid expects "L2-L3": L2 meets it (issue 18; the old model called L2 a gap there)
    ("junior", 2, False), ("mid", 1, True), ("mid", 2, False), ("mid", 3, False), ("senior", 2, True),
    ("senior", 3, False), ("lead", 3, True),
    ("principal", 4, False),
])
def test_seniority_expectation(taxonomy, seniority, level, is_gap):
    target = TargetSegment("data_engineer", seniority=seniority)
    rows = [SegmentDemand("python", share=0.8, required_share=0.8)]
    analysis = market_gaps(ProfileSkills.from_levels({"python": level}), target, rows, taxonomy)
    assert bool(analysis.gaps) is is_gap


def test_prerequisites_the_user_lacks_are_noted(taxonomy, demand, segment):
    gaps = gaps_by_id(market_gaps(ProfileSkills.from_levels({"linux": 2}), segment, demand, taxonomy))
    assert gaps["kubernetes"].missing_prerequisites == ("docker",)
    assert gaps["docker"].missing_prerequisites == ()


def test_salary_uplift_and_trend(taxonomy, demand, segment):
    gaps = gaps_by_id(market_gaps(ProfileSkills(), segment, demand, taxonomy))
    assert gaps["spark"].salary_uplift == pytest.approx(30_000 / 105_000, abs=1e-3)
    assert gaps["spark"].factors.salary == pytest.approx(1.0, abs=0.05)
    assert gaps["airflow"].salary_uplift is None and gaps["airflow"].factors.salary == 0.5
    assert gaps["kubernetes"].factors.trend > gaps["sql"].factors.trend > gaps["airflow"].factors.trend


def test_weights_are_configurable(taxonomy, segment):
    # demand multiplies the score (issue 18), so weights order gaps of equal demand: effort-only -> fewest hours first
    rows = [SegmentDemand(sid, 0.5, 0.5) for sid in ("aws", "git", "sql", "docker", "communication")]
    effort_only = GapSettings(weights=RoiWeights(demand=0, salary=0, trend=0, effort=1))
    analysis = market_gaps(ProfileSkills.from_levels({"linux": 2}), segment, rows, taxonomy, effort_only)
    hours = [g.est_hours for g in analysis.gaps]
    assert hours == sorted(hours) and len(hours) == 5


def test_match_bounded_over_random_inputs(taxonomy):
    rng = random.Random(42)
    ids = sorted(taxonomy.skills)
    for _ in range(200):
        levels = {sid: rng.randint(1, 4) for sid in rng.sample(ids, rng.randint(0, len(ids)))}
        rows = []
        for sid in rng.sample(ids, rng.randint(0, len(ids))):
            share = rng.random()
            rows.append(SegmentDemand(sid, share, rng.random() * share, rng.choice([None, 90_000.0]),
                                      rng.choice([None, 80_000.0]), rng.choice([None, 0.3, 1.0, 3.0])))
        target = TargetSegment("x", seniority=rng.choice([None, "junior", "mid", "senior", "lead"]))
        analysis = market_gaps(ProfileSkills.from_levels(levels), target, rows, taxonomy)
        assert 0.0 <= analysis.overall_match <= 1.0
        assert all(0 <= g.roi_score <= 1 and 0 < g.gap_fraction <= 1 for g in analysis.gaps)


def test_assumptions_explain_the_numbers(taxonomy, demand, segment):
    from core.skills.models import Extraction, SkillMention

    extraction = Extraction([SkillMention("python", "Python", "Python", 0, 6)], kind="resume")
    analysis = market_gaps(ProfileSkills.from_extraction(extraction), segment, demand, taxonomy)
    text = " ".join(analysis.assumptions)
    assert "Python level assumed L2" in text
    assert "L2-L3" in text and "outside the taxonomy" in text
