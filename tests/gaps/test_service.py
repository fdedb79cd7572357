"""The gap service over an in-memory DB: stored resume + stored posting -> report; unknown ids -> NotFound."""

from __future__ import annotations

import re

import pytest

from core.config import Settings
from core.context import AppContext
from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.errors import NotFound
from core.gaps.inputs import SegmentDemand, TargetSegment
from core.gaps.service import job_gap_report, load_job, market_gap_report, resume_profile
from core.profiles import create_profile
from core.resumes import add_resume_text
from core.skills.cache import set_user_corrections
from core.skills.models import Extraction, SkillMention, UserCorrection

RESUME = ("Data engineer.\nSkills: Python (6 years), MySQL, Git.\n\n"  # 30+ words: shorter is refused as not a resume
          "Works for one mid-sized retailer in Pune, in the same small team as before; happy to own a piece of "
          "work from start to finish.\n")


class WordExtractor:
    """Finds fixture skill names as whole words; '<name> (N years)' sets years."""

    version = "test-1"
    model_id = "words"

    def __init__(self, taxonomy):
        self.names = {s.name: s.id for s in taxonomy.skills.values()}

    def extract(self, text: str, kind: str) -> Extraction:
        mentions = []
        for name, skill_id in self.names.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b(?: \((\d+) years\))?", text):
                years = float(m.group(1)) if m.group(1) else None
                mentions.append(SkillMention(skill_id, name, name, m.start(), m.start() + len(name), years=years))
        return Extraction(mentions, kind=kind)


class FixedDemand:
    """A DemandProvider returning the fixture rows and recording the targets asked for."""

    def __init__(self, rows):
        self.rows, self.asked = rows, []

    def segment_demand(self, target: TargetSegment) -> list[SegmentDemand]:
        self.asked.append(target)
        return list(self.rows)


@pytest.fixture
def ctx(engine, taxonomy, tmp_path) -> AppContext:
    """An app context over the in-memory engine and the fixture taxonomy."""
    return AppContext(Settings(data_dir=tmp_path), engine, taxonomy, WordExtractor(taxonomy))


@pytest.fixture
def resume_id(ctx) -> int:
    """A stored resume mentioning Python (6 years) and MySQL."""
    profile = create_profile(ctx.engine, "Asha")
    text = RESUME
    return add_resume_text(ctx, profile.id, text).id


@pytest.fixture
def job_id(ctx) -> int:
    """A stored posting asking for Python, Apache Spark and PostgreSQL."""
    with session_scope(ctx.engine) as session:
        posting = JobPosting(source="test", external_id="1", text_hash="h", title="Data Engineer", company="Acme",
                             city="Berlin", role_family="data_engineer", seniority="senior", description="...")
        session.add(posting)
        session.flush()
        for skill_id, req in [("python", "required"), ("spark", "required"), ("postgresql", "preferred"),
                              (None, "required")]:
            session.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id or "Unmapped",
                                 requirement=req))
        return posting.id


def test_resume_profile_applies_corrections(ctx, resume_id):
    profile = resume_profile(ctx, resume_id)
    assert dict(profile.levels) == {"python": 4, "mysql": 2, "git": 2}
    text = RESUME
    set_user_corrections(ctx.engine, ctx.extractor, text, "resume", [UserCorrection("reject", "git")])
    assert dict(resume_profile(ctx, resume_id).levels) == {"python": 4, "mysql": 2}


def test_load_job(ctx, job_id):
    job, posting = load_job(ctx.engine, job_id)
    assert [(r.skill_id, r.requirement) for r in job.requirements] == [
        ("python", "required"), ("spark", "required"), ("postgresql", "preferred")]
    assert job.seniority == "senior" and posting.role_family == "data_engineer"


def test_job_report(ctx, resume_id, job_id, demand):
    provider = FixedDemand(demand)
    data = job_gap_report(ctx, resume_id, job_id, demand=provider).to_contract_dict()
    assert 0 < data["overall_match"] < 1
    assert data["missing_skills"] == ["Apache Spark", "PostgreSQL"]
    pg = next(g for g in data["top_gaps"] if g["skill"] == "PostgreSQL")
    assert pg["adjacent_from"] == ["MySQL"]
    assert provider.asked == [TargetSegment("data_engineer", "Berlin", "senior")]
    assert next(g for g in data["top_gaps"] if g["skill"] == "Apache Spark")["salary_uplift"] is not None


def test_market_report(ctx, resume_id, demand, segment):
    report = market_gap_report(ctx, resume_id, segment, FixedDemand(demand), weeks=6, hours_per_week=10)
    data = report.to_contract_dict()
    assert "Python" not in [g["skill"] for g in data["top_gaps"]]  # 6 years: L4 covers a mid segment
    assert len(data["roadmap"]) == 6


@pytest.mark.parametrize("which", ["resume", "job"])
def test_unknown_ids_are_not_found(ctx, resume_id, job_id, which):
    bad_resume, bad_job = (999, job_id) if which == "resume" else (resume_id, 999)
    with pytest.raises(NotFound):
        job_gap_report(ctx, bad_resume, bad_job)


def test_unknown_resume_for_market_is_not_found(ctx, segment, demand):
    with pytest.raises(NotFound):
        market_gap_report(ctx, 12345, segment, FixedDemand(demand))
