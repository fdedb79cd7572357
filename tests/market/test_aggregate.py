"""Pure aggregate computations on hand-built frames: counts, shares, medians with and without a skill."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from core.market import aggregate


def _postings(rows):
    cols = ["id", "is_demo", "role_family", "city", "seniority", "remote", "month", "salary"]
    return pd.DataFrame(rows, columns=cols)


def _skills(rows):
    return pd.DataFrame(rows, columns=["posting_id", "skill_id", "skill_name", "requirement"])


POSTINGS = _postings([
    (1, True, "de", "Pune", "mid", False, "2026-01", 100.0),
    (2, True, "de", "Pune", "mid", False, "2026-01", 200.0),
    (3, True, "de", "Pune", "mid", False, "2026-01", 300.0),
    (4, True, "de", "Pune", "mid", False, "2026-01", float("nan")),
    (5, True, "de", "Pune", "mid", False, "2026-01", 1000.0),
    (6, True, "de", "Berlin", "senior", True, "2026-02", 500.0),
])
SKILLS = _skills([
    (1, "sql", "SQL", "required"), (2, "sql", "SQL", "preferred"), (3, "sql", "SQL", "unspecified"),
    (4, "sql", "SQL", "required"), (1, "dbt", "dbt", "preferred"), (1, "dbt", "dbt", "required"),
    (5, "spark", "Spark", "required"), (6, "sql", "SQL", "required"), (6, None, "Unmapped", "required"),
])


@pytest.fixture(scope="module")
def agg():
    return aggregate.compute(POSTINGS, SKILLS)


def _row(frame, **keys):
    mask = pd.Series(True, index=frame.index)
    for k, v in keys.items():
        mask &= frame[k] == v
    assert mask.sum() == 1, keys
    return frame[mask].iloc[0]


def test_clean_skills_keeps_the_strongest_requirement_and_drops_unmapped():
    clean = aggregate.clean_skills(SKILLS)
    assert len(clean) == 7
    assert _row(clean, posting_id=1, skill_id="dbt")["rank"] == 2


def test_segment_counts_and_median(agg):
    pune = _row(agg.cells, city="Pune")
    assert (pune["postings"], pune["salaried"], pune["median_salary"]) == (5, 4, 250.0)
    month = _row(agg.months, month="2026-01")
    assert (month["postings"], month["salaried"]) == (5, 4)


def test_demand_counts_and_shares(agg):
    sql = _row(agg.demand, city="Pune", skill_id="sql")
    assert (sql["postings"], sql["required"], sql["preferred"]) == (4, 2, 1)
    assert sql["share"] == pytest.approx(4 / 5) and sql["required_share"] == pytest.approx(2 / 5)


@pytest.mark.parametrize("skill,with_,n_with,without,n_without", [
    ("sql", 200.0, 3, 1000.0, 1),  # with: 100/200/300 (4 has no salary); without: posting 5
    ("dbt", 100.0, 1, 300.0, 3),  # without: 200/300/1000
    ("spark", 1000.0, 1, 200.0, 3),  # without: 100/200/300
])
def test_medians_with_and_without(agg, skill, with_, n_with, without, n_without):
    row = _row(agg.demand, city="Pune", skill_id=skill)
    assert row["median_salary_with"] == with_ and row["salaried_with"] == n_with
    assert row["median_salary_without"] == without and row["salaried_without"] == n_without


def test_without_is_empty_when_every_paid_posting_has_the_skill(agg):
    row = _row(agg.demand, city="Berlin", skill_id="sql")
    assert row["salaried_without"] == 0 and math.isnan(row["median_salary_without"])


def test_month_rollup_medians(agg):
    row = _row(agg.demand_months, month="2026-01", skill_id="sql")
    assert (row["postings"], row["median_salary_with"], row["median_salary_without"]) == (4, 200.0, 1000.0)


def test_posting_skill_sets(agg):
    sets = dict(zip(agg.posting_skills["posting_id"], agg.posting_skills["skills"]))
    assert sets[1] == "dbt sql" and sets[6] == "sql" and sets[5] == "spark"


def test_empty_inputs_give_empty_frames():
    out = aggregate.compute(POSTINGS.iloc[:0], SKILLS.iloc[:0])
    assert out.cells.empty and out.demand.empty and out.posting_skills.empty
