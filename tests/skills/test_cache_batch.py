"""The batched cache path (bulk ingestion): one lookup, the misses extracted once, one bulk insert -- same rows
and states as extract_cached, so both paths read each other's results."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from core.db.models import DocumentExtraction, utcnow
from core.db.session import session_scope
from core.skills import cache
from tests.skills.test_cache import TEXT, FakeExtractor, _rows, engine  # noqa: F401 - engine is a fixture

OTHER = "Requirements: Python and SQL"


def test_misses_are_extracted_once_and_stored_ready(engine):
    fake = FakeExtractor()
    results = cache.extract_cached_many(engine, fake, [TEXT, OTHER, TEXT + " \n"], "job")
    assert fake.calls == 2  # the third text is the first one (trailing whitespace): same key, extracted once
    assert results[0] == results[2] and results[1].mentions[0].start == OTHER.index("Python")
    assert sorted(r.status for r in _rows(engine)) == ["ready", "ready"]


def test_hits_are_read_not_extracted_and_both_paths_share_rows(engine):
    fake = FakeExtractor()
    single = cache.extract_cached(engine, fake, TEXT, "job")
    [batched] = cache.extract_cached_many(engine, fake, [TEXT], "job")
    assert batched == single and fake.calls == 1
    cache.extract_cached_many(engine, fake, [OTHER], "job")
    assert cache.extract_cached(engine, fake, OTHER, "job") is not None and fake.calls == 2


def test_a_failure_is_returned_recorded_and_retried(engine):
    fake = FakeExtractor(fail_times=1)
    [failed, ok] = cache.extract_cached_many(engine, fake, [TEXT, OTHER], "job")
    assert isinstance(failed, RuntimeError) and ok.mentions
    statuses = {r.text_sha256: (r.status, r.error) for r in _rows(engine)}
    assert statuses[cache.text_sha256(TEXT)] == ("failed", "RuntimeError: model crashed")
    [retried] = cache.extract_cached_many(engine, fake, [TEXT], "job")
    assert retried.mentions and cache.get_cached(engine, fake, TEXT, "job").status == "ready"


@pytest.mark.parametrize("age, taken_over", [(cache.STALE_AFTER + timedelta(minutes=1), True),
                                             (timedelta(seconds=1), False)])
def test_running_rows_stale_are_taken_over_fresh_are_left_alone(engine, age, taken_over):
    fake = FakeExtractor()
    assert cache._claim(engine, cache.cache_key(fake, TEXT, "job"), None)
    with session_scope(engine) as session:
        row = session.exec(select(DocumentExtraction)).one()
        row.updated_at = utcnow() - age
        session.add(row)
    [result] = cache.extract_cached_many(engine, fake, [TEXT], "job")
    assert result.mentions[0].surface == "Python" and fake.calls == 1
    assert [r.status for r in _rows(engine)] == (["ready"] if taken_over else ["running"])


def test_a_key_inserted_meanwhile_is_not_duplicated(engine):
    fake = FakeExtractor()

    def run(texts):  # another writer stores the same key while this batch extracts
        cache.extract_cached(engine, FakeExtractor(), TEXT, "job")
        return [fake.extract(t, "job") for t in texts]
    cache.extract_cached_many(engine, fake, [TEXT], "job", run=run)
    assert [r.status for r in _rows(engine)] == ["ready"]


def test_the_runner_decides_who_extracts(engine):
    seen: list[list[str]] = []
    fake = FakeExtractor()

    def run(texts):
        seen.append(list(texts))
        return [fake.extract(t, "job") for t in texts]
    cache.extract_cached_many(engine, fake, [TEXT, OTHER, TEXT], "job", run=run)
    cache.extract_cached_many(engine, fake, [TEXT, OTHER], "job", run=run)
    assert seen == [[TEXT, OTHER]]  # one call with the misses; the second batch is all hits
