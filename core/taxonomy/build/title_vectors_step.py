"""Title-vectors step: occupations.jsonl -> data/taxonomy/title_vectors.npy + title_vectors.json.

Embeds each occupation's title and first reported titles (core.taxonomy.placement_embed.embedding_texts; each
distinct text once) with all-MiniLM-L6-v2 loaded by local path (core.embeddings, offline), so title placement's
embedding fallback only loads the matrix at runtime. Kept without re-embedding when the shipped key already matches
(same titles, same model); skipped with a message when there are no occupations or the model is not installed
(placement then skips its embedding fallback until the vectors are built).
"""

from __future__ import annotations

import time

import numpy as np

from core.taxonomy.build.base import BuildContext
from core.taxonomy.occupations import load_occupations
from core.taxonomy.placement_embed import embedding_texts, matrix_key, read_meta, write_matrix, VECTORS_FILE


def build_embedder():
    """The sentence model used for the build (offline, local path), or None when it is not installed."""
    from core.config import Settings
    from core.embeddings import make_embedder

    try:
        embedder = make_embedder(Settings.from_env())
        embedder.encode(["probe"])  # load now, so a missing package or model is a skip, not a half-written file
        return embedder
    except (ImportError, OSError) as exc:
        print(f"title_vectors: sentence model unavailable ({exc.__class__.__name__}: {exc})")
        return None


def embed_unique(embedder, texts: list[str]) -> np.ndarray:
    """One vector per text, each distinct text embedded once."""
    unique = list(dict.fromkeys(texts))
    vectors = np.asarray(embedder.encode(unique), dtype=np.float32)
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]]


class TitleVectorsStep:
    """Write the title matrix for the embedding fallback of title placement (after the occupations step)."""

    name = "title_vectors"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Embed the occupation titles into ctx.out_dir (or keep an up-to-date matrix, or skip with a message)."""
        from core.embeddings import MODEL_ID

        occupations = load_occupations(ctx.out_dir)
        if not occupations:
            print("title_vectors: no occupations.jsonl; skipped (no embedding fallback for title placement)")
            return {"skipped": 1}
        texts, socs = embedding_texts(occupations)
        meta = read_meta(ctx.out_dir)
        if meta and meta.get("key") == matrix_key(texts, socs, MODEL_ID) and (ctx.out_dir / VECTORS_FILE).is_file():
            print(f"title_vectors: {len(texts)} title vectors up to date; kept")
            return {"kept": len(texts)}
        embedder = build_embedder()
        if embedder is None:
            print("title_vectors: skipped; title placement skips its embedding fallback until this step runs")
            return {"skipped": 1}
        start = time.perf_counter()
        vectors = embed_unique(embedder, texts)
        size = write_matrix(ctx.out_dir, vectors, texts, socs, getattr(embedder, "model_id", MODEL_ID))
        print(f"title_vectors: embedded {len(set(texts))} distinct titles ({len(texts)} rows) in "
              f"{time.perf_counter() - start:.0f} s; {size / 1e6:.1f} MB")
        return {"rows": len(texts), "distinct": len(set(texts)), "bytes": size}
