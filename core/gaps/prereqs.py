"""Prerequisite chains: what a missing skill needs first that the profile lacks, with hours to learn each."""

from __future__ import annotations

from core.gaps.estimate import estimate_gap, knows
from core.gaps.profile import ProfileSkills
from core.gaps.settings import DEFAULT_LEVEL, GapSettings
from core.taxonomy.models import Taxonomy


def prerequisite_chain(
    skill_id: str, taxonomy: Taxonomy, profile: ProfileSkills, settings: GapSettings
) -> tuple[tuple[str, int], ...]:
    """(id, hours) of every prerequisite the profile lacks, transitively, learn-first order; () for a held skill.

    Hours are those to reach the default working level (L2), after credit for adjacent skills held.
    """
    if knows(profile, taxonomy, skill_id) or skill_id not in taxonomy.skills:  # held, or stated by a held skill
        return ()
    order: list[str] = []
    seen: set[str] = {skill_id}

    def visit(sid: str) -> None:
        """Depth first: a prerequisite's own missing prerequisites come before it (cycles are ignored)."""
        for pre in taxonomy.skills[sid].prerequisites:
            if pre in seen or pre not in taxonomy.skills or knows(profile, taxonomy, pre):
                continue
            seen.add(pre)
            visit(pre)
            order.append(pre)

    visit(skill_id)
    return tuple((pre, prerequisite_hours(pre, taxonomy, profile, settings)) for pre in order)


def prerequisite_hours(skill_id: str, taxonomy: Taxonomy, profile: ProfileSkills, settings: GapSettings) -> int:
    """Hours to learn a prerequisite to the default working level (at least 1)."""
    est = estimate_gap(taxonomy.skills[skill_id], float(DEFAULT_LEVEL), profile, taxonomy, settings)
    return max(1, est.est_hours)
