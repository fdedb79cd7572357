"""The transparent ROI score: weighted normalized demand, salary uplift, trend and effort; ranking."""

from __future__ import annotations

import math
from dataclasses import replace

from core.gaps.models import RoiFactors, SkillGap
from core.gaps.settings import GapSettings


def salary_uplift(salary_with: float | None, salary_without: float | None) -> float | None:
    """Relative median salary uplift (with vs without), None when either is unknown."""
    if not salary_with or not salary_without or salary_without <= 0:
        return None
    return round((salary_with - salary_without) / salary_without, 4)


def roi_factors(
    demand: float, level_gap: bool, uplift: float | None, trend: float | None, hours: float,
    settings: GapSettings,
) -> RoiFactors:
    """Normalize the factors to 0..1 (`demand` is already relative to the segment's top skill).

    `hours` include the prerequisites the skill needs first; a level shortfall (`level_gap`) is weighted by
    `settings.level_weight` so it ranks below a missing skill of similar demand.
    """
    salary = 0.5 if uplift is None else _clip(uplift / settings.salary_cap)
    trend_n = 0.5 if trend is None or trend <= 0 else _clip(0.5 + math.log2(trend) / 2)
    effort = settings.effort_ref_hours / (settings.effort_ref_hours + max(0.0, hours))
    return RoiFactors(
        demand=_clip(demand), salary=salary, trend=trend_n, effort=effort, weights=settings.weights,
        level_weight=settings.level_weight if level_gap else 1.0,
    )


def rank(gaps: list[SkillGap]) -> tuple[SkillGap, ...]:
    """Sort by ROI score (then importance, missing before level, fewer hours, name) and number roi_rank 1..N."""
    ordered = sorted(gaps, key=lambda g: (-g.roi_score, -g.importance_pct, g.kind != "missing", g.total_hours,
                                          g.name.lower()))
    return tuple(replace(gap, roi_rank=i) for i, gap in enumerate(ordered, start=1))


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))
