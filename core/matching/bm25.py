"""Sparse BM25 over postings (numpy/scipy): incremental rows, filter masks, persisted as one .npz file."""

from __future__ import annotations

import json
import os
import zipfile
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy import sparse

from core.matching.meta import MetaColumns
from core.matching.models import PostingFacts
from core.matching.text import posting_terms

FORMAT = 3  # 2: the meta "posted" column falls back to the first-seen time (PostingFacts.dated_at); 3: "demo"


class BM25Index:
    """BM25 (k1, b) over a document-term count matrix; term weights are recomputed lazily after changes."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.ids = np.zeros(0, dtype=np.int64)
        self.vocab: dict[str, int] = {}
        self._tf = sparse.csr_matrix((0, 0), dtype=np.float32)
        self._pending: list[sparse.csr_matrix] = []  # rows added since the last consolidation
        self._known: set[int] = set()
        self._rows: dict[int, int] | None = None
        self.meta = MetaColumns()
        self.anchor = ""  # which database these rows came from (catalog.Watermark.anchor); "" = not known yet
        self._weights: sparse.csc_matrix | None = None
        self._idf: np.ndarray | None = None

    @property
    def tf(self) -> sparse.csr_matrix:
        """The document-term count matrix (pending rows stacked in first)."""
        if self._pending:
            width = len(self.vocab)
            blocks = [self._tf, *self._pending]
            for block in blocks:
                block.resize((block.shape[0], width))
            self._tf = sparse.vstack(blocks, format="csr")
            self._pending = []
        return self._tf

    @tf.setter
    def tf(self, value: sparse.csr_matrix) -> None:
        self._tf, self._pending = value, []

    def __len__(self) -> int:
        """Number of indexed postings."""
        return len(self.ids)

    def rows_of(self, ids: Sequence[int]) -> np.ndarray:
        """Row positions of these posting ids (-1 for ids not indexed)."""
        if self._rows is None or len(self._rows) != len(self.ids):
            self._rows = {int(pid): row for row, pid in enumerate(self.ids.tolist())}
        return np.array([self._rows.get(int(i), -1) for i in ids], dtype=np.int64)

    @property
    def max_id(self) -> int:
        """Highest indexed posting id (0 when empty)."""
        return int(self.ids.max()) if len(self.ids) else 0

    def add(self, facts: Sequence[PostingFacts]) -> int:
        """Index postings not yet indexed; returns how many were added."""
        fresh = []
        for item in facts:
            if item.id not in self._known:
                self._known.add(item.id)
                fresh.append(item)
        if not fresh:
            return 0
        indptr, indices, data = [0], [], []
        for item in fresh:
            counts = Counter(posting_terms(item))
            for term, count in counts.items():
                indices.append(self.vocab.setdefault(term, len(self.vocab)))
                data.append(count)
            indptr.append(len(indices))
        rows = sparse.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32),
                                  np.array(indptr, dtype=np.int64)), shape=(len(fresh), len(self.vocab)))
        self._pending.append(rows)
        self.ids = np.concatenate([self.ids, np.array([f.id for f in fresh], dtype=np.int64)])
        self.meta = self.meta.extend(MetaColumns.of(fresh))
        self._weights = None
        return len(fresh)

    def remove(self, ids: Sequence[int]) -> int:
        """Drop these posting ids; returns how many were removed."""
        drop = np.isin(self.ids, np.asarray(list(ids), dtype=np.int64))
        if not drop.any():
            return 0
        keep = np.flatnonzero(~drop)
        self.tf, self.ids, self.meta = self.tf[keep], self.ids[keep], self.meta.take(keep)
        self._known = set(self.ids.tolist())
        self._weights = self._rows = None
        return int(drop.sum())

    def _prepare(self) -> None:
        """Saturated, length-normalised term weights (CSC for column access) and idf."""
        tf = self.tf.tocsr()
        n = tf.shape[0]
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        avg = float(lengths.mean()) if n else 1.0
        norm = self.k1 * (1.0 - self.b + self.b * lengths / max(avg, 1e-9))
        rows = np.repeat(np.arange(n), np.diff(tf.indptr))
        data = tf.data * (self.k1 + 1.0) / (tf.data + norm[rows])
        self._weights = sparse.csr_matrix((data.astype(np.float32), tf.indices, tf.indptr), shape=tf.shape).tocsc()
        df = np.diff(self._weights.indptr).astype(np.float64)
        self._idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every row for these query terms."""
        if self._weights is None:
            self._prepare()
        counts = Counter(t for t in terms if t in self.vocab)
        if not counts or not len(self.ids):
            return np.zeros(len(self.ids), dtype=np.float32)
        cols = np.array([self.vocab[t] for t in counts], dtype=np.int64)
        qw = self._idf[cols] * np.array(list(counts.values()), dtype=np.float32)
        return np.asarray(self._weights[:, cols] @ qw).ravel()

    def search(self, terms: Sequence[str], k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The k best (posting id, score) with a positive score, restricted to mask rows when given."""
        scores = self.scores(terms)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        positive = int((scores > 0).sum())
        k = min(k, positive)
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.lexsort((self.ids[top], -scores[top]))]
        return [(int(self.ids[i]), float(scores[i])) for i in top]

    def save(self, path: Path) -> None:
        """Write atomically to path (.npz)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        tf = self.tf.tocsr()
        vocab = sorted(self.vocab, key=self.vocab.get)
        np.savez(tmp, format=np.array([FORMAT]), ids=self.ids, tf_data=tf.data, tf_indices=tf.indices,
                 tf_indptr=tf.indptr, tf_shape=np.array(tf.shape), vocab=np.array([json.dumps(vocab)]),
                 params=np.array([self.k1, self.b]), anchor=np.array([self.anchor]), **self.meta.arrays("meta_"))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> "BM25Index | None":
        """The index saved at path, or None when absent, of another format or unreadable (it is rebuilt then)."""
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                if int(data["format"][0]) != FORMAT:
                    return None
                index = cls(float(data["params"][0]), float(data["params"][1]))
                index.ids = data["ids"].astype(np.int64)
                index.tf = sparse.csr_matrix((data["tf_data"], data["tf_indices"], data["tf_indptr"]),
                                             shape=tuple(int(x) for x in data["tf_shape"]))
                index.vocab = {t: i for i, t in enumerate(json.loads(str(data["vocab"][0])))}
                index._known = set(index.ids.tolist())
                index.meta = MetaColumns.from_arrays(data, "meta_")
                index.anchor = str(data["anchor"][0]) if "anchor" in data.files else ""
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # truncated or half-copied file
            return None
        return index
