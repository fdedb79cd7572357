"""A resume stored before the resume check ("hello"): Resume flags it; Gaps, Jobs and Interview use no report on it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core import embeddings
from core.config import Settings
from core.context import build_context
from core.db.models import Resume
from core.db.session import session_scope
from core.interview.targets import InterviewTarget, resolve
from core.profiles import create_profile

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180  # the first run loads the taxonomy; generous, never asserted on


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A runtime dir with one profile whose only resume is the word "hello" (a row from before the check)."""
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    ctx = build_context(Settings(data_dir=path))
    profile = create_profile(ctx.engine, "Priya")
    with session_scope(ctx.engine) as session:
        session.add(Resume(profile_id=profile.id, filename="Pasted resume", content_type="text/plain", text="hello",
                           text_sha256=hashlib.sha256(b"hello").hexdigest()))
    ctx.engine.dispose()
    return path


def _page(page: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def _texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


@pytest.mark.parametrize("page, report_marker", [
    ("app_pages/gaps.py", "Ranked gaps"),
    ("app_pages/jobs.py", "postings for"),
])
def test_gaps_and_jobs_say_no_usable_resume_instead_of_a_report(data_dir, page, report_marker):
    at = _page(page)
    warning = _texts(at.warning)
    assert "**No usable resume.**" in warning and "no job title" in warning
    shown = _texts(at.subheader) + _texts(at.caption) + _texts(at.markdown)
    assert report_marker not in shown and not at.get("download_button")


def _no_model(settings):  # the interview page test uses the word-match fallback, as in test_interview_page.py
    raise ImportError("no embedding model in page tests")


def test_interview_notes_the_unusable_resume_and_plans_without_it(data_dir, monkeypatch):
    monkeypatch.setattr(embeddings, "make_embedder", _no_model)
    at = _page("app_pages/interview.py")
    assert "**No usable resume.**" in _texts(at.warning)
    assert any(b.label == "Start interview" for b in at.button)  # practice still works: every skill is a gap
    ctx = build_context(Settings(data_dir=data_dir))
    try:
        resolved = resolve(ctx, 1, InterviewTarget.market("data_engineer"))
    finally:
        ctx.engine.dispose()
    assert resolved.resume_id is None
    assert any(note.startswith("No usable resume") for note in resolved.inputs.notes)


def test_resume_page_flags_the_version(data_dir):
    at = _page("app_pages/resume.py")
    assert "This version does not look like a resume" in _texts(at.warning)
