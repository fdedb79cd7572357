"""MarketDemand adapter: market service frames -> SegmentDemand rows."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from core.gaps.inputs import TargetSegment
from core.gaps.market_demand import MAX_TREND, MarketDemand


class FakeMarket:
    """Returns fixed frames and records filters."""

    def __init__(self, top, movers, premium, postings=500):
        self.top, self.movers_df, self.premium, self.postings, self.filters = top, movers, premium, postings, []

    def view(self, f):
        self.filters.append(f)
        return SimpleNamespace(totals=SimpleNamespace(postings=self.postings),
                               top_skills=lambda limit: self.top.head(limit),
                               movers=lambda min_support=15: self.movers_df)

    def salary_premium(self, f, limit=20, min_support=10):
        return self.premium


TOP = pd.DataFrame({"skill_id": ["python", "spark", "docker"], "skill": ["Python", "Apache Spark", "Docker"],
                    "postings": [400, 200, 100], "share": [0.8, 0.4, 0.2], "required_share": [0.7, 0.2, 0.05]})
MOVERS = pd.DataFrame({"skill_id": ["python", "spark", "docker"], "share_before": [0.8, 0.2, 0.0],
                       "share_after": [0.8, 0.5, 0.3]})
PREMIUM = pd.DataFrame({"skill_id": ["python", "spark"], "median_with": [120000.0, float("nan")],
                        "median_without": [100000.0, 90000.0]})


def test_rows_from_market_frames():
    market = FakeMarket(TOP, MOVERS, PREMIUM)
    rows = {r.skill_id: r for r in MarketDemand(market, demo=False).segment_demand(TargetSegment("de", "Pune", "mid"))}
    assert rows["python"].share == 0.8 and rows["python"].required_share == 0.7 and rows["python"].postings == 400
    assert (rows["python"].salary_with, rows["python"].salary_without) == (120000.0, 100000.0)
    assert rows["spark"].salary_with is None  # NaN below support
    assert rows["docker"].salary_with is None and rows["docker"].salary_without is None
    assert rows["python"].trend_ratio == 1.0 and rows["spark"].trend_ratio == pytest.approx(2.5)
    assert rows["docker"].trend_ratio == MAX_TREND
    f = market.filters[0]
    assert (f.role_family, f.city, f.seniority, f.demo) == ("de", "Pune", "mid", False)


def test_empty_slice_and_missing_trends():
    empty = FakeMarket(TOP.iloc[0:0], pd.DataFrame(), pd.DataFrame())
    assert MarketDemand(empty).segment_demand(TargetSegment("de")) == []
    no_trend = FakeMarket(TOP, pd.DataFrame(), pd.DataFrame())
    rows = MarketDemand(no_trend).segment_demand(TargetSegment("de"))
    assert [r.trend_ratio for r in rows] == [None, None, None]
    assert MarketDemand(no_trend).total_postings(TargetSegment("de")) == 500
