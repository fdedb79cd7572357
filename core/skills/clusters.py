"""Distributional word classes for the context tagger: k-means clusters of word embeddings, per word type.

At training time only (core.skills.training), every lower-cased word type of the training texts, of the
taxonomy's names and aliases and the whole-word entries of the embedding model's WordPiece vocabulary is
embedded once with all-MiniLM-L6-v2 (core.embeddings) and clustered by k-means at several granularities
(coarse to fine, like Brown-cluster prefixes). The artifact stores only the word -> cluster-id table, so
inference is a dictionary lookup per word type (no embedding model); a word outside the table has no cluster
and the tagger falls back to its shape and affix features. Words like "thermodynamics", "econometrics" and
"biochemistry" share a class with known fields, which lets the tagger generalise beyond its lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.skills.tokens import tokenize

GRANULARITIES = (128, 512)
MAX_WORD_LEN = 40
_WORDPIECE_WORD = re.compile(r"[a-z][a-z]+")


@dataclass
class WordClusters:
    """Lower-cased word -> one cluster id per granularity (coarse to fine)."""

    granularities: tuple[int, ...]
    table: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def of(self, word: str) -> tuple[int, ...] | None:
        """Cluster ids of a word (any case), or None when it was not in the clustered vocabulary."""
        return self.table.get(word.lower())

    def to_arrays(self) -> dict[str, np.ndarray]:
        """npz arrays: the sorted words (one string) and their ids (uint16, words x granularities)."""
        words = sorted(self.table)
        ids = np.array([self.table[w] for w in words], dtype=np.uint16).reshape(len(words), len(self.granularities))
        return {"clusters.words": np.array("\n".join(words)), "clusters.ids": ids,
                "clusters.k": np.array(self.granularities, dtype=np.int32)}

    @classmethod
    def from_arrays(cls, words: np.ndarray, ids: np.ndarray, ks: np.ndarray) -> "WordClusters":
        """Inverse of to_arrays."""
        names = str(words).split("\n") if str(words) else []
        rows = ids.astype(np.int64).tolist()
        return cls(tuple(int(k) for k in ks), {w: tuple(r) for w, r in zip(names, rows)})


def _usable(word: str) -> bool:
    """A word type worth clustering: has a letter, not too long."""
    return len(word) <= MAX_WORD_LEN and any(ch.isalpha() for ch in word)


def wordpiece_words(model_path: Path | None) -> list[str]:
    """Whole-word (not '##') alphabetic entries of the embedding model's vocab.txt (empty when absent)."""
    path = Path(model_path) / "vocab.txt" if model_path else None
    if path is None or not path.is_file():
        return []
    return [w for w in path.read_text(encoding="utf-8").split("\n") if _WORDPIECE_WORD.fullmatch(w)]


def cluster_vocabulary(texts: list[str], extra: list[str] = ()) -> list[str]:
    """Sorted lower-cased word types of `texts` (tokenised like the tagger) plus `extra` words."""
    words = {w.lower() for text in texts for w in tokenize(text).words}
    words.update(w.lower() for w in extra)
    return sorted(w for w in words if _usable(w))


def kmeans(vectors: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Cluster id per row: spherical k-means (cosine), k-means++-style seeding, deterministic for a seed."""
    x = vectors.astype(np.float32)
    n = len(x)
    k = min(k, n)
    rng = np.random.default_rng(seed)
    centers = [int(rng.integers(n))]
    best = 1.0 - x @ x[centers[0]]
    for _ in range(1, k):
        p = np.clip(best, 0, None) ** 2
        c = int(rng.choice(n, p=p / p.sum())) if p.sum() > 0 else int(rng.integers(n))
        centers.append(c)
        best = np.minimum(best, 1.0 - x @ x[c])
    cent = x[centers].copy()
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        cent = np.where(empty[:, None], cent, sums / np.where(norms == 0, 1, norms))
    return assign


def learn_clusters(words: list[str], vectors: np.ndarray, granularities: tuple[int, ...] = GRANULARITIES,
                   seed: int = 7) -> WordClusters:
    """Word clusters at each granularity from unit-normalised `vectors` (one row per word)."""
    if not words:
        return WordClusters(tuple(granularities))
    columns = [kmeans(vectors, k, seed + i) for i, k in enumerate(granularities)]
    ids = np.stack(columns, axis=1).tolist()
    return WordClusters(tuple(granularities), {w: tuple(r) for w, r in zip(words, ids)})


def embed_clusters(words: list[str], embedder, granularities: tuple[int, ...] = GRANULARITIES,
                   seed: int = 7) -> WordClusters:
    """Embed `words` with `embedder` (core.embeddings.Embedder-like: encode(list) -> unit vectors) and cluster."""
    return learn_clusters(words, embedder.encode(words), granularities, seed)
