"""core.db.identity: a database's random identity is written once, stable, and differs between databases."""

from __future__ import annotations

from core.config import Settings
from core.db.identity import database_uid
from core.db.session import make_engine, memory_engine


def test_identity_is_stable_per_database_and_differs_between_databases(tmp_path):
    first = make_engine(Settings(data_dir=tmp_path / "a"))
    uid = database_uid(first)
    assert len(uid) == 32 and database_uid(first) == uid
    first.dispose()
    reopened = make_engine(Settings(data_dir=tmp_path / "a"))  # the next process start
    assert database_uid(reopened) == uid
    assert database_uid(make_engine(Settings(data_dir=tmp_path / "b"))) != uid
    assert database_uid(memory_engine()) != uid
