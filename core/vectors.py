"""Chroma wrapper: client injected, our embeddings always passed (never Chroma's default embedder)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from core.config import Settings
from core.embeddings import Embedder


@dataclass(frozen=True)
class VectorHit:
    """One nearest-neighbour result."""

    id: str
    score: float  # cosine similarity in [-1, 1]
    metadata: dict


class VectorIndex:
    """A Chroma collection that only ever sees embeddings we computed."""

    def __init__(self, client, name: str, embedder: Embedder):
        self._embedder = embedder
        # embedding_function=None: Chroma must never fall back to its downloading default embedder.
        self._col = client.get_or_create_collection(
            name=name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def count(self) -> int:
        """Number of vectors stored."""
        return self._col.count()

    def upsert(self, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict] | None = None) -> None:
        """Embed texts with our model and upsert them."""
        if not ids:
            return
        vecs = self._embedder.encode(list(texts))
        self._col.upsert(ids=list(ids), embeddings=vecs.tolist(), metadatas=list(metadatas) if metadatas else None)

    def query(self, text: str, k: int = 50, where: dict | None = None) -> list[VectorHit]:
        """The k nearest stored items to text."""
        if self.count() == 0:
            return []
        vec = self._embedder.encode([text])[0]
        res = self._col.query(query_embeddings=[vec.tolist()], n_results=min(k, self.count()), where=where)
        ids, dists, metas = res["ids"][0], res["distances"][0], res["metadatas"][0]
        return [VectorHit(i, 1.0 - float(d), m or {}) for i, d, m in zip(ids, dists, metas)]

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """The subset of ids already stored."""
        if not ids:
            return set()
        return set(self._col.get(ids=list(ids), include=[])["ids"])

    def delete(self, ids: Sequence[str]) -> None:
        """Remove ids."""
        if ids:
            self._col.delete(ids=list(ids))


def make_chroma_client(settings: Settings):
    """A persistent local Chroma client under the data dir, telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    )
