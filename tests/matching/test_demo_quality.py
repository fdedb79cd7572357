"""Quality on the demo market built by the real pipeline (generator -> ingest -> extraction -> index).

Resumes written for each role family (tests/matching/resumes.py) must rank their own family's postings first.
The vector side uses a fast hashed bag-of-words embedder here; one test repeats the check with the real
all-MiniLM-L6-v2 model on a smaller market. Full-size figures (10k) are in docs/benchmarks.md "## Jobs".
"""

from __future__ import annotations

import re
import statistics
from datetime import date, datetime, timezone

import pytest
from sqlmodel import Session, select

from core.config import Settings
from core.context import AppContext
from core.db.models import JobPosting
from core.db.session import memory_engine
from core.matching.index import ensure_index
from core.matching.service import match, query_for_text
from tests.matching.conftest import HashEmbedder, make_index
from tests.matching.resumes import FAMILIES, resume_text

demo_source = pytest.importorskip("core.market.demo_source", reason="the demo generator is not there yet")
taxonomy_load = pytest.importorskip("core.taxonomy.load", reason="the taxonomy loader is not there yet")
roles = pytest.importorskip("core.taxonomy.roles", reason="the role-family mapper is not there yet")

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 12, tzinfo=timezone.utc)
POSTINGS = 1500


def build_demo(postings: int, seed: int = 7):
    """(ctx, posting id -> role family) for a demo market of this size, in memory."""
    from core.ingest.pipeline import ingest
    from core.skills.extract import make_extractor

    settings = Settings()
    taxonomy = taxonomy_load.load_taxonomy(settings.taxonomy_dir)
    extractor = make_extractor(taxonomy)
    engine = memory_engine()
    source = demo_source.DemoSource(taxonomy, postings=postings, seed=seed, today=TODAY)
    ingest(engine, source, settings, extractor, role_family=lambda t: roles.role_family_for_title(taxonomy, t))
    with Session(engine) as session:
        families = dict(session.exec(select(JobPosting.id, JobPosting.role_family)).all())
    return AppContext(settings, engine, taxonomy, extractor), families


@pytest.fixture(scope="module")
def demo():
    ctx, families = build_demo(POSTINGS)
    index = make_index(HashEmbedder())
    ensure_index(ctx.engine, index)
    yield ctx, index, families
    ctx.engine.dispose()


def precision(ctx, index, families, family: str, k: int = 10, **resume_kw) -> float:
    query = query_for_text(ctx, resume_text(family, **resume_kw), location="Berlin, Germany")
    results = match(ctx.engine, index, query, top_k=k, now=NOW).results
    return sum(families[r.posting.id] == family for r in results) / k


def test_every_family_is_present_in_the_demo_market(demo):
    _, _, families = demo
    assert set(FAMILIES) <= set(families.values())


@pytest.mark.parametrize("family", FAMILIES)
def test_family_resume_ranks_its_own_family_first(demo, family):
    ctx, index, families = demo
    assert precision(ctx, index, families, family) >= 0.8


def test_mean_precision_at_10_over_families_and_seniority(demo):
    ctx, index, families = demo
    scores = [precision(ctx, index, families, f, years=y) for f in FAMILIES for y in (1, 6, 12)]
    assert statistics.mean(scores) >= 0.9


@pytest.mark.parametrize("family, skill", [
    ("data_engineer", "dbt"), ("backend", "Kubernetes"), ("frontend", "GraphQL"), ("devops", "Prometheus"),
    ("data_scientist", "PyTorch"), ("security", "Python"),
])
def test_resume_text_gaining_a_skill_never_loses_rank_on_postings_requiring_it(demo, family, skill):
    ctx, index, _ = demo
    text = resume_text(family)
    richer = re.sub(r"(SKILLS\n.*)\n$", rf"\1, {skill}\n", text)
    before_q = query_for_text(ctx, text)
    after_q = query_for_text(ctx, richer)
    gained = set(after_q.levels) - set(before_q.levels)
    implied = {p for g in gained for p in ctx.taxonomy.skills[g].prerequisites} if gained else set()
    stated = gained - implied  # PyTorch also states Deep Learning (a prerequisite held at its level)
    assert len(stated) == 1, f"the extractor should find exactly the new skill, got {gained}"
    sid = stated.pop()
    before = match(ctx.engine, index, before_q, top_k=300, now=NOW).results
    after = match(ctx.engine, index, after_q, top_k=300, now=NOW).results
    wants = {r.posting.id for r in before + after if any(s.key in gained | {sid} for s in r.posting.skills)}
    rb = {r.posting.id: r.rank for r in before}
    ra = {r.posting.id: r.rank for r in after}
    for pid in wants & rb.keys():
        if rb[pid] > 50:
            continue
        assert pid in ra
        ahead_before = {q for q, r in rb.items() if r < rb[pid] and q not in wants}
        ahead_after = {q for q, r in ra.items() if r < ra[pid] and q not in wants}
        assert ahead_after <= ahead_before, f"posting {pid} requiring {sid} was overtaken"


def test_precision_with_the_real_embedding_model():
    from core.embeddings import make_embedder

    ctx, families = build_demo(900, seed=3)  # 38 families: ~20 postings per tech family (400 left ~10)
    index = make_index(make_embedder(ctx.settings))
    ensure_index(ctx.engine, index)
    scores = [precision(ctx, index, families, f) for f in FAMILIES]
    assert statistics.mean(scores) >= 0.8
    assert min(scores) >= 0.6
    ctx.engine.dispose()
