"""A small fixture taxonomy and fixture demand for the gap tests."""

from __future__ import annotations

import pytest

from core.gaps.inputs import SegmentDemand, TargetSegment
from core.taxonomy.models import Resource, Skill, Taxonomy

SKILLS = [
    Skill("python", "Python", "programming_language", hours=80, related=("ruby",)),
    Skill("ruby", "Ruby", "programming_language", hours=60),
    Skill("sql", "SQL", "database", hours=30),
    Skill("postgresql", "PostgreSQL", "database", hours=40, prerequisites=("sql",), related=("mysql",)),
    Skill("mysql", "MySQL", "database", hours=30, prerequisites=("sql",)),
    Skill("linux", "Linux", "devops", hours=40),
    Skill("docker", "Docker", "devops", hours=30, prerequisites=("linux",)),
    Skill("kubernetes", "Kubernetes", "devops", hours=60, prerequisites=("docker",)),
    Skill("aws", "AWS", "cloud", hours=80),
    Skill("git", "Git", "tool", hours=10),
    Skill("pandas", "pandas", "data_ml", hours=30, prerequisites=("python",)),
    Skill("spark", "Apache Spark", "data_ml", hours=60, prerequisites=("python", "sql")),
    Skill("airflow", "Apache Airflow", "data_ml", hours=30, prerequisites=("python",)),
    Skill("communication", "Communication", "soft_skill", hours=20),
]
RESOURCES = {
    "docker": (
        Resource("Docker Get Started", "Docker Docs", "https://docs.docker.com/get-started/", 6, False),
        Resource("Docker Mastery", "Udemy", "https://www.udemy.com/course/docker-mastery/", 20, True),
    ),
}
DEMAND = [
    SegmentDemand("python", share=0.80, required_share=0.70, salary_with=120_000, salary_without=100_000,
                  trend_ratio=1.1, postings=800),
    SegmentDemand("sql", share=0.75, required_share=0.60, salary_with=110_000, salary_without=105_000,
                  trend_ratio=1.0, postings=750),
    SegmentDemand("spark", share=0.50, required_share=0.30, salary_with=135_000, salary_without=105_000,
                  trend_ratio=1.4, postings=500),
    SegmentDemand("postgresql", share=0.40, required_share=0.20, salary_with=112_000, salary_without=108_000,
                  trend_ratio=1.0, postings=400),
    SegmentDemand("docker", share=0.45, required_share=0.15, salary_with=118_000, salary_without=104_000,
                  trend_ratio=1.2, postings=450),
    SegmentDemand("kubernetes", share=0.30, required_share=0.10, salary_with=125_000, salary_without=106_000,
                  trend_ratio=1.6, postings=300),
    SegmentDemand("airflow", share=0.35, required_share=0.20, trend_ratio=0.8, postings=350),
    SegmentDemand("aws", share=0.55, required_share=0.25, salary_with=121_000, salary_without=103_000,
                  trend_ratio=1.05, postings=550),
    SegmentDemand("git", share=0.30, required_share=0.05, postings=300),
    SegmentDemand("communication", share=0.25, required_share=0.0, postings=250),
    SegmentDemand("not_in_taxonomy", share=0.50, required_share=0.5, postings=500),
    SegmentDemand("ruby", share=0.01, required_share=0.0, postings=10),  # below min_share: ignored
]


@pytest.fixture
def taxonomy() -> Taxonomy:
    """The fixture taxonomy."""
    return Taxonomy(skills={s.id: s for s in SKILLS}, resources=dict(RESOURCES))


@pytest.fixture
def demand() -> list[SegmentDemand]:
    """Demand rows for a data-engineer segment."""
    return list(DEMAND)


@pytest.fixture
def segment() -> TargetSegment:
    """A data-engineer segment in Berlin, mid level."""
    return TargetSegment("data_engineer", city="Berlin", seniority="mid", total_postings=1000)
