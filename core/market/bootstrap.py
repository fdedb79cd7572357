"""First start: make sure there is a market to show (build the demo on an empty database) and fresh aggregates.

The app shell calls `ensure_demo_market(ctx, on_progress)` before the Market page and shows the progress
(`on_progress(fraction, message)`, fraction in [0, 1]). Cheap when nothing is needed (two small queries).
Embedding postings for the Jobs page is slow on small machines, so by default it runs in a background thread
after the market is ready (`index="background"`); "sync" waits for it, "skip" leaves it to the Jobs page.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Literal

from sqlalchemy import func, select

from core.context import AppContext
from core.db.models import JobPosting
from core.market.build import build_demo_market, index_hook
from core.market.refresh import pending_postings, read_state, refresh_market

Progress = Callable[[float, str], None]
IndexMode = Literal["sync", "background", "skip"]
_LOCK = threading.Lock()  # one bootstrap at a time per process (two first visitors must not build twice)
_INDEXING: dict[str, threading.Thread] = {}


@dataclass(frozen=True)
class BootstrapResult:
    """What ensure_demo_market did."""

    built: bool  # a demo build ran (or resumed)
    refreshed: bool  # aggregates were brought up to date
    postings: int  # postings in the database afterwards
    seconds: float
    message: str
    indexing: str = "none"  # none | done | background | skipped


def _posting_count(ctx: AppContext) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(JobPosting)).scalar_one())


def needs_build(ctx: AppContext) -> tuple[bool, int | None, int | None]:
    """(build?, postings, seed): an empty database, or a demo build that did not finish."""
    state = read_state(ctx.engine)
    if _posting_count(ctx) == 0:
        return True, ctx.settings.demo_postings, ctx.settings.demo_seed
    if state.demo_target and not state.demo_complete:
        return True, state.demo_target, state.demo_seed
    return False, None, None


def _start_background_index(ctx: AppContext) -> None:
    key = str(ctx.settings.data_dir)
    running = _INDEXING.get(key)
    if running is not None and running.is_alive():
        return
    thread = threading.Thread(target=index_hook, args=(ctx,), name="skillgap-index", daemon=True)
    _INDEXING[key] = thread
    thread.start()


def ensure_demo_market(ctx: AppContext, on_progress: Progress | None = None,
                       index: IndexMode = "background") -> BootstrapResult:
    """Build the demo market on an empty database (or finish a killed build), then refresh stale aggregates."""
    started = time.perf_counter()
    with _LOCK:
        build, postings, seed = needs_build(ctx)
        built = refreshed = False
        indexing = "none"
        if build:
            stage_progress = (lambda _stage, frac, msg: on_progress(frac, msg)) if on_progress else None
            build_demo_market(ctx, postings=postings, seed=seed, on_progress=stage_progress, index=index == "sync")
            built = refreshed = True
            indexing = "done" if index == "sync" else "skipped"
        elif pending_postings(ctx.engine):
            if on_progress:
                on_progress(0.0, "Updating market aggregates…")
            refresh_market(ctx.engine, on_progress=(lambda d, t: on_progress(d / t, "Updating market aggregates…"))
                           if on_progress else None)
            refreshed = True
        if built and index == "background":
            _start_background_index(ctx)
            indexing = "background"
    total = _posting_count(ctx)
    message = (f"Built the demo market: {total:,} postings." if built
               else "Market aggregates updated." if refreshed else "Market data is up to date.")
    return BootstrapResult(built, refreshed, total, time.perf_counter() - started, message, indexing)
