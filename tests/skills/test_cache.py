"""The DocumentExtraction cache: hits, new rows per version/text, retries of failed rows, concurrent waits."""

from __future__ import annotations

import os
import threading
from datetime import timedelta

import pytest
from sqlmodel import SQLModel, select

from core.config import Settings
from core.db.models import DocumentExtraction, utcnow
from core.db.session import make_engine, memory_engine, session_scope
from core.errors import NotFound
from core.skills import cache
from core.skills.models import Extraction, SkillMention, UserCorrection


class FakeExtractor:
    """Counts calls; optionally fails the first N calls or blocks until released."""

    model_id = "fake-model"

    def __init__(self, version: str = "fake-1", fail_times: int = 0, gate: threading.Event | None = None):
        self.version = version
        self.calls = 0
        self.fail_times = fail_times
        self.gate = gate
        self.started = threading.Event()
        self._lock = threading.Lock()

    def extract(self, text: str, kind: str) -> Extraction:
        with self._lock:
            self.calls += 1
            call = self.calls
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(60), "test never released the slow extractor"
        if call <= self.fail_times:
            raise RuntimeError("model crashed")
        start = text.index("Python")
        mention = SkillMention("python", "Python", "Python", start, start + 6, "requirements", "required", 0.9, 5.0)
        return Extraction([mention], kind, "senior", 5.0, diagnostics={"calls": call})


def _make_engine(kind: str, tmp_path):
    if kind == "sqlite-memory":
        return memory_engine()
    if kind == "sqlite-file":
        return make_engine(Settings(data_dir=tmp_path))
    url = os.environ.get("SKILLGAP_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not available: set SKILLGAP_TEST_PG_URL (scripts/test.sh starts one)")
    eng = make_engine(Settings(data_dir=tmp_path, database_url=url))
    SQLModel.metadata.drop_all(eng)
    SQLModel.metadata.create_all(eng)
    return eng


@pytest.fixture(params=["sqlite-file", "sqlite-memory", "postgres"])
def engine(request, tmp_path):
    """A fresh schema on a SQLite file, in-memory SQLite, or PostgreSQL (SKILLGAP_TEST_PG_URL)."""
    eng = _make_engine(request.param, tmp_path)
    yield eng
    eng.dispose()


@pytest.fixture(params=["sqlite-file", "postgres"])
def threaded_engine(request, tmp_path):
    """An engine whose pool gives each thread its own connection."""
    eng = _make_engine(request.param, tmp_path)
    yield eng
    eng.dispose()


def _rows(engine) -> list[DocumentExtraction]:
    with session_scope(engine) as session:
        return list(session.exec(select(DocumentExtraction).order_by(DocumentExtraction.id)))


TEXT = "Requirements: 5 years of Python"


def test_hit_returns_the_same_result_without_extracting_again(engine):
    fake = FakeExtractor()
    first = cache.extract_cached(engine, fake, TEXT, "job")
    second = cache.extract_cached(engine, fake, TEXT + "  \n", "job")  # trailing whitespace: same key
    assert second == first
    assert fake.calls == 1
    rows = _rows(engine)
    assert [(r.status, r.doc_type, r.extractor_version, r.model_id, r.prompt_version) for r in rows] == [
        ("ready", "job", "fake-1", "fake-model", "none")
    ]
    assert rows[0].text_sha256 == cache.text_sha256(TEXT)


def test_new_text_version_kind_or_prompt_is_a_new_row(engine):
    fake, bumped = FakeExtractor(), FakeExtractor(version="fake-2")
    cache.extract_cached(engine, fake, TEXT, "job")
    cache.extract_cached(engine, bumped, TEXT, "job")
    cache.extract_cached(engine, fake, TEXT + " and more Python", "job")
    cache.extract_cached(engine, fake, TEXT, "resume")
    cache.extract_cached(engine, fake, TEXT, "job", prompt_version="p2")
    assert len(_rows(engine)) == 5
    assert (fake.calls, bumped.calls) == (4, 1)


def test_failed_row_is_recorded_then_retried(engine):
    fake = FakeExtractor(fail_times=1)
    with pytest.raises(RuntimeError):
        cache.extract_cached(engine, fake, TEXT, "job")
    (row,) = _rows(engine)
    assert row.status == "failed" and "model crashed" in row.error
    assert cache.get_cached(engine, fake, TEXT, "job").status == "failed"
    result = cache.extract_cached(engine, fake, TEXT, "job")
    assert result.mentions[0].skill_id == "python"
    (row,) = _rows(engine)
    assert (row.status, row.error) == ("ready", None)
    assert fake.calls == 2


def test_getter_returns_none_then_the_ready_row(engine):
    fake = FakeExtractor()
    assert cache.get_cached(engine, fake, TEXT, "job") is None
    fresh = cache.extract_cached(engine, fake, TEXT, "job")
    cached = cache.get_cached(engine, fake, TEXT, "job")
    assert cached.status == "ready"
    assert cached.extraction == fresh
    assert cached.extraction.diagnostics == {"calls": 1}


def test_concurrent_second_request_waits_and_reads_the_first_result(threaded_engine):
    engine = threaded_engine
    release, second_waiting = threading.Event(), threading.Event()
    slow = FakeExtractor(gate=release)
    results: dict[str, Extraction] = {}

    def first():
        results["first"] = cache.extract_cached(engine, slow, TEXT, "job")

    def sleep(_seconds):
        second_waiting.set()
        release.wait(0.01)

    def second():
        results["second"] = cache.extract_cached(engine, slow, TEXT, "job", wait_s=60, sleep=sleep)

    a = threading.Thread(target=first)
    a.start()
    assert slow.started.wait(30)
    b = threading.Thread(target=second)
    b.start()
    assert second_waiting.wait(30)  # the second request saw a running row and is polling
    release.set()
    a.join(30), b.join(30)
    assert results["first"] == results["second"]
    assert slow.calls == 1
    assert [r.status for r in _rows(engine)] == ["ready"]


def test_insert_race_has_exactly_one_winner(engine):
    key = cache.cache_key(FakeExtractor(), TEXT, "job")
    assert cache._claim(engine, key, None) is True
    assert cache._claim(engine, key, None) is False  # IntegrityError on the unique key


def test_waiter_that_runs_out_of_time_answers_without_touching_the_row(engine):
    fake = FakeExtractor()
    key = cache.cache_key(fake, TEXT, "job")
    assert cache._claim(engine, key, None)
    result = cache.extract_cached(engine, fake, TEXT, "job", wait_s=0, sleep=lambda s: None)
    assert result.mentions[0].surface == "Python"
    assert [r.status for r in _rows(engine)] == ["running"]


def test_stale_running_row_is_taken_over(engine):
    fake = FakeExtractor()
    key = cache.cache_key(fake, TEXT, "job")
    assert cache._claim(engine, key, None)
    with session_scope(engine) as session:
        row = session.exec(select(DocumentExtraction)).one()
        row.updated_at = utcnow() - cache.STALE_AFTER - timedelta(minutes=1)
        session.add(row)
    cache.extract_cached(engine, fake, TEXT, "job", sleep=lambda s: None)
    assert [r.status for r in _rows(engine)] == ["ready"]


def test_user_corrections_round_trip(engine):
    fake = FakeExtractor()
    with pytest.raises(NotFound):
        cache.set_user_corrections(engine, fake, TEXT, "job", [UserCorrection("reject", "python")])
    cache.extract_cached(engine, fake, TEXT, "job")
    corrections = [UserCorrection("reject", "python"), UserCorrection("add", "go", name="Go", level=3)]
    cache.set_user_corrections(engine, fake, TEXT, "job", corrections)
    assert cache.get_user_corrections(engine, fake, TEXT, "job") == corrections
    assert cache.get_cached(engine, fake, TEXT, "job").corrections == corrections
    assert cache.get_user_corrections(engine, fake, "other text", "job") == []
