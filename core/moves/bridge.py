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


def bridging_gaps(profile: ProfileSkills, occupation: Occupation, demand: Sequence[SegmentDemand],
                  taxonomy: Taxonomy, settings: GapSettings | None = None,
                  similarity: SimilarityFn | None = None) -> tuple[SkillGap, ...]:
    """The occupation's missing skills as ROI-ranked gaps (never one the resume states or a held skill implies)."""
    segment = TargetSegment(occupation.family, label=occupation.title)
    analysis = market_gaps(profile, segment, demand, taxonomy, settings or GapSettings(), similarity)
    missing = [g for g in analysis.gaps if g.have_level == 0 and not knows(profile, taxonomy, g.skill_id)]
    return rank(missing)


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
