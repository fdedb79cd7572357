"""One skill's gap: fraction still to learn and hours, given levels held and adjacent knowledge."""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.gaps.inputs import SimilarityFn
from core.gaps.profile import ProfileSkills
from core.gaps.settings import GapSettings
from core.taxonomy.models import Skill, Taxonomy


@dataclass(frozen=True)
class SkillEstimate:
    """How far a profile is from one skill at an expected level."""

    skill_id: str
    have_level: int
    expected_level: float
    gap_fraction: float  # 1.0 missing with nothing adjacent, 0.0 covered
    est_hours: int
    adjacent_from: tuple[str, ...] = ()  # names of known skills that shrank the gap
    adjacent_credit: float = 0.0
    missing_prerequisites: tuple[str, ...] = ()  # prerequisite ids the profile lacks


def estimate_gap(
    skill: Skill,
    expected: float,
    profile: ProfileSkills,
    taxonomy: Taxonomy,
    settings: GapSettings,
    similarity: SimilarityFn | None = None,
) -> SkillEstimate:
    """Gap fraction = min(level shortfall, 1 - adjacency credit); hours = taxonomy hours x gap fraction.

    A held level at or above the whole part of the expected level is no gap (L2 meets a mid "L2-L3" expectation);
    prerequisites are only listed for a skill the profile does not hold.
    """
    have, implied_by = profile.level(skill.id), ()
    if have == 0:  # a held skill that requires this one states it too (Epic EHR -> EHR, MySQL -> SQL)
        have, implied_by = implied_level(profile, taxonomy, skill.id)
    level_gap = 1.0 if have == 0 else level_shortfall(have, expected)
    credit, sources = adjacency_credit(skill, expected, profile, taxonomy, settings, similarity)
    gap = min(level_gap, 1.0 - credit) if level_gap > 0 else 0.0
    gap = round(gap, 4)
    hours = 0 if gap <= 0 else max(1, math.ceil(skill.hours * gap - 1e-9))
    missing = () if have else tuple(
        p for p in skill.prerequisites if p in taxonomy.skills and not knows(profile, taxonomy, p))
    used = sources if have == 0 or (1.0 - credit) < level_gap else implied_by
    return SkillEstimate(
        skill_id=skill.id,
        have_level=have,
        expected_level=expected,
        gap_fraction=gap,
        est_hours=hours,
        adjacent_from=used,
        adjacent_credit=round(credit, 4) if used else 0.0,
        missing_prerequisites=missing,
    )


def implied_level(profile: ProfileSkills, taxonomy: Taxonomy, skill_id: str) -> tuple[int, tuple[str, ...]]:
    """The best level of held skills that list `skill_id` as a prerequisite, with their names (0, () if none)."""
    best, names = 0, []
    for known_id, level in profile.levels.items():
        known = taxonomy.get(known_id)
        if known is not None and skill_id in known.prerequisites and level > 0:
            best = max(best, level)
            names.append(known.name)
    return best, tuple(sorted(names)[:3])


def level_shortfall(have: int, expected: float) -> float:
    """Part of the expected level still missing: 0 once `have` reaches its whole part (2 of 2.5), else the share."""
    if have >= math.floor(expected):
        return 0.0
    return max(0.0, (expected - have) / expected)


def adjacency_credit(
    skill: Skill,
    expected: float,
    profile: ProfileSkills,
    taxonomy: Taxonomy,
    settings: GapSettings,
    similarity: SimilarityFn | None = None,
) -> tuple[float, tuple[str, ...]]:
    """Best credit from known related skills (taxonomy, both directions) or similar names; with their names."""
    best = 0.0
    sources: list[tuple[float, str]] = []
    for known_id, level in profile.levels.items():
        if known_id == skill.id:
            continue
        known = taxonomy.get(known_id)
        name = known.name if known else profile.names.get(known_id, known_id)
        depth = min(1.0, level / expected)
        credit = 0.0
        if known is not None and skill.id in known.prerequisites:
            credit = settings.implied_credit * depth
        elif _related(skill, known_id, known):
            credit = settings.related_credit * depth
        if similarity is not None:
            sim = similarity(skill.name, name)
            if sim >= settings.similarity_threshold:
                credit = max(credit, settings.similarity_credit * sim * depth)
        if credit > 0:
            sources.append((credit, name))
            best = max(best, credit)
    best = min(best, settings.max_adjacent_credit)
    names = tuple(name for _, name in sorted(sources, key=lambda item: (-item[0], item[1]))[:3])
    return best, names


def _related(skill: Skill, known_id: str, known: Skill | None) -> bool:
    """True when either skill lists the other as related."""
    return known_id in skill.related or (known is not None and skill.id in known.related)


def knows(profile: ProfileSkills, taxonomy: Taxonomy, skill_id: str) -> bool:
    """True when the skill is held, or implied by a held skill that requires it (MySQL implies SQL)."""
    if profile.has(skill_id):
        return True
    return any(skill_id in (taxonomy.skills[k].prerequisites if k in taxonomy.skills else ()) for k in profile.levels)
