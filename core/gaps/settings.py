"""Tunable numbers of the gap model in one place: weights, credits, thresholds, level rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.skills.levels import DEFAULT_LEVEL  # noqa: F401 - the one place for the level rule
from core.skills.seniority import level_from_years  # noqa: F401 - <1y L1, 1-3y L2, 3-5y L3, 5+ L4

LEVELS = (1, 2, 3, 4)
# Level the segment's seniority expects; "mid" spans L2-L3, modelled as 2.5.
SENIORITY_LEVEL = {"intern": 1.5, "junior": 2.0, "mid": 2.5, "senior": 3.0, "lead": 4.0, "principal": 4.0}
DEFAULT_EXPECTED_LEVEL = 2.5


def expected_level(seniority: str | None) -> float:
    """The level a seniority expects (mid when unknown)."""
    return SENIORITY_LEVEL.get((seniority or "").lower(), DEFAULT_EXPECTED_LEVEL)


def level_label(level: float) -> str:
    """"L3" for whole levels, "L2-L3" for a half-way expectation."""
    if float(level).is_integer():
        return f"L{int(level)}"
    return f"L{int(level)}-L{int(level) + 1}"


@dataclass(frozen=True)
class RoiWeights:
    """Weights of the ROI score factors (each factor is normalized to 0..1)."""

    demand: float = 0.45
    salary: float = 0.20
    trend: float = 0.15
    effort: float = 0.20

    def total(self) -> float:
        """Sum of weights (the score divides by it, so weights need not sum to 1)."""
        return self.demand + self.salary + self.trend + self.effort


@dataclass(frozen=True)
class GapSettings:
    """Every knob of the gap model, with defaults; override per call or from config."""

    weights: RoiWeights = field(default_factory=RoiWeights)
    preferred_weight: float = 0.5  # a "preferred" mention counts half a "required" one in demand
    related_credit: float = 0.35  # knowing a taxonomy-related skill (at the expected level) removes 35% of the gap
    similarity_credit: float = 0.30  # ... scaled by similarity for embedding neighbours
    implied_credit: float = 0.6  # knowing a skill that requires this one (MySQL -> SQL) removes 60% of the gap
    similarity_threshold: float = 0.6
    max_adjacent_credit: float = 0.6
    min_gap: float = 0.05  # below this the skill counts as covered
    min_share: float = 0.02  # ignore skills in fewer than 2% of the segment's postings
    top_n: int = 10  # ranked gaps reported
    coverage_top_k: int = 20  # overall_match = demand-weighted coverage of this many top skills
    salary_cap: float = 0.30  # +30% median salary uplift normalizes to 1.0
    effort_ref_hours: float = 20.0  # effort factor = ref / (ref + hours)
    # A level shortfall scores this fraction of a missing skill with the same demand. Between 1/3 and 0.45 (with the
    # default weights) it keeps a level gap below a missing skill of equal demand and a >30% gap above a <5% one.
    level_weight: float = 0.4
    experienced_years: float = 2.0  # a level gap on a skill used this long gets no beginner course
    max_prerequisite_share: float = 0.5  # one gap's prerequisite chain fills at most this share of the plan
    job_weights: dict[str, float] = field(
        default_factory=lambda: {"required": 1.0, "unspecified": 0.75, "preferred": 0.5}
    )
