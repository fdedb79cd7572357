"""The Gaps page through AppTest: target selection, summary, ranked table, roadmap timeline, downloads, storage."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sqlmodel import Session, select
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.context import build_context
from core.db.report_models import GapReportRow
from core.db.session import make_engine
from core.gaps import similarity as similarity_module
from core.gaps.similarity import SkillSimilarity
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.app.navigation import away_and_back
from tests.gaps.market_fixture import seed_market

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180  # the first run loads the taxonomy; generous, never asserted on
SKILLS = {"python": (0.9, "required"), "sql": (0.85, "required"), "apache_spark": (0.6, "required"),
          "apache_airflow": (0.5, "preferred"), "docker": (0.45, "preferred"), "aws": (0.55, "required"),
          "postgresql": (0.35, "preferred"), "kubernetes": (0.3, "preferred"), "apache_kafka": (0.4, "required")}
RESUME = """Asha Rao
asha@example.com | Pune, India

EXPERIENCE
Data Engineer, Acme Analytics
Jan 2021 - Present
Built batch pipelines with Python and SQL on MySQL.

SKILLS
Python (4 years), SQL, MySQL, Git, Linux
"""


class NoModel:
    """No embedding model in page tests: every name gets its own axis, so nothing is similar."""

    model_id = "test/none"

    def encode_cached(self, texts):
        return np.eye(len(texts), 384, dtype=np.float32)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(similarity_module, "make_similarity", lambda settings, encoder=None: SkillSimilarity(NoModel()))
    return path


@pytest.fixture
def downloads(monkeypatch) -> list[tuple[bytes, str | None]]:
    """Every file handed to a download button: (bytes, filename)."""
    seen: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def capture(self, path_or_data, mimetype, kind, filename=None):
        if isinstance(path_or_data, bytes):
            seen.append((path_or_data, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", capture)
    return seen


def _seed(data_dir: Path, resume: bool = True) -> int:
    """A profile (with a resume), an aggregated demo market, and one posting; returns the posting id."""
    ctx = build_context(Settings(data_dir=data_dir))
    profile = create_profile(ctx.engine, "Asha")
    if resume:
        add_resume_text(ctx, profile.id, RESUME)
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune", "London"))
    job_id = seed_market(ctx.engine, 1, skills=SKILLS, tag="job", seed=5)[0]
    ctx.engine.dispose()
    return job_id


def _gaps(job_id: int | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    if job_id is not None:
        at.session_state[state._GAP_TARGET_JOB] = job_id
    at.switch_page("app_pages/gaps.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _html(at: AppTest) -> str:
    return "\n".join(str(h.value) for h in at.get("html"))


def _text(at: AppTest) -> str:
    parts = [str(e.value) for kind in ("markdown", "caption", "info", "warning", "error", "subheader")
             for e in at.get(kind)]
    return "\n".join(parts)


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _rows(data_dir: Path) -> list[GapReportRow]:
    engine = make_engine(Settings(data_dir=data_dir))
    with Session(engine) as session:
        rows = list(session.exec(select(GapReportRow).order_by(GapReportRow.id)).all())
    engine.dispose()
    return rows


def test_without_a_resume_the_page_asks_for_one(data_dir):
    _seed(data_dir, resume=False)
    at = _gaps()
    assert at.title[0].value == "Skill gaps"
    assert "Upload your resume on the **Resume** page first" in _text(at)


def test_market_report_table_roadmap_and_downloads(data_dir, downloads):
    _seed(data_dir)
    at = _gaps()
    assert at.selectbox(key=state.GAPS_ROLE).value == "data_engineer"
    assert "Data Engineer" in _text(at)
    assert _metric(at, "Overall match").endswith("%") and 0 <= int(_metric(at, "Overall match")[:-1]) <= 100
    assert _metric(at, "Hours to close").endswith(" h")
    html = _html(at)
    assert html.count('<div class="sg-gt-row">') >= 3  # ranked rows (header row has another class)
    assert ">Apache Spark<" in html and ">Python<" not in html  # 4 years of Python covers the mid level
    for factor in ("Demand", "Salary uplift", "Trend", "Effort"):
        assert f"<span>{factor}</span>" in html
    assert "FREE</span>" in html and "PAID</span>" in html
    assert all(f'>Week {n}</span>' in html for n in range(1, 5)) and "Milestone" in html
    assert "Demo data" in _text(at) and "Template plan" in _text(at)
    assert [b.label for b in at.get("download_button")] == ["Markdown", "PDF", "JSON"]
    files = {name: data for data, name in downloads}
    day = _rows(data_dir)[0].created_at.date().isoformat()
    name = f"skillgap-asha-data-engineer-{day}"  # the profile, the target and the date
    markdown = files[f"{name}.md"].decode("utf8")
    assert markdown.startswith("# Skill gap report: Data Engineer")
    head = markdown.split("## Summary")[0]  # the name on the resume, the date, the target, the demo label
    assert "Prepared for: **Asha Rao**" in head and f"Generated: {day}" in head
    assert "Target: Market segment: Data Engineer" in head and "**Demo data:" in head
    assert files[f"{name}.pdf"].startswith(b"%PDF")
    contract = json.loads(files[f"{name}.json"])
    assert {"overall_match", "top_gaps", "missing_skills", "roadmap", "assumptions"} <= contract.keys()
    assert contract["header"]["prepared_for"] == "Asha Rao" and contract["dataset"] == "demo"
    assert r"Expected level L2\-L3 for seniority" in _text(at)  # the assumptions (markdown-escaped)
    assert [r.target_key for r in _rows(data_dir)] == ["market:data_engineer||#demo"]


def test_selecting_a_target_and_plan_recomputes_and_stores_per_target(data_dir):
    _seed(data_dir)
    at = _gaps()
    assert "Computed just now" in _text(at)
    at.run()
    assert "Saved " in _text(at)  # the stored report, fresh
    at.selectbox(key=state.GAPS_CITY).set_value("Berlin")
    at.slider(key=state.GAPS_WEEKS).set_value(6)
    at.slider(key=state.GAPS_HOURS).set_value(5)
    at.run()
    assert not at.exception, at.exception
    assert "Data Engineer · Berlin" in [s.value for s in at.subheader]
    html = _html(at)
    assert ">Week 6</span>" in html and ">Week 7</span>" not in html and "of 5 h</span>" in html
    rows = _rows(data_dir)
    assert [(r.target_key, r.weeks, r.hours_per_week) for r in rows] == [
        ("market:data_engineer||#demo", 4, 8), ("market:data_engineer|Berlin|#demo", 6, 5)]
    next(b for b in at.button if b.label == "Recompute").click()
    at.run()
    assert "Computed just now" in _text(at)


def test_posting_chosen_on_the_jobs_page_is_the_default_target(data_dir):
    job_id = _seed(data_dir)
    at = _gaps(job_id)
    assert at.session_state[state.GAPS_MODE] == "job"
    assert f"#{job_id}" in _text(at)
    assert _metric(at, "Overall match").endswith("%")
    assert 'sg-tag-req">Required<' in _html(at)
    assert [r.target_key for r in _rows(data_dir)] == [f"job:{job_id}"]
    next(b for b in at.button if b.label == "Clear").click()
    at.run()
    assert at.session_state[state.GAPS_MODE] == "market" and at.session_state[state._GAP_TARGET_JOB] is None
    assert "Data Engineer" in [s.value for s in at.subheader]


def test_a_removed_posting_says_so(data_dir):
    _seed(data_dir)
    at = _gaps(987654)
    assert "Posting #987654 is no longer stored" in _text(at)
    assert not at.get("download_button")


def test_llm_polished_roadmap_is_labelled(data_dir, monkeypatch):
    from core.llm import client
    from core.llm.mock import MockLLM

    weeks = [{"week": n, "summary": f"Week {n}: steady progress.", "milestone": "Ship a small project."}
             for n in range(1, 5)]
    monkeypatch.setattr(client, "make_llm", lambda settings: MockLLM(default={"weeks": weeks, "overall": "Go!"}))
    _seed(data_dir)
    at = _gaps()
    text = _text(at)
    assert "LLM\\-polished wording" in text or "LLM-polished wording" in text
    assert "Written by mock\\-model" in text or "Written by mock-model" in text
    assert "Week 1: steady progress." in _html(at)


BACKEND_RESUME = """Priya Sharma
priya@example.com | +91 98450 12345 | Pune, India

EXPERIENCE
Backend Developer, Acme Analytics
Jan 2022 - Dec 2023
Built REST APIs in Python with Django on PostgreSQL.

SKILLS
Python, Django, PostgreSQL, SQL, Git
"""


def _seed_backend(data_dir: Path) -> list[int]:
    """A second role family in the market (so the role family is a real choice); its posting ids."""
    ctx = build_context(Settings(data_dir=data_dir))
    ids = seed_market(ctx.engine, 30, skills=SKILLS, family="backend", cities=("Berlin", "London"), tag="b", seed=7)
    ctx.engine.dispose()
    return ids


def test_choices_survive_a_visit_to_another_page(data_dir):
    job_id = _seed(data_dir)
    other_job = _seed_backend(data_dir)[0]
    at = _gaps()
    at.selectbox(key=state.GAPS_ROLE).set_value("backend").run()
    at.selectbox(key=state.GAPS_CITY).set_value("Berlin")
    at.selectbox(key=state.GAPS_SENIORITY).set_value("senior")
    at.slider(key=state.GAPS_HOURS).set_value(5)
    at.slider(key=state.GAPS_WEEKS).set_value(6)
    at.run()
    assert not at.exception, at.exception
    away_and_back(at, "app_pages/gaps.py")
    assert at.selectbox(key=state.GAPS_ROLE).value == "backend"
    assert at.selectbox(key=state.GAPS_CITY).value == "Berlin"
    assert at.selectbox(key=state.GAPS_SENIORITY).value == "senior"
    assert (at.slider(key=state.GAPS_HOURS).value, at.slider(key=state.GAPS_WEEKS).value) == (5, 6)
    assert ">Week 6</span>" in _html(at) and ">Week 7</span>" not in _html(at)

    # "Make this my gap target" on the Jobs page still switches the page to that posting (a set value wins)
    at.session_state[state._GAP_TARGET_JOB] = job_id
    away_and_back(at, "app_pages/gaps.py")
    assert at.segmented_control(key=state.GAPS_MODE).value == "job" and f"#{job_id}" in _text(at)
    at.segmented_control(key=state.GAPS_MODE).set_value("market").run()
    assert at.selectbox(key=state.GAPS_ROLE).value == "backend"  # kept while the posting was shown
    away_and_back(at, "app_pages/gaps.py")
    assert at.segmented_control(key=state.GAPS_MODE).value == "market"  # the user's pick, not the posting
    at.session_state[state._GAP_TARGET_JOB] = other_job  # a new posting chosen on the Jobs page
    away_and_back(at, "app_pages/gaps.py")
    assert at.segmented_control(key=state.GAPS_MODE).value == "job" and f"#{other_job}" in _text(at)
    assert (at.slider(key=state.GAPS_HOURS).value, at.slider(key=state.GAPS_WEEKS).value) == (5, 6)


def test_a_removed_city_falls_back_to_all_cities(data_dir):
    _seed(data_dir)
    at = _gaps()
    at.selectbox(key=state.GAPS_CITY).set_value("Berlin").run()
    at.switch_page("app_pages/resume.py")
    at.run()
    at.session_state[state.GAPS_CITY] = "Atlantis"  # as if remembered from a market that has changed since
    at.switch_page("app_pages/gaps.py")
    at.run()
    assert not at.exception, at.exception
    assert at.selectbox(key=state.GAPS_CITY).value == ""
    assert "Data Engineer" in [s.value for s in at.subheader]


def test_the_role_family_follows_the_resume_until_the_user_picks_one(data_dir):
    _seed(data_dir)
    _seed_backend(data_dir)
    at = _gaps()
    assert at.selectbox(key=state.GAPS_ROLE).value == "data_engineer"  # pre-set from the resume
    ctx = build_context(Settings(data_dir=data_dir))
    profile_id = at.session_state[state._PROFILE_ID]
    add_resume_text(ctx, profile_id, BACKEND_RESUME)
    away_and_back(at, "app_pages/gaps.py")
    assert at.selectbox(key=state.GAPS_ROLE).value == "backend"  # the new resume's role family
    at.selectbox(key=state.GAPS_ROLE).set_value("data_engineer").run()
    add_resume_text(ctx, profile_id, BACKEND_RESUME + "\nDocker\n")
    ctx.engine.dispose()
    away_and_back(at, "app_pages/gaps.py")
    assert at.selectbox(key=state.GAPS_ROLE).value == "data_engineer"  # the user's pick stays
