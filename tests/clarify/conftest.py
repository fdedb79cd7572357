"""Fixtures for clarification tests: a small taxonomy, the real gazetteer over it (plus open-vocabulary mentions),
a resume with an uncertain "Go" ("mostly on Go": no cue, so the rules reject it; "in Go." would be read as the
language), a weak "Swift" and an unmapped "Temporal", and a posting to compare with."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from core.clarify.neighbours import LexicalNeighbours
from core.clarify.service import make_clarifier
from core.config import Settings
from core.context import AppContext
from core.gaps.build import job_report
from core.gaps.inputs import JobRequirement, JobTarget
from core.gaps.service import resume_profile
from core.profiles import create_profile
from core.resumes import add_resume_text
from core.skills.gazetteer import GazetteerExtractor
from core.skills.models import Extraction, SkillMention
from core.taxonomy.models import Skill, Taxonomy

SKILLS = [
    Skill("python", "Python", "programming_language", hours=80),
    Skill("go", "Go", "programming_language", aliases=("golang",), ambiguous=True, ambiguous_forms=("go",),
          context=("golang", "goroutine", "programming", "language"), hours=60, related=("python",)),
    Skill("swift", "Swift", "programming_language", ambiguous=True, ambiguous_forms=("swift",),
          context=("ios", "xcode", "swiftui"), hours=60),
    Skill("sql", "SQL", "database", hours=30),
    Skill("postgresql", "PostgreSQL", "database", hours=40, prerequisites=("sql",)),
    Skill("linux", "Linux", "devops", hours=40),
    Skill("docker", "Docker", "devops", hours=30, prerequisites=("linux",)),
    Skill("kubernetes", "Kubernetes", "devops", aliases=("k8s",), hours=60, prerequisites=("docker",),
          related=("docker",)),
    Skill("microservices", "Microservices", "methodology", aliases=("microservice",), hours=40),
    Skill("aws", "AWS", "cloud", hours=80),
    Skill("git", "Git", "tool", hours=10),
    Skill("spark", "Apache Spark", "data_ml", aliases=("spark",), hours=60),
    Skill("airflow", "Apache Airflow", "data_ml", aliases=("airflow",), hours=30),
    Skill("workflow_orchestration", "Workflow Orchestration", "data_ml", hours=20),
    Skill("communication", "Communication", "soft_skill", hours=20),
]

RESUME = """Asha Rao
asha@example.com | Bengaluru, India

SUMMARY
Backend engineer building payment services.

EXPERIENCE
Senior Software Engineer, Nimbus Labs
Jan 2021 - Present
Built payment APIs in Python and shipped them with Docker on AWS.
Every Friday I mentored our juniors, mostly on Go.
Orchestrated payouts with Temporal workflows.
Used Docker daily, Swift releases weekly.

Software Engineer, Acme Corp
Jun 2018 - Dec 2020
Tuned PostgreSQL (3 years) and wrote SQL reports.

SKILLS
Python, Docker, AWS, PostgreSQL, SQL
"""
OPEN_VOCABULARY = ("Temporal",)

JOB = JobTarget(7, "Backend Engineer", "Orbit", "mid", (
    JobRequirement("python", "required", years=4.0),
    JobRequirement("go", "required"),
    JobRequirement("kubernetes", "required"),
    JobRequirement("microservices", "required"),
    JobRequirement("swift", "preferred"),
    JobRequirement("workflow_orchestration", "preferred"),
    JobRequirement("aws", "unspecified"),
))


class OpenVocabularyExtractor:
    """The gazetteer plus unmapped mentions (skill_id None) for words it cannot map, like an open-vocabulary
    extractor whose CRAG gate found no taxonomy match."""

    model_id = "gazetteer+open"

    def __init__(self, taxonomy: Taxonomy, words=OPEN_VOCABULARY) -> None:
        self.inner = GazetteerExtractor(taxonomy)
        self.version = "t-" + self.inner.version[:30]
        self.words = words

    def extract(self, text: str, kind: str) -> Extraction:
        extraction = self.inner.extract(text, kind)
        extra = [SkillMention(None, w, w, m.start(), m.end(), confidence=0.6)
                 for w in self.words for m in re.finditer(rf"\b{re.escape(w)}\b", text)]
        mentions = sorted(extraction.mentions + extra, key=lambda m: m.start)
        return replace(extraction, mentions=mentions)


@pytest.fixture
def taxonomy() -> Taxonomy:
    """The fixture taxonomy."""
    return Taxonomy(skills={s.id: s for s in SKILLS}, version="clarify-test")


@pytest.fixture
def ctx(engine, taxonomy, tmp_path) -> AppContext:
    """Context over the in-memory engine, the fixture taxonomy and the open-vocabulary extractor."""
    return AppContext(Settings(data_dir=tmp_path), engine, taxonomy, OpenVocabularyExtractor(taxonomy))


@pytest.fixture
def clarifier(ctx):
    """All four sources; lexical neighbours (no model), no LLM."""
    return make_clarifier(ctx, neighbours=LexicalNeighbours(ctx.taxonomy))


@pytest.fixture
def asha(ctx) -> tuple[int, int]:
    """(profile id, resume id) of the fixture resume."""
    profile = create_profile(ctx.engine, "Asha")
    return profile.id, add_resume_text(ctx, profile.id, RESUME).id


def report_for(ctx, resume_id: int, job: JobTarget = JOB):
    """The job report of the stored resume, corrections applied (recomputed on every call)."""
    return job_report(resume_profile(ctx, resume_id), job, ctx.taxonomy)
