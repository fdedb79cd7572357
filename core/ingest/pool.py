"""Worker processes for the CPU-heavy steps of a bulk build: skill extraction and embedding.

Each worker is a spawned process (never forked: the dashboard has threads) that loads the taxonomy and the
extractor once, and the embedding model on its first embedding task; torch uses one thread per worker so two
workers use two cores without oversubscribing. Every task returns its result and the worker's CPU seconds, so
builds can report CPU per stage. The database is never touched here: the caller keeps the cache and the rows.
Workers exit when the process that started the pool is gone (a kill -9 of `python -m core demo` or of the
dashboard would otherwise leave them running, ~750 MB each): each polls its parent pid from a daemon thread.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.config import Settings
from core.errors import SkillGapError

_WORKER: dict[str, Any] = {}  # per worker process: extractor, embedder
PARENT_POLL_S = 0.5  # how often a worker checks that the pool's process is still its parent


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to rebuild our extractor and embedder (plain paths: picklable)."""

    taxonomy_dir: Path
    model_path: Path | None
    parent_pid: int = 0  # the process that owns the pool (0: this worker's parent when it starts)


def watch_parent(parent_pid: int, interval: float = PARENT_POLL_S) -> threading.Thread:
    """A daemon thread ending this process (os._exit) once `parent_pid` is no longer its parent (it died and the
    process was re-parented). Polling works from any thread: the pool may be started by a background thread, which
    PR_SET_PDEATHSIG would take for the parent."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(70)  # nothing to flush: results only ever go to the parent

    thread = threading.Thread(target=watch, name="skillgap-parent-watch", daemon=True)
    thread.start()
    return thread


def _init(spec: WorkerSpec) -> None:
    watch_parent(spec.parent_pid or os.getppid())  # first: loading the extractor takes seconds
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ["OMP_NUM_THREADS"] = "1"
    from core.skills.extract import make_extractor
    from core.taxonomy.load import load_taxonomy

    _WORKER["extractor"] = make_extractor(load_taxonomy(spec.taxonomy_dir))
    _WORKER["model_path"] = spec.model_path


def _identity() -> tuple[str, str]:
    extractor = _WORKER["extractor"]
    return extractor.version, extractor.model_id


def _extract(texts: list[str], kind: str) -> tuple[list, float]:
    start = time.process_time()
    out: list = []
    for text in texts:
        try:
            out.append(_WORKER["extractor"].extract(text, kind))
        except Exception as exc:  # noqa: BLE001 - returned per text; the caller records it as failed
            out.append(SkillGapError(f"{type(exc).__name__}: {exc}"))
    return out, time.process_time() - start


def _embed(texts: list[str]):
    start = time.process_time()
    if "embedder" not in _WORKER:
        import torch

        from core.embeddings import Embedder, default_model_path

        torch.set_num_threads(1)
        _WORKER["embedder"] = Embedder(model_path=_WORKER["model_path"] or default_model_path())
    return _WORKER["embedder"].encode_bulk(texts), time.process_time() - start


@dataclass
class ComputePool:
    """A small process pool: `extract_many` (blocking, order kept) and `embed_async` (a Future of vectors)."""

    settings: Settings
    workers: int = 2
    cpu: dict[str, float] = field(default_factory=lambda: {"extract": 0.0, "embed": 0.0})
    _executor: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def start(self, extractor: Any) -> "ComputePool":
        """Start the workers; SkillGapError when they would not extract like `extractor` (other version)."""
        spec = WorkerSpec(self.settings.taxonomy_dir, self.settings.embedding_model_path, os.getpid())
        self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init, initargs=(spec,))
        got = self._executor.submit(_identity).result()
        if got != (extractor.version, extractor.model_id):
            self.close()
            raise SkillGapError(f"build workers extract with {got}, this process with "
                                f"{(extractor.version, extractor.model_id)}")
        return self

    def extract_many(self, texts: list[str], kind: str = "job") -> list:
        """Extractions (or the error, per text) of these texts, split over the workers."""
        if not texts:
            return []
        parts = _split(texts, self.workers)
        futures = [self._executor.submit(_extract, part, kind) for part in parts]
        out: list = []
        for future in futures:
            results, cpu = future.result()
            out += results
            self._add("extract", cpu)
        return out

    def embed_async(self, texts: list[str]) -> Future:
        """A Future of the bulk embeddings of texts (float32, in order)."""
        outer: Future = Future()
        future = self._executor.submit(_embed, list(texts))

        def done(f: Future) -> None:
            try:
                vecs, cpu = f.result()
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the outer future
                outer.set_exception(exc)
                return
            self._add("embed", cpu)
            outer.set_result(vecs)
        future.add_done_callback(done)
        return outer

    def _add(self, stage: str, cpu: float) -> None:
        with self._lock:
            self.cpu[stage] += cpu

    def close(self) -> None:
        """Stop the workers (pending tasks are dropped)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "ComputePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _split(items: list, parts: int) -> list[list]:
    size = -(-len(items) // max(1, parts))
    return [items[i:i + size] for i in range(0, len(items), size)]
