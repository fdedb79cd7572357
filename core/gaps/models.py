"""Records produced by the gap algorithms (one SkillGap shape for market and job targets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from core.gaps.settings import RoiWeights

GapKind = Literal["market", "job"]
MatchStatus = Literal["matched", "partial", "missing"]
ShortfallKind = Literal["missing", "level"]  # not on the resume at all | on it, below the expected level


@dataclass(frozen=True)
class RoiFactors:
    """Normalized factors (0..1) behind one ROI score, with the weights used."""

    demand: float  # share of postings relative to the segment's top skill (job: requirement weight / top)
    salary: float  # median salary uplift, capped; 0.5 when unknown
    trend: float  # 0.5 flat, 1.0 doubling, 0.0 halving; 0.5 when unknown
    effort: float  # ref / (ref + hours, prerequisites included): fewer hours, higher
    weights: RoiWeights = field(default_factory=RoiWeights)
    level_weight: float = 1.0  # 1 for a missing skill; GapSettings.level_weight for a level shortfall

    def contributions(self) -> dict[str, float]:
        """Each factor's share of the score; they sum to the score.

        Demand multiplies everything: score = demand x level_weight x (weighted mean of 1, salary, trend, effort),
        so a skill few postings ask for cannot buy its way up with salary, trend or effort.
        """
        total = self.weights.total() or 1.0
        scale = self.demand * self.level_weight / total
        return {
            "demand": round(scale * self.weights.demand, 4),
            "salary": round(scale * self.weights.salary * self.salary, 4),
            "trend": round(scale * self.weights.trend * self.trend, 4),
            "effort": round(scale * self.weights.effort * self.effort, 4),
        }

    def score(self) -> float:
        """The ROI score in 0..1."""
        return round(sum(self.contributions().values()), 4)

    def to_dict(self) -> dict:
        """Factors, weights and contributions as plain JSON."""
        return {
            "demand": round(self.demand, 4), "salary": round(self.salary, 4),
            "trend": round(self.trend, 4), "effort": round(self.effort, 4),
            "weights": {"demand": self.weights.demand, "salary": self.weights.salary,
                        "trend": self.weights.trend, "effort": self.weights.effort},
            "level_weight": self.level_weight,
            "contributions": self.contributions(),
        }


@dataclass(frozen=True)
class SkillGap:
    """One skill to learn or deepen, with its estimate, ROI breakdown and rank."""

    skill_id: str
    name: str
    category: str
    importance_pct: float  # market: weighted share of postings; job: share of the posting's requirement weight
    gap_fraction: float
    est_hours: int
    have_level: int
    expected_level: float
    status: MatchStatus  # "missing" (not held) or "partial" (held below the expected level)
    roi_score: float
    factors: RoiFactors
    roi_rank: int = 0
    requirement: str | None = None  # job gaps: required | preferred | unspecified
    salary_uplift: float | None = None  # relative, e.g. 0.12 = +12% median salary
    trend_ratio: float | None = None
    adjacent_from: tuple[str, ...] = ()
    missing_prerequisites: tuple[str, ...] = ()  # ids of the prerequisite chain the profile lacks, learn-first order
    prerequisite_names: tuple[str, ...] = ()
    prerequisite_hours: tuple[int, ...] = ()  # hours of each missing prerequisite (same order)
    have_years: float | None = None  # years of use the resume shows, when known
    level_note: str = ""  # level shortfalls: "about L3 from 6 years; senior postings here expect L4"

    @property
    def kind(self) -> ShortfallKind:
        """"missing" (not on the resume) or "level" (on it, below the expected level)."""
        return "missing" if self.have_level == 0 else "level"

    @property
    def total_hours(self) -> int:
        """Hours for the skill plus the prerequisites it needs first."""
        return self.est_hours + sum(self.prerequisite_hours)

    @property
    def priority(self) -> float:
        """Sort key of gap lists (higher first): the ROI score."""
        return self.roi_score


@dataclass(frozen=True)
class SkillMatch:
    """How one target skill is covered by the profile."""

    skill_id: str
    name: str
    status: MatchStatus
    coverage: float  # 1 - gap fraction
    weight: float  # requirement weight (job) or weighted demand (market)
    have_level: int
    expected_level: float
    requirement: str | None = None


@dataclass(frozen=True)
class GapAnalysis:
    """The result of a market or job gap analysis."""

    kind: GapKind
    target_label: str
    overall_match: float
    gaps: tuple[SkillGap, ...]  # sorted by priority, roi_rank 1..N
    matches: tuple[SkillMatch, ...]
    missing_skills: tuple[str, ...]  # names of target skills not held at all
    assumptions: tuple[str, ...] = ()

    def top(self, n: int = 10) -> tuple[SkillGap, ...]:
        """The n highest-priority gaps."""
        return self.gaps[:n]
