"""Is a slice big enough for a monthly trend? Below a sample size a share swings 0-100 % with single postings,
so pages show counts over the whole period instead of a line."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

MIN_POINT_POSTINGS = 20  # postings behind one plotted point (a month, or a window of months) for a usable share


@dataclass(frozen=True)
class TrendSample:
    """How many postings stand behind the points of a trend line."""

    total_postings: int
    points: int  # plotted points that have any postings
    thin_points: int  # points resting on fewer than MIN_POINT_POSTINGS postings
    smallest: int  # postings behind the thinnest point

    @property
    def reliable(self) -> bool:
        """True when at most a quarter of the points are thin (a line worth drawing)."""
        return self.points > 0 and self.thin_points * 4 <= self.points


@dataclass(frozen=True)
class SkillCount:
    """Postings asking for one skill over the whole slice."""

    skill_id: str
    skill: str
    postings: int
    total: int

    @property
    def share(self) -> float:
        """Fraction of the slice's postings."""
        return self.postings / self.total if self.total else 0.0


def trend_sample(monthly: pd.DataFrame, months: list[str], window: int = 1) -> TrendSample:
    """The sample behind a trend of `window`-month points over `months` (monthly: month, postings)."""
    per_month = (pd.DataFrame({"month": months}).merge(monthly[["month", "postings"]], on="month", how="left")
                 .fillna({"postings": 0})["postings"].astype(int))
    points = per_month.rolling(max(1, window), min_periods=1).sum().astype(int)
    points = points[points > 0]
    thin = points[points < MIN_POINT_POSTINGS]
    return TrendSample(int(per_month.sum()), int(len(points)), int(len(thin)), int(points.min()) if len(points) else 0)


def skill_counts(skill_months: pd.DataFrame, total: int, skill_ids: list[str],
                 names: dict[str, str]) -> list[SkillCount]:
    """Postings per chosen skill over the whole slice, in the order chosen."""
    sums = skill_months.groupby("skill_id")["postings"].sum() if not skill_months.empty else pd.Series(dtype=int)
    return [SkillCount(sid, names.get(sid, sid), int(sums.get(sid, 0)), int(total)) for sid in skill_ids]
