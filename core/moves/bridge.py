"""Bridging skills of a move: the occupation's skills the resume lacks, ranked by the gaps ROI, with hours."""

from __future__ import annotations

from typing import Sequence

from core.gaps.estimate import knows
from core.gaps.inputs import SegmentDemand, SimilarityFn, TargetSegment
from core.gaps.market_gap import market_gaps
from core.gaps.models import SkillGap
from core.gaps.profile import ProfileSkills
from core.gaps.roi import rank
from core.gaps.settings import GapSettings
from core.moves.records import BRIDGE_HOURS_TOP, BridgeSkill
from core.taxonomy.models import Taxonomy
from core.taxonomy.occupations import Occupation


# near-universal office tools: a bridge only when the move needs nothing else
OFFICE_TOOLS = frozenset({"outlook", "microsoft_word", "powerpoint", "microsoft_office", "microsoft_windows",
                          "microsoft_exchange", "google_docs", "google_drive", "google_meet", "facetime", "zoom",
                          "microsoft_teams", "sharepoint", "macos"})


def bridging_gaps(profile: ProfileSkills, occupation: Occupation, demand: Sequence[SegmentDemand],
                  taxonomy: Taxonomy, settings: GapSettings | None = None,
                  similarity: SimilarityFn | None = None, typical: frozenset[str] = frozenset()) -> tuple[SkillGap, ...]:
    """What distinguishes the occupation from where the person is, as ROI-ranked gaps: only skills that define it
    (`recognised`), never a skill the resume states or a held skill implies, nor one `typical` of the person's own
    occupation; office tools only when alone."""
    segment = TargetSegment(occupation.family, label=occupation.title)
    analysis = market_gaps(profile, segment, demand, taxonomy, settings or GapSettings(), similarity)
    missing = [g for g in analysis.gaps if g.have_level == 0 and g.skill_id not in typical
               and not knows(profile, taxonomy, g.skill_id)]
    known = recognised(occupation, taxonomy)
    defining = [g for g in missing if g.skill_id in known]
    return rank([g for g in defining if g.skill_id not in OFFICE_TOOLS] or defining)


def recognised(occupation: Occupation, taxonomy: Taxonomy, head: int = 12) -> frozenset[str]:
    """Skills that define the occupation: its family's core and optional skills, its first `head` skills (curated
    signature and family core come first) and O*NET's hot ones; the long tail of O*NET tool examples ("Branding"
    for secondary teachers) is never a bridge."""
    family = taxonomy.role_families.get(occupation.family)
    listed = set(family.core_skills) | set(family.optional_skills) if family else set()
    return frozenset(listed | set(occupation.skills[:head]) | set(occupation.hot))


def bridge_skills(gaps: Sequence[SkillGap], occupation: Occupation, limit: int) -> tuple[BridgeSkill, ...]:
    """The first `limit` gaps as BridgeSkill records."""
    hot = set(occupation.hot)
    return tuple(BridgeSkill(g.skill_id, g.name, g.roi_rank, g.roi_score, g.total_hours, round(g.importance_pct, 1),
                             g.skill_id in hot) for g in gaps[:limit])


def hours_to_bridge(gaps: Sequence[SkillGap], top: int = BRIDGE_HOURS_TOP) -> int:
    """Hours of the top `top` bridging skills, prerequisites included (a skill or prerequisite counted once)."""
    total, seen = 0, set()
    for gap in gaps[:top]:
        for sid, hours in (*zip(gap.missing_prerequisites, gap.prerequisite_hours), (gap.skill_id, gap.est_hours)):
            if sid not in seen:
                seen.add(sid)
                total += hours
    return total
