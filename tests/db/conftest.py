"""Storage fixtures: every storage test runs against SQLite and (when reachable) a real PostgreSQL."""

from __future__ import annotations

import os

import pytest
from sqlmodel import SQLModel

from core.config import Settings
from core.db.session import make_engine


def _pg_url() -> str | None:
    return os.environ.get("SKILLGAP_TEST_PG_URL") or None


@pytest.fixture(params=["sqlite", "postgres"])
def db_engine(request, tmp_path):
    """An empty schema on SQLite (tmp file) or PostgreSQL (SKILLGAP_TEST_PG_URL)."""
    if request.param == "sqlite":
        engine = make_engine(Settings(data_dir=tmp_path))
        yield engine
        engine.dispose()
        return
    url = _pg_url()
    if not url:
        if os.environ.get("SKILLGAP_REQUIRE_PG") == "1":
            pytest.fail("SKILLGAP_REQUIRE_PG=1 but SKILLGAP_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL not available: set SKILLGAP_TEST_PG_URL (scripts/test.sh starts one)")
    try:
        engine = make_engine(Settings(data_dir=tmp_path, database_url=url))
    except Exception as exc:  # noqa: BLE001 - reported as skip/fail reason
        if os.environ.get("SKILLGAP_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at {url} unreachable: {exc}")
        pytest.skip(f"PostgreSQL at {url} unreachable: {exc}")
    SQLModel.metadata.drop_all(engine)
    SQLModel.metadata.create_all(engine)
    yield engine
    SQLModel.metadata.drop_all(engine)
    engine.dispose()
