"""Build the demo market through the real pipeline: DemoSource -> ingest (extraction, rows) -> aggregates -> index.

Progress is reported as (stage, fraction of the whole build in [0, 1], message). Idempotent: a rerun finds every
posting already stored (source "demo" + external id) and adds nothing; a killed build resumes where it stopped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from sqlalchemy import update

from core.context import AppContext
from core.db.market_models import MarketState
from core.db.models import JobPosting
from core.db.session import session_scope
from core.ingest import hooks
from core.ingest.pipeline import ingest
from core.ingest.records import IngestSummary
from core.market.demo_source import DEMO_SOURCE, DemoSource
from core.market.refresh import RefreshSummary, read_state, refresh_market

BuildProgress = Callable[[str, float, str], None]
# Share of the progress bar per stage (ingest dominates: generation, extraction and rows).
STAGES = {"ingest": (0.0, 0.85), "aggregate": (0.85, 0.93), "index": (0.93, 1.0)}


@dataclass(frozen=True)
class DemoBuildResult:
    """What a demo build did, with per-stage seconds."""

    ingest: IngestSummary
    refresh: RefreshSummary
    indexed: int | None  # postings embedded into the match index; None when no indexer ran
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return {"ingest": self.ingest.to_dict(), "refresh": self.refresh.to_dict(), "indexed": self.indexed,
                "seconds": round(self.seconds, 2), "timings": {k: round(v, 2) for k, v in self.timings.items()}}


def _stage(on_progress: BuildProgress | None, stage: str):
    lo, hi = STAGES[stage]

    def report(done: int, total: int | None, message: str = "") -> None:
        if on_progress and total:
            on_progress(stage, lo + (hi - lo) * min(done / total, 1.0), message or f"{stage} {done:,}/{total:,}")
    return report


def role_family_fn(ctx: AppContext):
    """Title -> role family id, memoised per title (the ingest pipeline's own lookup)."""
    return hooks.role_family_fn(ctx.settings, ctx.taxonomy)


def mark_demo(ctx: AppContext) -> int:
    """Flag postings of source "demo" as is_demo (the pipeline stores rows; the flag is ours to set)."""
    with session_scope(ctx.engine) as session:
        result = session.exec(update(JobPosting).where(JobPosting.source == DEMO_SOURCE,
                                                       JobPosting.is_demo.is_(False)).values(is_demo=True))
        return int(result.rowcount or 0)


def _set_demo_state(ctx: AppContext, **values) -> None:
    read_state(ctx.engine)
    with session_scope(ctx.engine) as session:
        state = session.get(MarketState, 1)
        for key, value in values.items():
            setattr(state, key, value)


def index_hook(ctx: AppContext, on_progress: Callable[[int, int], None] | None = None) -> int:
    """Embed new postings into the match index; returns how many vectors were added."""
    from core.matching.index import refresh_match_index

    report = refresh_match_index(ctx.settings, ctx.engine, on_progress=on_progress)
    return int(report.vectors_added)


def build_demo_market(ctx: AppContext, postings: int | None = None, seed: int | None = None,
                      today: date | None = None, on_progress: BuildProgress | None = None,
                      index: bool = True) -> DemoBuildResult:
    """Generate `postings` demo postings (default settings.demo_postings) and run them through the pipeline."""
    postings = ctx.settings.demo_postings if postings is None else postings
    seed = ctx.settings.demo_seed if seed is None else seed
    started = time.perf_counter()
    timings: dict[str, float] = {}
    _set_demo_state(ctx, demo_target=postings, demo_seed=seed, demo_complete=False)
    source = DemoSource(ctx.taxonomy, postings=postings, seed=seed, today=today)
    report = _stage(on_progress, "ingest")
    summary = ingest(ctx.engine, source, ctx.settings, extractor=ctx.extractor, role_family=role_family_fn(ctx),
                     total=postings, on_progress=lambda done, total: report(done, total, f"Postings {done:,}/{total:,}"))
    mark_demo(ctx)
    timings["ingest"] = time.perf_counter() - started
    t0 = time.perf_counter()
    agg = _stage(on_progress, "aggregate")
    refreshed = refresh_market(ctx.engine, on_progress=lambda d, t: agg(d, t, f"Aggregates {d}/{t} groups"))
    timings["aggregate"] = time.perf_counter() - t0
    indexed = None
    if index:
        t0 = time.perf_counter()
        idx = _stage(on_progress, "index")
        indexed = index_hook(ctx, on_progress=lambda d, t: idx(d, t, f"Search index {d:,}/{t:,}"))
        timings["index"] = time.perf_counter() - t0
    _set_demo_state(ctx, demo_complete=True)
    if on_progress:
        on_progress("done", 1.0, "Demo market ready")
    return DemoBuildResult(summary, refreshed, indexed, time.perf_counter() - started, timings)


__all__ = ["DemoBuildResult", "build_demo_market", "mark_demo", "index_hook"]
