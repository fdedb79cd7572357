"""Matching fixtures: a fast deterministic embedder, an index over ephemeral Chroma, the crafted market."""

from __future__ import annotations

import hashlib
import re
import uuid

import numpy as np
import pytest

from core.db.session import memory_engine
from core.embeddings import DIM
from core.matching.bm25 import BM25Index
from core.matching.config import MatchSettings
from core.matching.index import MatchIndex, ensure_index
from core.vectors import VectorIndex
from tests.matching.market import build_market


class HashEmbedder:
    """Bag-of-words hashed into 384 dims, unit-normalised: deterministic, instant, similar texts stay close."""

    model_id = "hash-test"

    def __init__(self) -> None:
        self.calls = 0
        self.encoded = 0

    def encode(self, texts):
        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9+#]+", text.lower()):
                slot = int(hashlib.md5(word.encode()).hexdigest()[:8], 16) % DIM
                out[row, slot] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


def chroma_client():
    """An in-memory Chroma client, telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))


def make_index(embedder, settings: MatchSettings | None = None, path=None) -> MatchIndex:
    """A MatchIndex over a fresh, uniquely named in-memory collection."""
    ms = settings or MatchSettings(collection=f"t_{uuid.uuid4().hex[:10]}")
    bm25 = (BM25Index.load(path) if path else None) or BM25Index()
    return MatchIndex(VectorIndex(chroma_client(), ms.collection, embedder), bm25, embedder, ms, path)


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="module")
def small_market():
    """An engine holding 250 crafted postings, with its index (hash embedder): (engine, index, families)."""
    engine = memory_engine()
    families = build_market(engine, 250)
    index = make_index(HashEmbedder())
    ensure_index(engine, index)
    yield engine, index, families
    engine.dispose()
