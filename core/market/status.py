"""Pipeline status for the Data page: counts, recent processing runs, open dead letters (typed reads)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from core.db.market_models import MarketState
from core.db.models import DeadLetter, JobPosting, JobSkill, ProcessingRun
from core.ingest.runs import mark_interrupted_runs


@dataclass(frozen=True)
class DataStatus:
    """Headline counts of what is stored."""

    postings: int
    demo_postings: int
    skills: int  # distinct canonical skills in postings
    job_skills: int  # posting-skill rows
    runs: int
    open_dead_letters: int
    refreshed_at: datetime | None
    pending_aggregation: int


def data_status(engine: Engine) -> DataStatus:
    """Counts over postings, skills, runs and dead letters, plus the aggregates' freshness."""
    with engine.connect() as conn:
        one = lambda stmt: int(conn.execute(stmt).scalar_one() or 0)  # noqa: E731
        postings = one(select(func.count()).select_from(JobPosting))
        demo = one(select(func.count()).select_from(JobPosting).where(JobPosting.is_demo.is_(True)))
        skills = one(select(func.count(func.distinct(JobSkill.skill_id))).where(JobSkill.skill_id.is_not(None)))
        job_skills = one(select(func.count()).select_from(JobSkill))
        runs = one(select(func.count()).select_from(ProcessingRun))
        dead = one(select(func.count()).select_from(DeadLetter).where(DeadLetter.resolved_at.is_(None)))
        state = conn.execute(select(MarketState.refreshed_at, MarketState.watermark_posting_id)
                             .where(MarketState.id == 1)).first()
        watermark = state.watermark_posting_id if state else 0
        pending = one(select(func.count()).select_from(JobPosting).where(JobPosting.id > watermark))
    return DataStatus(postings, demo, skills, job_skills, runs, dead, state.refreshed_at if state else None, pending)


def postings_by_source(engine: Engine) -> pd.DataFrame:
    """source, dataset ("demo" | "yours"), postings, latest (most recent posted date), most postings first."""
    at = func.coalesce(JobPosting.posted_at, JobPosting.created_at)
    stmt = (select(JobPosting.source, JobPosting.is_demo, func.count(), func.max(at))
            .group_by(JobPosting.source, JobPosting.is_demo))
    with engine.connect() as conn:
        df = pd.DataFrame(conn.execute(stmt).all(), columns=["source", "is_demo", "postings", "latest"])
    df["dataset"] = df["is_demo"].map({True: "demo", False: "yours"})
    df = df.sort_values(["postings", "source"], ascending=[False, True]).reset_index(drop=True)
    return df[["source", "dataset", "postings", "latest"]]


def recent_runs(engine: Engine, limit: int = 20) -> pd.DataFrame:
    """The latest processing runs: id, kind, source, status, added, duplicates, failed, started, seconds.

    Runs whose process was killed are shown (and stored) as "interrupted", not "running" forever.
    """
    try:
        mark_interrupted_runs(engine)
    except DBAPIError:
        pass  # a read-only or busy database: show the rows as they are
    t = ProcessingRun
    stmt = (select(t.id, t.kind, t.source, t.status, t.added, t.duplicates, t.failed, t.started_at, t.finished_at,
                   t.detail).order_by(t.id.desc()).limit(limit))
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    out = pd.DataFrame(rows, columns=["id", "kind", "source", "status", "added", "duplicates", "failed", "started",
                                      "finished", "detail"])
    out["seconds"] = [_seconds(d, s, f) for d, s, f in zip(out["detail"], out["started"], out["finished"])]
    return out.drop(columns=["detail", "finished"])


def _seconds(detail: str | None, started, finished) -> float | None:
    try:
        data = json.loads(detail or "{}")
    except json.JSONDecodeError:
        data = {}
    for key in ("elapsed_s", "seconds"):
        if isinstance(data.get(key), (int, float)):
            return round(float(data[key]), 2)
    if started is not None and finished is not None:
        return round((finished - started).total_seconds(), 2)
    return None


def open_dead_letters(engine: Engine, limit: int = 100) -> pd.DataFrame:
    """Open dead letters: id, source, ref, last_error, attempts, next_retry_at, created_at (oldest first)."""
    t = DeadLetter
    stmt = (select(t.id, t.source, t.ref, t.last_error, t.attempts, t.next_retry_at, t.created_at)
            .where(t.resolved_at.is_(None)).order_by(t.id).limit(limit))
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return pd.DataFrame(rows, columns=["id", "source", "ref", "last_error", "attempts", "next_retry_at", "created_at"])
