"""Closest taxonomy skills for emerging-skill questions: embeddings when available, token overlap otherwise."""

from __future__ import annotations

import numpy as np
import pytest

from core.clarify.neighbours import EmbeddingNeighbours, LexicalNeighbours

AXES = {"workflow": 0, "orchestration": 0, "temporal": 0, "airflow": 0, "container": 1, "docker": 1,
        "kubernetes": 1, "k8s": 1, "language": 2}


class BagOfAxes:
    """A toy encoder: each known word pushes one axis; vectors unit-normalised."""

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace("apache ", "").split():
                out[row, AXES.get(word, 3)] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


class Broken:
    def encode(self, texts):
        raise OSError("model files missing")


def test_embedding_neighbours_rank_by_cosine_and_embed_the_taxonomy_once(taxonomy):
    encoder = BagOfAxes()
    near = EmbeddingNeighbours(encoder, taxonomy)
    first = near.nearest("Temporal", 3)
    assert {sid for sid, _ in first[:2]} == {"workflow_orchestration", "airflow"}
    assert [score for _, score in first] == [pytest.approx(1.0), pytest.approx(1.0), pytest.approx(0.0)]
    near.nearest("k8s", 2)
    assert encoder.calls == 3  # the taxonomy matrix once, then one call per name


def test_embedding_neighbours_fall_back_to_tokens_when_the_model_is_missing(taxonomy):
    near = EmbeddingNeighbours(Broken(), taxonomy)
    assert near.nearest("Apache Airflow DAGs", 1) == [("airflow", pytest.approx(2 / 3))]
    assert "model files missing" in near.unavailable


@pytest.mark.parametrize("name, best", [("Postgres SQL", "sql"), ("golang services", "go"), ("Temporal", None)])
def test_lexical_neighbours(taxonomy, name, best):
    found = LexicalNeighbours(taxonomy).nearest(name, 3)
    assert (found[0][0] if found else None) == best
