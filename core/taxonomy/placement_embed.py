"""Embedding fallback of title placement: the nearest occupation title by all-MiniLM-L6-v2 (core.embeddings).

Embeds each occupation's title and its first reported titles once (about 9k short strings), keeps the matrix in
memory and in `<data dir>/occupation_titles-<taxonomy version>-<hash>.npz`, so later runs only load it. Used only for
titles the rules and the exact/alternate titles cannot place; never by ingest.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

REPORTED_PER_OCCUPATION = 8  # the occupations file lists reported titles first
MIN_COSINE = 0.5  # below this the nearest title is not a placement
_LOCK = threading.Lock()
_MATRICES: dict[str, tuple[np.ndarray, list[str], list[str]]] = {}


def embedding_texts(index) -> tuple[list[str], list[str]]:
    """(texts, socs): each occupation's title and first reported titles, deduplicated per occupation."""
    texts, socs = [], []
    for soc in sorted(index.occupations):
        occ = index.occupations[soc]
        for text in dict.fromkeys([occ.title, *occ.titles[:REPORTED_PER_OCCUPATION]]):
            texts.append(text)
            socs.append(soc)
    return texts, socs


def _key(texts: list[str], socs: list[str], version: str) -> str:
    """Cache key: taxonomy version plus a hash of the embedded strings."""
    digest = hashlib.sha1("\n".join(f"{s}\t{t}" for s, t in zip(socs, texts)).encode("utf-8")).hexdigest()[:12]
    return f"{version}-{digest}"


def title_matrix(index, embedder, cache_dir: Path | None, version: str) -> tuple[np.ndarray, list[str], list[str]]:
    """(unit vectors, socs, texts) for the index, from memory, the npz cache, or the embedder (then saved)."""
    texts, socs = embedding_texts(index)
    key = _key(texts, socs, version)
    with _LOCK:
        if key in _MATRICES:
            return _MATRICES[key]
        path = Path(cache_dir) / f"occupation_titles-{key}.npz" if cache_dir else None
        if path is not None and path.is_file():
            vecs = np.load(path)["vectors"]
        else:
            vecs = embedder.encode_bulk(texts).astype(np.float16)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.savez_compressed(path, vectors=vecs)
        _MATRICES[key] = (vecs.astype(np.float32), socs, texts)
        return _MATRICES[key]


def confidence(best: float, other_family: float) -> float:
    """0..0.85 from the cosine (0.5 -> 0, 0.9 -> full) and the margin to the best title of another family."""
    base = min(max((best - MIN_COSINE) / 0.4, 0.0), 1.0)
    margin = min(max((best - other_family) / 0.08, 0.0), 1.0)
    return 0.85 * base * (0.6 + 0.4 * margin)


def nearest_title(index, text: str, embedder=None, cache_dir: Path | None = None,
                  version: str = "v1") -> tuple[str, float, str] | None:
    """(soc, confidence, matched title) of the nearest occupation title, or None below MIN_COSINE."""
    if embedder is None or cache_dir is None:
        from core.config import Settings
        from core.embeddings import make_embedder

        settings = Settings.from_env()
        embedder = embedder or make_embedder(settings)
        cache_dir = cache_dir or settings.data_dir
    vecs, socs, texts = title_matrix(index, embedder, cache_dir, version)
    query = embedder.encode([text])[0]
    sims = vecs @ query
    best = int(np.argmax(sims))
    if sims[best] < MIN_COSINE:
        return None
    families = np.array([index.occupations[soc].family for soc in socs])
    others = sims[families != families[best]]
    return socs[best], confidence(float(sims[best]), float(others.max()) if others.size else 0.0), texts[best]
