"""The Market page's demand table as people read it (its download goes through core.export.safe_csv)."""

from __future__ import annotations

import pandas as pd

TABLE_COLUMNS = {
    "skill": "Skill", "postings": "Postings", "share": "Share %", "required_share": "Required %",
    "preferred_share": "Nice to have %", "trend_pp": "Trend (pt)", "salary_premium_pct": "Pay premium %",
    "median_salary_with": "Median pay with (USD)", "median_salary_without": "Median pay without (USD)",
    "salaried_with": "With pay data",
}


def market_table(demand: pd.DataFrame) -> pd.DataFrame:
    """The demand table as people read it: named columns, shares in percent, rounded."""
    out = demand[list(TABLE_COLUMNS)].copy()
    for col in ("share", "required_share", "preferred_share"):
        out[col] = (out[col] * 100).round(1)
    for col, digits in (("trend_pp", 1), ("salary_premium_pct", 1), ("median_salary_with", -2),
                        ("median_salary_without", -2)):
        out[col] = out[col].astype(float).round(digits)
    return out.rename(columns=TABLE_COLUMNS).reset_index(drop=True)
