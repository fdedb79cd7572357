"""Jobs ranked as a person would (issue 20): a chosen city means that city, a far level and an old posting cost
real rank, a posting just added is not buried. A table over generated postings, through the real ranking service
(hybrid retrieval + WeightedRanker) with the hashed embedder."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from core.db.models import JobPosting, JobSkill
from core.db.session import memory_engine, session_scope
from core.matching.config import MatchSettings
from core.matching.index import ensure_index
from core.matching.models import MatchFilters
from core.matching.service import match
from tests.matching.conftest import HashEmbedder, make_index
from tests.matching.market import FAMILIES, NOW, family_resume, key

DE = FAMILIES[0]  # data engineer: the resume holds core[:6] at L3
FULL = DE.core[:6]  # every skill the resume holds
PARTIAL = DE.core[:8]  # 6 of 8: Data Warehousing and dbt missing
SEATTLE, SF = ("Seattle", "United States"), ("San Francisco", "United States")


@dataclass(frozen=True)
class Spec:
    """A generated posting: where, how senior, how old (None: undated, first seen `added` days ago), which skills."""

    place: tuple[str, str] = SEATTLE
    remote: bool = False
    seniority: str = "senior"
    days: float | None = 3.0
    skills: tuple[str, ...] = FULL
    added: float = 1.0
    subject: bool = False  # the posting the case is about


def spread(n: int, **kw) -> list[Spec]:
    """n postings alike but for their age (days, days + 1, ...), or all undated."""
    days = kw.pop("days", 3.0)
    return [Spec(days=None if days is None else days + i, **kw) for i in range(n)]


@dataclass(frozen=True)
class Case:
    id: str
    postings: list[Spec]
    years: float = 5.0
    city: str | None = "Berlin"  # the profile's city
    filters: MatchFilters = field(default_factory=MatchFilters)
    settings: dict = field(default_factory=dict)
    expect: str = "top"  # top: subjects rank above every other posting | bottom: below every one | only: alone


CASES = [
    Case("city only: a Seattle search shows Seattle postings, which score location 1.0",
         spread(15, place=SF, remote=True) + spread(4, skills=PARTIAL, subject=True),
         filters=MatchFilters(city="Seattle", include_remote=False), expect="only"),
    Case("include remote: remote elsewhere is shown, below the same match in Seattle",
         spread(15, place=SF, remote=True) + spread(4, subject=True), city="Seattle",
         filters=MatchFilters(city="Seattle", include_remote=True)),
    Case("include remote: an on-site Seattle job beats remote San Francisco for a Berlin profile too",
         spread(15, place=SF, remote=True) + spread(4, subject=True),
         filters=MatchFilters(city="Seattle", include_remote=True)),
    Case("seniority: an entry-level posting for 8 years ranks below senior ones missing two skills",
         spread(15, skills=PARTIAL) + [Spec(seniority="junior", subject=True)], years=8.0, expect="bottom"),
    Case("seniority: a principal posting for a graduate ranks below junior ones missing two skills",
         spread(15, seniority="junior", skills=PARTIAL) + [Spec(seniority="principal", subject=True)],
         years=0.0, expect="bottom"),
    Case("age: an 18-month-old posting ranks below fresh ones missing two skills",
         spread(15, skills=PARTIAL) + [Spec(days=540, subject=True)], expect="bottom"),
    Case("age: a 17-month-old posting ranks below 2-month-old ones missing two skills",
         spread(15, days=55, skills=PARTIAL) + [Spec(days=510, subject=True)], expect="bottom"),
    Case("fresh: a posting added two days ago (no date stated) is not buried under year-old ones",
         spread(30, days=420, skills=FULL) + [Spec(days=None, added=2, skills=PARTIAL, subject=True)]),
    Case("fresh: the newest postings are ranked even when retrieval keeps only 3 per channel",
         spread(30, days=420, skills=FULL) + [Spec(days=None, added=2, skills=PARTIAL, subject=True)],
         settings=dict(dense_k=3, bm25_k=3)),
]


def build(specs: list[Spec]) -> tuple[object, set[int]]:
    """An in-memory database holding these postings; returns (engine, subject ids)."""
    engine = memory_engine()
    subjects: set[int] = set()
    with session_scope(engine) as session:
        for i, spec in enumerate(specs):
            prefix = {"junior": "Junior ", "senior": "Senior ", "principal": "Principal "}.get(spec.seniority, "")
            names = ", ".join(spec.skills)
            row = JobPosting(
                source="test", external_id=f"p{i}", text_hash=f"h{i}", title=f"{prefix}Data Engineer",
                company=f"Company {i}", city=spec.place[0], country=spec.place[1], remote=spec.remote,
                role_family=DE.id, seniority=spec.seniority,
                posted_at=None if spec.days is None else NOW - timedelta(days=spec.days),
                created_at=NOW - timedelta(days=spec.added if spec.days is None else (spec.days or 0)),
                description=f"Data Engineer. You will work with {names}.",
            )
            session.add(row)
            session.flush()
            if spec.subject:
                subjects.add(row.id)
            for name in spec.skills:
                session.add(JobSkill(posting_id=row.id, skill_id=key(name), name=name, requirement="required"))
    return engine, subjects


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_jobs_are_ranked_as_a_person_would(case: Case):
    engine, subjects = build(case.postings)
    settings = MatchSettings(collection=f"t_{uuid.uuid4().hex[:10]}", **case.settings)
    index = make_index(HashEmbedder(), settings)
    ensure_index(engine, index)
    query = family_resume(DE, years=case.years, city=case.city)
    results = match(engine, index, query, case.filters, top_k=100, now=NOW).results
    ranked = [r.posting.id for r in results]
    assert subjects <= set(ranked), "every subject posting is ranked"
    where = [ranked.index(s) for s in subjects]
    others = [i for i, pid in enumerate(ranked) if pid not in subjects]
    if case.expect == "only":
        assert not others, [r.explanation for r in results if r.posting.id not in subjects]
        assert all(r.factor("location").value == 1.0 for r in results)
    elif case.expect == "top":
        assert others and max(where) < min(others), [(r.posting.id in subjects, r.score) for r in results]
    else:
        assert others and min(where) > max(others), [(r.posting.id in subjects, r.score) for r in results]
    if case.filters.include_remote and case.filters.city:
        assert all(r.posting.city == "Seattle" or r.posting.remote for r in results)
        assert all(r.factor("location").value == 1.0 for r in results if r.posting.id in subjects)
