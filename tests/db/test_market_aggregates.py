"""Market aggregates and queries on SQLite and PostgreSQL alike: refresh, incremental sync, every service read."""

from __future__ import annotations

import pytest

from core.market.filters import MarketFilter
from core.market.refresh import refresh_market
from core.market.service import MarketService
from tests.market.rows import add_postings, at
from tests.market.test_service import market_rows

F = MarketFilter("de", demo=True)


@pytest.fixture
def service(db_engine):
    add_postings(db_engine, market_rows())
    summary = refresh_market(db_engine)
    assert summary.new_postings == 121 and summary.groups == 13
    return MarketService(db_engine, version_ttl_s=0)


def test_totals_shares_and_options(service):
    view = service.view(F)
    assert (view.totals.postings, view.totals.salaried) == (120, 120)
    top = view.top_skills().set_index("skill_id")
    assert top.loc["k8s", "share"] == pytest.approx(0.3) and top.loc["sql", "required_share"] == pytest.approx(0.5)
    assert service.options(True).cities == ["Pune", "Berlin"]
    assert service.datasets() == {True: 120, False: 1}


def test_trends_and_movers(service):
    view = service.view(F)
    assert list(view.trends(["rise"])["postings"]) == [min(m + 1, 10) for m in range(12)]
    assert view.movers().set_index("skill_id").loc["rise", "change_pp"] == pytest.approx(55.0)


def test_premium_cooccurrence_and_cities(service):
    assert service.salary_premium(F).set_index("skill_id").loc["k8s", "premium_pct"] == pytest.approx(10.0)
    co = service.cooccurrence(F, top=3)
    assert co.counts.loc["Rise", "Sql"] == 75
    assert service.city_comparison(F, "k8s").set_index("city").loc["Pune", "share"] == pytest.approx(0.5)


@pytest.mark.parametrize("changes,postings", [({"city": "Berlin"}, 48), ({"remote": True}, 12),
                                              ({"start": "2025-07", "end": "2025-09"}, 30)])
def test_fine_filters(service, changes, postings):
    assert service.view(F.with_(**changes)).totals.postings == postings


def test_incremental_refresh_and_noop(db_engine, service):
    assert refresh_market(db_engine).noop
    add_postings(db_engine, [{"role_family": "de", "posted_at": at("2025-03"), "city": "Pune", "seniority": "mid",
                              "is_demo": True, "salary_annual_usd": 1.0, "skills": [("spark", "required")]}])
    summary = refresh_market(db_engine)
    assert (summary.new_postings, summary.groups) == (1, 1) and summary.inserted >= 1
    assert service.view(F).totals.postings == 121
    assert service.view(F.with_(start="2025-03", end="2025-03")).top_skills().set_index("skill_id").loc[
        "spark", "postings"] == 1
