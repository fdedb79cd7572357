"""First start: make sure there is a market to show (build the demo on an empty database) and fresh aggregates.

`ensure_demo_market(ctx, on_progress)` does it in the caller's thread (CLI, tests). The dashboard calls
`start_demo_build(ctx)` from every page: it runs the same thing in a background thread, at most one per data
dir in this process (and one per data dir across processes: a lock file), and returns a BuildStatus the pages
read to show a banner or a progress bar. Cheap when nothing is needed (a few small queries). The demo build
includes the match index (embeddings), so the Jobs page is ready when the market is.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Literal

from sqlalchemy import func, select

from core.context import AppContext
from core.db.models import JobPosting
from core.market.build import build_demo_market, index_hook
from core.market.refresh import pending_postings, read_state, refresh_market
from core.market.schema import ensure_market_schema

Progress = Callable[[float, str], None]
IndexMode = Literal["sync", "background", "skip"]
_LOCK = threading.Lock()  # one bootstrap at a time per process (two first visitors must not build twice)
_INDEXING: dict[str, threading.Thread] = {}
_BUILDS: dict[str, "BuildStatus"] = {}
_BUILDS_LOCK = threading.Lock()


@dataclass(frozen=True)
class BootstrapResult:
    """What ensure_demo_market did."""

    built: bool  # a demo build ran (or resumed)
    refreshed: bool  # aggregates were brought up to date
    postings: int  # postings in the database afterwards
    seconds: float
    message: str
    indexing: str = "none"  # none | done | background | skipped


@dataclass
class BuildStatus:
    """A background first-start run as pages see it (updated by the build thread)."""

    fraction: float = 0.0
    message: str = "Starting…"
    building: bool = False  # a demo build (not just an aggregate refresh) is under way
    running: bool = True
    result: BootstrapResult | None = None
    error: str | None = None
    started: float = field(default_factory=time.monotonic)
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def percent(self) -> int:
        """Progress in whole percent."""
        return int(round(100 * min(max(self.fraction, 0.0), 1.0)))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (or timeout); True when it ended."""
        if self.thread is not None:
            self.thread.join(timeout)
        return not self.running


def _posting_count(ctx: AppContext) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(JobPosting)).scalar_one())


def needs_build(ctx: AppContext) -> tuple[bool, int | None, int | None]:
    """(build?, postings, seed): an empty database, or a demo build that did not finish (demo_postings 0: never)."""
    state = read_state(ctx.engine)
    if state.demo_target and not state.demo_complete:
        return True, state.demo_target, state.demo_seed
    if ctx.settings.demo_postings > 0 and _posting_count(ctx) == 0:
        return True, ctx.settings.demo_postings, ctx.settings.demo_seed
    return False, None, None


def start_background_index(ctx: AppContext) -> threading.Thread:
    """Embed stored postings the Jobs index lacks, in a background thread (one per data dir at a time)."""
    key = str(ctx.settings.data_dir)
    running = _INDEXING.get(key)
    if running is not None and running.is_alive():
        return running  # it checks the database again after each pass, so postings stored meanwhile are not missed
    thread = threading.Thread(target=_index_until_fresh, args=(ctx,), name="skillgap-index", daemon=True)
    _INDEXING[key] = thread
    thread.start()
    return thread


def wait_for_background_index(settings, timeout: float | None = None) -> bool:
    """Wait for this data dir's background indexing (if any); True when none is running afterwards."""
    thread = _INDEXING.get(str(settings.data_dir))
    if thread is not None:
        thread.join(timeout)
    return thread is None or not thread.is_alive()


def _index_until_fresh(ctx: AppContext, passes: int = 10) -> None:
    """Index passes until one finds nothing new (ingests may store postings while a pass runs)."""
    for _ in range(passes):
        if not index_hook(ctx):
            return


def ensure_demo_market(ctx: AppContext, on_progress: Progress | None = None,
                       index: IndexMode = "background") -> BootstrapResult:
    """Build the demo market on an empty database (or finish a killed build), then refresh stale aggregates."""
    started = time.perf_counter()
    ensure_market_schema(ctx.engine)  # aggregates of an older schema are reset (watermark 0) before we look
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
            start_background_index(ctx)
            indexing = "background"
    total = _posting_count(ctx)
    message = (f"Built the demo market: {total:,} postings." if built
               else "Market aggregates updated." if refreshed else "Market data is up to date.")
    return BootstrapResult(built, refreshed, total, time.perf_counter() - started, message, indexing)


def build_status(ctx: AppContext) -> BuildStatus | None:
    """The background run of this data dir in this process (running or finished), if any."""
    with _BUILDS_LOCK:
        return _BUILDS.get(str(ctx.settings.data_dir.resolve()))


def start_demo_build(ctx: AppContext, force_check: bool = False) -> BuildStatus:
    """Start (once per data dir) a background ensure_demo_market with the index; returns its status.

    A finished run is returned as is unless force_check (then a new run checks again: cheap when nothing is due).
    """
    key = str(ctx.settings.data_dir.resolve())
    with _BUILDS_LOCK:
        status = _BUILDS.get(key)
        if status is not None and (status.running or not force_check):
            return status
        status = BuildStatus()
        status.thread = threading.Thread(target=_run, args=(ctx, status), name="skillgap-demo-build", daemon=True)
        _BUILDS[key] = status
        status.thread.start()
        return status


def _run(ctx: AppContext, status: BuildStatus) -> None:
    from core.market.build_lock import data_dir_lock

    def progress(fraction: float, message: str) -> None:
        status.fraction, status.message = max(status.fraction, fraction), message

    try:
        with data_dir_lock(ctx.settings.data_dir):  # another process building the same data dir: wait for it
            status.building = needs_build(ctx)[0]
            status.result = ensure_demo_market(ctx, progress, index="sync")
        status.fraction, status.message = 1.0, status.result.message
    except Exception as exc:  # noqa: BLE001 - shown by the pages; the next check retries (the build resumes)
        status.error = f"{type(exc).__name__}: {exc}"
    finally:
        status.running = False
