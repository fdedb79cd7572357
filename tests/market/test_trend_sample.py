"""A trend line only where enough postings stand behind its points; counts otherwise."""

from __future__ import annotations

import pandas as pd
import pytest

from core.market.trend_sample import MIN_POINT_POSTINGS, skill_counts, trend_sample

MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]


def _monthly(per_month: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"month": MONTHS[:len(per_month)], "postings": per_month})


@pytest.mark.parametrize("per_month, window, reliable", [
    ([3] * 12, 1, False),  # 36 postings over a year: the 0-100 % swings
    ([3] * 12, 3, False),  # still 9 behind a 3-month point
    ([40] * 12, 1, True),
    ([8] * 12, 3, True),  # 24 behind each 3-month point ... except the first two (8, 16): 2 of 12 thin
    ([40] * 6 + [2] * 6, 1, False),  # half the months thin
    ([], 1, False),
])
def test_reliable_only_with_enough_postings_per_point(per_month, window, reliable):
    sample = trend_sample(_monthly(per_month), MONTHS, window)
    assert sample.reliable is reliable
    assert sample.total_postings == sum(per_month)


def test_thinnest_point_is_reported():
    sample = trend_sample(_monthly([30, 5, 30]), MONTHS[:3], 1)
    assert (sample.points, sample.thin_points, sample.smallest) == (3, 1, 5)
    assert 5 < MIN_POINT_POSTINGS


def test_counts_over_the_whole_period_in_the_chosen_order():
    skill_months = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-02"], "skill_id": ["sql", "sql", "python"],
                                 "postings": [2, 3, 4]})
    counts = skill_counts(skill_months, 36, ["python", "sql", "rust"], {"python": "Python", "sql": "SQL"})
    assert [(c.skill, c.postings, c.total) for c in counts] == [("Python", 4, 36), ("SQL", 5, 36), ("rust", 0, 36)]
    assert counts[1].share == pytest.approx(5 / 36)
