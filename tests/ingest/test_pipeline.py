"""The pipeline: batches, dedupe, dead letters with backoff, retries, kill-and-rerun idempotency, run rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, func, select

from core.db.models import DeadLetter, JobPosting, JobSkill, ProcessingRun, utcnow
from core.db.session import session_scope
from core.ingest import writer as writer_module
from core.ingest.csv_source import CsvSource
from core.ingest.dead_letters import backoff_seconds
from core.ingest.paste_source import PasteSource
from core.ingest.pipeline import ingest, retry_dead_letters
from core.ingest.records import PostingRecord
from tests.ingest.conftest import FakeExtractor
from tests.ingest.dumps import write_linkedin_csv


def record(i: int, **kw) -> PostingRecord:
    base = dict(source="test", external_id=f"job-{i}", title=f"Engineer {i}", company="Acme",
                location_raw="Pune", description=f"Posting {i}: Python and SQL.", ref=f"row {i}")
    base.update(kw)
    return PostingRecord(**base)


@dataclass
class ListSource:
    items: list
    name: str = "test"
    crash_after: int | None = None  # raise after yielding this many items (a crash mid-run)

    def iter_records(self):
        for n, item in enumerate(self.items):
            if self.crash_after is not None and n == self.crash_after:
                raise RuntimeError("killed")
            yield item


def count(engine, model, *where) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def letters(engine) -> list[DeadLetter]:
    with Session(engine) as s:
        return list(s.exec(select(DeadLetter).order_by(DeadLetter.id)).all())


@pytest.mark.parametrize("attempts, seconds", [(0, 60), (1, 120), (2, 240), (5, 1920), (10, 61440), (11, 86400),
                                               (30, 86400)])
def test_backoff_table(attempts, seconds):
    assert backoff_seconds(attempts) == seconds


def test_bad_row_dead_letter_then_fixed_and_retried(tmp_path, engine, settings, extractor):
    before = utcnow()
    ingest(engine, CsvSource(write_linkedin_csv(tmp_path / "postings.csv")), settings, extractor)
    [letter] = letters(engine)
    assert (letter.source, letter.ref, letter.attempts) == ("csv:postings.csv", "row 6", 1)
    assert letter.last_error == "row 6: empty description"
    assert before + timedelta(seconds=120) <= letter.next_retry_at <= utcnow() + timedelta(seconds=120)
    assert retry_dead_letters(engine, settings, extractor).resolved == 0  # not due yet
    later = utcnow() + timedelta(hours=1)
    still = retry_dead_letters(engine, settings, extractor, now=later)  # due, still broken
    assert (still.resolved, still.still_failing) == (0, 1)
    [letter] = letters(engine)
    assert letter.attempts == 2 and letter.next_retry_at == later + timedelta(seconds=240)
    with session_scope(engine) as s:  # someone fixes the row in the payload
        row = s.get(DeadLetter, letter.id)
        payload = json.loads(row.payload)
        payload["row"]["description"] = "Go and Kubernetes services."
        row.payload = json.dumps(payload)
    fixed = retry_dead_letters(engine, settings, extractor, now=later + timedelta(days=1))
    assert (fixed.resolved, fixed.still_failing) == (1, 0)
    assert letters(engine)[0].resolved_at is not None
    assert count(engine, JobPosting, JobPosting.external_id == "3884428802") == 1


def test_extraction_failure_dead_letter_resolves_after_fix(engine, settings, extractor):
    items = [record(1), record(2, description="Posting 2 EXPLODE Python."), record(3)]
    summary = ingest(engine, ListSource(items), settings, extractor)
    assert (summary.added, summary.failed) == (2, 1)
    [letter] = letters(engine)
    assert letter.last_error == "extraction failed: RuntimeError: extractor crashed on this text"
    assert json.loads(letter.payload)["record"]["external_id"] == "job-2"
    due = utcnow() + timedelta(minutes=5)
    assert retry_dead_letters(engine, settings, extractor, now=due).still_failing == 1
    extractor.broken = False
    assert retry_dead_letters(engine, settings, extractor, now=due + timedelta(days=1)).resolved == 1
    assert count(engine, JobPosting) == 3
    assert count(engine, DeadLetter, DeadLetter.resolved_at.is_(None)) == 0


class Crash(BaseException):
    """Stands in for SIGKILL: not an Exception, so nothing on the way catches it."""


@pytest.mark.parametrize("where", ["source", "extractor"])
def test_kill_midway_then_rerun_counts_exact(where, engine, settings):
    items = [record(i) for i in range(20)]
    extractor = FakeExtractor()
    if where == "source":  # dies while reading record 8: batches 1-2 (6 records) were committed
        first_source = ListSource(items, crash_after=8)
    else:  # dies inside the third batch, halfway through its extraction
        first_source = ListSource(items)
        calls = {"n": 0}

        def dying(text, kind):
            calls["n"] += 1
            if calls["n"] == 8:
                raise Crash()
            return FakeExtractor()(text, kind)
        extractor = dying
    with pytest.raises((RuntimeError, Crash)):
        ingest(engine, first_source, settings, extractor, batch_size=3)
    assert count(engine, JobPosting) == 6
    skills_after_crash = count(engine, JobSkill)
    assert skills_after_crash == 12  # python + sql for each committed posting, none for the lost batch
    with Session(engine) as s:
        run = s.exec(select(ProcessingRun)).one()
    assert (run.status, run.added) == ("failed", 6)
    rerun = ingest(engine, ListSource(items), settings, FakeExtractor(), batch_size=3)
    assert (rerun.added, rerun.duplicates, rerun.failed) == (14, 6, 0)
    assert count(engine, JobPosting) == 20 and count(engine, JobSkill) == 40
    third = ingest(engine, ListSource(items), settings, FakeExtractor(), batch_size=3)
    assert (third.added, third.duplicates) == (0, 20)


def test_dedupe_by_text_hash_without_external_id(engine, settings, extractor):
    text = "Data Engineer\n\nWe need   Python and SQL.\r\n"
    first = ingest(engine, PasteSource(text), settings, extractor)
    second = ingest(engine, PasteSource("data engineer\nwe need python and sql."), settings, extractor)
    other = ingest(engine, ListSource([record(1, external_id=None, description=text)], name="mail"), settings,
                   extractor)
    assert (first.added, second.duplicates, other.duplicates) == (1, 1, 1)
    with Session(engine) as s:
        row = s.exec(select(JobPosting)).one()
    assert (row.title, row.source, row.external_id) == ("Data Engineer", "paste", None)
    assert row.description == "Data Engineer\n\nWe need Python and SQL."


def test_duplicates_inside_one_batch(engine, settings, extractor):
    items = [record(1), record(1, title="Engineer 1 (repost)"), record(2)]
    summary = ingest(engine, ListSource(items), settings, extractor, batch_size=10)
    assert (summary.added, summary.duplicates) == (2, 1)


def test_run_row_progress_and_role_family(engine, settings, extractor):
    seen = []
    items = [record(i) for i in range(5)] + [record(9, title="   ")]
    summary = ingest(engine, ListSource(items), settings, extractor, on_progress=lambda d, t: seen.append((d, t)),
                     batch_size=2, role_family=lambda title: "software_engineer" if "Engineer" in title else None)
    assert seen == [(n, None) for n in range(1, 7)]
    with Session(engine) as s:
        run = s.get(ProcessingRun, summary.run_id)
        families = set(s.exec(select(JobPosting.role_family)).all())
    assert (run.kind, run.source, run.status) == ("ingest", "test", "partial")
    assert (run.added, run.duplicates, run.failed) == (5, 0, 1)
    detail = json.loads(run.detail)
    assert detail["batches"] == 3 and {"extract_s", "write_s", "elapsed_s"} <= detail.keys()
    assert run.finished_at is not None and families == {"software_engineer"}
    assert letters(engine)[0].last_error == "row 9: empty title"


def test_database_error_retried_then_dead_lettered(engine, settings, extractor, monkeypatch):
    monkeypatch.setattr(writer_module, "DB_RETRY_DELAY_S", 0)
    real = writer_module.insert_postings

    def flaky(session, items):  # the bulk insert of any batch holding job-2 fails like a locked database
        if any(item.posting.external_id == "job-2" for item in items):
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real(session, items)

    monkeypatch.setattr(writer_module, "insert_postings", flaky)
    summary = ingest(engine, ListSource([record(1), record(2), record(3)]), settings, extractor, batch_size=3)
    assert (summary.added, summary.failed) == (2, 1)
    [letter] = letters(engine)
    assert letter.last_error == "database error: Exception: database is locked"
    monkeypatch.setattr(writer_module, "insert_postings", real)
    assert retry_dead_letters(engine, settings, extractor, now=utcnow() + timedelta(days=2)).resolved == 1
    assert count(engine, JobPosting) == 3


def test_records_keep_their_payload_round_trip():
    rec = record(4, posted_at=utcnow().replace(microsecond=0), remote=True, salary_min=1.0, salary_period="hour")
    payload = json.loads(rec.to_json())
    assert payload["kind"] == "record"
    assert PostingRecord.from_payload(payload["record"]) == rec
    assert replace(rec, title="x") != rec


@dataclass
class DemoListSource(ListSource):
    is_demo: bool = True

    def __len__(self) -> int:
        return len(self.items)


def test_demo_sources_mark_postings_and_report_totals(engine, settings, extractor):
    seen = []
    ingest(engine, DemoListSource([record(1), record(2)], name="demo"), settings, extractor,
           on_progress=lambda d, t: seen.append((d, t)))
    ingest(engine, ListSource([record(3)]), settings, extractor)
    with Session(engine) as s:
        flags = dict(s.exec(select(JobPosting.external_id, JobPosting.is_demo)).all())
    assert flags == {"job-1": True, "job-2": True, "job-3": False}
    assert seen == [(1, 2), (2, 2)]


class ObjectExtractor:
    """An Extractor object (version/model_id/extract): goes through the extraction cache when it exists."""

    version = "test-1"
    model_id = "fake"

    def __init__(self) -> None:
        self.inner = FakeExtractor()

    def extract(self, text: str, kind: str):
        return self.inner(text, kind)


def test_extractor_objects_use_the_extraction_cache(engine, settings):
    pytest.importorskip("core.skills.cache", reason="core.skills.cache (extraction cache) not present")
    from core.db.models import DocumentExtraction

    extractor = ObjectExtractor()
    ingest(engine, ListSource([record(1), record(2, source="other")]), settings, extractor)
    # same title + description under another source name: the cache answers, the extractor is not called again
    ingest(engine, ListSource([record(1, source="elsewhere")], name="elsewhere"), settings, extractor)
    assert extractor.inner.calls == 2
    assert count(engine, DocumentExtraction, DocumentExtraction.status == "ready") == 2
    assert count(engine, JobSkill) == 6


def test_default_extractor_and_role_family_come_from_the_taxonomy(engine, settings):
    pytest.importorskip("core.taxonomy.load", reason="taxonomy loader not present")
    pytest.importorskip("core.skills.extract", reason="extractor not present")
    if not (settings.taxonomy_dir / "VERSION").is_file():
        pytest.skip(f"taxonomy not built at {settings.taxonomy_dir}")
    rec = record(1, title="Senior Data Engineer", description="You will build pipelines with Python, SQL and Spark.")
    assert ingest(engine, ListSource([rec]), settings).added == 1
    with Session(engine) as s:
        row = s.exec(select(JobPosting)).one()
        skills = set(s.exec(select(JobSkill.skill_id)).all())
    assert row.role_family == "data_engineer" and row.seniority == "senior"
    assert {"python", "sql"} <= skills


def test_each_committed_batch_reports_its_new_ids(engine, settings, extractor):
    seen: list[list[int]] = []
    items = [record(i) for i in range(5)] + [record(1)]  # the repeat is a duplicate: no id for it
    ingest(engine, ListSource(items), settings, extractor, batch_size=2, on_batch=seen.append)
    with Session(engine) as s:
        stored = sorted(s.exec(select(JobPosting.id)).all())
    assert [i for batch in seen for i in batch] == stored and len(stored) == 5


def test_a_killed_run_shows_as_interrupted_on_the_data_page(engine, settings, extractor):
    from core.market.status import recent_runs

    with Session(engine) as s:  # a run whose process is gone (pid far above any live one on this host)
        import socket

        s.add(ProcessingRun(kind="ingest", source="csv:x", status="running",
                            detail=json.dumps({"pid": 2**22 + 4321, "host": socket.gethostname()})))
        s.commit()
    assert recent_runs(engine)["status"].tolist() == ["interrupted"]
