"""Thin service over the DB: load the resume profile and the posting, then call the pure gap pipelines."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.clarify.ownership import resume_corrections
from core.context import AppContext
from core.db.models import JobPosting, JobSkill
from core.errors import NotFound
from core.gaps.build import job_report, market_report
from core.gaps.inputs import DemandProvider, JobRequirement, JobTarget, SimilarityFn, TargetSegment
from core.gaps.profile import ProfileSkills
from core.gaps.report import GapReport
from core.gaps.settings import GapSettings
from core.llm.client import LLMClient
from core.resumes import resume_by_id


_REQUIREMENTS = {"required", "preferred", "unspecified"}


def resume_profile(ctx: AppContext, resume_id: int) -> ProfileSkills:
    """The skill levels of a stored resume with the user's corrections applied; NotFound for an unknown id."""
    view = resume_by_id(ctx, resume_id)
    corrections = resume_corrections(ctx.engine, ctx.extractor, view.text, view.profile_id)
    return ProfileSkills.from_extraction(view.extraction, corrections)


def load_job(engine: Engine, job_id: int) -> tuple[JobTarget, JobPosting]:
    """A stored posting as a gap target (its canonical skills), with its row; NotFound for an unknown id."""
    with Session(engine) as session:
        posting = session.get(JobPosting, job_id)
        if posting is None:
            raise NotFound(f"Job posting {job_id} does not exist (it may have been removed).")
        rows = session.exec(select(JobSkill).where(JobSkill.posting_id == job_id).order_by(JobSkill.id)).all()
        session.expunge(posting)
    reqs = tuple(
        JobRequirement(row.skill_id, row.requirement if row.requirement in _REQUIREMENTS else "unspecified", row.years)
        for row in rows if row.skill_id
    )
    return JobTarget(job_id, posting.title, posting.company, posting.seniority, reqs), posting


def market_gap_report(
    ctx: AppContext,
    resume_id: int,
    target: TargetSegment,
    demand: DemandProvider,
    *,
    hours_per_week: int = 8,
    weeks: int = 4,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
    llm: LLMClient | None = None,
) -> GapReport:
    """The report of a stored resume against a market segment."""
    profile = resume_profile(ctx, resume_id)
    return market_report(
        profile, target, demand.segment_demand(target), ctx.taxonomy, hours_per_week=hours_per_week, weeks=weeks,
        settings=settings, similarity=similarity, llm=llm, llm_timeout_s=ctx.settings.llm.timeout_s,
    )


def job_gap_report(
    ctx: AppContext,
    resume_id: int,
    job_id: int,
    *,
    demand: DemandProvider | None = None,
    hours_per_week: int = 8,
    weeks: int = 4,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
    llm: LLMClient | None = None,
) -> GapReport:
    """The report of a stored resume against one stored posting (market salary/trend used when available)."""
    job, posting = load_job(ctx.engine, job_id)
    profile = resume_profile(ctx, resume_id)
    rows = []
    if demand is not None and posting.role_family:
        rows = demand.segment_demand(TargetSegment(posting.role_family, posting.city, posting.seniority))
    return job_report(
        profile, job, ctx.taxonomy, demand=rows, hours_per_week=hours_per_week, weeks=weeks, settings=settings,
        similarity=similarity, llm=llm, llm_timeout_s=ctx.settings.llm.timeout_s,
    )
