"""Keep the market aggregate tables in step with core.db.market_models (they hold derived data only).

An older database (aggregates built before a column was added) would fail on the first read. The check compares
each market table's columns with the models; on any difference all market tables are dropped and recreated
empty and the watermark restarts at 0, so the next refresh rebuilds everything from the postings. Indexes are
brought in line in place (created, or dropped and recreated when their columns changed).
"""

from __future__ import annotations

import threading

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from core.db import market_models

TABLES = (market_models.MarketSegment, market_models.MarketDemand, market_models.MarketSegmentMonth,
          market_models.MarketDemandMonth, market_models.MarketPostingSkills, market_models.MarketState)
_CHECKED: set[str] = set()
_LOCK = threading.Lock()


def index_drift(engine: Engine) -> tuple[list, list[str]]:
    """(declared indexes the database lacks or has with other columns, undeclared ix_market* index names)."""
    inspector = inspect(engine)
    names = set(inspector.get_table_names())
    missing, extra = [], []
    for model in TABLES:
        table = model.__table__
        if table.name not in names:
            continue
        have = {i["name"]: list(i["column_names"]) for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if have.get(index.name) != [c.name for c in index.columns]:
                missing.append(index)
                if index.name in have:
                    extra.append(index.name)
        declared = {i.name for i in table.indexes}
        extra += [n for n in have if n.startswith("ix_market") and n not in declared]
    return missing, extra


def outdated_tables(engine: Engine) -> list[str]:
    """Market tables whose columns differ from the models (missing tables are created by init_schema)."""
    inspector = inspect(engine)
    names = set(inspector.get_table_names())
    out = []
    for model in TABLES:
        table = model.__table__
        if table.name in names:
            have = {c["name"] for c in inspector.get_columns(table.name)}
            if have != {c.name for c in table.columns}:
                out.append(table.name)
    return out


def ensure_market_schema(engine: Engine) -> bool:
    """Recreate the market tables when any is outdated (once per engine per process); True when it did."""
    key = f"{id(engine)}:{engine.url}"
    with _LOCK:
        if key in _CHECKED:
            return False
        stale = outdated_tables(engine)
        if stale:
            tables = [m.__table__ for m in TABLES]
            SQLModel.metadata.drop_all(engine, tables=tables)
            SQLModel.metadata.create_all(engine, tables=tables)
        missing, extra = index_drift(engine)
        with engine.begin() as conn:
            for name in extra:
                conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))
        for index in missing:
            index.create(engine)
        _CHECKED.add(key)
        return bool(stale)
