"""Pure pipelines: profile + target -> GapReport (analysis, roadmap, optional LLM polish, courses)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from core.gaps.inputs import JobTarget, SegmentDemand, SimilarityFn, TargetSegment
from core.gaps.job_gap import job_gaps
from core.gaps.market_gap import market_gaps
from core.gaps.models import GapAnalysis
from core.gaps.polish import polish_roadmap
from core.gaps.profile import ProfileSkills
from core.gaps.report import GapReport, ReportTarget
from core.gaps.courses import courses_for
from core.gaps.roadmap import build_roadmap, check_plan_size
from core.gaps.settings import GapSettings
from core.llm.client import LLMClient
from core.llm.fallback import NOT_CONFIGURED
from core.taxonomy.models import Taxonomy


def market_report(
    profile: ProfileSkills,
    target: TargetSegment,
    demand: Sequence[SegmentDemand],
    taxonomy: Taxonomy,
    *,
    hours_per_week: int = 8,
    weeks: int = 4,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
    llm: LLMClient | None = None,
    llm_timeout_s: float | None = None,
) -> GapReport:
    """The report of a profile against a market segment."""
    check_plan_size(hours_per_week, weeks)
    settings = settings or GapSettings()
    analysis = market_gaps(profile, target, demand, taxonomy, settings, similarity)
    report_target = ReportTarget("market", target.display, target.role_family, target.city, target.seniority)
    return assemble(analysis, report_target, profile, taxonomy, hours_per_week, weeks, settings, llm, llm_timeout_s)


def job_report(
    profile: ProfileSkills,
    job: JobTarget,
    taxonomy: Taxonomy,
    *,
    demand: Sequence[SegmentDemand] = (),
    hours_per_week: int = 8,
    weeks: int = 4,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
    llm: LLMClient | None = None,
    llm_timeout_s: float | None = None,
) -> GapReport:
    """The report of a profile against one posting."""
    check_plan_size(hours_per_week, weeks)
    settings = settings or GapSettings()
    analysis = job_gaps(profile, job, taxonomy, settings, similarity, demand)
    report_target = ReportTarget("job", job.display, seniority=job.seniority, job_id=job.job_id)
    return assemble(analysis, report_target, profile, taxonomy, hours_per_week, weeks, settings, llm, llm_timeout_s)


def assemble(
    analysis: GapAnalysis,
    target: ReportTarget,
    profile: ProfileSkills,
    taxonomy: Taxonomy,
    hours_per_week: int = 8,
    weeks: int = 4,
    settings: GapSettings | None = None,
    llm: LLMClient | None = None,
    llm_timeout_s: float | None = None,
) -> GapReport:
    """Roadmap (template first, polished when an LLM is given), courses for the top gaps, assumptions."""
    settings = settings or GapSettings()
    top = analysis.top(settings.top_n)
    roadmap = build_roadmap(analysis.gaps, taxonomy, profile, hours_per_week, weeks, settings.top_n, settings)
    if llm is None:
        roadmap = replace(roadmap, fallback_reason=NOT_CONFIGURED)
    else:
        roadmap = polish_roadmap(roadmap, llm, taxonomy, profile.levels.keys(), llm_timeout_s, target.label)
    notes = list(analysis.assumptions) + list(roadmap.deferred)
    if roadmap.unscheduled:
        left = ", ".join(f"{name} ({hours} h)" for name, hours in roadmap.unscheduled)
        notes.append(f"Beyond {weeks} weeks at {hours_per_week} h/week: {left}.")
    elif len(roadmap.weeks) < weeks:
        notes.append(f"The plan takes {len(roadmap.weeks)} of the {weeks} weeks asked: every gap fits.")
    return GapReport(
        target=target,
        analysis=analysis,
        roadmap=roadmap,
        courses={gap.skill_id: courses_for(gap, taxonomy, settings) for gap in top},
        assumptions=tuple(notes),
        top_n=settings.top_n,
    )
