"""Pure derivations over the aggregate reads: top skills, trend series, risers/fallers, salary premium, pairs.

Salary medians over many segments are weighted medians of the segments' medians (weights = salaried postings):
exact when a segment holds one salaried posting, a close estimate otherwise (the month roll-up keeps exact
monthly medians, so the default view combines at most one median per month). The pay premium compares
geometric means inside (city, seniority) strata from additive sums of log pay, so it is exact for any slice.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.market.filters import month_add

TOP_COLUMNS = ["skill_id", "skill", "postings", "required", "preferred", "unspecified", "share", "required_share",
               "preferred_share", "unspecified_share"]


def weighted_median(values, weights) -> float | None:
    """The weighted median (lower median on ties); None when there is no weight."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    keep = ~np.isnan(v) & (w > 0)
    if not keep.any():
        return None
    v, w = v[keep], w[keep]
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    cum = np.cumsum(w)
    return float(v[np.searchsorted(cum, cum[-1] / 2.0)])


def top_skills(skill_months: pd.DataFrame, total: int, limit: int | None = None) -> pd.DataFrame:
    """Skills by share of postings, with required / preferred / unspecified split."""
    if skill_months.empty or total <= 0:
        return pd.DataFrame(columns=TOP_COLUMNS)
    g = skill_months.groupby("skill_id").agg(skill=("skill_name", "first"), postings=("postings", "sum"),
                                             required=("required", "sum"), preferred=("preferred", "sum"))
    g = g.reset_index()
    g["unspecified"] = g["postings"] - g["required"] - g["preferred"]
    for col in ("postings", "required", "preferred", "unspecified"):
        g[col + "_share" if col != "postings" else "share"] = g[col] / total
    g = g.sort_values(["postings", "skill"], ascending=[False, True]).reset_index(drop=True)
    return (g.head(limit) if limit else g)[TOP_COLUMNS]


def trend_series(skill_months: pd.DataFrame, monthly: pd.DataFrame, skill_ids: list[str],
                 window: int = 1) -> pd.DataFrame:
    """month, skill_id, skill, postings, total, share for the chosen skills (0 in months without mentions).

    `window` > 1 makes every month's numbers the sums over the trailing `window` months (smooths thin slices).
    """
    cols = ["month", "skill_id", "skill", "postings", "total", "share"]
    if monthly.empty or not skill_ids:
        return pd.DataFrame(columns=cols)
    names = skill_months.drop_duplicates("skill_id").set_index("skill_id")["skill_name"]
    grid = pd.MultiIndex.from_product([monthly["month"], skill_ids], names=["month", "skill_id"]).to_frame(index=False)
    sm = skill_months[skill_months["skill_id"].isin(skill_ids)][["month", "skill_id", "postings"]]
    out = grid.merge(sm, on=["month", "skill_id"], how="left").fillna({"postings": 0})
    out = out.merge(monthly[["month", "postings"]].rename(columns={"postings": "total"}), on="month")
    out["postings"] = out["postings"].astype(int)
    out = out.sort_values(["skill_id", "month"]).reset_index(drop=True)
    if window > 1:
        rolled = out.groupby("skill_id")[["postings", "total"]].rolling(window, min_periods=1).sum()
        out[["postings", "total"]] = rolled.reset_index(level=0, drop=True).astype(int)
    out["share"] = np.where(out["total"] > 0, out["postings"] / out["total"].clip(lower=1), 0.0)
    out["skill"] = out["skill_id"].map(names).fillna(out["skill_id"])
    order = {sid: i for i, sid in enumerate(skill_ids)}
    out = out.assign(_o=out["skill_id"].map(order)).sort_values(["_o", "month"], kind="stable")
    return out[cols].reset_index(drop=True)


def windows(months: list[str], window: int = 6) -> tuple[list[str], list[str]]:
    """(previous, last) calendar windows ending at the last month; halves when the range is shorter than 2x."""
    if len(months) < 2:
        return [], []
    end = months[-1]
    size = window if len(months) >= 2 * window else len(months) // 2
    last = [month_add(end, -k) for k in range(size)][::-1]
    previous = [month_add(end, -size - k) for k in range(size)][::-1]
    return previous, last


def movers(skill_months: pd.DataFrame, monthly: pd.DataFrame, months: list[str], window: int = 6,
           min_support: int = 15, min_window_postings: int = 30) -> pd.DataFrame:
    """Per skill: share in the previous vs the last window, change in points and its z score (two-proportion
    test; |z| >= 2 is unlikely to be noise), rows below support dropped."""
    cols = ["skill_id", "skill", "share_before", "share_after", "change_pp", "postings_before", "postings_after", "z"]
    previous, last = windows(months, window)
    totals = monthly.set_index("month")["postings"] if not monthly.empty else pd.Series(dtype=int)
    n_before = int(totals.reindex(previous).fillna(0).sum())
    n_after = int(totals.reindex(last).fillna(0).sum())
    if not previous or n_before < min_window_postings or n_after < min_window_postings:
        return pd.DataFrame(columns=cols)
    sm = skill_months.assign(window=np.where(skill_months["month"].isin(last), "after",
                                             np.where(skill_months["month"].isin(previous), "before", "")))
    sm = sm[sm["window"] != ""]
    if sm.empty:
        return pd.DataFrame(columns=cols)
    pivot = sm.pivot_table(index="skill_id", columns="window", values="postings", aggfunc="sum", fill_value=0)
    pivot = pivot.reindex(columns=["before", "after"], fill_value=0)
    out = pd.DataFrame({"postings_before": pivot["before"].astype(int), "postings_after": pivot["after"].astype(int)})
    out = out[(out["postings_before"] + out["postings_after"]) >= min_support].reset_index()
    out["share_before"] = out["postings_before"] / n_before
    out["share_after"] = out["postings_after"] / n_after
    out["change_pp"] = (out["share_after"] - out["share_before"]) * 100
    pooled = (out["postings_before"] + out["postings_after"]) / (n_before + n_after)
    spread = np.sqrt(pooled * (1 - pooled) * (1 / n_before + 1 / n_after))
    out["z"] = np.where(spread > 0, (out["share_after"] - out["share_before"]) / spread.where(spread > 0, 1), 0.0)
    names = skill_months.drop_duplicates("skill_id").set_index("skill_id")["skill_name"]
    out["skill"] = out["skill_id"].map(names)
    return out.sort_values(["change_pp", "skill"], ascending=[False, True]).reset_index(drop=True)[cols]


def group_weighted_median(groups: np.ndarray, values: np.ndarray, weights: np.ndarray,
                          n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """(median, total weight) per group id in [0, n_groups): NaN median where a group has no weight."""
    keep = ~np.isnan(values) & (weights > 0)
    g, v, w = groups[keep], values[keep], weights[keep]
    medians = np.full(n_groups, np.nan)
    totals = np.bincount(g, weights=w, minlength=n_groups)
    if not len(g):
        return medians, totals
    order = np.lexsort((v, g))
    g, v, w = g[order], v[order], w[order]
    cum = np.cumsum(w)
    starts = np.searchsorted(g, np.arange(n_groups))
    before = np.where(starts > 0, cum[np.maximum(starts - 1, 0)], 0.0)
    present = totals > 0
    target = before[present] + totals[present] / 2.0
    medians[present] = v[np.searchsorted(cum, target - 1e-9)]
    return medians, totals


def _grid(segs: pd.DataFrame, rows: pd.DataFrame, ids: list[str]):
    """Per (skill, segment): with-side and without-side median and weight (no row: the whole segment)."""
    cell = {seg: i for i, seg in enumerate(segs["seg"])}
    k_of = {sid: i for i, sid in enumerate(ids)}
    n_skills, n_cells = len(ids), len(cell)
    w_med = np.full((n_skills, n_cells), np.nan)
    w_n = np.zeros((n_skills, n_cells))
    o_med = np.tile(segs["median_salary"].to_numpy(float), (n_skills, 1))
    o_n = np.tile(segs["salaried"].to_numpy(float), (n_skills, 1))
    if not rows.empty:
        r = rows[rows["seg"].isin(cell) & rows["skill_id"].isin(k_of)]
        k = r["skill_id"].map(k_of).to_numpy(int)
        c = r["seg"].map(cell).to_numpy(int)
        w_med[k, c] = r["median_with"].to_numpy(float)
        w_n[k, c] = r["n_with"].to_numpy(float)
        o_med[k, c] = r["median_without"].to_numpy(float)
        o_n[k, c] = r["n_without"].to_numpy(float)
    return w_med, w_n, o_med, o_n


def pay_medians(segs: pd.DataFrame, rows: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    """skill_id, median_with, median_without, n_with, n_without: weighted medians of the segments' medians."""
    if segs.empty or not ids:
        return pd.DataFrame({"skill_id": ids, "median_with": np.nan, "median_without": np.nan, "n_with": 0,
                             "n_without": 0})
    w_med, w_n, o_med, o_n = _grid(segs, rows, ids)
    skill_of = np.repeat(np.arange(len(ids)), w_med.shape[1])
    med_w, n_w = group_weighted_median(skill_of, w_med.ravel(), w_n.ravel(), len(ids))
    med_o, n_o = group_weighted_median(skill_of, o_med.ravel(), o_n.ravel(), len(ids))
    return pd.DataFrame({"skill_id": ids, "median_with": med_w, "median_without": med_o,
                         "n_with": n_w.astype(int), "n_without": n_o.astype(int)})


def stratified_premium(strata: pd.DataFrame, withs: pd.DataFrame, ids: list[str], min_support: int) -> pd.DataFrame:
    """skill_id, premium_pct, n_compared, supported: pay with vs without inside each (city, seniority) stratum.

    Per stratum the geometric mean pay of postings with the skill is compared with the one of postings without it
    (without = the stratum minus with); log ratios are averaged with weights n_with*n_without/(n_with+n_without).
    Supported when both sides hold >= min_support salaried postings in strata that have both.
    """
    out = pd.DataFrame({"skill_id": ids})
    if strata.empty or withs.empty:
        return out.assign(premium_pct=np.nan, n_compared=0, supported=False)
    d = withs.merge(strata, on=["city", "seniority"])
    nw, sw = d["n_with"].astype(float), d["sum_log_with"].astype(float)
    no, so = d["salaried"].astype(float) - nw, d["sum_log"].astype(float) - sw
    valid = (nw > 0) & (no > 0)
    safe_w, safe_o = nw.where(valid, 1.0), no.where(valid, 1.0)
    d = d.assign(nw=nw.where(valid, 0.0), no=no.where(valid, 0.0),
                 weight=(safe_w * safe_o / (safe_w + safe_o)).where(valid, 0.0),
                 diff=(sw / safe_w - so / safe_o).where(valid, 0.0))
    d = d.assign(wdiff=d["weight"] * d["diff"])
    agg = d.groupby("skill_id").agg(wdiff=("wdiff", "sum"), weight=("weight", "sum"), nw=("nw", "sum"),
                                    no=("no", "sum"))
    agg = agg.reindex(ids).fillna(0.0)
    supported = (agg["nw"] >= min_support) & (agg["no"] >= min_support) & (agg["weight"] > 0)
    mean = (agg["wdiff"] / agg["weight"].where(agg["weight"] > 0, 1.0)).to_numpy(float)
    out["premium_pct"] = np.where(supported.to_numpy(), np.expm1(mean) * 100, np.nan)
    out["n_compared"] = np.minimum(agg["nw"], agg["no"]).astype(int).to_numpy()
    out["supported"] = supported.to_numpy()
    return out


PREMIUM_COLUMNS = ["skill_id", "skill", "median_with", "median_without", "raw_premium_pct", "premium_pct", "n_with",
                   "n_without", "n_compared", "supported"]


def salary_premium(medians: pd.DataFrame, premium: pd.DataFrame, skills: pd.DataFrame) -> pd.DataFrame:
    """The pay table per skill: medians with / without (all postings), their raw ratio, the stratified premium."""
    out = skills[["skill_id", "skill"]].merge(medians, on="skill_id", how="left").merge(premium, on="skill_id",
                                                                                        how="left")
    out["raw_premium_pct"] = (out["median_with"] / out["median_without"] - 1) * 100
    out["supported"] = out["supported"].astype("boolean").fillna(False).astype(bool)
    for col in ("n_with", "n_without", "n_compared"):
        out[col] = out[col].fillna(0).astype(int)
    return out.reindex(columns=PREMIUM_COLUMNS)


def premium_highlights(premium: pd.DataFrame, high: int = 12, low: int = 6) -> pd.DataFrame:
    """The supported skills with the highest and the lowest pay premium (highest first)."""
    ok = premium[premium["supported"].astype(bool)].dropna(subset=["premium_pct"])
    ok = ok.sort_values(["premium_pct", "skill"], ascending=[False, True])
    top = ok.head(high)
    bottom = ok[~ok["skill_id"].isin(top["skill_id"])].tail(low)
    return pd.concat([top, bottom]).reset_index(drop=True)


def cooccurrence_matrix(pairs: pd.DataFrame, skills: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(counts, conditional) square frames labelled by skill name; conditional[r][c] = P(c | r) in percent."""
    ids = list(skills["skill_id"])
    names = list(skills["skill"])
    index = {sid: i for i, sid in enumerate(ids)}
    n = np.zeros((len(ids), len(ids)), dtype=np.int64)
    if not pairs.empty:
        a = pairs["skill_a"].map(index)
        b = pairs["skill_b"].map(index)
        keep = a.notna() & b.notna()
        ai, bi = a[keep].astype(int).to_numpy(), b[keep].astype(int).to_numpy()
        values = pairs.loc[keep, "postings"].astype(int).to_numpy()
        n[ai, bi] = values
        n[bi, ai] = values
    n[np.arange(len(ids)), np.arange(len(ids))] = skills["postings"].astype(int).to_numpy()
    diag = np.diag(n).astype(float)
    conditional = n / np.where(diag > 0, diag, 1)[:, None] * 100
    return pd.DataFrame(n, index=names, columns=names), pd.DataFrame(conditional, index=names, columns=names)


def city_comparison(totals: pd.DataFrame, rows: pd.DataFrame, min_postings: int = 10) -> pd.DataFrame:
    """city, postings (with the skill), total, share, median_with -- cities with at least min_postings postings."""
    cols = ["city", "postings", "total", "share", "median_with"]
    if totals.empty:
        return pd.DataFrame(columns=cols)
    agg = rows.groupby("city").agg(postings=("postings", "sum")) if not rows.empty else pd.DataFrame(
        columns=["postings"])
    out = totals.groupby("city", as_index=False)["total"].sum().merge(agg.reset_index(), on="city", how="left")
    out["postings"] = out["postings"].fillna(0).astype(int)
    out = out[(out["total"] >= min_postings) & (out["city"] != "")].copy()
    out["share"] = out["postings"] / out["total"]
    medians = {c: weighted_median(g["median_with"], g["n_with"]) for c, g in rows.groupby("city")} if not rows.empty else {}
    out["median_with"] = out["city"].map(medians)
    return out.sort_values(["share", "city"], ascending=[False, True]).reset_index(drop=True)[cols]
