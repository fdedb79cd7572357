"""MarketService on hand-built postings: exact shares, trends, risers/fallers, premium, co-occurrence, cities."""

from __future__ import annotations

import math

import pytest

from core.db.session import memory_engine
from core.errors import InvalidInput
from core.market.filters import MarketFilter
from core.market.refresh import refresh_market
from core.market.service import MarketService
from tests.market.rows import add_postings, at

MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def market_rows() -> list[dict]:
    """12 months x 10 postings of family "de": `rise` in min(m+1, 10) postings of month m, `fall` in 10-m; k8s
    in 3 of 10 (all in Pune, paid 10% more); 60% Pune (paid half of Berlin); plus one real QA posting."""
    rows = []
    for m, month in enumerate(MONTHS):
        for k in range(10):
            city = "Pune" if k < 6 else "Berlin"
            skills = [("sql", "required" if k % 2 else "preferred")]
            if k <= m:
                skills.append(("rise", "required"))
            if k >= m:
                skills.append(("fall", "preferred"))
            if k < 3:
                skills.append(("k8s", "required"))
            base = 50_000.0 if city == "Pune" else 100_000.0
            salary = base * (1.1 if k < 3 else 1.0)
            rows.append({"role_family": "de", "posted_at": at(month), "city": city, "seniority": "mid",
                         "remote": k == 9, "salary_annual_usd": salary, "is_demo": True, "skills": skills})
    rows.append({"role_family": "qa", "posted_at": at("2025-06"), "city": "Pune", "is_demo": False,
                 "skills": [("selenium", "required")]})
    return rows


@pytest.fixture(scope="module")
def service():
    engine = memory_engine()
    add_postings(engine, market_rows())
    refresh_market(engine)
    yield MarketService(engine)
    engine.dispose()


F = MarketFilter("de", demo=True)


def test_datasets_and_options(service):
    assert service.datasets() == {True: 120, False: 1}
    assert service.default_demo() is False  # real postings exist: show them first
    opts = service.options(True)
    assert [o.id for o in opts.role_families] == ["de"] and opts.role_families[0].postings == 120
    assert opts.cities == ["Pune", "Berlin"] and opts.months == MONTHS and opts.seniorities == ["mid"]


def test_totals_and_top_skills(service):
    view = service.view(F)
    assert (view.totals.postings, view.totals.salaried, view.totals.skills) == (120, 120, 4)
    top = view.top_skills().set_index("skill_id")
    assert top.loc["sql", "share"] == 1.0 and top.loc["sql", "required_share"] == 0.5
    assert top.loc["sql", "preferred_share"] == 0.5
    assert top.loc["k8s", "postings"] == 36 and top.loc["k8s", "share"] == pytest.approx(0.3)
    assert top.loc["rise", "postings"] == sum(min(m + 1, 10) for m in range(12))
    assert list(view.top_skills(2)["skill_id"]) == ["sql", "rise"]


def test_trend_series_fills_every_month(service):
    trend = service.view(F).trends(["rise", "nope"])
    rise = trend[trend["skill_id"] == "rise"]
    assert list(rise["month"]) == MONTHS
    assert list(rise["postings"]) == [min(m + 1, 10) for m in range(12)]
    assert rise["share"].iloc[-1] == 1.0
    assert (trend[trend["skill_id"] == "nope"]["postings"] == 0).all()


def test_risers_and_fallers(service):
    movers = service.view(F).movers().set_index("skill_id")
    # rise: months 1-6 -> 21 of 60 postings, months 7-12 -> 54 of 60; fall: 45 -> 10
    assert movers.loc["rise", "change_pp"] == pytest.approx((54 - 21) / 60 * 100)
    assert movers.loc["fall", "change_pp"] == pytest.approx((10 - 45) / 60 * 100)
    assert movers.loc["sql", "change_pp"] == 0
    rf = service.view(F).risers_fallers(1)
    assert list(rf["skill_id"]) == ["rise", "fall"] and list(rf["direction"]) == ["rising", "falling"]
    assert movers.loc["rise", "z"] > 5 and movers.loc["sql", "z"] == 0
    assert "sql" not in set(service.view(F).risers_fallers(8)["skill_id"])  # no change is not a mover


def test_movers_need_support(service):
    short = service.view(F.with_(start="2025-10"))
    assert short.movers().empty  # 3 months: windows of 1 month hold 10 postings, below the minimum


def test_salary_premium_within_city_and_seniority(service):
    premium = service.salary_premium(F).set_index("skill_id")
    assert premium.loc["k8s", "premium_pct"] == pytest.approx(10.0)
    assert premium.loc["k8s", "n_with"] == 36 and premium.loc["k8s", "n_without"] == 84
    assert premium.loc["k8s", "median_with"] == pytest.approx(55_000.0)  # every k8s posting is in Pune
    assert premium.loc["k8s", "raw_premium_pct"] == pytest.approx((55_000 / 100_000 - 1) * 100)
    assert not premium.loc["sql", "supported"] and math.isnan(premium.loc["sql", "premium_pct"])


def test_cooccurrence(service):
    co = service.cooccurrence(F, top=3)
    assert list(co.counts.columns) == ["Sql", "Rise", "Fall"]  # names as stored (rows.py title-cases ids)
    assert co.counts.loc["Sql", "Sql"] == 120 and co.counts.loc["Rise", "Sql"] == 75
    rise_fall = sum(1 for m in range(12) for k in range(10) if k <= m and k >= m)
    assert co.counts.loc["Rise", "Fall"] == co.counts.loc["Fall", "Rise"] == rise_fall
    assert co.conditional.loc["Rise", "Sql"] == 100.0
    assert co.conditional.loc["Sql", "Rise"] == pytest.approx(75 / 120 * 100)


def test_cooccurrence_honours_fine_filters(service):
    co = service.cooccurrence(F.with_(city="Berlin"), top=4)
    assert co.counts.loc["Sql", "Sql"] == 48 and "K8S" not in co.counts.columns


def test_city_comparison(service):
    cities = service.city_comparison(F, "k8s").set_index("city")
    assert cities.loc["Pune", "share"] == pytest.approx(36 / 72) and cities.loc["Berlin", "postings"] == 0
    assert cities.loc["Pune", "median_with"] == pytest.approx(55_000.0)


@pytest.mark.parametrize("changes,postings", [({"city": "Berlin"}, 48), ({"remote": True}, 12),
                                              ({"start": "2025-07"}, 60), ({"seniority": "senior"}, 0)])
def test_fine_filters(service, changes, postings):
    view = service.view(F.with_(**changes))
    assert view.totals.postings == postings
    assert view.empty == (postings == 0)


def test_demand_table(service):
    table = service.demand_table(F, 10).set_index("skill_id")
    assert table.loc["k8s", "salary_premium_pct"] == pytest.approx(10.0)
    assert table.loc["rise", "trend_pp"] > 50


@pytest.mark.parametrize("kwargs", [{"start": "2025-13"}, {"end": "25-01"}, {"start": "2025-06", "end": "2025-01"}])
def test_filter_validation(kwargs):
    with pytest.raises(InvalidInput):
        MarketFilter("de", **kwargs)


def test_memo_is_invalidated_by_a_refresh():
    engine = memory_engine()
    add_postings(engine, market_rows()[:10])
    refresh_market(engine)
    service = MarketService(engine, version_ttl_s=0)
    assert service.view(F).totals.postings == 10
    add_postings(engine, market_rows()[10:20])
    refresh_market(engine)
    assert service.view(F).totals.postings == 20


def test_sync_reads_a_new_version_at_once():
    engine = memory_engine()
    add_postings(engine, market_rows()[:10])
    refresh_market(engine)
    service = MarketService(engine, version_ttl_s=3600)
    assert service.view(F).totals.postings == 10
    add_postings(engine, market_rows()[10:20])
    refresh_market(engine)
    assert service.view(F).totals.postings == 10  # within the TTL the memo is trusted
    service.sync()
    assert service.view(F).totals.postings == 20
