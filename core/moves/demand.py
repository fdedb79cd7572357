"""An occupation's skill demand: its family's market share where the market has the skill, else O*NET's order.

Rows are `SegmentDemand` so the gaps code (core.gaps.market_gap) ranks the bridging skills with the same ROI.
"""

from __future__ import annotations

from typing import Sequence

from core.gaps.inputs import SegmentDemand
from core.taxonomy.occupations import Occupation

TOP_PRIOR, LAST_PRIOR = 0.9, 0.3  # weight of the first / last skill O*NET lists when the market does not have it
HOT_BONUS = 0.1  # O*NET Hot Technology / In Demand
UNSEEN_FACTOR = 0.5  # a skill the family's market rows do not show counts half its O*NET-order weight


def prior_weight(index: int, count: int, hot: bool) -> float:
    """Weight of the index-th of `count` skills in O*NET's order (most important first), hot ones a little higher."""
    step = (TOP_PRIOR - LAST_PRIOR) * index / max(count - 1, 1)
    return round(min(1.0, TOP_PRIOR - step + (HOT_BONUS if hot else 0.0)), 4)


def occupation_demand(occupation: Occupation, family_rows: Sequence[SegmentDemand] = ()) -> list[SegmentDemand]:
    """One row per occupation skill: the family's market row when it has one, else an O*NET-order prior.

    With no market rows for the family, every skill gets its prior (required, no salary or trend). With market rows,
    skills the market does not show keep half their prior, so the occupation's skill set is never replaced by the
    family's.
    """
    market = {row.skill_id: row for row in family_rows}
    hot = set(occupation.hot)
    rows: list[SegmentDemand] = []
    for index, skill_id in enumerate(dict.fromkeys(occupation.skills)):
        prior = prior_weight(index, len(occupation.skills), skill_id in hot)
        seen = market.get(skill_id)
        if seen is not None:
            rows.append(seen)
        else:
            share = prior * (UNSEEN_FACTOR if market else 1.0)
            rows.append(SegmentDemand(skill_id=skill_id, share=share, required_share=share))
    return rows


def demand_weights(rows: Sequence[SegmentDemand], preferred_weight: float = 0.5) -> dict[str, float]:
    """skill id -> weighted demand (required counts fully, the rest at `preferred_weight`), as the gaps code does."""
    out = {}
    for row in rows:
        required = max(0.0, min(row.required_share, row.share))
        out[row.skill_id] = required + preferred_weight * max(0.0, row.share - required)
    return out
