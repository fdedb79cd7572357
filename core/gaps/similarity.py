"""Embedding similarity between skill names (all-MiniLM-L6-v2 via core.embeddings), cached at three levels.

`SkillSimilarity` is a `SimilarityFn` for market_gaps / job_gaps (`similarity=`): cosine of the two names'
unit vectors, clipped to [0, 1]. Vectors come from `Embedder.encode_cached` in one batch per `prime(names)` call,
are memoised per name in memory, and (when a cache file is given) persisted as .npz so a new process (a CLI run,
a restarted app) needs no model load for names it has seen. Pair results are memoised too. When the model cannot
be loaded the similarity is 0.0 for every pair (taxonomy relations still give adjacency credit) and `unavailable`
says why.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterable, Protocol

import numpy as np

from core.config import Settings


class Encoder(Protocol):
    """What SkillSimilarity needs from core.embeddings.Embedder."""

    model_id: str

    def encode_cached(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        ...


class SkillSimilarity:
    """Callable (name_a, name_b) -> cosine similarity in [0, 1], memoised; thread-safe."""

    def __init__(self, encoder: Encoder, cache_file: Path | None = None) -> None:
        """Wrap an encoder; `cache_file` (.npz) persists name vectors across processes."""
        self.encoder, self.cache_file = encoder, cache_file
        self.unavailable: str | None = None
        self._vectors: dict[str, np.ndarray] = {}
        self._pairs: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()
        self._loaded = False

    def prime(self, names: Iterable[str]) -> int:
        """Embed every name not seen yet in one batch (and persist them); returns how many were new."""
        self._load_file()
        missing = sorted({n for n in names if n} - self._vectors.keys())
        if not missing or self.unavailable:
            return 0
        try:
            vectors = self.encoder.encode_cached(missing)
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            self.unavailable = f"embedding model unavailable ({type(exc).__name__}: {exc})"
            return 0
        with self._lock:
            self._vectors.update(zip(missing, np.asarray(vectors, dtype=np.float32)))
        self._save_file()
        return len(missing)

    def __call__(self, a: str, b: str) -> float:
        """Cosine similarity of the two names (0.0 when either cannot be embedded)."""
        key = (a, b) if a <= b else (b, a)
        cached = self._pairs.get(key)
        if cached is not None:
            return cached
        if a not in self._vectors or b not in self._vectors:
            self.prime((a, b))
        va, vb = self._vectors.get(a), self._vectors.get(b)
        value = 0.0 if va is None or vb is None else max(0.0, min(1.0, float(np.dot(va, vb))))
        self._pairs[key] = value
        return value

    @property
    def known(self) -> int:
        """How many names have a vector."""
        return len(self._vectors)

    def _load_file(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.cache_file is None or not self.cache_file.is_file():
            return
        try:
            with np.load(self.cache_file, allow_pickle=False) as data:
                names, vectors = list(data["names"]), data["vectors"]
        except (OSError, ValueError, KeyError):
            return  # a damaged cache is rebuilt from the model
        with self._lock:
            for name, vector in zip(names, vectors):
                self._vectors.setdefault(str(name), vector.astype(np.float32))

    def _save_file(self) -> None:
        if self.cache_file is None:
            return
        with self._lock:
            names = sorted(self._vectors)
            vectors = np.stack([self._vectors[n] for n in names]) if names else np.zeros((0, 384), np.float32)
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_file.with_name(f".{self.cache_file.stem}.{os.getpid()}.{threading.get_ident()}.npz")
            np.savez(tmp, names=np.array(names, dtype=str), vectors=vectors)
            tmp.replace(self.cache_file)
        except OSError:
            pass  # the cache is an optimisation; memory still holds the vectors


def cache_path(settings: Settings, model_id: str) -> Path:
    """Where the skill-name vectors of a model are persisted (under the data dir)."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in model_id)
    return settings.data_dir / "cache" / f"skill_name_vectors-{safe}.npz"


def make_similarity(settings: Settings, encoder: Encoder | None = None) -> SkillSimilarity:
    """The skill-name similarity (the model loads lazily, on the first unseen name); pass `encoder` to share one."""
    if encoder is None:
        from core.embeddings import make_embedder

        encoder = make_embedder(settings)
    return SkillSimilarity(encoder, cache_path(settings, encoder.model_id))
