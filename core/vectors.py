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
        """Remove ids (in chunks below Chroma's batch limit)."""
        ids = list(ids)
        for at in range(0, len(ids), 5000):
            self._col.delete(ids=ids[at:at + 5000])

    # Additive (matching): precomputed vectors in and out, so callers can dedupe, cache and batch.
    def upsert_vectors(self, ids: Sequence[str], vectors, metadatas: Sequence[dict] | None = None) -> None:
        """Upsert vectors we computed with our embedder (same model as `upsert`)."""
        if not ids:
            return
        vecs = vectors.tolist() if hasattr(vectors, "tolist") else [list(v) for v in vectors]
        self._col.upsert(ids=list(ids), embeddings=vecs, metadatas=list(metadatas) if metadatas else None)

    def query_vector(self, vector, k: int = 50, where: dict | None = None,
                     metadata: bool = False) -> list[VectorHit]:
        """The k nearest stored items to a vector computed with our embedder (metadata only when asked: slower)."""
        total = self.count()
        if total == 0:
            return []
        vec = vector.tolist() if hasattr(vector, "tolist") else list(vector)
        include = ["metadatas", "distances"] if metadata else ["distances"]
        res = self._col.query(query_embeddings=[vec], n_results=min(k, total), where=where, include=include)
        ids, dists = res["ids"][0], res["distances"][0]
        metas = res["metadatas"][0] if metadata else [{}] * len(ids)
        return [VectorHit(i, 1.0 - float(d), m or {}) for i, d, m in zip(ids, dists, metas)]

    def embeddings(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """Stored vectors of these ids (missing ids are absent from the result)."""
        if not ids:
            return {}
        res = self._col.get(ids=list(ids), include=["embeddings"])
        return {i: v for i, v in zip(res["ids"], res["embeddings"])}

    def all_ids(self, page: int = 5000) -> list[str]:
        """Every stored id (paged)."""
        out: list[str] = []
        while True:
            chunk = self._col.get(include=[], limit=page, offset=len(out))["ids"]
            out.extend(chunk)
            if len(chunk) < page:
                return out


def make_chroma_client(settings: Settings):
    """A persistent local Chroma client under the data dir, telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    )
