"""The demo market generator: deterministic for a seed, realistic distributions, text written from templates."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from core.ingest.locations import canonicalize
from core.market.demo_model import month_starts
from core.market.demo_source import DemoSource, demo_external_id
from core.market.demo_text import _indian_grouping, role_title
from tests.market.conftest import TODAY

INDIAN_METROS = {"Bengaluru", "Mumbai", "Hyderabad", "Pune", "Delhi", "Chennai"}


def _source(taxonomy, vocab, n=50, seed=7, today=TODAY):
    return DemoSource(taxonomy, postings=n, seed=seed, today=today, vocab=vocab)


def test_same_seed_same_postings(taxonomy, vocab):
    first = list(_source(taxonomy, vocab).iter_records())
    second = list(_source(taxonomy, vocab).iter_records())
    assert first == second
    assert len({r.external_id for r in first}) == 50


def test_other_seed_other_postings(taxonomy, vocab):
    a = [r.description for r in _source(taxonomy, vocab, seed=7).iter_records()]
    b = [r.description for r in _source(taxonomy, vocab, seed=8).iter_records()]
    assert sum(x != y for x, y in zip(a, b)) >= 45


def test_posting_i_does_not_depend_on_the_total(taxonomy, vocab):
    small = list(_source(taxonomy, vocab, n=20).iter_records())
    large = list(_source(taxonomy, vocab, n=60).iter_records())
    assert large[:20] == small
    assert small[5].external_id == demo_external_id(7, 5) == "demo-7-000005"


def test_every_record_is_flagged_demo(taxonomy, vocab):
    source = _source(taxonomy, vocab, n=10)
    assert source.name == "demo" and source.is_demo
    assert {r.source for r in source.iter_records()} == {"demo"}


def test_role_families_cover_the_taxonomy_with_onet_codes(plans, taxonomy):
    families = Counter(p.family.family.id for p in plans)
    assert set(families) == set(taxonomy.role_families)
    assert len(families) >= 15
    assert all(p.family.family.onet_soc.count("-") == 1 for p in plans)
    assert max(families.values()) / len(plans) < 0.2  # no family swamps the market


def test_cities_span_the_world_including_indian_metros(plans):
    cities = Counter(p.city.city for p in plans)
    assert len(cities) >= 25
    assert INDIAN_METROS <= set(cities)
    countries = {p.city.country for p in plans}
    assert {"India", "United States", "United Kingdom", "Germany"} <= countries
    india = sum(n for c, n in cities.items() if c in INDIAN_METROS) / len(plans)
    assert 0.2 < india < 0.45


def test_twenty_four_months_ending_this_month(plans):
    months = sorted({p.month for p in plans})
    assert months == month_starts(TODAY, 24)
    assert months[0] == date(2024, 12, 1) and months[-1] == date(2026, 11, 1)
    assert all(p.posted_at.date() <= TODAY and p.posted_at.tzinfo is not None for p in plans)
    per_month = Counter(p.month for p in plans)
    first_half = sum(per_month[m] for m in months[:12])
    assert sum(per_month.values()) - first_half > first_half  # the market grows


@pytest.mark.parametrize("level,low,high", [
    ("junior", 0.10, 0.22), ("mid", 0.28, 0.44), ("senior", 0.24, 0.36), ("lead", 0.08, 0.16),
    ("principal", 0.03, 0.09),
])
def test_seniority_mix(plans, level, low, high):
    share = sum(p.seniority.id == level for p in plans) / len(plans)
    assert low < share < high


def test_currencies_follow_the_city(plans):
    paid = [p for p in plans if p.salary]
    assert 0.5 < len(paid) / len(plans) < 0.8
    assert {p.salary.currency for p in paid} >= {"INR", "USD", "EUR", "GBP", "CAD", "SGD"}
    assert all(p.salary.currency == p.city.currency and p.salary.low < p.salary.high for p in paid)
    assert any(p.salary.period == "month" for p in paid if p.city.city == "Singapore")


def test_remote_share(plans):
    share = sum(p.remote for p in plans) / len(plans)
    assert 0.1 < share < 0.3


def test_salaries_rise_with_seniority_and_city_level(plans):
    def median(values):
        values = sorted(values)
        return values[len(values) // 2]

    by_level = {lvl: median([p.salary_usd for p in plans if p.seniority.id == lvl]) for lvl in ("junior", "senior")}
    assert by_level["senior"] > 1.5 * by_level["junior"]
    us = median([p.salary_usd for p in plans if p.city.country == "United States"])
    india = median([p.salary_usd for p in plans if p.city.country == "India"])
    assert us > 3 * india


@pytest.mark.parametrize("skill,rising", [("large_language_models", True), ("dbt", True), ("rust", True),
                                          ("jquery", False), ("hadoop", False), ("perl", False)])
def test_planned_trends(plans, skill, rising):
    first = [p for p in plans if p.month <= date(2025, 5, 1)]
    last = [p for p in plans if p.month >= date(2026, 6, 1)]
    share = lambda group: sum(any(s.skill_id == skill for s in p.skills) for p in group) / len(group)  # noqa: E731
    assert (share(last) > 1.5 * share(first)) if rising else (share(first) > 1.5 * share(last))


def test_text_has_sections_title_first_and_aliases(taxonomy, vocab):
    records = list(_source(taxonomy, vocab, n=400).iter_records())
    assert all(r.description.splitlines()[0] == r.title for r in records)
    text = "\n".join(r.description for r in records)
    for heading in ("Requirements", "Nice to have", "Benefits", "What you'll do"):
        assert heading.lower() in text.lower()
    for alias in ("k8s", "Postgres", "JS"):
        assert any(alias in r.description.split() or f"{alias}," in r.description for r in records), alias


def test_locations_canonicalize_to_the_planned_city(taxonomy, vocab):
    source = _source(taxonomy, vocab, n=300)
    for i in range(300):
        plan, record = source.plan(i), source.record(i)
        loc = canonicalize(record.location_raw)
        assert loc.city == plan.city.city and loc.remote == plan.remote
        assert record.remote == plan.remote


def test_titles_map_back_to_the_family(taxonomy, vocab):
    from core.taxonomy.roles import role_family_for_title

    source = _source(taxonomy, vocab, n=400)
    wrong = [(source.record(i).title, source.plan(i).family.family.id) for i in range(400)
             if role_family_for_title(taxonomy, source.record(i).title) != source.plan(i).family.family.id]
    assert not wrong


@pytest.mark.parametrize("value,text", [(2400000, "24,00,000"), (950000, "9,50,000"), (12000, "12,000"),
                                        (500, "500")])
def test_indian_grouping(value, text):
    assert _indian_grouping(value) == text


@pytest.mark.parametrize("keyword,title", [("ml engineer", "ML Engineer"), ("ios developer", "iOS Developer"),
                                           ("data engineer", "Data Engineer")])
def test_role_title(keyword, title):
    assert role_title(keyword) == title
