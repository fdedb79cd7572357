"""Incremental refresh: only the (dataset, role family, month) groups with new postings change; reruns are no-ops."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.db.market_models import (MarketDemand, MarketDemandMonth, MarketPostingSkills, MarketSegment,
                                   MarketSegmentMonth, MarketState)
from core.db.models import ProcessingRun
from core.db.session import memory_engine, session_scope
from core.market.refresh import pending_postings, refresh_market
from tests.market.rows import add_postings, at

TABLES = (MarketSegment, MarketDemand, MarketSegmentMonth, MarketDemandMonth, MarketPostingSkills)


def _posting(family, month, city="Pune", salary=100_000.0, skills=(("sql", "required"),), **extra):
    return {"role_family": family, "posted_at": at(month), "city": city, "seniority": "mid",
            "salary_annual_usd": salary, "is_demo": True, "skills": list(skills), **extra}


BASE = [
    _posting("de", "2026-01", skills=[("sql", "required"), ("dbt", "preferred")]),
    _posting("de", "2026-01", salary=120_000.0),
    _posting("de", "2026-02", city="Berlin"),
    _posting("ds", "2026-01", skills=[("python", "required")]),
    _posting("ds", "2026-03", skills=[("python", "required"), ("sql", "preferred")]),
]


def snapshot(engine) -> dict:
    """table -> {id: row values} for every aggregate table."""
    out = {}
    with engine.connect() as conn:
        for table in TABLES:
            rows = conn.execute(select(table.__table__)).mappings().all()
            out[table.__tablename__] = {r["id"]: dict(r) for r in rows}
    return out


@pytest.fixture
def engine():
    eng = memory_engine()
    add_postings(eng, BASE)
    yield eng
    eng.dispose()


def test_first_refresh_aggregates_everything(engine):
    summary = refresh_market(engine)
    assert (summary.new_postings, summary.groups, summary.watermark) == (5, 4, 5)
    assert summary.inserted > 0 and not summary.noop
    snap = snapshot(engine)
    assert len(snap["market_posting_skills"]) == 5
    assert len(snap["market_segment_month"]) == 4


def test_rerun_with_nothing_new_is_a_noop(engine):
    refresh_market(engine)
    before, runs = snapshot(engine), _runs(engine)
    again = refresh_market(engine)
    assert again.noop and again.new_postings == 0 and again.groups == 0
    assert snapshot(engine) == before and _runs(engine) == runs
    assert pending_postings(engine) == 0


def test_new_postings_change_only_their_group(engine):
    refresh_market(engine)
    before = snapshot(engine)
    add_postings(engine, [_posting("de", "2026-01", salary=300_000.0, skills=[("spark", "required")])])
    assert pending_postings(engine) == 1
    summary = refresh_market(engine)
    assert (summary.new_postings, summary.groups) == (1, 1)
    after = snapshot(engine)
    for name, rows in after.items():
        changed = {i for i in rows if before[name].get(i) != rows[i]} | (set(before[name]) - set(rows))
        for i in changed:
            row = rows.get(i) or before[name][i]
            assert (row["role_family"], row["month"]) == ("de", "2026-01"), (name, row)
    untouched = [r for r in after["market_demand_month"].values() if r["role_family"] == "ds"]
    assert untouched and all(before["market_demand_month"][r["id"]] == r for r in untouched)
    month = next(r for r in after["market_segment_month"].values() if (r["role_family"], r["month"]) == ("de", "2026-01"))
    assert month["postings"] == 3


def test_updated_shares_reflect_the_new_posting(engine):
    refresh_market(engine)
    add_postings(engine, [_posting("de", "2026-01", skills=[("spark", "required")])])
    refresh_market(engine)
    with engine.connect() as conn:
        sql = conn.execute(select(MarketDemandMonth.postings, MarketDemandMonth.share).where(
            MarketDemandMonth.role_family == "de", MarketDemandMonth.month == "2026-01",
            MarketDemandMonth.skill_id == "sql")).one()
    assert sql.postings == 2 and sql.share == pytest.approx(2 / 3)


def test_full_refresh_rebuilds_the_same_numbers(engine):
    refresh_market(engine)
    values = _values(snapshot(engine))
    summary = refresh_market(engine, full=True)
    assert summary.groups == 4 and _values(snapshot(engine)) == values


def test_refresh_records_a_run_and_bumps_the_version(engine):
    summary = refresh_market(engine)
    with session_scope(engine) as session:
        state = session.get(MarketState, 1)
        run = session.get(ProcessingRun, summary.run_id)
        assert state.version == 1 and state.watermark_posting_id == 5
        assert run.kind == "refresh" and run.status == "ok" and run.added == summary.inserted


def test_postings_without_a_family_or_date_are_aggregated_under_empty_keys():
    eng = memory_engine()
    add_postings(eng, [{"role_family": None, "city": None, "seniority": None, "skills": [("sql", "required")]}])
    refresh_market(eng)
    with eng.connect() as conn:
        row = conn.execute(select(MarketSegment.role_family, MarketSegment.city, MarketSegment.month)).one()
    assert row.role_family == "" and row.city == "" and len(row.month) == 7


def _runs(engine) -> int:
    with engine.connect() as conn:
        return len(conn.execute(select(ProcessingRun.id)).all())


def _values(snap: dict) -> dict:
    """Snapshot without ids (a full rebuild inserts fresh rows)."""
    return {name: sorted(repr(sorted((k, v) for k, v in r.items() if k != "id")) for r in rows.values())
            for name, rows in snap.items()}


def _file_engine(tmp_path):
    """A SQLite file engine (threads get their own connections, as in the app)."""
    from core.config import Settings
    from core.db.session import make_engine

    return make_engine(Settings(data_dir=tmp_path))


def test_concurrent_refreshes_run_one_after_the_other(tmp_path, monkeypatch):
    """The app's demo build refreshes in a background thread while an added posting refreshes too."""
    import threading
    import time

    import core.market.refresh as refresh

    engine = _file_engine(tmp_path)
    add_postings(engine, BASE)
    loads, real_load = [], refresh._load

    def slow_load(*args):
        loads.append(threading.current_thread().name)
        time.sleep(0.05)  # widen the window in which a second refresh would write the same groups
        return real_load(*args)

    monkeypatch.setattr(refresh, "_load", slow_load)
    results, errors = {}, []

    def run(name):
        try:
            results[name] = refresh_market(engine)
        except Exception as exc:  # noqa: BLE001 - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(name,), name=name) for name in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(s.new_postings for s in results.values()) == [0, 5]  # the second saw the first's watermark
    assert len(loads) == 2 and len(set(loads)) == 1  # each (dataset, family) group computed once, by one refresh
    reference = memory_engine()
    add_postings(reference, BASE)
    refresh_market(reference)
    assert _values(snapshot(engine)) == _values(snapshot(reference))
    engine.dispose()


def test_a_group_written_meanwhile_by_another_process_is_synced_again(engine, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    import core.market.refresh as refresh

    calls, real_sync = [], refresh.sync_table

    def racing_sync(conn, table, keys, frame, scope):
        calls.append(table)
        if len(calls) == 1:  # as if another writer inserted this group's rows after our read
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))
        return real_sync(conn, table, keys, frame, scope)

    monkeypatch.setattr(refresh, "sync_table", racing_sync)
    summary = refresh_market(engine)
    reference = memory_engine()
    add_postings(reference, BASE)
    refresh_market(reference)
    assert summary.groups == 4 and _values(snapshot(engine)) == _values(snapshot(reference))


def test_the_watermark_never_moves_back(engine):
    from dataclasses import replace

    import core.market.refresh as refresh
    from core.db.models import utcnow

    refresh_market(engine)
    add_postings(engine, [_posting("de", "2026-04")])
    newer = refresh_market(engine)
    assert newer.watermark == 6
    refresh._save(engine, replace(newer, watermark=5), False, utcnow())  # an older refresh finishing last
    with session_scope(engine) as session:
        assert session.get(MarketState, 1).watermark_posting_id == 6
    assert refresh_market(engine).new_postings == 0
