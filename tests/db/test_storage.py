"""The data model behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from core.db.models import (
    DeadLetter, DocumentExtraction, JobPosting, JobSkill, ProcessingRun, Profile, Resume,
)
from core.db.session import session_scope


def _posting(**kw) -> JobPosting:
    base = dict(source="csv:test", external_id="1", text_hash="h1", title="Backend Engineer", description="Python")
    base.update(kw)
    return JobPosting(**base)


def test_profile_and_resume_round_trip(db_engine):
    with session_scope(db_engine) as s:
        p = Profile(name="Asha")
        s.add(p)
        s.flush()
        s.add(Resume(profile_id=p.id, filename="cv.pdf", text="x" * 70_000, text_sha256="a" * 64))
    with Session(db_engine) as s:
        resume = s.exec(select(Resume)).one()
        assert len(resume.text) == 70_000
        assert s.get(Profile, resume.profile_id).name == "Asha"


def test_profile_name_unique(db_engine):
    with session_scope(db_engine) as s:
        s.add(Profile(name="Same"))
    with pytest.raises(IntegrityError):
        with session_scope(db_engine) as s:
            s.add(Profile(name="Same"))


@pytest.mark.parametrize(
    "second, duplicate",
    [
        (dict(external_id="1"), True),  # same source + external id
        (dict(external_id="2"), False),
        (dict(source="csv:other", external_id="1"), False),
    ],
)
def test_posting_unique_by_source_and_external_id(db_engine, second, duplicate):
    with session_scope(db_engine) as s:
        s.add(_posting())
    try:
        with session_scope(db_engine) as s:
            s.add(_posting(**second))
        added = True
    except IntegrityError:
        added = False
    assert added is not duplicate


def test_job_skills_follow_posting(db_engine):
    with session_scope(db_engine) as s:
        post = _posting()
        s.add(post)
        s.flush()
        s.add_all([
            JobSkill(posting_id=post.id, skill_id="python", name="Python", requirement="required", years=3),
            JobSkill(posting_id=post.id, skill_id=None, name="Temporal", requirement="preferred"),
        ])
    with Session(db_engine) as s:
        rows = s.exec(select(JobSkill).order_by(JobSkill.name)).all()
        assert [(r.name, r.requirement, r.years) for r in rows] == [
            ("Python", "required", 3.0), ("Temporal", "preferred", None)
        ]


def test_extraction_cache_key_is_unique(db_engine):
    key = dict(doc_type="resume", text_sha256="f" * 64, extractor_version="gaz-1", model_id="none", prompt_version="none")
    with session_scope(db_engine) as s:
        s.add(DocumentExtraction(**key, status="ready", result_json=json.dumps({"mentions": []})))
    with pytest.raises(IntegrityError):
        with session_scope(db_engine) as s:
            s.add(DocumentExtraction(**key))
    with session_scope(db_engine) as s:  # a bumped version is a new row
        s.add(DocumentExtraction(**{**key, "extractor_version": "gaz-2"}))
    with Session(db_engine) as s:
        assert s.exec(select(func.count()).select_from(DocumentExtraction)).one() == 2


def test_dead_letter_and_run_round_trip(db_engine):
    due = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=2)
    with session_scope(db_engine) as s:
        s.add(DeadLetter(source="csv:x", ref="row 7", payload='{"title": ""}', last_error="missing title",
                         attempts=2, next_retry_at=due))
        s.add(ProcessingRun(kind="ingest", source="csv:x", added=5, duplicates=1, failed=1, status="partial"))
    with Session(db_engine) as s:
        dl = s.exec(select(DeadLetter)).one()
        run = s.exec(select(ProcessingRun)).one()
    assert (dl.attempts, dl.next_retry_at, dl.resolved_at) == (2, due, None)
    assert (run.added, run.duplicates, run.failed, run.status) == (5, 1, 1, "partial")
