"""Demo postings of every new family through the real path: the extractor gives back the planned skills, and the
Market page's queries (demand table, trends, salary) answer for each family."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest

from core.config import Settings
from core.context import AppContext
from core.db.session import memory_engine
from core.market.demo_source import DemoSource
from core.market.filters import MarketFilter
from core.market.refresh import refresh_market
from core.market.service import MarketService
from tests.market.conftest import TODAY
from tests.market.test_demo_families import NEW

PER_FAMILY = 40  # postings per family in the small market
EXTRACT_PER_FAMILY = 8  # postings per family read by the default extractor


def _picked(taxonomy, vocab, families, per_family: int) -> tuple[DemoSource, dict[str, list[int]]]:
    """The demo source and the first `per_family` posting indices of each family."""
    source = DemoSource(taxonomy, postings=1, seed=7, today=TODAY, vocab=vocab)
    picked: dict[str, list[int]] = defaultdict(list)
    i = 0
    while any(len(picked[f]) < per_family for f in families) and i < 40_000:
        family = source.plan(i).family.family.id
        if family in families and len(picked[family]) < per_family:
            picked[family].append(i)
        i += 1
    return source, picked


@dataclass
class _Records:
    """A demo Source over chosen records."""

    records: list
    name: str = "demo"
    is_demo: bool = True

    def __len__(self) -> int:
        return len(self.records)

    def iter_records(self):
        return iter(self.records)


@pytest.fixture(scope="module")
def families(taxonomy):
    missing = [f for f in NEW if f not in taxonomy.role_families]
    if missing:
        pytest.skip(f"the taxonomy does not list these role families yet: {missing}")
    return list(NEW)


@pytest.fixture(scope="module")
def extracted(taxonomy, vocab, families):
    """family -> [(planned skill ids, extracted skill ids)] with the default extractor (what the build uses)."""
    from core.skills.extract import make_extractor

    extractor = make_extractor(taxonomy)
    source, picked = _picked(taxonomy, vocab, families, EXTRACT_PER_FAMILY)
    out = {}
    for family, indices in picked.items():
        out[family] = [({s.skill_id for s in source.plan(i).skills},
                        extractor.extract(source.record(i).description, "job").skill_ids()) for i in indices]
    return out


@pytest.mark.parametrize("family", list(NEW))
def test_extractor_finds_the_planned_skills(extracted, family):
    pairs = extracted[family]
    planned = sum(len(p) for p, _ in pairs)
    found = sum(len(p & e) for p, e in pairs)
    missed = sorted({s for p, e in pairs for s in p - e})
    assert found / planned >= 0.9, (round(found / planned, 3), missed)


@pytest.fixture(scope="module")
def market(taxonomy, vocab, families, tmp_path_factory):
    """A demo market of PER_FAMILY postings per new family (gazetteer extraction), aggregated."""
    from core.ingest.pipeline import ingest
    from core.skills.gazetteer import GazetteerExtractor
    from core.taxonomy.roles import role_family_for_title

    source, picked = _picked(taxonomy, vocab, families, PER_FAMILY)
    records = [source.record(i) for indices in picked.values() for i in indices]
    ctx = AppContext(Settings(data_dir=tmp_path_factory.mktemp("families")), memory_engine(), taxonomy,
                     GazetteerExtractor(taxonomy))
    ingest(ctx.engine, _Records(records), ctx.settings, extractor=ctx.extractor,
           role_family=lambda title: role_family_for_title(taxonomy, title))
    refresh_market(ctx.engine)
    yield MarketService(ctx.engine, taxonomy), source, picked
    ctx.engine.dispose()


@pytest.mark.parametrize("family", list(NEW))
def test_market_queries_answer_for_the_family(market, taxonomy, family):
    service, source, picked = market
    assert family in {o.id for o in service.options(True).role_families}
    f = MarketFilter(family, demo=True)
    view = service.view(f)
    assert view.totals.postings == PER_FAMILY
    table = service.demand_table(f, limit=10)
    assert not table.empty
    planned = {s.skill_id for i in picked[family] for s in source.plan(i).skills}
    assert set(table["skill_id"].head(5)) <= planned  # the top skills are the trade's, not template words
    top = list(table["skill_id"].head(3))
    trends = view.trends(top)
    assert set(trends["skill_id"]) == set(top) and trends["month"].nunique() == len(view.months)
    assert view.totals.salaried > 0
    assert table["median_salary_with"].notna().any()
