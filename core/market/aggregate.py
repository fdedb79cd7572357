"""Pure aggregate computations: posting and job-skill frames -> segment, demand and co-occurrence frames.

Inputs (pandas):
- postings: id, is_demo, role_family, city, seniority, remote, month ("YYYY-MM"), salary (annual USD or NaN)
- skills: posting_id, skill_id, skill_name, requirement (one row per posting and skill; duplicates are merged,
  the strongest requirement kept)
Medians "without" a skill are over the segment's salaried postings that do not ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

CELL_KEYS = ["is_demo", "role_family", "city", "seniority", "remote", "month"]
MONTH_KEYS = ["is_demo", "role_family", "month"]
_RANK = {"required": 2, "preferred": 1}
SEGMENT_COLS = ["postings", "salaried", "median_salary", "sum_log_salary"]
DEMAND_COLS = ["skill_id", "skill_name", "postings", "required", "preferred", "share", "required_share",
               "median_salary_with", "salaried_with", "median_salary_without", "salaried_without",
               "sum_log_salary_with"]


@dataclass(frozen=True)
class Aggregates:
    """Every aggregate frame of one batch of postings."""

    cells: pd.DataFrame  # CELL_KEYS + SEGMENT_COLS
    demand: pd.DataFrame  # CELL_KEYS + DEMAND_COLS
    months: pd.DataFrame  # MONTH_KEYS + SEGMENT_COLS
    demand_months: pd.DataFrame  # MONTH_KEYS + DEMAND_COLS
    posting_skills: pd.DataFrame  # posting_id + CELL_KEYS + skills


def clean_skills(skills: pd.DataFrame) -> pd.DataFrame:
    """One row per (posting, canonical skill) with the strongest requirement; unmapped skills dropped."""
    df = skills[skills["skill_id"].notna()].copy()
    df["rank"] = df["requirement"].map(_RANK).fillna(0).astype(int)
    df = df.sort_values(["posting_id", "skill_id", "rank"], ascending=[True, True, False])
    return df.drop_duplicates(["posting_id", "skill_id"])[["posting_id", "skill_id", "skill_name", "rank"]]


def segments(postings: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Postings, salaried postings and the median salary per segment."""
    if postings.empty:
        return pd.DataFrame(columns=keys + SEGMENT_COLS)
    logged = postings.assign(log_salary=np.log(postings["salary"].where(postings["salary"] > 0)))
    out = logged.groupby(keys, sort=True, dropna=False).agg(
        postings=("id", "size"), salaried=("salary", "count"), median_salary=("salary", "median"),
        sum_log_salary=("log_salary", "sum"))
    return out.reset_index()


def demand(postings: pd.DataFrame, skills: pd.DataFrame, keys: list[str], segs: pd.DataFrame) -> pd.DataFrame:
    """Per segment and skill: postings, required/preferred counts, shares and medians with / without."""
    js = skills.merge(postings[["id", *keys, "salary"]], left_on="posting_id", right_on="id")
    if js.empty:
        return pd.DataFrame(columns=keys + DEMAND_COLS)
    js["required"] = js["rank"] == 2
    js["preferred"] = js["rank"] == 1
    js["log_salary"] = np.log(js["salary"].where(js["salary"] > 0))
    out = js.groupby(keys + ["skill_id"], sort=True, dropna=False).agg(
        skill_name=("skill_name", "first"), postings=("posting_id", "size"), required=("required", "sum"),
        preferred=("preferred", "sum"), median_salary_with=("salary", "median"), salaried_with=("salary", "count"),
        sum_log_salary_with=("log_salary", "sum"),
    ).reset_index()
    seg = segs.drop(columns=["sum_log_salary"]).rename(
        columns={"postings": "seg_postings", "salaried": "seg_salaried", "median_salary": "seg_median"})
    out = out.merge(seg, on=keys, how="left")
    out["share"] = out["postings"] / out["seg_postings"]
    out["required_share"] = out["required"] / out["seg_postings"]
    out["salaried_without"] = out["seg_salaried"] - out["salaried_with"]
    out["median_salary_without"] = np.where(out["salaried_with"] == 0, out["seg_median"], np.nan)
    _fill_medians_without(out, js, postings, keys)
    for col in ("postings", "required", "preferred", "salaried_with", "salaried_without"):
        out[col] = out[col].astype(int)
    return out[keys + DEMAND_COLS]


def _fill_medians_without(out: pd.DataFrame, js: pd.DataFrame, postings: pd.DataFrame, keys: list[str]) -> None:
    """Median salary of the segment's salaried postings lacking the skill, where both sides are non-empty."""
    need = out[(out["salaried_with"] > 0) & (out["salaried_without"] > 0)]
    if need.empty:
        return
    paid = postings[postings["salary"].notna()]
    seg_code = paid.groupby(keys, sort=False, dropna=False).ngroup()
    paid = paid.assign(seg=seg_code.to_numpy())
    code_of = paid.drop_duplicates(keys)[keys + ["seg"]]
    need = need.reset_index().merge(code_of, on=keys)  # keeps out's row label in "index"
    jsp = js[js["salary"].notna()].merge(paid[["id", "seg"]], on="id")
    jsp = jsp.merge(need[["seg", "skill_id", "index"]], on=["seg", "skill_id"])
    by_seg = {code: (grp["id"].to_numpy(), grp["salary"].to_numpy(dtype=float))
              for code, grp in paid[paid["seg"].isin(need["seg"].unique())].groupby("seg")}
    values = np.full(len(out), np.nan)
    for code, grp in jsp.groupby("seg", sort=False):
        ids, sal = by_seg[code]
        order = np.argsort(ids)
        rows, row_pos = np.unique(grp["index"].to_numpy(), return_inverse=True)
        cols = order[np.searchsorted(ids, grp["id"].to_numpy(), sorter=order)]
        member = np.zeros((len(rows), len(ids)), dtype=bool)
        member[row_pos, cols] = True
        values[out.index.get_indexer(rows)] = np.nanmedian(np.where(member, np.nan, sal[None, :]), axis=1)
    filled = ~np.isnan(values)
    out.loc[filled, "median_salary_without"] = values[filled]


def posting_skills(postings: pd.DataFrame, skills: pd.DataFrame) -> pd.DataFrame:
    """posting_id + cell key + skills (sorted ids, space-separated) for every posting."""
    ids = skills.sort_values(["posting_id", "skill_id"]).groupby("posting_id")["skill_id"].agg(" ".join)
    out = postings[["id", *CELL_KEYS]].rename(columns={"id": "posting_id"})
    out = out.assign(skills=out["posting_id"].map(ids).fillna(""))
    return out.sort_values("posting_id").reset_index(drop=True)


def compute(postings: pd.DataFrame, skills: pd.DataFrame) -> Aggregates:
    """All aggregates for these postings (normally: every posting of some role-family months)."""
    js = clean_skills(skills[skills["posting_id"].isin(postings["id"])])
    cells = segments(postings, CELL_KEYS)
    months = segments(postings, MONTH_KEYS)
    return Aggregates(
        cells=cells, demand=demand(postings, js, CELL_KEYS, cells),
        months=months, demand_months=demand(postings, js, MONTH_KEYS, months),
        posting_skills=posting_skills(postings, js),
    )
