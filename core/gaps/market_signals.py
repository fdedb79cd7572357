"""A DemandProvider with robust salary and trend signals for thin or mixed market slices.

`MarketDemand` passes the slice's raw medians (with vs without a skill, across every city and level in the slice)
and the slice's own 6-month trend. Two problems on real slices: raw medians mix cities and levels (a skill common in
low-pay cities looks like a pay cut), and a city slice often has too few postings per window for a trend or enough
salaries for a median. `RobustMarketDemand` keeps the demand shares of the slice but takes:
- salary uplift = the market service's within-stratum premium (same city and seniority) of the slice when supported,
  else of the whole role family (same dataset), else unknown (scored neutral);
- trend = the slice's ratio when it has enough postings, else the role family's.
The uplift is carried in SegmentDemand as salary_with = median_without x (1 + premium), so ROI code is unchanged.
`notes(target)` says which fallbacks were used (for the report's assumptions).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from core.gaps.inputs import SegmentDemand, TargetSegment
from core.gaps.market_demand import MarketDemand, _trend_ratios


@dataclass
class RobustMarketDemand(MarketDemand):
    """MarketDemand with within-stratum salary premiums and role-family fallbacks for salary and trend."""

    _notes: dict = field(default_factory=dict, init=False, repr=False)

    def segment_demand(self, target: TargetSegment) -> list[SegmentDemand]:
        """The slice's demand rows with robust salary uplift and trend."""
        rows = super().segment_demand(target)
        if not rows:
            return rows
        family = TargetSegment(target.role_family)
        narrower = bool(target.city or target.seniority)
        slice_premium = self._premiums(target)
        family_premium = self._premiums(family) if narrower else {}
        family_trend = _trend_ratios(self.market.view(self.filter_for(family)).movers(min_support=0)) \
            if narrower else {}
        out, salary_fallback, trend_fallback = [], 0, 0
        for row in rows:
            premium = slice_premium.get(row.skill_id)
            if premium is None and row.skill_id in family_premium:
                premium, salary_fallback = family_premium[row.skill_id], salary_fallback + 1
            trend = row.trend_ratio
            if trend is None and row.skill_id in family_trend:
                trend, trend_fallback = family_trend[row.skill_id], trend_fallback + 1
            out.append(replace(row, trend_ratio=trend, **_salary(row, premium)))
        self._notes[target] = _describe(target, salary_fallback, trend_fallback)
        return out

    def notes(self, target: TargetSegment) -> tuple[str, ...]:
        """How salary uplift and trend were measured for the last demand read of this target."""
        return self._notes.get(target, ())

    def _premiums(self, target: TargetSegment) -> dict[str, float]:
        """skill id -> within-stratum premium (fraction) where supported."""
        frame = self.market.salary_premium(self.filter_for(target), self.limit)
        if getattr(frame, "empty", True) or "premium_pct" not in frame:
            return {}
        out = {}
        for row in frame.itertuples(index=False):
            value = _finite(row.premium_pct)
            if value is not None and bool(getattr(row, "supported", True)):
                out[row.skill_id] = value / 100.0
        return out


def _salary(row: SegmentDemand, premium: float | None) -> dict:
    """salary_with / salary_without encoding the premium (both None when unknown)."""
    if premium is None:
        return {"salary_with": None, "salary_without": None}
    base = row.salary_without or 100_000.0
    return {"salary_with": round(base * (1.0 + premium), 2), "salary_without": base}


def _describe(target: TargetSegment, salary_fallback: int, trend_fallback: int) -> tuple[str, ...]:
    notes = ["Salary uplift compares postings with and without the skill in the same city and seniority."]
    family = target.role_family.replace("_", " ")
    if salary_fallback:
        notes.append(f"Salary uplift for {salary_fallback} skills from all {family} postings "
                     "(too few salaries in this slice).")
    if trend_fallback:
        notes.append(f"Trend for {trend_fallback} skills from all {family} postings "
                     "(too few postings in this slice per 6-month window).")
    return tuple(notes)


def _finite(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
