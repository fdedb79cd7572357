"""Market-level gap: what the target segment demands that the profile lacks, ranked by ROI."""

from __future__ import annotations

from typing import Sequence

from core.gaps.estimate import SkillEstimate, estimate_gap
from core.gaps.inputs import SegmentDemand, SimilarityFn, TargetSegment
from core.gaps.models import GapAnalysis, SkillGap, SkillMatch
from core.gaps.profile import ProfileSkills
from core.gaps.roi import rank, salary_uplift
from core.gaps.shortfall import make_gap, market_audience
from core.gaps.settings import GapSettings, expected_level, level_label
from core.taxonomy.models import Taxonomy


def weighted_demand(row: SegmentDemand, settings: GapSettings) -> float:
    """Share of postings with required mentions counting fully and the rest at `preferred_weight`."""
    required = max(0.0, min(row.required_share, row.share))
    return required + settings.preferred_weight * max(0.0, row.share - required)


def market_gaps(
    profile: ProfileSkills,
    target: TargetSegment,
    demand: Sequence[SegmentDemand],
    taxonomy: Taxonomy,
    settings: GapSettings | None = None,
    similarity: SimilarityFn | None = None,
) -> GapAnalysis:
    """Gaps against a segment's demand, ROI-ranked; overall_match = demand-weighted coverage of its top skills."""
    settings = settings or GapSettings()
    expected = expected_level(target.seniority)
    rows = [r for r in demand if r.skill_id in taxonomy.skills and r.share >= settings.min_share]
    rows.sort(key=lambda r: (-weighted_demand(r, settings), r.skill_id))
    top_demand = max((weighted_demand(r, settings) for r in rows), default=0.0) or 1.0
    gaps: list[SkillGap] = []
    matches: list[SkillMatch] = []
    for index, row in enumerate(rows):
        skill = taxonomy.skills[row.skill_id]
        est = estimate_gap(skill, expected, profile, taxonomy, settings, similarity)
        wd = weighted_demand(row, settings)
        if index < settings.coverage_top_k:
            matches.append(_match(est, skill.name, wd, settings))
        if est.gap_fraction >= settings.min_gap:
            gaps.append(make_gap(est, taxonomy, profile, settings, relative=wd / top_demand, importance=100 * wd,
                                 uplift=salary_uplift(row.salary_with, row.salary_without), trend=row.trend_ratio,
                                 audience=market_audience(target.seniority)))
    ranked = rank(gaps)
    return GapAnalysis(
        kind="market",
        target_label=target.display,
        overall_match=_coverage(matches),
        gaps=ranked,
        matches=tuple(matches),
        missing_skills=tuple(m.name for m in matches if m.status == "missing"),
        assumptions=_assumptions(profile, target, expected, rows, demand, ranked, taxonomy),
    )


def _match(est: SkillEstimate, name: str, wd: float, settings: GapSettings) -> SkillMatch:
    covered = est.gap_fraction < settings.min_gap
    status = "matched" if covered else ("missing" if est.have_level == 0 else "partial")
    return SkillMatch(
        skill_id=est.skill_id, name=name, status=status, coverage=round(1.0 - est.gap_fraction, 4),
        weight=round(wd, 4), have_level=est.have_level, expected_level=est.expected_level,
    )


def _coverage(matches: list[SkillMatch]) -> float:
    total = sum(m.weight for m in matches)
    if total <= 0:
        return 0.0
    return round(max(0.0, min(1.0, sum(m.weight * m.coverage for m in matches) / total)), 4)


def _assumptions(
    profile: ProfileSkills, target: TargetSegment, expected: float, rows: list[SegmentDemand],
    demand: Sequence[SegmentDemand], gaps: tuple[SkillGap, ...], taxonomy: Taxonomy,
) -> tuple[str, ...]:
    seniority = target.seniority or "unspecified (treated as mid)"
    notes = [f"Expected level {level_label(expected)} for seniority {seniority}."]
    relevant = {r.skill_id for r in rows}
    notes += [note for sid, note in sorted(profile.notes.items()) if sid in relevant]
    other = len(profile.assumed - relevant)
    if other:
        skills, pronoun = ("skill", "it") if other == 1 else ("skills", "them")
        notes.append(f"{other} other resume {skills} assumed L2 (no dated role or years mention {pronoun}).")
    unknown_salary = sum(1 for g in gaps if g.salary_uplift is None)
    if unknown_salary:
        notes.append(f"Salary uplift unknown for {unknown_salary} gaps (scored neutral).")
    ignored = sum(1 for r in demand if r.skill_id not in taxonomy.skills)
    if ignored:
        notes.append(f"{ignored} demanded skills outside the taxonomy were ignored.")
    if target.total_postings:
        notes.append(f"Demand from {target.total_postings} postings in {target.display}.")
    return tuple(notes)

