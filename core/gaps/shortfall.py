"""One SkillGap from an estimate: its kind (missing skill or level shortfall), prerequisite chain, ROI factors."""

from __future__ import annotations

from core.gaps.estimate import SkillEstimate
from core.gaps.models import SkillGap
from core.gaps.prereqs import prerequisite_chain
from core.gaps.profile import ProfileSkills
from core.gaps.roi import roi_factors
from core.gaps.settings import GapSettings, level_label
from core.taxonomy.models import Taxonomy


def make_gap(
    est: SkillEstimate, taxonomy: Taxonomy, profile: ProfileSkills, settings: GapSettings, *, relative: float,
    importance: float, uplift: float | None, trend: float | None, audience: str, requirement: str | None = None,
) -> SkillGap:
    """The gap record; `audience` names who expects the level ("senior postings here", "this posting")."""
    skill = taxonomy.skills[est.skill_id]
    chain = prerequisite_chain(skill.id, taxonomy, profile, settings)
    hours = est.est_hours + sum(h for _, h in chain)
    factors = roi_factors(relative, est.have_level > 0, uplift, trend, hours, settings)
    years = profile.years.get(skill.id)
    return SkillGap(
        skill_id=skill.id, name=skill.name, category=skill.category, importance_pct=round(importance, 1),
        gap_fraction=est.gap_fraction, est_hours=est.est_hours, have_level=est.have_level,
        expected_level=est.expected_level, status="missing" if est.have_level == 0 else "partial",
        roi_score=factors.score(), factors=factors, requirement=requirement, salary_uplift=uplift,
        trend_ratio=trend, adjacent_from=est.adjacent_from,
        missing_prerequisites=tuple(pid for pid, _ in chain),
        prerequisite_names=tuple(taxonomy.skills[pid].name for pid, _ in chain),
        prerequisite_hours=tuple(h for _, h in chain),
        have_years=years,
        level_note=level_note(est.have_level, years, skill.id in profile.assumed, est.expected_level, audience,
                              via=() if profile.has(skill.id) else est.adjacent_from) if est.have_level else "",
    )


def level_note(have: int, years: float | None, assumed: bool, expected: float, audience: str,
               via: tuple[str, ...] = ()) -> str:
    """What is held and what is expected: "about L3 from 6 years; senior postings here expect L4" or
    "L2 assumed (no dated role or years mention it); ..." or "L2 through MySQL on your resume; ..."."""
    if via:
        held = f"L{have} through {', '.join(via)} on your resume"
    elif years is not None:
        held = f"about L{have} from {_years(years)}"
    elif assumed:
        held = f"L{have} assumed (no dated role or years mention it)"
    else:
        held = f"L{have} on your resume"
    return f"{held}; {audience} expect{'s' if audience.startswith('this') else ''} {level_label(expected)}"


def market_audience(seniority: str | None) -> str:
    """Who sets the expected level of a market segment."""
    return f"{seniority} postings here" if seniority else "postings here"


def _years(years: float) -> str:
    if years < 1:
        return "under a year"
    value = f"{years:.1f}".rstrip("0").rstrip(".")
    return f"{value} year" + ("" if value == "1" else "s")
