"""Pure helpers of the market analysis: weighted medians, windows, month arithmetic."""

from __future__ import annotations

import numpy as np
import pytest

from core.market.analysis import group_weighted_median, weighted_median, windows
from core.market.filters import month_add, month_span


@pytest.mark.parametrize("values,weights,expected", [
    ([1, 2, 3], [1, 1, 1], 2.0),
    ([1, 2, 3], [1, 1, 5], 3.0),
    ([10, 1], [3, 1], 10.0),
    ([1, 2], [1, 1], 1.0),  # lower median on ties
    ([float("nan"), 5], [9, 1], 5.0),
    ([1, 2], [0, 0], None),
])
def test_weighted_median(values, weights, expected):
    assert weighted_median(values, weights) == expected


def test_group_weighted_median_matches_the_scalar_one():
    rng = np.random.default_rng(3)
    groups = rng.integers(0, 6, 400)
    values = rng.lognormal(11, 0.5, 400)
    values[::17] = np.nan
    weights = rng.integers(0, 4, 400).astype(float)
    medians, totals = group_weighted_median(groups, values, weights, 7)
    for g in range(6):
        mask = groups == g
        assert medians[g] == weighted_median(values[mask], weights[mask])
        assert totals[g] == weights[mask & ~np.isnan(values)].sum()
    assert np.isnan(medians[6]) and totals[6] == 0


@pytest.mark.parametrize("count,before,after", [(24, 6, 6), (12, 6, 6), (8, 4, 4), (3, 1, 1), (1, 0, 0)])
def test_windows(count, before, after):
    months = month_span("2025-01", month_add("2025-01", count - 1))
    prev, last = windows(months)
    assert (len(prev), len(last)) == (before, after)
    if last:
        assert last[-1] == months[-1] and prev[-1] == month_add(last[0], -1)


@pytest.mark.parametrize("month,delta,expected", [("2026-11", 2, "2027-01"), ("2026-01", -1, "2025-12"),
                                                  ("2026-05", 0, "2026-05")])
def test_month_add(month, delta, expected):
    assert month_add(month, delta) == expected


def test_month_span():
    assert month_span("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_premium_highlights_keep_the_extremes_of_supported_skills():
    import pandas as pd

    from core.market.analysis import premium_highlights

    frame = pd.DataFrame({"skill_id": list("abcdef"), "skill": list("ABCDEF"),
                          "premium_pct": [5.0, -3.0, 12.0, float("nan"), 1.0, -8.0],
                          "supported": [True, True, True, False, True, True]})
    out = premium_highlights(frame, high=2, low=2)
    assert list(out["skill_id"]) == ["c", "a", "b", "f"]
