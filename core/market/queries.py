"""SQL reads of the market aggregates for one MarketFilter (grouping happens in the database)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from core.db.market_models import (MarketDemand, MarketDemandMonth, MarketPostingSkills, MarketSegment,
                                   MarketSegmentMonth, MarketState)
from core.market.filters import MarketFilter


def _tables(f: MarketFilter, fine: bool | None = None):
    """(segment table, demand table) for the filter's grain."""
    fine = f.fine if fine is None else fine
    return (MarketSegment, MarketDemand) if fine else (MarketSegmentMonth, MarketDemandMonth)


def _where(table, f: MarketFilter, *, city: bool = True) -> list:
    conds = [table.is_demo == f.demo, table.role_family == f.role_family]
    if f.start:
        conds.append(table.month >= f.start)
    if f.end:
        conds.append(table.month <= f.end)
    if hasattr(table, "city"):
        if city and f.city is not None:
            conds.append(table.city == f.city)
        if f.seniority is not None:
            conds.append(table.seniority == f.seniority)
        if f.remote is not None:
            conds.append(table.remote == f.remote)
    return conds


def _frame(engine: Engine, stmt, columns: list[str]) -> pd.DataFrame:
    """Rows of `stmt` as a frame, built column by column (fast: no per-row attribute probing)."""
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    if not rows:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows)))))


def state_version(engine: Engine) -> tuple[int, int]:
    """(version, watermark) of the aggregates; (0, 0) before the first refresh."""
    with engine.connect() as conn:
        row = conn.execute(select(MarketState.version, MarketState.watermark_posting_id)
                           .where(MarketState.id == 1)).first()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def monthly_totals(engine: Engine, f: MarketFilter) -> pd.DataFrame:
    """month, postings, salaried."""
    seg, _ = _tables(f)
    stmt = (select(seg.month, func.sum(seg.postings), func.sum(seg.salaried)).where(*_where(seg, f))
            .group_by(seg.month).order_by(seg.month))
    df = _frame(engine, stmt, ["month", "postings", "salaried"])
    return df.astype({"postings": int, "salaried": int})


def skill_months(engine: Engine, f: MarketFilter) -> pd.DataFrame:
    """skill_id, skill_name, month, postings, required, preferred (one row per skill and month)."""
    _, dem = _tables(f)
    cols = ["skill_id", "month", "postings", "required", "preferred"]
    stmt = (select(dem.skill_id, dem.month, func.sum(dem.postings), func.sum(dem.required), func.sum(dem.preferred))
            .where(*_where(dem, f)).group_by(dem.skill_id, dem.month))  # covered by ix_market_demand_cover
    df = _frame(engine, stmt, cols).astype({"postings": int, "required": int, "preferred": int})
    names = skill_names(engine, f.demo, f.role_family)
    df.insert(1, "skill_name", df["skill_id"].map(names).fillna(df["skill_id"]) if not df.empty else df["skill_id"])
    return df


def skill_names(engine: Engine, demo: bool, role_family: str) -> dict[str, str]:
    """skill id -> display name for a role family (from the month roll-up: small)."""
    t = MarketDemandMonth
    stmt = (select(t.skill_id, func.max(t.skill_name)).where(t.is_demo == demo, t.role_family == role_family)
            .group_by(t.skill_id))
    with engine.connect() as conn:
        return dict(conn.execute(stmt).all())


def salary_rows(engine: Engine, f: MarketFilter, skill_ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Median reads at the filter's grain: (segments: seg, median_salary, salaried; demand rows: seg, skill_id,
    median_with, n_with, median_without, n_without); `seg` names the segment (a month, or a cell)."""
    seg, dem = _tables(f)
    key = ["city", "seniority", "remote", "month"] if f.fine else ["month"]
    segs = _frame(engine, select(*[getattr(seg, k) for k in key], seg.median_salary, seg.salaried)
                  .where(*_where(seg, f), seg.salaried > 0), key + ["median_salary", "salaried"])
    rows = _frame(engine, select(*[getattr(dem, k) for k in key], dem.skill_id, dem.median_salary_with,
                                 dem.salaried_with, dem.median_salary_without, dem.salaried_without)
                  .where(*_where(dem, f), dem.skill_id.in_(skill_ids), dem.salaried_with + dem.salaried_without > 0),
                  key + ["skill_id", "median_with", "n_with", "median_without", "n_without"])
    for df in (segs, rows):
        df["seg"] = _segment_label(df, key)
    return segs, rows


def _segment_label(df: pd.DataFrame, key: list[str]) -> pd.Series:
    """One string per row naming its segment (vectorised concatenation of the key columns)."""
    if df.empty:
        return pd.Series(dtype=str)
    label = df[key[0]].astype(str)
    for col in key[1:]:
        label = label + "|" + df[col].astype(str)
    return label


def pay_sums(engine: Engine, f: MarketFilter, skill_ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per (city, seniority) stratum, summed in SQL over the slice's cells: (strata: city, seniority, sum_log,
    salaried; with: skill_id, city, seniority, sum_log_with, n_with) -- the additive pay premium inputs."""
    seg, dem = MarketSegment, MarketDemand
    strata = _frame(engine, select(seg.city, seg.seniority, func.sum(seg.sum_log_salary), func.sum(seg.salaried))
                    .where(*_where(seg, f), seg.salaried > 0).group_by(seg.city, seg.seniority),
                    ["city", "seniority", "sum_log", "salaried"])
    withs = _frame(engine, select(dem.skill_id, dem.city, dem.seniority, func.sum(dem.sum_log_salary_with),
                                  func.sum(dem.salaried_with))
                   .where(*_where(dem, f), dem.skill_id.in_(skill_ids), dem.salaried_with > 0)
                   .group_by(dem.skill_id, dem.city, dem.seniority),
                   ["skill_id", "city", "seniority", "sum_log_with", "n_with"])
    return strata, withs


def cooccurrence_pairs(engine: Engine, f: MarketFilter, skill_ids: list[str]) -> pd.DataFrame:
    """skill_a, skill_b, postings: postings of the slice asking for both (from the posting skill sets)."""
    t = MarketPostingSkills
    rows = _frame(engine, select(t.skills).where(*_where(t, f)), ["skills"])["skills"]
    index = {sid: i for i, sid in enumerate(skill_ids)}
    cols = ["skill_a", "skill_b", "postings"]
    if rows.empty or not index:
        return pd.DataFrame(columns=cols)
    hits = [[index[s] for s in text.split() if s in index] for text in rows]
    lengths = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
    matrix = np.zeros((len(hits), len(index)), dtype=np.float32)
    matrix[np.repeat(np.arange(len(hits)), lengths), np.fromiter((i for h in hits for i in h), dtype=np.int64,
                                                                   count=int(lengths.sum()))] = 1.0
    counts = (matrix.T @ matrix).astype(np.int64)
    a, b = np.triu_indices(len(index), k=1)
    out = pd.DataFrame({"skill_a": [skill_ids[i] for i in a], "skill_b": [skill_ids[j] for j in b],
                        "postings": counts[a, b]})
    return out[out["postings"] > 0].reset_index(drop=True)


def city_rows(engine: Engine, f: MarketFilter, skill_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(city, postings) totals and (city, postings, median_with, n_with) rows for one skill, ignoring f.city."""
    stmt = (select(MarketSegment.city, func.sum(MarketSegment.postings))
            .where(*_where(MarketSegment, f, city=False)).group_by(MarketSegment.city))
    totals = _frame(engine, stmt, ["city", "total"])
    d = MarketDemand
    rows = _frame(engine, select(d.city, d.postings, d.median_salary_with, d.salaried_with)
                  .where(*_where(d, f, city=False), d.skill_id == skill_id),
                  ["city", "postings", "median_with", "n_with"])
    return totals, rows


def dimension_counts(engine: Engine, demo: bool, column: str, role_family: str | None = None) -> pd.DataFrame:
    """value, postings for one dimension of the cell table (role_family, city, seniority, month)."""
    col = getattr(MarketSegment, column)
    conds = [MarketSegment.is_demo == demo]
    if role_family is not None:
        conds.append(MarketSegment.role_family == role_family)
    stmt = select(col, func.sum(MarketSegment.postings)).where(*conds).group_by(col)
    df = _frame(engine, stmt, ["value", "postings"]).astype({"postings": int})
    return df.sort_values(["postings", "value"], ascending=[False, True]).reset_index(drop=True)


def dataset_counts(engine: Engine) -> dict[bool, int]:
    """Postings aggregated per dataset (True = demo)."""
    t = MarketSegmentMonth
    with engine.connect() as conn:
        rows = conn.execute(select(t.is_demo, func.sum(t.postings)).group_by(t.is_demo)).all()
    return {bool(d): int(n) for d, n in rows}
