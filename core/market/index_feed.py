"""Feeds the match index while the demo build stores postings: each stored batch is embedded by the build's
worker pool (overlapping extraction and aggregation) and added to Chroma + BM25 in posting order.

Without a pool (small builds, tests), nothing happens per batch and `finish` indexes everything in-process.
Either way `finish` ends with ensure_index, so postings stored by an earlier, killed build are indexed too.
"""

from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future
from typing import Callable

from core.context import AppContext
from core.ingest.pool import ComputePool

ProgressFn = Callable[[int, int], None]


class IndexFeed:
    """on_batch(ids) for ingest(); finish() waits for the embeddings, saves, and returns vectors added."""

    def __init__(self, ctx: AppContext, pool: ComputePool | None, total: int,
                 on_progress: ProgressFn | None = None) -> None:
        from core.matching.index import shared_index

        self.ctx, self.pool, self.total, self.on_progress = ctx, pool, max(total, 1), on_progress
        self.index = shared_index(ctx.settings)
        self.pending: deque[tuple[list, Future]] = deque()
        self.added = 0
        self.cpu = 0.0  # this process's CPU spent reading facts and writing Chroma/BM25
        self.wall = 0.0
        self.locked = False
        if pool is not None:  # pages see "indexing" (busy) instead of embedding the same postings themselves
            self.locked = self.index.build_lock.acquire()

    def add(self, ids: list[int]) -> None:
        """A batch was committed: read its facts and send its documents to the pool (no-op without one)."""
        if self.pool is None:
            return
        from core.matching.catalog import load_facts
        from core.matching.index import embed_texts

        t0, c0 = time.perf_counter(), time.thread_time()
        found = load_facts(self.ctx.engine, ids)
        facts = [found[i] for i in ids if i in found]
        self.pending.append((facts, self.pool.embed_async(embed_texts(self.index, facts))))
        self._spent(t0, c0)
        self.drain(block=False)

    def drain(self, block: bool) -> None:
        """Add finished batches to the index, in order (all of them when block)."""
        from core.matching.index import add_encoded

        while self.pending and (block or self.pending[0][1].done()):
            facts, future = self.pending.popleft()
            vectors = future.result()
            t0, c0 = time.perf_counter(), time.thread_time()
            self.added += add_encoded(self.index, facts, vectors)
            self.index.progress = (self.added, self.total)
            self._spent(t0, c0)
            if self.on_progress:
                self.on_progress(self.added, self.total)

    def finish(self) -> int:
        """Wait for every batch, persist, then index whatever is still missing; returns vectors added."""
        from core.matching.index import ensure_index

        self.drain(block=True)
        t0, c0 = time.perf_counter(), time.process_time()  # process: in-process embedding uses torch threads
        with self.index.lock:
            self.index.save()
        self.release()
        done = self.added

        def progress(d: int, t: int) -> None:
            if self.on_progress:
                self.on_progress(min(done + d, self.total), self.total)
        report = ensure_index(self.ctx.engine, self.index, on_progress=progress)
        self.index.progress = (0, 0)
        self.wall += time.perf_counter() - t0
        self.cpu += time.process_time() - c0
        return self.added + int(report.vectors_added)

    def release(self) -> None:
        """Let other indexers in (idempotent; the build calls it on errors too)."""
        if self.locked:
            self.locked = False
            self.index.build_lock.release()

    def _spent(self, t0: float, c0: float) -> None:
        self.wall += time.perf_counter() - t0
        self.cpu += time.thread_time() - c0
