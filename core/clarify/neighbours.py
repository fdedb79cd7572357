"""Closest taxonomy skills to a name: embedding similarity (all-MiniLM-L6-v2 via core.embeddings), lexical fallback.

`EmbeddingNeighbours` embeds every taxonomy skill name once, lazily (the first emerging-skill question), and keeps
the matrix; when the model cannot be loaded it falls back to `LexicalNeighbours` (token overlap) and says why.
"""

from __future__ import annotations

import re
import threading
from typing import Protocol, Sequence

import numpy as np

from core.taxonomy.models import Taxonomy

_TOKEN = re.compile(r"[a-z0-9+#]+")


class Neighbours(Protocol):
    """Anything that can rank taxonomy skills by closeness to a name."""

    def nearest(self, name: str, k: int = 3) -> list[tuple[str, float]]:
        """Up to k (skill id, similarity 0..1), closest first."""
        ...


class Encoder(Protocol):
    """What EmbeddingNeighbours needs from core.embeddings.Embedder."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        ...


class LexicalNeighbours:
    """Token-overlap (Jaccard) over skill names and aliases; needs no model."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        """Index the taxonomy's names and aliases by token."""
        self.forms = [(s.id, set(_TOKEN.findall(f.lower()))) for s in taxonomy.skills.values()
                      for f in (s.name, *s.aliases)]

    def nearest(self, name: str, k: int = 3) -> list[tuple[str, float]]:
        """Up to k (skill id, Jaccard) with some overlap, best first."""
        tokens = set(_TOKEN.findall(name.lower()))
        best: dict[str, float] = {}
        for skill_id, form in self.forms:
            if tokens and form:
                score = len(tokens & form) / len(tokens | form)
                if score > best.get(skill_id, 0.0):
                    best[skill_id] = score
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))[:k]


class EmbeddingNeighbours:
    """Cosine similarity of the name's embedding to every taxonomy skill name (matrix built once)."""

    def __init__(self, encoder: Encoder, taxonomy: Taxonomy) -> None:
        """Wrap an encoder; nothing is embedded until the first `nearest` call."""
        self.encoder, self.taxonomy = encoder, taxonomy
        self.ids = sorted(taxonomy.skills)
        self.unavailable: str | None = None
        self._matrix: np.ndarray | None = None
        self._lexical: LexicalNeighbours | None = None
        self._lock = threading.Lock()

    def _ensure(self) -> np.ndarray | None:
        with self._lock:
            if self._matrix is None and self.unavailable is None:
                try:
                    names = [self.taxonomy.skills[i].name for i in self.ids]
                    self._matrix = np.asarray(self.encoder.encode(names), dtype=np.float32)
                except (ImportError, OSError, RuntimeError, ValueError) as exc:
                    self.unavailable = f"embedding model unavailable ({type(exc).__name__}: {exc})"
            return self._matrix

    def nearest(self, name: str, k: int = 3) -> list[tuple[str, float]]:
        """Up to k (skill id, cosine clipped to 0..1), closest first; lexical when the model is unavailable."""
        matrix = self._ensure()
        if matrix is None:
            self._lexical = self._lexical or LexicalNeighbours(self.taxonomy)
            return self._lexical.nearest(name, k)
        try:
            vector = np.asarray(self.encoder.encode([name]), dtype=np.float32)[0]
        except (ImportError, OSError, RuntimeError, ValueError):
            return []
        scores = matrix @ vector
        top = np.argsort(-scores)[:k]
        return [(self.ids[i], float(max(0.0, min(1.0, scores[i])))) for i in top]


def make_neighbours(settings, taxonomy: Taxonomy) -> EmbeddingNeighbours:
    """Embedding neighbours for these settings (the model loads lazily, on the first question that needs it)."""
    from core.embeddings import make_embedder

    return EmbeddingNeighbours(make_embedder(settings), taxonomy)
