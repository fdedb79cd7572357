"""Compute a gap report for a stored resume and a target (market segment or posting), with its inputs.

No persistence here (core.gaps.store keeps reports). `GapServices` bundles the long-lived helpers a report needs
(the market service with its memo, the skill-name similarity, the optional LLM), built once per process.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from sqlmodel import Session

from core.clarify.ownership import resume_corrections
from core.context import AppContext
from core.db.models import Resume
from core.errors import InvalidInput, NotFound
from core.gaps.build import job_report, market_report
from core.gaps.inputs import SimilarityFn, TargetSegment
from core.gaps.market_signals import RobustMarketDemand
from core.gaps.profile import ProfileSkills
from core.gaps.records import ComputedReport, GapTarget, ReportInputs, ReportOptions
from core.gaps.service import load_job
from core.gaps.settings import GapSettings
from core.llm.client import LLMClient
from core.market import queries
from core.market.service import MarketService
from core.skills.cache import extract_cached
from core.skills.models import Extraction, UserCorrection

NO_MARKET = ("No market data yet: load the demo market (`python -m core demo`) or ingest postings, "
             "then run `python -m core refresh`.")


@dataclass
class GapServices:
    """Long-lived helpers of report computation (build once; the market memo and similarity cache are shared)."""

    market: MarketService
    similarity: SimilarityFn | None = None
    llm: LLMClient | None = None
    settings: GapSettings | None = None


def make_gap_services(ctx: AppContext, *, similarity: bool = True, llm: bool = True,
                      market: MarketService | None = None, encoder=None) -> GapServices:
    """Services from the context: embedding similarity (lazy model; `encoder` shares a loaded one) and the LLM."""
    from core.gaps import similarity as similarity_module
    from core.llm.client import make_llm

    return GapServices(
        market=market or MarketService(ctx.engine, ctx.taxonomy),
        similarity=similarity_module.make_similarity(ctx.settings, encoder) if similarity else None,
        llm=make_llm(ctx.settings) if llm else None,
    )


def _resume_row(ctx: AppContext, resume_id: int) -> Resume:
    with Session(ctx.engine) as session:
        row = session.get(Resume, resume_id)
    if row is None:
        raise NotFound(f"Resume {resume_id} does not exist (it may have been deleted).")
    return row


def corrections_sha(corrections: list[UserCorrection]) -> str:
    """sha256 of the corrections as canonical JSON (order matters: later ones win)."""
    payload = json.dumps([c.to_dict() for c in corrections], sort_keys=True)
    return hashlib.sha256(payload.encode("utf8")).hexdigest()


def _inputs(ctx: AppContext, row: Resume, corrections: list[UserCorrection]) -> ReportInputs:
    version, watermark = queries.state_version(ctx.engine)
    return ReportInputs(row.id, row.text_sha256, corrections_sha(corrections), version, watermark,
                        ctx.taxonomy.version)


def current_inputs(ctx: AppContext, resume_id: int) -> ReportInputs:
    """The inputs a report for this resume would be computed from right now (NotFound for an unknown resume)."""
    row = _resume_row(ctx, resume_id)
    return _inputs(ctx, row, resume_corrections(ctx.engine, ctx.extractor, row.text, row.profile_id))


def resume_skills(ctx: AppContext, resume_id: int) -> tuple[ProfileSkills, ReportInputs]:
    """The resume's skill levels (corrections applied) and the current inputs."""
    row = _resume_row(ctx, resume_id)
    extraction = extract_cached(ctx.engine, ctx.extractor, row.text, "resume")
    corrections = resume_corrections(ctx.engine, ctx.extractor, row.text, row.profile_id)
    return ProfileSkills.from_extraction(extraction, corrections), _inputs(ctx, row, corrections)


def compute_report(ctx: AppContext, services: GapServices, resume_id: int, target: GapTarget,
                   options: ReportOptions = ReportOptions()) -> ComputedReport:
    """The report of a stored resume against the target (NotFound / InvalidInput with a clear message)."""
    options = options.checked()
    profile, inputs = resume_skills(ctx, resume_id)
    if target.kind == "job":
        report, demo = _job(ctx, services, profile, target, options)
    else:
        report, demo = _market(ctx, services, profile, target, options)
    return ComputedReport(report, inputs, demo)


def report_for_extraction(ctx: AppContext, services: GapServices, extraction: Extraction, target: GapTarget,
                          options: ReportOptions = ReportOptions(),
                          corrections: list[UserCorrection] | None = None):
    """A report for an unstored resume (the CLI): returns (GapReport, is_demo)."""
    profile = ProfileSkills.from_extraction(extraction, corrections)
    options = options.checked()
    if target.kind == "job":
        return _job(ctx, services, profile, target, options)
    return _market(ctx, services, profile, target, options)


def detected_role_family(taxonomy, extraction: Extraction) -> str | None:
    """The resume's role family: the extraction's, else the first of its job titles that places in an occupation
    (core.taxonomy.placement: title keywords, O*NET titles and alternate titles; no embedding here)."""
    if extraction.role_family:
        return extraction.role_family
    from core.taxonomy.placement import family_for_title

    return next((rf for rf in (family_for_title(taxonomy, t) for t in extraction.titles) if rf), None)


def segment_for(ctx: AppContext, services: GapServices,
                target: GapTarget) -> tuple[TargetSegment, RobustMarketDemand]:
    """The market segment of a target (in its dataset, else the default one), with its total postings and label;
    InvalidInput when it is empty."""
    demo = services.market.default_demo() if target.demo is None else target.demo
    if demo is None:
        raise InvalidInput(NO_MARKET)
    if not services.market.datasets().get(demo):
        raise InvalidInput(f"{_dataset(demo).capitalize()} has no postings yet: choose the other dataset.")
    families = {o.id: o.name for o in services.market.options(demo).role_families}
    if target.role_family not in families:
        known = ", ".join(sorted(families)) or "none"
        raise InvalidInput(f"Unknown role family {target.role_family!r} in {_dataset(demo)}; "
                           f"choose one of: {known}.")
    provider = RobustMarketDemand(services.market, demo=demo)
    label = " · ".join(p for p in (families[target.role_family], target.city, target.seniority) if p)
    segment = TargetSegment(target.role_family, target.city, target.seniority, label=label)
    total = provider.total_postings(segment)
    if total == 0:
        raise InvalidInput(f"{_dataset(demo).capitalize()} has no postings for {label}: choose another city or seniority.")
    return TargetSegment(target.role_family, target.city, target.seniority, total, label), provider


def _market(ctx: AppContext, services: GapServices, profile: ProfileSkills, target: GapTarget,
            options: ReportOptions):
    if target.occupation:  # a career move: the occupation's skills (core.moves.target)
        from core.moves.target import occupation_segment

        segment, demand, notes, demo = occupation_segment(ctx, services.market, target)
    else:
        segment, provider = segment_for(ctx, services, target)
        demand, notes, demo = provider.segment_demand(segment), provider.notes(segment), provider.demo
    _prime(ctx, services, profile, [row.skill_id for row in demand])
    report = market_report(
        profile, segment, demand, ctx.taxonomy, hours_per_week=options.hours_per_week, weeks=options.weeks,
        settings=services.settings, similarity=services.similarity, llm=services.llm,
        llm_timeout_s=ctx.settings.llm.timeout_s,
    )
    return _with_notes(report, notes), demo


def _job(ctx: AppContext, services: GapServices, profile: ProfileSkills, target: GapTarget,
         options: ReportOptions):
    job, posting = load_job(ctx.engine, int(target.job_id))
    demand, notes = [], ()
    if posting.role_family:
        provider = RobustMarketDemand(services.market, demo=bool(posting.is_demo))
        segment = TargetSegment(posting.role_family, posting.city, posting.seniority)
        demand = provider.segment_demand(segment)
        notes = provider.notes(segment)
    _prime(ctx, services, profile, [req.skill_id for req in job.requirements])
    report = job_report(
        profile, job, ctx.taxonomy, demand=demand, hours_per_week=options.hours_per_week, weeks=options.weeks,
        settings=services.settings, similarity=services.similarity, llm=services.llm,
        llm_timeout_s=ctx.settings.llm.timeout_s,
    )
    return _with_notes(report, notes), bool(posting.is_demo)


def _with_notes(report, notes: tuple[str, ...]):
    """The report with the market-signal notes added to its assumptions."""
    return replace(report, assumptions=report.assumptions + tuple(n for n in notes if n not in report.assumptions))


def _prime(ctx: AppContext, services: GapServices, profile: ProfileSkills, skill_ids: list[str]) -> None:
    """Embed every name the gap model will compare, in one batch (when the similarity supports it)."""
    prime = getattr(services.similarity, "prime", None)
    if prime is None:
        return
    ids = set(skill_ids) | set(profile.levels)
    prime(ctx.taxonomy.skills[sid].name if sid in ctx.taxonomy.skills else profile.names.get(sid, sid) for sid in ids)


def _dataset(demo: bool) -> str:
    return "the demo market" if demo else "your postings"
