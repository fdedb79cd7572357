"""Incremental refresh of the market aggregates.

The watermark is the largest JobPosting.id already aggregated. A refresh reads the postings above it, finds the
(dataset, role family, month) groups they fall into, recomputes exactly those groups from all their postings
and syncs the tables by natural key: unchanged rows are left alone, changed rows updated, new rows inserted,
vanished rows deleted. Nothing new -> nothing written. `full=True` rebuilds everything (e.g. after re-extraction).

Concurrency: refreshes run one at a time per process (the app's demo build runs one in a background thread while
a user may add a posting, whose intake refreshes too: both would insert the same group rows). A group that
another process wrote between our read and our insert is synced again, and the watermark never moves back.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Callable

import pandas as pd
from sqlalchemy import delete, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from core.db.market_models import (MarketDemand, MarketDemandMonth, MarketPostingSkills, MarketSegment,
                                   MarketSegmentMonth, MarketState)
from core.db.models import JobPosting, JobSkill, ProcessingRun, utcnow
from core.db.session import session_scope
from core.market import aggregate
from core.market.schema import ensure_market_schema
from core.market.sync import SyncCounts, sync_table

ProgressFn = Callable[[int, int], None]
TABLES = (MarketSegment, MarketDemand, MarketSegmentMonth, MarketDemandMonth, MarketPostingSkills)
GROUP_ATTEMPTS = 3  # a group another process wrote meanwhile is synced again (its rows are then updates)
_REFRESH_LOCK = threading.Lock()  # one refresh at a time per process


@dataclass(frozen=True)
class RefreshSummary:
    """What one refresh did."""

    new_postings: int
    groups: int  # (dataset, role family, month) groups recomputed
    inserted: int
    updated: int
    deleted: int
    unchanged: int
    watermark: int
    version: int
    seconds: float
    run_id: int | None = None

    @property
    def noop(self) -> bool:
        """True when nothing was written."""
        return not (self.inserted or self.updated or self.deleted)

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return {**asdict(self), "noop": self.noop}


def month_key(values: pd.Series) -> pd.Series:
    """Datetimes -> "YYYY-MM" (UTC)."""
    return pd.to_datetime(values, utc=True).dt.strftime("%Y-%m")


def read_state(engine: Engine) -> MarketState:
    """The singleton state row (created on first use)."""
    with session_scope(engine) as session:
        state = session.get(MarketState, 1)
        if state is None:
            state = MarketState(id=1, watermark_posting_id=0, version=0, refreshed_at=None)
            session.add(state)
        return state


def pending_postings(engine: Engine) -> int:
    """How many postings are not aggregated yet."""
    state = read_state(engine)
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(JobPosting)
                                .where(JobPosting.id > state.watermark_posting_id)).scalar_one())


def refresh_market(engine: Engine, *, full: bool = False, on_progress: ProgressFn | None = None) -> RefreshSummary:
    """Recompute the aggregates of every group with postings newer than the watermark (all groups if full); waits
    for a refresh already running in this process, then sees its watermark."""
    with _REFRESH_LOCK:
        return _refresh(engine, full, on_progress)


def _refresh(engine: Engine, full: bool, on_progress: ProgressFn | None) -> RefreshSummary:
    started, started_at = time.perf_counter(), utcnow()
    ensure_market_schema(engine)
    state = read_state(engine)
    if full:
        with session_scope(engine) as session:
            for table in TABLES:
                session.exec(delete(table))
    watermark = 0 if full else state.watermark_posting_id
    new = _new_postings(engine, watermark)
    if new.empty and not full:
        return RefreshSummary(0, 0, 0, 0, 0, 0, watermark, state.version, time.perf_counter() - started)
    groups = _groups(new)
    counts = SyncCounts()
    for done, ((is_demo, family), months) in enumerate(sorted(groups.items()), start=1):
        postings, skills = _load(engine, is_demo, family, sorted(months))
        counts += _write_group(engine, is_demo, family, sorted(months), aggregate.compute(postings, skills))
        if on_progress:
            on_progress(done, len(groups))
    new_watermark = int(new["id"].max()) if not new.empty else watermark
    version = state.version + (1 if (counts.changed or full) else 0)
    seconds = time.perf_counter() - started
    summary = RefreshSummary(len(new), sum(len(m) for m in groups.values()), counts.inserted, counts.updated,
                             counts.deleted, counts.unchanged, new_watermark, version, seconds)
    run_id = _save(engine, summary, full, started_at)
    return RefreshSummary(**{**asdict(summary), "run_id": run_id})


def _new_postings(engine: Engine, watermark: int) -> pd.DataFrame:
    stmt = select(JobPosting.id, JobPosting.is_demo, JobPosting.role_family,
                  func.coalesce(JobPosting.posted_at, JobPosting.created_at).label("at")).where(JobPosting.id > watermark)
    with engine.connect() as conn:
        df = pd.DataFrame(conn.execute(stmt).all(), columns=["id", "is_demo", "role_family", "at"])
    if not df.empty:
        df["month"] = month_key(df["at"])
        df["role_family"] = df["role_family"].fillna("")
        df["is_demo"] = df["is_demo"].astype(bool)
    return df


def _groups(new: pd.DataFrame) -> dict[tuple[bool, str], set[str]]:
    out: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for (is_demo, family), grp in new.groupby(["is_demo", "role_family"]):
        out[(bool(is_demo), str(family))] |= set(grp["month"])
    return out


def _month_bounds(months: list[str]) -> tuple[datetime, datetime]:
    first = datetime.strptime(months[0], "%Y-%m").replace(tzinfo=timezone.utc)
    year, month = map(int, months[-1].split("-"))
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=timezone.utc)
    return first, end


def _load(engine: Engine, is_demo: bool, family: str, months: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every posting (and its skills) of a dataset + role family within the months' span, cut to the months."""
    at = func.coalesce(JobPosting.posted_at, JobPosting.created_at)
    lo, hi = _month_bounds(months)
    family_cond = (or_(JobPosting.role_family.is_(None), JobPosting.role_family == "") if family == ""
                   else JobPosting.role_family == family)
    where = (JobPosting.is_demo == is_demo, family_cond, at >= lo, at < hi)
    cols = [JobPosting.id, JobPosting.is_demo, JobPosting.role_family, JobPosting.city, JobPosting.seniority,
            JobPosting.remote, at.label("at"), JobPosting.salary_annual_usd]
    skill_stmt = (select(JobSkill.posting_id, JobSkill.skill_id, JobSkill.name, JobSkill.requirement)
                  .join(JobPosting, JobPosting.id == JobSkill.posting_id).where(*where)
                  .where(JobSkill.skill_id.is_not(None)))
    with engine.connect() as conn:
        postings = pd.DataFrame(conn.execute(select(*cols).where(*where)).all(),
                                columns=["id", "is_demo", "role_family", "city", "seniority", "remote", "at", "salary"])
        skills = pd.DataFrame(conn.execute(skill_stmt).all(),
                              columns=["posting_id", "skill_id", "skill_name", "requirement"])
    postings["month"] = month_key(postings["at"]) if not postings.empty else pd.Series(dtype=str)
    postings = postings[postings["month"].isin(months)].drop(columns=["at"])
    postings = postings.assign(
        is_demo=postings["is_demo"].astype(bool), role_family=postings["role_family"].fillna(""),
        city=postings["city"].fillna(""), seniority=postings["seniority"].fillna(""),
        remote=postings["remote"].fillna(False).astype(bool),
        salary=postings["salary"].astype(float).where(lambda v: v > 0))
    return postings, skills


def _write_group(engine: Engine, is_demo: bool, family: str, months: list[str],
                 agg: aggregate.Aggregates) -> SyncCounts:
    """Sync every table for one dataset + role family over the given months (one transaction)."""
    plan = (
        (MarketSegment, aggregate.CELL_KEYS, agg.cells),
        (MarketDemand, aggregate.CELL_KEYS + ["skill_id"], agg.demand),
        (MarketSegmentMonth, aggregate.MONTH_KEYS, agg.months),
        (MarketDemandMonth, aggregate.MONTH_KEYS + ["skill_id"], agg.demand_months),
        (MarketPostingSkills, ["posting_id"], agg.posting_skills),
    )
    attempt = 1
    while True:
        counts = SyncCounts()
        try:
            with engine.begin() as conn:
                for table, keys, frame in plan:
                    scope = (table.is_demo == is_demo, table.role_family == family, table.month.in_(months))
                    counts += sync_table(conn, table, keys, frame, scope)
            return counts
        except IntegrityError:  # another process inserted some of these rows after we read them
            if attempt >= GROUP_ATTEMPTS:
                raise
            attempt += 1


def _save(engine: Engine, summary: RefreshSummary, full: bool, started_at: datetime) -> int:
    detail = json.dumps({**summary.to_dict(), "full": full, "seconds": round(summary.seconds, 3)})
    with session_scope(engine) as session:
        state = session.get(MarketState, 1)
        state.watermark_posting_id = max(state.watermark_posting_id, summary.watermark)  # never back
        state.version = summary.version
        state.refreshed_at = utcnow()
        state.last_detail = detail
        run = ProcessingRun(kind="refresh", source="market", status="ok", added=summary.inserted,
                            detail=detail, started_at=started_at, finished_at=utcnow())
        session.add(run)
        session.flush()
        return int(run.id)
