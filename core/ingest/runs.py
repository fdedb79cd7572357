"""ProcessingRun bookkeeping for ingest runs: start, heartbeat per batch, finish, and runs that were killed.

A run row is `running` until its process marks it finished. A process killed mid-run (SIGKILL, power loss)
never does, so the next run start (and the Data page) marks such rows `interrupted`: rows whose process is
gone from this host, or whose last heartbeat is older than STALE_AFTER (another host, or a wedged process).
"""

from __future__ import annotations

import json
import os
import socket
import time
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from core.db.models import ProcessingRun, utcnow
from core.db.session import session_scope
from core.errors import StorageUnavailable

STALE_AFTER = timedelta(minutes=15)
INTERRUPTED = "interrupted"


def _owner() -> dict:
    return {"pid": os.getpid(), "host": socket.gethostname(), "heartbeat_at": utcnow().isoformat()}


def start_run(engine: Engine, source_name: str, kind: str = "ingest") -> int:
    """Insert a running ProcessingRun row and return its id; StorageUnavailable when the database refuses."""
    try:
        mark_interrupted_runs(engine)
        with session_scope(engine) as session:
            run = ProcessingRun(kind=kind, source=source_name[:255], status="running", detail=json.dumps(_owner()))
            session.add(run)
            session.flush()
            return int(run.id)
    except DBAPIError as exc:
        raise StorageUnavailable(f"cannot start the ingest run, the database is unavailable: {exc.orig}") from exc


def update_run(engine: Engine, run_id: int, counts: dict, detail: dict, started: float, status: str,
               finished: bool = False) -> None:
    """Store counts, status, timings and a heartbeat on the run row (never raises over a failing database)."""
    detail = {**detail, "elapsed_s": round(time.perf_counter() - started, 3), **_owner()}
    detail = {k: round(v, 3) if isinstance(v, float) else v for k, v in detail.items()}
    try:
        with session_scope(engine) as session:
            run = session.get(ProcessingRun, run_id)
            if run is None:
                return
            run.added, run.duplicates, run.failed = counts["added"], counts["duplicates"], counts["failed"]
            run.status, run.detail = status, json.dumps(detail)
            if finished:
                run.finished_at = utcnow()
    except DBAPIError:
        pass  # the run row is bookkeeping; the data itself was committed (or not) on its own


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def is_interrupted(detail: str | None, started_at: datetime, now: datetime,
                   stale_after: timedelta = STALE_AFTER) -> bool:
    """True when the process of a `running` row is gone (same host) or its heartbeat is older than stale_after."""
    try:
        owner = json.loads(detail or "{}")
    except json.JSONDecodeError:
        owner = {}
    owner = owner if isinstance(owner, dict) else {}
    beat = started_at
    if isinstance(owner.get("heartbeat_at"), str):
        try:
            beat = datetime.fromisoformat(owner["heartbeat_at"])
        except ValueError:
            pass
    if beat.tzinfo is None:
        beat = beat.replace(tzinfo=now.tzinfo)
    if now - beat > stale_after:
        return True
    pid = owner.get("pid")
    same_host = owner.get("host") == socket.gethostname()
    return bool(same_host and isinstance(pid, int) and pid != os.getpid() and not _alive(pid))


def mark_interrupted_runs(engine: Engine, now: datetime | None = None,
                          stale_after: timedelta = STALE_AFTER) -> int:
    """Mark `running` rows whose process was killed as `interrupted`; returns how many."""
    now = now or utcnow()
    T = ProcessingRun
    with session_scope(engine) as session:
        rows = session.execute(select(T.id, T.detail, T.started_at).where(T.status == "running")).all()
        stale = [r.id for r in rows if is_interrupted(r.detail, r.started_at, now, stale_after)]
        for run_id in stale:
            run = session.get(T, run_id)
            run.status, run.finished_at = INTERRUPTED, now
    return len(stale)
