"""Per-job gap: each skill of one posting matched / partially matched / missing, and the weighted match."""

from __future__ import annotations

from typing import Sequence

from core.gaps.estimate import estimate_gap
from core.gaps.inputs import JobRequirement, JobTarget, SegmentDemand, SimilarityFn
from core.gaps.models import GapAnalysis, SkillGap, SkillMatch
from core.gaps.profile import ProfileSkills
from core.gaps.roi import rank, salary_uplift
from core.gaps.shortfall import make_gap
from core.gaps.settings import GapSettings, expected_level, level_from_years, level_label
from core.taxonomy.models import Taxonomy

_STRENGTH = {"required": 2, "unspecified": 1, "preferred": 0}


def job_gaps(
    profile: ProfileSkills,
    job: JobTarget,
    taxonomy: Taxonomy,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
    demand: Sequence[SegmentDemand] = (),
) -> GapAnalysis:
    """Gaps against one posting; overall_match = requirement-weighted coverage (0.0 for an empty skill list).

    `demand` (optional) supplies salary uplift and trend for the ROI factors; without it they are neutral.
    """
    settings = settings or GapSettings()
    reqs = merge_requirements(job.requirements)
    known = [r for r in reqs if r.skill_id in taxonomy.skills]
    market = {row.skill_id: row for row in demand}
    weights = {r.skill_id: settings.job_weights.get(r.requirement, settings.job_weights["unspecified"]) for r in known}
    total = sum(weights.values())
    top = max(weights.values(), default=1.0)
    matches: list[SkillMatch] = []
    gaps: list[SkillGap] = []
    for req in known:
        skill = taxonomy.skills[req.skill_id]
        expected = float(level_from_years(req.years)) if req.years else expected_level(job.seniority)
        est = estimate_gap(skill, expected, profile, taxonomy, settings, similarity)
        weight = weights[req.skill_id]
        covered = est.gap_fraction < settings.min_gap
        status = "matched" if covered else ("missing" if est.have_level == 0 else "partial")
        matches.append(SkillMatch(
            skill_id=skill.id, name=skill.name, status=status, coverage=round(1.0 - est.gap_fraction, 4),
            weight=weight, have_level=est.have_level, expected_level=expected, requirement=req.requirement,
        ))
        if not covered:
            row = market.get(skill.id)
            gaps.append(make_gap(
                est, taxonomy, profile, settings, relative=weight / top, importance=100 * weight / total,
                uplift=salary_uplift(row.salary_with, row.salary_without) if row else None,
                trend=row.trend_ratio if row else None, audience="this posting", requirement=req.requirement,
            ))
    overall = sum(m.weight * m.coverage for m in matches) / total if total > 0 else 0.0
    missing = sorted((m for m in matches if m.status == "missing"), key=lambda m: (-m.weight, m.name.lower()))
    return GapAnalysis(
        kind="job",
        target_label=job.display,
        overall_match=round(max(0.0, min(1.0, overall)), 4),
        gaps=rank(gaps),
        matches=tuple(matches),
        missing_skills=tuple(m.name for m in missing),
        assumptions=_assumptions(profile, job, reqs, known),
    )


def merge_requirements(requirements: Sequence[JobRequirement]) -> list[JobRequirement]:
    """One row per skill: the strongest requirement and the most years, in first-seen order."""
    merged: dict[str, JobRequirement] = {}
    for req in requirements:
        old = merged.get(req.skill_id)
        if old is None:
            merged[req.skill_id] = req
            continue
        strongest = max(old.requirement, req.requirement, key=lambda r: _STRENGTH.get(r, 1))
        years = max((y for y in (old.years, req.years) if y is not None), default=None)
        merged[req.skill_id] = JobRequirement(req.skill_id, strongest, years)
    return list(merged.values())


def _assumptions(
    profile: ProfileSkills, job: JobTarget, reqs: list[JobRequirement], known: list[JobRequirement]
) -> tuple[str, ...]:
    notes: list[str] = []
    if not reqs:
        notes.append("The posting lists no recognised skills, so the match is 0.")
    seniority = job.seniority or "unspecified (treated as mid)"
    notes.append(
        f"Expected level from stated years where given, else {level_label(expected_level(job.seniority))} "
        f"for seniority {seniority}."
    )
    ids = {r.skill_id for r in known}
    notes += [note for sid, note in sorted(profile.notes.items()) if sid in ids]
    if len(known) < len(reqs):
        notes.append(f"{len(reqs) - len(known)} posting skills outside the taxonomy were ignored.")
    return tuple(notes)
