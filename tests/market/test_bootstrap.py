"""First start: an empty database gets the demo market (with progress); later starts only refresh what is stale."""

from __future__ import annotations

import threading

import pytest

from core.config import Settings
from core.context import AppContext
from core.db.market_models import MarketState
from core.db.session import memory_engine, session_scope
from core.market import bootstrap
from core.market.bootstrap import ensure_demo_market
from core.skills.gazetteer import GazetteerExtractor
from tests.market.rows import add_postings, at


@pytest.fixture
def ctx(taxonomy, tmp_path):
    context = AppContext(Settings(data_dir=tmp_path, demo_postings=120, demo_seed=5), memory_engine(), taxonomy,
                         GazetteerExtractor(taxonomy))
    yield context
    context.engine.dispose()


def test_empty_database_builds_the_demo_with_progress(ctx):
    seen: list[tuple[float, str]] = []
    result = ensure_demo_market(ctx, lambda frac, msg: seen.append((frac, msg)), index="skip")
    assert result.built and result.refreshed and result.postings == 120
    assert result.indexing == "skipped" and "120" in result.message
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] < 0.1 and fractions[-1] == 1.0
    assert any("Postings" in msg for _, msg in seen)


def test_second_start_does_nothing(ctx):
    ensure_demo_market(ctx, index="skip")
    calls = []
    again = ensure_demo_market(ctx, lambda frac, msg: calls.append(frac), index="skip")
    assert not again.built and not again.refreshed and again.postings == 120 and calls == []
    assert again.message == "Market data is up to date."


def test_a_killed_build_resumes(ctx):
    ensure_demo_market(ctx, index="skip")
    with session_scope(ctx.engine) as session:  # as if a 150-posting build was killed at 120
        state = session.get(MarketState, 1)
        state.demo_target, state.demo_complete = 150, False
    result = ensure_demo_market(ctx, index="skip")
    assert result.built and result.postings == 150


def test_new_postings_are_aggregated_on_start(ctx):
    ensure_demo_market(ctx, index="skip")
    add_postings(ctx.engine, [{"role_family": "backend", "posted_at": at("2026-01"), "skills": [("sql", "required")]}])
    result = ensure_demo_market(ctx, index="skip")
    assert not result.built and result.refreshed and result.message == "Market aggregates updated."


def test_background_indexing_starts_after_the_build(ctx, monkeypatch):
    done = threading.Event()
    monkeypatch.setattr(bootstrap, "index_hook", lambda context: done.set())
    result = ensure_demo_market(ctx, index="background")
    assert result.indexing == "background"
    assert done.wait(10)
