"""Build the demo market through the real pipeline: DemoSource -> ingest (extraction, rows) -> aggregates -> index.

With enough postings the CPU-heavy steps run in a small worker pool (core.ingest.pool): the workers extract
each batch while this process keeps the cache and writes rows, then embed each stored batch for the match index
while the next batches are extracted and while the aggregates are computed. Progress is reported as
(stage, fraction of the whole build in [0, 1], message), never going backwards. Idempotent: a rerun finds every
posting already stored (source "demo" + external id) and adds nothing; a killed build resumes where it stopped.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator

from sqlalchemy import update

from core.context import AppContext
from core.db.market_models import MarketState
from core.db.models import JobPosting
from core.db.session import session_scope
from core.errors import SkillGapError
from core.ingest import hooks
from core.ingest.pipeline import ingest
from core.ingest.pool import ComputePool
from core.ingest.records import IngestSummary
from core.market.demo_source import DEMO_SOURCE, DemoSource
from core.market.index_feed import IndexFeed
from core.market.refresh import RefreshSummary, read_state, refresh_market
from core.market.schema import ensure_market_schema
from core.skills.cache import run_in_process

BuildProgress = Callable[[str, float, str], None]
BATCH = 200  # postings per ingest batch (one cache lookup, one extraction call, one bulk insert)
POOL_MIN_POSTINGS = 1000  # below this, starting worker processes costs more than it saves
# Share of the progress bar per stage: (with index, without index).
WEIGHTS = {True: {"ingest": 0.55, "aggregate": 0.10, "index": 0.35}, False: {"ingest": 0.85, "aggregate": 0.15}}


@dataclass(frozen=True)
class DemoBuildResult:
    """What a demo build did, with wall and CPU seconds per stage (CPU includes the workers')."""

    ingest: IngestSummary
    refresh: RefreshSummary
    indexed: int | None  # postings embedded into the match index; None when no indexer ran
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    workers: int = 0

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return {"ingest": self.ingest.to_dict(), "refresh": self.refresh.to_dict(), "indexed": self.indexed,
                "seconds": round(self.seconds, 2), "timings": {k: round(v, 2) for k, v in self.timings.items()},
                "cpu": {k: round(v, 2) for k, v in self.cpu.items()}, "workers": self.workers}


class _Progress:
    """Weighted, monotonic progress over stages that may overlap."""

    def __init__(self, on_progress: BuildProgress | None, index: bool) -> None:
        self.on_progress, self.weights = on_progress, WEIGHTS[index]
        self.done = {stage: 0.0 for stage in self.weights}
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int | None, message: str) -> None:
        if not self.on_progress or not total:
            return
        self.done[stage] = min(done / total, 1.0)
        fraction = min(sum(self.weights[s] * f for s, f in self.done.items()), 0.999)
        self.last = max(self.last, fraction)
        self.on_progress(stage, self.last, message)


class _Timed:
    """Wall and CPU (this thread) seconds spent inside wrapped calls and iterators."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def call(self, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall += time.perf_counter() - t0
                self.cpu += time.thread_time() - c0
        return timed

    def iterate(self, items: Iterator) -> Iterator:
        step = self.call(lambda: next(items, _END))
        while (item := step()) is not _END:
            yield item


_END = object()


@dataclass
class _TimedSource:
    """The demo source with generation time measured (the pipeline sees the same Source contract)."""

    source: DemoSource
    clock: _Timed
    name: str = DEMO_SOURCE
    is_demo: bool = True

    def __len__(self) -> int:
        return len(self.source)

    def iter_records(self):
        """The source's records, timed."""
        return self.clock.iterate(iter(self.source.iter_records()))


def role_family_fn(ctx: AppContext):
    """Title -> role family id, memoised per title (the ingest pipeline's own lookup)."""
    return hooks.role_family_fn(ctx.settings, ctx.taxonomy)


def mark_demo(ctx: AppContext) -> int:
    """Flag postings of source "demo" as is_demo (older databases; the pipeline now stores the flag itself)."""
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


def open_pool(ctx: AppContext, postings: int, workers: int | None) -> ComputePool | None:
    """Worker processes for a big build (None for small ones, one core, or workers that would extract otherwise)."""
    workers = min(2, os.cpu_count() or 1) if workers is None else workers
    if workers < 2 or postings < POOL_MIN_POSTINGS:
        return None
    try:
        return ComputePool(ctx.settings, workers).start(ctx.extractor)
    except (SkillGapError, OSError, RuntimeError):
        return None  # e.g. a test extractor the workers cannot rebuild: extract in this process instead


def build_demo_market(ctx: AppContext, postings: int | None = None, seed: int | None = None,
                      today: date | None = None, on_progress: BuildProgress | None = None,
                      index: bool = True, workers: int | None = None) -> DemoBuildResult:
    """Generate `postings` demo postings (default settings.demo_postings) and run them through the pipeline."""
    postings = ctx.settings.demo_postings if postings is None else postings
    seed = ctx.settings.demo_seed if seed is None else seed
    started, cpu0 = time.perf_counter(), time.process_time()
    ensure_market_schema(ctx.engine)
    _set_demo_state(ctx, demo_target=postings, demo_seed=seed, demo_complete=False)
    progress = _Progress(on_progress, index)
    gen, ext, feed_clock = _Timed(), _Timed(), _Timed()
    pool = open_pool(ctx, postings, workers)
    feed = None
    try:
        feed = IndexFeed(ctx, pool, postings, lambda d, t: progress("index", d, t, f"Search index {d:,}/{t:,}")
                         ) if index else None
        source = _TimedSource(DemoSource(ctx.taxonomy, postings=postings, seed=seed, today=today), gen)
        run = ext.call(pool.extract_many if pool else run_in_process(ctx.extractor, "job"))
        t0, c0 = time.perf_counter(), time.thread_time()
        summary = ingest(ctx.engine, source, ctx.settings, extractor=ctx.extractor, role_family=role_family_fn(ctx),
                         total=postings, batch_size=BATCH, run=run,
                         on_batch=feed_clock.call(feed.add) if feed else None,
                         on_progress=lambda d, t: progress("ingest", d, t, f"Postings {d:,}/{t:,}"))
        ingest_wall, ingest_cpu = time.perf_counter() - t0, time.thread_time() - c0
        t0, c0 = time.perf_counter(), time.thread_time()
        refreshed = refresh_market(ctx.engine, on_progress=lambda d, t: progress(
            "aggregate", d, t, f"Aggregates {d}/{t} groups"))
        agg = (time.perf_counter() - t0, time.thread_time() - c0)
        t0 = time.perf_counter()
        indexed = feed.finish() if feed else None
        index_tail = time.perf_counter() - t0
    finally:
        cpu_workers = dict(pool.cpu) if pool else {"extract": 0.0, "embed": 0.0}
        if feed:
            feed.release()
        if pool:
            pool.close()
    _set_demo_state(ctx, demo_complete=True)
    if on_progress:
        on_progress("done", 1.0, "Demo market ready")
    other = ext.wall + gen.wall + feed_clock.wall
    timings = {"ingest": ingest_wall, "generate": gen.wall, "extract": ext.wall,
               "store": max(ingest_wall - other, 0.0), "aggregate": agg[0]}
    cpu = {"generate": gen.cpu, "extract": ext.cpu + cpu_workers["extract"],
           "store": max(ingest_cpu - ext.cpu - gen.cpu - feed_clock.cpu, 0.0), "aggregate": agg[1]}
    if feed:
        timings["index_tail"] = index_tail
        cpu["index"] = feed.cpu + cpu_workers["embed"]
    cpu["total_main"] = time.process_time() - cpu0
    cpu["total"] = cpu["total_main"] + cpu_workers["extract"] + cpu_workers["embed"]
    return DemoBuildResult(summary, refreshed, indexed, time.perf_counter() - started, timings, cpu,
                           pool.workers if pool else 0)


__all__ = ["DemoBuildResult", "build_demo_market", "mark_demo", "index_hook", "open_pool"]
