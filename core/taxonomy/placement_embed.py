"""Embedding fallback of title placement: the nearest occupation title by all-MiniLM-L6-v2 (core.embeddings).

The title matrix (each occupation's title and its first reported titles, about 9k short strings) is embedded at
taxonomy-build time (core/taxonomy/build/title_vectors_step.py) and shipped beside occupations.jsonl:
title_vectors.npy (int8, one row per title, each row scaled to its largest component) and title_vectors.json (the
model, a key and the [soc, title] rows). At runtime the matrix is only loaded (tens of milliseconds) and the one
query title is embedded by the same model's weights run in numpy (core.embeddings_lite: no torch import; about half a
second once per process, then tens of milliseconds a title). A missing or stale matrix (its key no longer matches
the occupations or the model) is never rebuilt on a page: the fallback is skipped (logged once) and placement
returns what the rules and O*NET titles found, or None. Used only for titles those cannot place; never by ingest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np

REPORTED_PER_OCCUPATION = 8  # the occupations file lists reported titles first
MIN_COSINE = 0.5  # below this the nearest title is not a placement
VECTORS_FILE = "title_vectors.npy"
META_FILE = "title_vectors.json"
_LOG = logging.getLogger(__name__)
_LOCK = threading.Lock()
_WARNED: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class TitleMatrix:
    """Unit row vectors (float32) with the soc, title text and family of each row."""

    vectors: np.ndarray
    socs: tuple[str, ...]
    texts: tuple[str, ...]
    families: np.ndarray


def embedding_texts(occupations: Mapping) -> tuple[list[str], list[str]]:
    """(texts, socs): each occupation's title and first reported titles, deduplicated per occupation, by soc."""
    texts, socs = [], []
    for soc in sorted(occupations):
        occ = occupations[soc]
        for text in dict.fromkeys([occ.title, *occ.titles[:REPORTED_PER_OCCUPATION]]):
            texts.append(text)
            socs.append(soc)
    return texts, socs


def matrix_key(texts: list[str], socs: list[str], model_id: str) -> str:
    """What the vectors depend on: the model and the (soc, text) rows, hashed."""
    rows = "\n".join(f"{s}\t{t}" for s, t in zip(socs, texts))
    return hashlib.sha1(f"{model_id}\n{rows}".encode("utf-8")).hexdigest()[:16]


def quantise(vectors: np.ndarray) -> np.ndarray:
    """int8 rows, each scaled so its largest component is +-127 (the direction survives; renormalised on load)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    peak[peak == 0] = 1.0
    return np.clip(np.rint(vectors * (127.0 / peak)), -127, 127).astype(np.int8)


def write_matrix(out_dir: Path, vectors: np.ndarray, texts: list[str], socs: list[str], model_id: str) -> int:
    """Write title_vectors.npy + title_vectors.json (deterministic for the same vectors); returns bytes written."""
    out_dir = Path(out_dir)
    meta = {"model": model_id, "key": matrix_key(texts, socs, model_id), "dim": int(vectors.shape[1]),
            "dtype": "int8-rowmax", "rows": len(texts)}
    head = json.dumps(meta, ensure_ascii=False)[:-1] + ', "titles": [\n'
    body = ",\n".join(json.dumps([s, t], ensure_ascii=False) for s, t in zip(socs, texts))
    (out_dir / META_FILE).write_text(head + body + "\n]}\n", encoding="utf-8")
    np.save(out_dir / VECTORS_FILE, quantise(vectors), allow_pickle=False)
    return (out_dir / META_FILE).stat().st_size + (out_dir / VECTORS_FILE).stat().st_size


def read_meta(directory: Path) -> dict | None:
    """The matrix's metadata (with its titles), or None when absent or unreadable."""
    path = Path(directory) / META_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (OSError, ValueError):
        return None


def _warn_once(directory: Path, reason: str) -> None:
    """Log why the embedding fallback is off, once per directory and reason."""
    if (str(directory), reason) not in _WARNED:
        _WARNED.add((str(directory), reason))
        hint = "" if "model" in reason and "matrix" not in reason else "; `python -m core build-taxonomy` writes it"
        _LOG.warning("title placement: embedding fallback skipped (%s, %s)%s", reason, directory, hint)


def _stamp(path: Path) -> tuple:
    """(mtime, size) of a file, or () when absent."""
    return (path.stat().st_mtime_ns, path.stat().st_size) if path.is_file() else ()


def load_matrix(index, directory: Path | None = None) -> TitleMatrix | None:
    """The shipped matrix for this title index (cached on the index per file stamp), or None (logged once) when it
    is missing or stale."""
    from core.embeddings import MODEL_ID

    directory = Path(directory or index.directory or ".")
    stamp = (str(directory), _stamp(directory / VECTORS_FILE), _stamp(directory / META_FILE))
    with _LOCK:
        if stamp in index.vectors:
            return index.vectors[stamp]
        matrix, reason = None, "no title matrix"
        meta = read_meta(directory)
        if meta is not None and stamp[1]:
            texts, socs = embedding_texts(index.occupations)
            if meta.get("key") != matrix_key(texts, socs, MODEL_ID):
                reason = "stale title matrix: the occupations or the model changed"
            else:
                raw = np.load(directory / VECTORS_FILE, allow_pickle=False).astype(np.float32)
                if raw.shape[0] == len(texts):
                    raw /= np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-12)
                    families = np.array([index.occupations[s].family for s in socs])
                    matrix = TitleMatrix(raw, tuple(socs), tuple(texts), families)
                else:
                    reason = "title matrix rows do not match its titles"
        if matrix is None:
            _warn_once(directory, reason)
        index.vectors[stamp] = matrix
        return matrix


def _default_embedder():
    """The query encoder: all-MiniLM-L6-v2 from its local path as numpy (core.embeddings_lite; no torch import, about
    half a second to load once per process), or None when the model package is not installed."""
    from core.config import Settings
    from core.embeddings import default_model_path
    from core.embeddings_lite import lite_encoder

    try:
        return lite_encoder(Settings.from_env().embedding_model_path or default_model_path())
    except (ImportError, OSError):
        return None


def confidence(best: float, other_family: float) -> float:
    """0..0.85 from the cosine (0.5 -> 0, 0.9 -> full) and the margin to the best title of another family."""
    base = min(max((best - MIN_COSINE) / 0.4, 0.0), 1.0)
    margin = min(max((best - other_family) / 0.08, 0.0), 1.0)
    return 0.85 * base * (0.6 + 0.4 * margin)


def nearest_title(index, text: str, embedder=None, directory: Path | None = None) -> tuple[str, float, str] | None:
    """(soc, confidence, matched title) of the nearest shipped occupation title, or None (below MIN_COSINE, or no
    usable matrix or model: the fallback is skipped, never built here)."""
    matrix = load_matrix(index, directory)
    if matrix is None:
        return None
    embedder = embedder or _default_embedder()
    if embedder is None:
        _warn_once(Path(directory or index.directory or "."), "the sentence model is not installed")
        return None
    try:
        query = np.asarray(embedder.encode([text])[0], dtype=np.float32)
    except (ImportError, OSError):
        _warn_once(Path(directory or index.directory or "."), "the sentence model could not be loaded")
        return None
    if query.shape[0] != matrix.vectors.shape[1]:
        _warn_once(Path(directory or index.directory or "."), "title matrix dimension differs from the model's")
        return None
    sims = matrix.vectors @ query
    best = int(np.argmax(sims))
    if sims[best] < MIN_COSINE:
        return None
    others = sims[matrix.families != matrix.families[best]]
    return matrix.socs[best], confidence(float(sims[best]), float(others.max()) if others.size else 0.0), \
        matrix.texts[best]
