"""The fast demo build: worker processes extract and embed, this process keeps the cache, rows and index --
the same rows as an in-process build, vectors of the same model, one background build per data dir."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import select

from core.config import Settings
from core.context import AppContext, build_context
from core.db.models import JobPosting, JobSkill, ProcessingRun
from core.db.session import memory_engine
from core.market import build as build_module
from core.market.bootstrap import build_status, start_demo_build
from core.market.build import build_demo_market
from core.skills.gazetteer import GazetteerExtractor
from tests.market.conftest import TODAY

N = 40


def _skills(ctx) -> list[tuple]:
    stmt = (select(JobPosting.external_id, JobPosting.is_demo, JobPosting.role_family, JobSkill.skill_id,
                   JobSkill.requirement).join(JobSkill, JobSkill.posting_id == JobPosting.id)
            .order_by(JobPosting.external_id, JobSkill.skill_id, JobSkill.name))
    with ctx.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt).all()]


@pytest.fixture(scope="module")
def pooled(tmp_path_factory):
    """A 40-posting build with 2 workers and the index (real extractor and model), and an in-process twin."""
    mp = pytest.MonkeyPatch()
    mp.setattr(build_module, "POOL_MIN_POSTINGS", 0)
    ctx = build_context(Settings(data_dir=tmp_path_factory.mktemp("pool") / "data"))
    result = build_demo_market(ctx, postings=N, seed=11, today=TODAY, workers=2, index=True)
    twin = build_context(Settings(data_dir=tmp_path_factory.mktemp("twin") / "data"))
    twin_result = build_demo_market(twin, postings=N, seed=11, today=TODAY, workers=0, index=False)
    mp.undo()
    yield ctx, result, twin, twin_result
    ctx.engine.dispose()
    twin.engine.dispose()


def test_workers_store_the_same_rows_as_an_in_process_build(pooled):
    ctx, result, twin, twin_result = pooled
    assert (result.workers, twin_result.workers) == (2, 0)
    assert result.ingest.added == twin_result.ingest.added == N
    rows = _skills(ctx)
    assert rows == _skills(twin) and len(rows) > N and all(is_demo for _, is_demo, *_ in rows)


def test_worker_vectors_are_the_models_vectors_for_the_posting_documents(pooled):
    from core.matching.catalog import load_facts
    from core.matching.index import embed_texts, shared_index

    ctx, result, _, _ = pooled
    index = shared_index(ctx.settings)
    assert result.indexed == N and index.vectors.count() == N and len(index.bm25) == N
    ids = list(range(1, 6))
    facts = load_facts(ctx.engine, ids)
    expected = index.embedder.encode(embed_texts(index, [facts[i] for i in ids]))  # float32, one at a time
    stored = index.vectors.embeddings([str(i) for i in ids])
    cosines = [float(np.dot(expected[k], stored[str(i)])) for k, i in enumerate(ids)]
    assert min(cosines) > 0.999


def test_cpu_is_reported_per_stage_including_the_workers(pooled):
    _, result, _, _ = pooled
    assert {"generate", "extract", "store", "aggregate", "index", "total"} <= result.cpu.keys()
    assert result.cpu["extract"] > 0 and result.cpu["index"] > 0
    assert result.cpu["total"] >= result.cpu["total_main"]


def test_workers_that_would_extract_differently_are_not_used(taxonomy, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "POOL_MIN_POSTINGS", 0)
    ctx = AppContext(Settings(data_dir=tmp_path), memory_engine(), taxonomy, GazetteerExtractor(taxonomy))
    assert build_module.open_pool(ctx, 10, workers=2) is None  # the workers run the production extractor


def test_one_background_build_per_data_dir(taxonomy, tmp_path):
    ctx = AppContext(Settings(data_dir=tmp_path, demo_postings=30, demo_seed=3), memory_engine(), taxonomy,
                     GazetteerExtractor(taxonomy))
    first = start_demo_build(ctx)
    assert start_demo_build(ctx) is first and build_status(ctx) is first
    assert first.wait(300) and first.error is None
    assert first.result.built and first.result.postings == 30 and first.fraction == 1.0
    again = start_demo_build(ctx, force_check=True)
    assert again is not first and again.wait(60) and not again.result.built
    with ctx.engine.connect() as conn:
        runs = conn.execute(select(ProcessingRun.status).where(ProcessingRun.kind == "ingest")).scalars().all()
    assert runs == ["ok"]


def test_no_demo_when_demo_postings_is_zero(taxonomy, tmp_path):
    ctx = AppContext(Settings(data_dir=tmp_path, demo_postings=0), memory_engine(), taxonomy,
                     GazetteerExtractor(taxonomy))
    status = start_demo_build(ctx)
    assert status.wait(60) and not status.result.built and status.result.postings == 0
