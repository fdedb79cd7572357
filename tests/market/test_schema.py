"""Aggregate tables built by an older version are rebuilt (derived data), missing indexes created in place."""

from __future__ import annotations

from sqlalchemy import inspect, text

from core.config import Settings
from core.db.session import make_engine
from core.market.refresh import refresh_market
from core.market.schema import ensure_market_schema, index_drift, outdated_tables
from tests.market.rows import add_postings, at


def _engine(tmp_path):
    return make_engine(Settings(data_dir=tmp_path))


def test_an_outdated_table_is_recreated_and_refilled(tmp_path):
    engine = _engine(tmp_path)
    add_postings(engine, [{"role_family": "de", "posted_at": at("2026-01"), "salary_annual_usd": 100.0,
                           "skills": [("sql", "required")]}])
    refresh_market(engine)
    with engine.begin() as conn:  # as an older version left it: no log-pay column
        conn.execute(text("DROP TABLE market_segment"))
        conn.execute(text("CREATE TABLE market_segment (id INTEGER PRIMARY KEY, is_demo BOOLEAN, role_family "
                          "VARCHAR, month VARCHAR, postings INTEGER, salaried INTEGER, median_salary FLOAT, "
                          "city VARCHAR, seniority VARCHAR, remote BOOLEAN)"))
    assert outdated_tables(engine) == ["market_segment"]
    assert ensure_market_schema(engine) is False  # this engine was checked already (once per engine)
    later = _engine(tmp_path)  # the next process start
    assert ensure_market_schema(later) is True
    assert outdated_tables(later) == []
    summary = refresh_market(later)
    assert summary.new_postings == 1  # the watermark restarted: everything is aggregated again
    assert "sum_log_salary" in {c["name"] for c in inspect(later).get_columns("market_segment")}
    engine.dispose()
    later.dispose()


def test_missing_and_obsolete_indexes(tmp_path):
    engine = _engine(tmp_path)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_market_demand_pay"))
        conn.execute(text("CREATE INDEX ix_market_demand_old ON market_demand (month)"))
    missing, extra = index_drift(engine)
    assert [i.name for i in missing] == ["ix_market_demand_pay"] and extra == ["ix_market_demand_old"]
    ensure_market_schema(engine)
    assert index_drift(engine) == ([], [])
    engine.dispose()
