"""Reliability fixtures: a real AppContext over a tmp SQLite file, table row counts, the fake extractor,
the local HTTP server and the OpenAI stub (all on 127.0.0.1, nothing else is ever contacted)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, Session, func, select

from core.config import Settings
from core.context import build_context
from core.db.session import init_schema
from tests.ingest.conftest import FakeExtractor, Reply  # noqa: F401 - re-exported helpers
from tests.ingest.conftest import other_server, server  # noqa: F401 - pytest fixtures
from tests.support.openai_stub import openai_stub  # noqa: F401 - pytest fixture


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table of the whole schema: compared before/after a refused input (nothing half-written)."""
    init_schema(engine)
    names = set(inspect(engine).get_table_names())
    with Session(engine) as session:
        return {
            table.name: session.exec(select(func.count()).select_from(table)).one()
            for table in SQLModel.metadata.sorted_tables if table.name in names
        }


def changed(before: dict[str, int], after: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Tables whose row count differs: {name: (before, after)}."""
    return {k: (before.get(k, 0), after.get(k, 0)) for k in before.keys() | after.keys()
            if before.get(k, 0) != after.get(k, 0)}


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    """A real AppContext (taxonomy, extractor) over a tmp SQLite file, shared by a module's tests."""
    context = build_context(Settings(data_dir=tmp_path_factory.mktemp("reliability") / "data"))
    yield context
    context.engine.dispose()


@pytest.fixture
def fake_extractor() -> FakeExtractor:
    """The ingest tests' fake extractor (finds a few skill words)."""
    return FakeExtractor()
