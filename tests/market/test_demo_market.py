"""A small demo market (1,500 postings) through the real path: text -> extraction -> rows -> aggregates -> service."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from sqlalchemy import func, select

from core.config import Settings
from core.context import AppContext
from core.db.models import JobPosting, JobSkill
from core.db.session import memory_engine
from core.market.build import build_demo_market
from core.market.filters import MarketFilter
from core.market.refresh import refresh_market
from core.market.service import MarketService
from core.skills.gazetteer import GazetteerExtractor
from tests.market.conftest import TODAY

N = 1500


@pytest.fixture(scope="module")
def built(taxonomy, tmp_path_factory):
    """(ctx, first build result) for a 1,500-posting demo market in memory."""
    ctx = AppContext(Settings(data_dir=tmp_path_factory.mktemp("demo")), memory_engine(), taxonomy,
                     GazetteerExtractor(taxonomy))
    stages = []
    result = build_demo_market(ctx, postings=N, seed=7, today=TODAY, index=False,
                               on_progress=lambda stage, frac, _msg: stages.append((stage, frac)))
    yield ctx, result, stages
    ctx.engine.dispose()


def _scalar(ctx, stmt):
    with ctx.engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def test_every_posting_is_stored_with_skills_and_flagged_demo(built):
    ctx, result, _ = built
    assert (result.ingest.added, result.ingest.failed) == (N, 0)
    assert _scalar(ctx, select(func.count()).select_from(JobPosting).where(JobPosting.is_demo.is_(True))) == N
    assert _scalar(ctx, select(func.count()).select_from(JobPosting).where(JobPosting.role_family.is_(None))) == 0
    skills_per_posting = _scalar(ctx, select(func.count()).select_from(JobSkill)) / N
    assert 8 < skills_per_posting < 25


def test_progress_is_monotonic_and_finishes(built):
    _, _, stages = built
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {s for s, _ in stages} >= {"ingest", "aggregate", "done"}


def test_rows_carry_seniority_city_and_salary(built):
    ctx, _, _ = built
    with ctx.engine.connect() as conn:
        rows = conn.execute(select(JobPosting.seniority, JobPosting.city, JobPosting.salary_currency,
                                   JobPosting.salary_annual_usd, JobPosting.remote)).all()
    seniority = Counter(r.seniority for r in rows)
    assert set(seniority) == {"junior", "mid", "senior", "lead", "principal"}
    assert {"Bengaluru", "Mumbai", "Hyderabad", "Pune", "Delhi", "Chennai"} <= {r.city for r in rows}
    assert {"INR", "USD", "EUR", "GBP"} <= {r.salary_currency for r in rows}
    paid = [r.salary_annual_usd for r in rows if r.salary_annual_usd]
    assert len(paid) > 0.5 * N and 10_000 < sorted(paid)[len(paid) // 2] < 250_000


def _market_share(service: MarketService, skill: str, months: set[str]) -> float:
    """Share of all demo postings in `months` that ask for `skill` (summed over role families)."""
    frames, totals = [], []
    for option in service.options(True).role_families:
        view = service.view(MarketFilter(option.id, demo=True))
        frames.append(view.skill_months)
        totals.append(view.monthly)
    skills, monthly = pd.concat(frames), pd.concat(totals)
    hits = skills[(skills["skill_id"] == skill) & skills["month"].isin(months)]["postings"].sum()
    return hits / monthly[monthly["month"].isin(months)]["postings"].sum()


@pytest.mark.parametrize("skill,rising", [("large_language_models", True), ("dbt", True), ("kubernetes", True),
                                          ("jquery", False), ("hadoop", False), ("angularjs", False)])
def test_trends_survive_extraction_and_aggregation(built, skill, rising):
    ctx, _, _ = built
    service = MarketService(ctx.engine, ctx.taxonomy)
    months = service.options(True).months
    early, late = set(months[:8]), set(months[-8:])
    before, after = _market_share(service, skill, early), _market_share(service, skill, late)
    assert (after > 1.4 * before) if rising else (before > 1.4 * after), (before, after)


def test_salary_premium_shows_the_planned_premium(built):
    ctx, _, _ = built
    service = MarketService(ctx.engine, ctx.taxonomy)
    premiums = []
    for option in service.options(True).role_families:
        frame = service.salary_premium(MarketFilter(option.id, demo=True), limit=60, min_support=3)
        row = frame[frame["skill_id"] == "large_language_models"]
        if not row.empty and row["supported"].iloc[0]:
            premiums.append(float(row["premium_pct"].iloc[0]))
    assert len(premiums) >= 3
    assert sorted(premiums)[len(premiums) // 2] > 3  # planned +16% (within the same city and seniority)


def test_rebuild_adds_nothing(built):
    ctx, _, _ = built
    again = build_demo_market(ctx, postings=N, seed=7, today=TODAY, index=False)
    assert (again.ingest.added, again.ingest.duplicates) == (0, N)
    assert again.refresh.noop and refresh_market(ctx.engine).noop
