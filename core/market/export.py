"""CSV export that spreadsheets cannot execute: text cells starting with = + - @ (or tab / CR) get a leading '."""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell a spreadsheet would read as a formula, prefixed with an apostrophe; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, for Excel) of `frame`; text cells and headers neutralised, numbers left as numbers."""
    out = frame.copy()
    out.columns = [neutralise(str(c)) for c in out.columns]
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    return out.to_csv(index=False).encode("utf-8-sig")


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
