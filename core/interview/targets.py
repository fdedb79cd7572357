"""Interview targets: a posting or a market segment -> PlanInputs, read through the gap services.

The gap analysis of the profile's latest resume against the target gives the ranked gaps (technical questions),
the target skills the resume holds (depth questions), partial gaps and seniority (mismatch questions) and the
roadmap weeks the summary links to. Without a resume every target skill is a gap; without market data for a
segment, the role family's core skills stand in (both said in the plan notes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, select

from core.context import AppContext
from core.db.models import JobPosting
from core.errors import InvalidInput
from core.gaps.build import job_report, market_report
from core.gaps.inputs import DemandProvider, SegmentDemand, TargetSegment
from core.gaps.profile import ProfileSkills
from core.gaps.report import GapReport
from core.gaps.service import load_job
from core.interview.models import DepthTopic, GapTopic, Mismatch, PlanInputs
from core.resumes import ResumeView, latest_resume
from core.clarify.ownership import resume_corrections

MIN_YEARS = {"intern": 0, "junior": 0, "mid": 2, "senior": 5, "lead": 7, "principal": 10}
CORE_SHARE, OPTIONAL_SHARE = 0.6, 0.25  # stand-in demand when a segment has no market data
MAX_TOPICS = 12
POSTING_CHOICES = 200


@dataclass(frozen=True)
class InterviewTarget:
    """What to practise for: one stored posting, or a role family (+ optional city / seniority)."""

    kind: Literal["job", "market"]
    job_id: int | None = None
    role_family: str | None = None
    city: str | None = None
    seniority: str | None = None

    @classmethod
    def job(cls, job_id: int) -> "InterviewTarget":
        """A posting target."""
        return cls("job", job_id=int(job_id))

    @classmethod
    def market(cls, role_family: str, city: str | None = None, seniority: str | None = None) -> "InterviewTarget":
        """A market-segment target."""
        return cls("market", role_family=role_family, city=city or None, seniority=seniority or None)


@dataclass(frozen=True)
class PostingChoice:
    """A posting offered as a target."""

    id: int
    title: str
    company: str | None
    city: str | None
    seniority: str | None

    @property
    def label(self) -> str:
        """"Title · Company · City"."""
        return " · ".join(x for x in (self.title, self.company, self.city) if x)


@dataclass(frozen=True)
class Resolved:
    """A target resolved against the profile: plan inputs, the resume used and the session's target fields."""

    inputs: PlanInputs
    resume_id: int | None
    seniority: str | None


def resolve(ctx: AppContext, profile_id: int, target: InterviewTarget,
            demand: DemandProvider | None = None) -> Resolved:
    """Plan inputs for a profile and a target (gap analysis of the latest resume against it)."""
    view = latest_resume(ctx, profile_id)
    unusable = view is not None and not view.verdict.usable  # stored before the resume check ("hello")
    view = None if unusable else view
    profile = _profile(ctx, view)
    notes = [] if view else [("No usable resume" if unusable else "No resume yet")
                             + ": every skill of the target is treated as a gap."]
    if target.kind == "job":
        if target.job_id is None:
            raise InvalidInput("Pick a job posting to practise for.")
        job, posting = load_job(ctx.engine, target.job_id)
        report, role, seniority = job_report(profile, job, ctx.taxonomy), posting.title, job.seniority
    else:
        if not target.role_family or target.role_family not in ctx.taxonomy.role_families:
            raise InvalidInput("Pick a role family to practise for.")
        segment = TargetSegment(target.role_family, target.city, target.seniority,
                                label=_segment_label(ctx, target))
        rows = list(demand.segment_demand(segment)) if demand is not None else []
        if not rows:
            rows = _stand_in_demand(ctx, target.role_family)
            notes.append("No market data for this segment: the role family's core skills were used.")
        report = market_report(profile, segment, rows, ctx.taxonomy)
        role, seniority = ctx.taxonomy.role_families[target.role_family].name, target.seniority
    inputs = plan_inputs(report, profile, role, seniority, view.total_years if view else None, tuple(notes))
    return Resolved(inputs, view.id if view else None, seniority)


def plan_inputs(report: GapReport, profile: ProfileSkills, role: str, seniority: str | None,
                resume_years: float | None, notes: tuple[str, ...] = ()) -> PlanInputs:
    """PlanInputs from a gap report (pure: the tests build reports by hand)."""
    analysis = report.analysis
    gaps = tuple(GapTopic(g.skill_id, g.name, g.status, g.have_level, g.expected_level)
                 for g in analysis.gaps[:MAX_TOPICS])
    held = sorted((m for m in analysis.matches if m.status != "missing"),
                  key=lambda m: (m.requirement != "required", m.status != "matched", -m.weight, m.name.lower()))
    depth = tuple(DepthTopic(m.skill_id, m.name, m.requirement) for m in held[:MAX_TOPICS])
    mismatches = [Mismatch("level", f"you hold L{g.have_level}, the target expects about L{g.expected_level:g}",
                           g.skill_id, g.name) for g in analysis.gaps if g.status == "partial"]
    need = MIN_YEARS.get((seniority or "").lower())
    if need and resume_years is not None and resume_years < need:
        mismatches.insert(0, Mismatch("seniority", f"it usually asks for {need}+ years; your resume shows about "
                                                   f"{resume_years:g}."))
    weeks: dict[str, int] = {}
    for week in report.roadmap.weeks:
        for item in week.items:
            weeks.setdefault(item.skill_id, week.number)
    return PlanInputs(
        target_label=report.target.label, role=role, seniority=seniority, gaps=gaps, depth=depth,
        mismatches=tuple(mismatches), profile_skills=tuple(profile.levels),
        target_skills=tuple(m.skill_id for m in analysis.matches), roadmap_weeks=weeks,
        notes=(*notes, *report.assumptions[:3]),
    )


def posting_choices(ctx: AppContext, limit: int = POSTING_CHOICES, include: int | None = None) -> list[PostingChoice]:
    """Recent postings to pick from (your own before demo ones), plus `include` when given."""
    with Session(ctx.engine) as db:
        rows = db.exec(select(JobPosting.id, JobPosting.title, JobPosting.company, JobPosting.city,
                              JobPosting.seniority)
                       .order_by(JobPosting.is_demo, JobPosting.posted_at.desc(), JobPosting.id.desc())
                       .limit(limit)).all()
        extra = [] if include is None or any(r[0] == include for r in rows) else db.exec(
            select(JobPosting.id, JobPosting.title, JobPosting.company, JobPosting.city, JobPosting.seniority)
            .where(JobPosting.id == include)).all()
    return [PostingChoice(*row) for row in (*extra, *rows)]


def city_choices(ctx: AppContext, role_family: str | None = None, limit: int = 60) -> list[str]:
    """Cities with postings (most postings first), optionally within a role family."""
    query = select(JobPosting.city, func.count()).where(JobPosting.city.is_not(None))
    if role_family:
        query = query.where(JobPosting.role_family == role_family)
    with Session(ctx.engine) as db:
        rows = db.exec(query.group_by(JobPosting.city).order_by(func.count().desc()).limit(limit)).all()
    return [city for city, _ in rows if city]


def _profile(ctx: AppContext, view: ResumeView | None) -> ProfileSkills:
    """The resume's skill levels with the user's corrections (empty without a resume)."""
    if view is None:
        return ProfileSkills()
    corrections = resume_corrections(ctx.engine, ctx.extractor, view.text, view.profile_id)
    return ProfileSkills.from_extraction(view.extraction, corrections)


def _stand_in_demand(ctx: AppContext, role_family: str) -> list[SegmentDemand]:
    """The role family's core and optional skills as demand rows (no market data)."""
    family = ctx.taxonomy.role_families[role_family]
    rows = [SegmentDemand(sid, CORE_SHARE, CORE_SHARE / 2) for sid in family.core_skills if sid in ctx.taxonomy.skills]
    rows += [SegmentDemand(sid, OPTIONAL_SHARE) for sid in family.optional_skills if sid in ctx.taxonomy.skills]
    return rows


def _segment_label(ctx: AppContext, target: InterviewTarget) -> str:
    """"Backend Engineer · Berlin · senior"."""
    name = ctx.taxonomy.role_families[target.role_family].name
    return " · ".join(x for x in (name, target.city, target.seniority) if x)
