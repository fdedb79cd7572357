"""Index building: incremental (only new ids embedded), stale detection against the DB, persistence, the hook."""

from __future__ import annotations

from sqlmodel import delete

from core.config import Settings
from core.db.models import JobPosting, JobSkill
from core.db.session import memory_engine, session_scope
from core.matching.catalog import posting_ids, watermark
from core.matching.index import bm25_path, ensure_index, index_postings, open_index, refresh_match_index
from tests.matching.conftest import HashEmbedder, chroma_client, make_index
from tests.matching.market import build_market


def test_index_postings_embeds_only_new_ids():
    engine = memory_engine()
    build_market(engine, 30)
    embedder = HashEmbedder()
    index = make_index(embedder)
    ids = posting_ids(engine)
    first = index_postings(engine, index, ids[:20])
    assert (first.vectors_added, first.bm25_added) == (20, 20)
    encoded = embedder.encoded
    again = index_postings(engine, index, ids)
    assert (again.vectors_added, again.bm25_added) == (10, 10)
    assert embedder.encoded - encoded <= 10
    assert index.vectors.count() == len(index.bm25) == 30


def test_ensure_index_is_a_no_op_when_fresh():
    engine = memory_engine()
    build_market(engine, 25)
    embedder = HashEmbedder()
    index = make_index(embedder)
    assert ensure_index(engine, index).vectors_added == 25
    calls = embedder.calls
    report = ensure_index(engine, index)
    assert not report.changed and report.total == 25 and embedder.calls == calls


def test_ensure_index_adds_new_and_drops_deleted_postings():
    engine = memory_engine()
    build_market(engine, 20)
    index = make_index(HashEmbedder())
    ensure_index(engine, index)
    gone = posting_ids(engine)[:3]
    with session_scope(engine) as session:
        session.exec(delete(JobSkill).where(JobSkill.posting_id.in_(gone)))
        session.exec(delete(JobPosting).where(JobPosting.id.in_(gone)))
    build_market(engine, 5, seed=99)  # new rows (ids above the old max)
    report = ensure_index(engine, index)
    assert report.removed == 3 and report.vectors_added == 5 and report.bm25_added == 5
    expected = set(posting_ids(engine))
    assert set(index.bm25.ids.tolist()) == expected
    assert {int(i) for i in index.vectors.all_ids()} == expected
    assert watermark(engine).count == len(expected) == report.total


def test_ensure_index_rebuilds_a_lost_vector_collection():
    engine = memory_engine()
    build_market(engine, 12)
    index = make_index(HashEmbedder())
    ensure_index(engine, index)
    index.vectors.delete(index.vectors.all_ids()[:5])
    report = ensure_index(engine, index)
    assert report.vectors_added == 5 and report.bm25_added == 0
    assert index.vectors.count() == 12


def test_bm25_is_persisted_and_reloaded(tmp_path):
    engine = memory_engine()
    build_market(engine, 15)
    path = tmp_path / "bm25.npz"
    index = make_index(HashEmbedder(), path=path)
    ensure_index(engine, index)
    assert path.is_file()
    reloaded = make_index(HashEmbedder(), settings=index.settings, path=path)
    reloaded.vectors = index.vectors  # same Chroma collection
    assert len(reloaded.bm25) == 15
    assert not ensure_index(engine, reloaded).changed


def test_refresh_hook_indexes_what_the_database_holds(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    engine = memory_engine()
    build_market(engine, 10)
    client, embedder = chroma_client(), HashEmbedder()
    report = refresh_match_index(settings, engine, embedder=embedder, client=client)
    assert report.vectors_added == 10 and bm25_path(settings, open_index(
        settings, client=client, embedder=embedder).settings).is_file()
    build_market(engine, 4, seed=5)
    assert refresh_match_index(settings, engine, embedder=embedder, client=client).vectors_added == 4
    index = open_index(settings, client=client, embedder=embedder)
    assert len(index.bm25) == index.vectors.count() == 14


def test_empty_database_gives_an_empty_index():
    engine = memory_engine()
    index = make_index(HashEmbedder())
    report = ensure_index(engine, index)
    assert report.total == 0 and not report.changed
    assert len(index.bm25) == index.vectors.count() == 0
