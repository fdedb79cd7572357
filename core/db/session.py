"""Engine factory and schema creation; the only place engines are made."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel, create_engine

from core.config import Settings
from core.errors import StorageUnavailable


def make_engine(settings: Settings) -> Engine:
    """Create the engine for settings.db_url and make sure the schema exists."""
    url = settings.db_url
    if url.startswith("sqlite"):
        if ":memory:" not in url:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    init_schema(engine)
    return engine


def memory_engine() -> Engine:
    """In-memory SQLite shared across threads (tests)."""
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    event.listen(engine, "connect", _sqlite_pragmas)
    init_schema(engine)
    return engine


def init_schema(engine: Engine) -> None:
    """Create missing tables (idempotent)."""
    from core.db import models  # noqa: F401  (register tables)
    from core.db import market_models  # noqa: F401  (market aggregate tables)
    from core.db import interview_models  # noqa: F401  (mock interview sessions and turns)
    from core.db import report_models  # noqa: F401  (stored gap reports)
    from core.db import clarify_models  # noqa: F401  (clarification answers, per-profile aliases)

    try:
        SQLModel.metadata.create_all(engine)
    except OperationalError as exc:
        raise StorageUnavailable(f"Database unavailable: {exc.orig}") from exc


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL-safe (no corruption); ~3x faster commits on slow disks
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
