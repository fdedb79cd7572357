"""RobustMarketDemand: within-stratum salary premiums and role-family fallbacks for thin slices."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from core.gaps.inputs import TargetSegment
from core.gaps.market_signals import RobustMarketDemand
from core.gaps.roi import salary_uplift

TOP = pd.DataFrame({"skill_id": ["python", "spark", "docker"], "skill": ["Python", "Apache Spark", "Docker"],
                    "postings": [40, 20, 10], "share": [0.8, 0.4, 0.2], "required_share": [0.7, 0.2, 0.05]})
# Raw medians say Spark pays less (it is common in a low-pay city); within strata it pays 12% more.
SLICE_PREMIUM = pd.DataFrame({"skill_id": ["python", "spark", "docker"], "median_with": [90_000.0, 80_000.0, None],
                              "median_without": [100_000.0, 100_000.0, None], "premium_pct": [5.0, float("nan"), None],
                              "supported": [True, False, False]})
FAMILY_PREMIUM = pd.DataFrame({"skill_id": ["python", "spark", "docker"], "median_with": [1.0, 1.0, 1.0],
                               "median_without": [1.0, 1.0, 1.0], "premium_pct": [3.0, 12.0, float("nan")],
                               "supported": [True, True, False]})
SLICE_MOVERS = pd.DataFrame({"skill_id": ["python"], "share_before": [0.5], "share_after": [0.6]})
FAMILY_MOVERS = pd.DataFrame({"skill_id": ["python", "spark"], "share_before": [0.5, 0.2], "share_after": [0.5, 0.4]})


class FakeMarket:
    """Slice frames for a filter with a city, family frames without."""

    def view(self, f):
        movers = SLICE_MOVERS if f.city else FAMILY_MOVERS
        return SimpleNamespace(totals=SimpleNamespace(postings=50 if f.city else 500),
                               top_skills=lambda limit: TOP.head(limit), movers=lambda min_support=15: movers)

    def salary_premium(self, f, limit=20, min_support=10):
        return SLICE_PREMIUM if f.city else FAMILY_PREMIUM


@pytest.fixture
def rows():
    provider = RobustMarketDemand(FakeMarket(), demo=True)
    target = TargetSegment("data_engineer", "Pune")
    out = {r.skill_id: r for r in provider.segment_demand(target)}
    return out, provider.notes(target)


@pytest.mark.parametrize("skill, uplift", [("python", 0.05), ("spark", 0.12), ("docker", None)])
def test_salary_uplift_is_the_within_stratum_premium_with_family_fallback(rows, skill, uplift):
    row = rows[0][skill]
    got = salary_uplift(row.salary_with, row.salary_without)
    assert got == (pytest.approx(uplift, abs=1e-4) if uplift is not None else None)


@pytest.mark.parametrize("skill, trend", [("python", 1.2), ("spark", 2.0), ("docker", None)])
def test_trend_falls_back_to_the_role_family(rows, skill, trend):
    got = rows[0][skill].trend_ratio
    assert got == (pytest.approx(trend) if trend is not None else None)


def test_shares_stay_the_slice_and_notes_name_the_fallbacks(rows):
    by_id, notes = rows
    assert by_id["python"].share == 0.8 and by_id["spark"].required_share == 0.2
    assert notes[0].startswith("Salary uplift compares postings")
    assert "Salary uplift for 1 skills from all data engineer postings" in notes[1]
    assert "Trend for 1 skills from all data engineer postings" in notes[2]


def test_whole_family_target_needs_no_fallback():
    provider = RobustMarketDemand(FakeMarket(), demo=True)
    target = TargetSegment("data_engineer")
    by_id = {r.skill_id: r for r in provider.segment_demand(target)}
    assert by_id["spark"].trend_ratio == pytest.approx(2.0)
    assert salary_uplift(by_id["spark"].salary_with, by_id["spark"].salary_without) == pytest.approx(0.12)
    assert len(provider.notes(target)) == 1
