"""DemandProvider over the market service: a segment's top skills, salary medians and 6-month trend ratios."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from core.gaps.inputs import SegmentDemand, TargetSegment
from core.market.filters import MarketFilter

MAX_TREND = 4.0  # a skill new in the last window counts as "quadrupled"


class MarketReads(Protocol):
    """The part of core.market.service.MarketService this adapter uses."""

    def view(self, f: MarketFilter):
        """The slice: .totals.postings, .top_skills(limit), .movers(min_support=...)."""
        ...

    def salary_premium(self, f: MarketFilter, limit: int = 20, min_support: int = 10):
        """DataFrame with skill_id, median_with, median_without."""
        ...


@dataclass
class MarketDemand:
    """Adapts the market service to `DemandProvider.segment_demand(target)`."""

    market: MarketReads
    demo: bool = True
    limit: int = 60  # the segment's most demanded skills considered
    remote: bool | None = None

    def segment_demand(self, target: TargetSegment) -> list[SegmentDemand]:
        """Demand rows for the segment's top skills (empty when the slice has no postings)."""
        f = self.filter_for(target)
        view = self.market.view(f)
        top = view.top_skills(self.limit)
        if getattr(top, "empty", True):
            return []
        trend = _trend_ratios(view.movers(min_support=0))
        premium = self.market.salary_premium(f, self.limit)
        medians = {} if premium.empty else {
            row.skill_id: (_num(row.median_with), _num(row.median_without)) for row in premium.itertuples(index=False)
        }
        return [
            SegmentDemand(
                skill_id=row.skill_id, share=float(row.share), required_share=float(row.required_share),
                salary_with=medians.get(row.skill_id, (None, None))[0],
                salary_without=medians.get(row.skill_id, (None, None))[1],
                trend_ratio=trend.get(row.skill_id), postings=int(row.postings),
            )
            for row in top.itertuples(index=False)
        ]

    def total_postings(self, target: TargetSegment) -> int:
        """Postings in the segment (for TargetSegment.total_postings)."""
        return int(self.market.view(self.filter_for(target)).totals.postings)

    def filter_for(self, target: TargetSegment) -> MarketFilter:
        """The market filter of a target segment."""
        return MarketFilter(target.role_family, demo=self.demo, city=target.city, seniority=target.seniority,
                            remote=self.remote)


def _trend_ratios(movers) -> dict[str, float]:
    """share_after / share_before per skill (capped; skills without enough data are absent)."""
    out: dict[str, float] = {}
    if getattr(movers, "empty", True):
        return out
    for row in movers.itertuples(index=False):
        before, after = float(row.share_before), float(row.share_after)
        if before > 0:
            out[row.skill_id] = round(min(MAX_TREND, after / before), 4)
        elif after > 0:
            out[row.skill_id] = MAX_TREND
    return out


def _num(value) -> float | None:
    """A finite float, else None (NaN medians below support)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
