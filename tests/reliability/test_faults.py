"""Faults: a SQLite file locked by another connection during ingest (retry, then dead letters, or a clear stop),
PostgreSQL unreachable, and the match index missing, corrupt or stale. The SIGKILL run is test_kill.py; LLM
faults are test_llm_faults.py. tests/ingest/test_pipeline.py already covers a simulated OperationalError per row.
"""

from __future__ import annotations

import socket
import sqlite3
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event
from sqlmodel import Session, func, select

from core.cli import main
from core.config import Settings
from core.db.models import DeadLetter, JobPosting, utcnow
from core.db.session import init_schema, make_engine
from core.errors import StorageUnavailable
from core.ingest import pipeline as pipeline_module
from core.ingest.pipeline import ingest, retry_dead_letters
from core.ingest.records import PostingRecord
from core.ingest.writer import BatchWriter
from core.matching.index import bm25_path, ensure_index, open_index
from tests.matching.conftest import HashEmbedder
from tests.matching.market import build_market
from tests.reliability.conftest import FakeExtractor, changed, row_counts

LOCKED = "database error: OperationalError: database is locked"


def short_wait_engine(path: Path):
    """The production SQLite setup (WAL) but giving up on a lock after 50 ms instead of 30 s."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 0.05})

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _record):
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=50")

    init_schema(engine)
    return engine


class Locker:
    """Another process's connection holding the write lock with an open EXCLUSIVE transaction."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=0)
        self.held = False

    def hold(self) -> None:
        self.conn.execute("BEGIN EXCLUSIVE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.execute("ROLLBACK")
            self.held = False


class Records:
    """15 postings in order; a hook runs after each (the pipeline's on_progress)."""

    name = "locktest"

    def __init__(self, n: int = 15) -> None:
        self.items = [PostingRecord(source="locktest", external_id=f"L{i}", title=f"Engineer {i}", company="Acme",
                                    location_raw="Pune", description=f"Posting {i}: Python and SQL.", ref=f"row {i}")
                      for i in range(n)]

    def iter_records(self):
        yield from self.items


def postings(engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(JobPosting)).one()


@pytest.fixture
def locked_db(tmp_path, monkeypatch):
    """(engine, locker, requested backoff delays): the writer's sleeps are recorded, never slept."""
    path = tmp_path / "skillgap.db"
    engine = short_wait_engine(path)
    locker = Locker(path)
    delays: list[float] = []
    monkeypatch.setattr(pipeline_module, "BatchWriter", partial(BatchWriter, sleep=delays.append))
    yield engine, locker, delays
    locker.release()
    locker.conn.close()
    engine.dispose()


def _lock_after_first_batch(locker: Locker):
    return lambda done, total: locker.hold() if done == 5 else None


def test_lock_released_during_the_retries_loses_nothing(locked_db, tmp_path, monkeypatch):
    engine, locker, delays = locked_db
    release_on_second = lambda delay: (delays.append(delay), len(delays) == 2 and locker.release())  # noqa: E731
    monkeypatch.setattr(pipeline_module, "BatchWriter", partial(BatchWriter, sleep=release_on_second))
    summary = ingest(engine, Records(), Settings(data_dir=tmp_path), FakeExtractor(), batch_size=5,
                     on_progress=_lock_after_first_batch(locker))
    assert (summary.added, summary.failed) == (15, 0)
    assert delays == [0.5, 1.0]  # two backed-off retries, the third attempt went through
    assert postings(engine) == 15 and row_counts(engine)["deadletter"] == 0


def test_lock_held_through_the_retries_dead_letters_the_batch_then_retry_resolves(locked_db, tmp_path,
                                                                                  monkeypatch):
    engine, locker, delays = locked_db
    original = pipeline_module._dead_letter

    def release_then_record(eng, failures):  # the lock goes away before the failures are recorded
        locker.release()
        return original(eng, failures)

    monkeypatch.setattr(pipeline_module, "_dead_letter", release_then_record)
    settings = Settings(data_dir=tmp_path)
    summary = ingest(engine, Records(), settings, FakeExtractor(), batch_size=5,
                     on_progress=_lock_after_first_batch(locker))
    assert (summary.added, summary.failed) == (10, 5)
    assert delays == [0.5, 1.0]
    with Session(engine) as session:
        letters = session.exec(select(DeadLetter).order_by(DeadLetter.id)).all()
    assert [d.ref for d in letters] == [f"row {i}" for i in range(5, 10)]
    assert {d.last_error for d in letters} == {LOCKED}
    retry = retry_dead_letters(engine, settings, FakeExtractor(), now=utcnow() + timedelta(days=1))
    assert (retry.resolved, retry.still_failing) == (5, 0)
    again = ingest(engine, Records(), settings, FakeExtractor(), batch_size=5)
    assert (again.added, again.duplicates, postings(engine)) == (0, 15, 15)


def test_lock_never_released_stops_with_a_clear_error_and_a_rerun_completes(locked_db, tmp_path):
    engine, locker, _delays = locked_db
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(StorageUnavailable, match=r"could not record 5 failed posting\(s\): database is locked"):
        ingest(engine, Records(), settings, FakeExtractor(), batch_size=5,
               on_progress=_lock_after_first_batch(locker))
    locker.release()
    assert postings(engine) == 5  # the first batch; nothing of the locked one
    rerun = ingest(engine, Records(), settings, FakeExtractor(), batch_size=5)
    assert (rerun.added, rerun.duplicates, rerun.failed) == (10, 5, 0)
    assert postings(engine) == 15


def test_locked_before_the_run_starts_is_a_storage_error_and_writes_nothing(locked_db, tmp_path):
    engine, locker, _delays = locked_db
    before = row_counts(engine)
    locker.hold()
    with pytest.raises(StorageUnavailable, match="cannot start the ingest run, the database is unavailable: "
                                                 "database is locked"):
        ingest(engine, Records(), Settings(data_dir=tmp_path), FakeExtractor(), batch_size=5)
    locker.release()
    assert changed(before, row_counts(engine)) == {}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def dead_pg_url() -> str:
    return f"postgresql://skillgap@127.0.0.1:{_closed_port()}/skillgap"


def test_unreachable_postgres_is_storage_unavailable_with_the_address(tmp_path, dead_pg_url):
    port = dead_pg_url.split(":")[2].split("/")[0]
    with pytest.raises(StorageUnavailable) as caught:
        make_engine(Settings(data_dir=tmp_path, database_url=dead_pg_url))
    message = str(caught.value)
    assert message.startswith("Database unavailable: ") and "127.0.0.1" in message and port in message


def test_cli_with_unreachable_postgres_prints_one_error_line(tmp_path, dead_pg_url, monkeypatch, capsys):
    csv_path = tmp_path / "jobs.csv"
    csv_path.write_text("title,description\nDev,Python\n", encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", dead_pg_url)
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path / "data"))
    assert main(["ingest", str(csv_path), "--json"]) == 2
    out = capsys.readouterr().out.strip()
    assert out.startswith('{"error": "StorageUnavailable", "message": "Database unavailable: ')


def test_app_with_unreachable_database_shows_a_message_not_a_traceback(tmp_path, dead_pg_url, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DATABASE_URL", dead_pg_url)
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path / "data"))
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert any("Database unavailable" in str(e.value) for e in at.error)


@pytest.fixture
def market(tmp_path):
    """A tmp SQLite market of 40 crafted postings and Settings whose data dir holds no index yet."""
    engine = make_engine(Settings(data_dir=tmp_path / "db"))
    build_market(engine, 40)
    yield engine, Settings(data_dir=tmp_path / "data")
    engine.dispose()


def test_missing_index_is_rebuilt_from_the_database(market):
    engine, settings = market
    index = open_index(settings, embedder=HashEmbedder())  # a real persistent Chroma in an empty directory
    report = ensure_index(engine, index)
    assert (report.vectors_added, report.bm25_added, report.total) == (40, 40, 40)
    assert bm25_path(settings, index.settings).is_file() and index.vectors.count() == 40
    assert not ensure_index(engine, index).changed


def test_corrupt_bm25_file_is_rebuilt_not_fatal(market):
    engine, settings = market
    index = open_index(settings, embedder=HashEmbedder())
    ensure_index(engine, index)
    path = bm25_path(settings, index.settings)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # a half-copied data dir
    reopened = open_index(settings, embedder=HashEmbedder())  # the next process start
    assert ensure_index(engine, reopened).bm25_added == 40


def test_index_of_a_replaced_database_with_the_same_count_is_rebuilt(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    first = make_engine(Settings(data_dir=tmp_path / "db1"))
    build_market(first, 30, seed=1)
    index = open_index(settings, embedder=HashEmbedder())
    ensure_index(first, index)
    second = make_engine(Settings(data_dir=tmp_path / "db2"))  # same ids 1..30, other postings
    build_market(second, 30, seed=2)
    assert ensure_index(second, index).changed


def test_market_aggregates_of_an_older_schema_are_rebuilt_before_the_first_view(tmp_path):
    from sqlalchemy import text

    from core.context import AppContext
    from core.market.bootstrap import ensure_demo_market
    from core.market.refresh import refresh_market
    from core.market.service import MarketService

    settings = Settings(data_dir=tmp_path / "data")
    old = make_engine(settings)
    build_market(old, 30)
    refresh_market(old)
    with old.begin() as conn:  # the aggregates were built by an older version with another column set
        conn.execute(text("ALTER TABLE market_segment_month ADD COLUMN retired_column INTEGER"))
    old.dispose()
    engine = make_engine(settings)  # the next process start
    ensure_demo_market(AppContext(settings, engine, None, None), index="skip")
    assert MarketService(engine).default_demo() is not None


@pytest.mark.parametrize("owner, minutes_ago, interrupted", [
    ({"pid": 2**22 + 12345, "host": socket.gethostname()}, 0, True),  # killed: its process is gone
    ({"pid": None, "host": "elsewhere"}, 30, True),  # another host, no heartbeat for 30 minutes
    ({"pid": None, "host": "elsewhere"}, 1, False),  # another host, heartbeat a minute ago: still running
])
def test_a_run_killed_mid_ingest_is_marked_interrupted_by_the_next_run(tmp_path, fake_extractor, owner,
                                                                       minutes_ago, interrupted):
    import json

    from core.db.models import ProcessingRun

    engine = make_engine(Settings(data_dir=tmp_path / "data"))
    beat = utcnow() - timedelta(minutes=minutes_ago)
    with Session(engine) as session:
        session.add(ProcessingRun(kind="ingest", source="csv:big", status="running", started_at=beat,
                                  detail=json.dumps({**owner, "heartbeat_at": beat.isoformat()})))
        session.commit()
    ingest(engine, Records(1), Settings(data_dir=tmp_path / "data"), fake_extractor)
    with Session(engine) as session:
        first = session.exec(select(ProcessingRun).order_by(ProcessingRun.id)).first()
    assert first.status == ("interrupted" if interrupted else "running")
    assert (first.finished_at is not None) == interrupted
