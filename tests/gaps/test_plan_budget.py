"""Issue 18 (5): a roadmap worth following -- prerequisites only when lacked and needed, counted in every total,
one chain at most half the plan, demand first in the ROI, no filler weeks."""

from __future__ import annotations

import random

import pytest

from core.gaps.build import market_report
from core.gaps.inputs import SegmentDemand, TargetSegment
from core.gaps.market_gap import market_gaps
from core.gaps.profile import ProfileSkills
from core.gaps.roadmap import build_roadmap
from core.gaps.settings import GapSettings
from core.taxonomy.models import Skill, Taxonomy

SEGMENT = TargetSegment("data_engineer", seniority="mid", total_postings=1000)
ML_SKILLS = [
    Skill("python", "Python", "programming_language", hours=80),
    Skill("sql", "SQL", "database", hours=30),
    Skill("statistics", "Statistics", "data_ml", hours=60),
    Skill("machine_learning", "Machine Learning", "data_ml", hours=120, prerequisites=("python", "statistics")),
    Skill("nlp", "Natural Language Processing", "data_ml", hours=70, prerequisites=("machine_learning",)),
    Skill("llm", "Large Language Models", "data_ml", hours=40, prerequisites=("nlp",)),
    Skill("data_pipelines", "Data Pipelines", "data_ml", hours=30, prerequisites=("python", "sql")),
    Skill("vector_db", "Vector Databases", "database", hours=10),
    Skill("dbt", "dbt", "data_ml", hours=15, prerequisites=("sql",)),
    Skill("kafka", "Apache Kafka", "data_ml", hours=30),
    Skill("docker", "Docker", "devops", hours=30, prerequisites=("linux",)),
    Skill("linux", "Linux", "devops", hours=40),
    Skill("kubernetes", "Kubernetes", "devops", hours=60, prerequisites=("docker",)),
]
CHAIN = {"statistics", "machine_learning", "nlp"}


@pytest.fixture
def ml() -> Taxonomy:
    """A taxonomy with the LLM prerequisite chain Statistics -> Machine Learning -> NLP."""
    return Taxonomy(skills={s.id: s for s in ML_SKILLS})


def plan_hours(roadmap, ids) -> int:
    """Hours the plan gives to the skills `ids`."""
    return sum(i.hours for w in roadmap.weeks for i in w.items if i.skill_id in ids)


def llm_market(llm_share: float) -> list[SegmentDemand]:
    """LLM at `llm_share` with high salary and trend; pipelines, dbt, Kafka at lower shares."""
    return [SegmentDemand("llm", llm_share, llm_share, 160_000, 100_000, 2.0),
            SegmentDemand("data_pipelines", 0.12, 0.12), SegmentDemand("dbt", 0.10, 0.10),
            SegmentDemand("kafka", 0.08, 0.08), SegmentDemand("vector_db", 0.06, 0.06)]


@pytest.mark.parametrize("held, hours, weeks, chain_in_plan", [
    ({"python": 3, "sql": 3}, 20, 4, 0),  # chain 250 h > 40 h: LLM deferred, the plan goes on with the next gaps
    ({"python": 3, "sql": 3, "statistics": 2, "machine_learning": 2}, 20, 8, 70),  # NLP 70 h <= 80 h: planned
    ({"python": 3, "sql": 3, "statistics": 2}, 20, 12, 0),  # ML + NLP 190 h > 120 h
])
def test_prerequisite_chain_fills_at_most_half_the_plan(ml, held, hours, weeks, chain_in_plan):
    profile = ProfileSkills.from_levels(held)
    report = market_report(profile, SEGMENT, llm_market(0.17), ml, hours_per_week=hours, weeks=weeks)
    assert report.top_gaps[0].skill_id == "llm"
    assert plan_hours(report.roadmap, CHAIN) == chain_in_plan <= hours * weeks / 2
    chain_hours = sum(report.top_gaps[0].prerequisite_hours)
    assert report.hours_to_close == sum(g.est_hours for g in report.top_gaps) + chain_hours
    planned = report.roadmap.total_hours + sum(h for _, h in report.roadmap.unscheduled)
    assert planned >= report.hours_to_close  # every hour is either in the plan or listed beyond it
    if not chain_in_plan:
        assert "Large Language Models needs" in " ".join(report.roadmap.deferred)
        assert plan_hours(report.roadmap, {"data_pipelines", "dbt"}) > 0


def test_prerequisites_only_for_a_missing_skill(ml):
    # Kubernetes is held (a level gap at lead): its lacking prerequisites (Docker, Linux) are not added
    profile = ProfileSkills.from_levels({"kubernetes": 2})
    rows = [SegmentDemand("kubernetes", 0.8, 0.8)]
    analysis = market_gaps(profile, TargetSegment("x", seniority="lead"), rows, ml)
    assert analysis.gaps[0].missing_prerequisites == ()
    roadmap = build_roadmap(analysis.gaps, ml, profile, 10, 4)
    assert {i.skill_id for w in roadmap.weeks for i in w.items} == {"kubernetes"}


@pytest.mark.parametrize("hours, weeks, expect_weeks", [(10, 8, 3), (5, 4, 4), (40, 2, 1)])
def test_no_filler_weeks(ml, hours, weeks, expect_weeks):
    profile = ProfileSkills.from_levels({"python": 3, "sql": 3, "linux": 2})
    rows = [SegmentDemand("dbt", 0.5, 0.5), SegmentDemand("vector_db", 0.3, 0.3)]  # 25 h in all
    roadmap = build_roadmap(market_gaps(profile, SEGMENT, rows, ml).gaps, ml, profile, hours, weeks)
    assert len(roadmap.weeks) == expect_weeks and all(w.items for w in roadmap.weeks)
    assert "Review and consolidate." not in [w.summary for w in roadmap.weeks]


def test_next_gaps_fill_the_plan(ml):
    profile = ProfileSkills.from_levels({"python": 3, "sql": 3, "linux": 2})
    rows = [SegmentDemand(sid, 0.5 - i * 0.1, 0.3) for i, sid in enumerate(["dbt", "vector_db", "kafka", "docker"])]
    gaps = market_gaps(profile, SEGMENT, rows, ml).gaps
    roadmap = build_roadmap(gaps, ml, profile, 10, 4, limit=1)  # top 1 is 15 h; the plan has 40
    order = list(dict.fromkeys(i.skill_id for w in roadmap.weeks for i in w.items))
    assert order[:3] == [g.skill_id for g in gaps[:3]]
    assert roadmap.total_hours == 40


def random_market(rng: random.Random, ids: list[str]) -> list[SegmentDemand]:
    """Demand rows with shares across the whole range, random salary and trend."""
    rows = []
    for sid in rng.sample(ids, rng.randint(2, len(ids))):
        share = rng.choice([rng.uniform(0.02, 0.05), rng.uniform(0.05, 0.3), rng.uniform(0.3, 1.0)])
        required = share * rng.random()
        rows.append(SegmentDemand(sid, share, required, rng.choice([None, 90_000.0, 200_000.0]),
                                  rng.choice([None, 80_000.0, 100_000.0]), rng.choice([None, 0.25, 1.0, 4.0])))
    return rows


def test_demand_first_over_random_markets(ml):
    """A gap in under 5% of postings never outranks one in over 30%; a level gap never outranks a missing skill
    with at least its demand."""
    rng = random.Random(1805)
    ids = sorted(ml.skills)
    checked = 0
    for _ in range(400):
        levels = {sid: rng.randint(1, 4) for sid in rng.sample(ids, rng.randint(0, 6))}
        target = TargetSegment("x", seniority=rng.choice([None, "junior", "mid", "senior", "lead"]))
        gaps = market_gaps(ProfileSkills.from_levels(levels), target, random_market(rng, ids), ml,
                           GapSettings(min_share=0.0)).gaps
        for high in gaps:
            for low in gaps:
                if low.importance_pct < 5 and high.importance_pct > 30:
                    checked += 1
                    assert high.roi_rank < low.roi_rank, (high, low)
                if low.kind == "level" and high.kind == "missing" and high.importance_pct >= low.importance_pct:
                    assert high.roi_rank < low.roi_rank, (high, low)
    assert checked > 200


def test_rare_skill_never_above_a_common_one(ml):
    # the case: Vector Databases (1%, cheap, well paid, rising) ranked above Data Pipelines (62%)
    rows = [SegmentDemand("vector_db", 0.01, 0.01, 200_000, 100_000, 4.0),
            SegmentDemand("data_pipelines", 0.62, 0.62, None, None, 0.8)]
    profile = ProfileSkills.from_levels({"data_pipelines": 2, "python": 3, "sql": 3})
    lead = TargetSegment("data_engineer", seniority="lead")
    gaps = market_gaps(profile, lead, rows, ml, GapSettings(min_share=0.0)).gaps
    assert [g.skill_id for g in gaps] == ["data_pipelines", "vector_db"]
