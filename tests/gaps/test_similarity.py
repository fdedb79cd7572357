"""SkillSimilarity with a fake encoder: batching, memo, the .npz cache, degradation, and use in market_gaps."""

from __future__ import annotations

import numpy as np
import pytest

from core.gaps.market_gap import market_gaps
from core.gaps.profile import ProfileSkills
from core.gaps.similarity import SkillSimilarity, cache_path
from core.config import Settings

VECTORS = {  # unit vectors in 3-d: MySQL ~ PostgreSQL (cos 0.8), Docker orthogonal to both
    "MySQL": (1.0, 0.0, 0.0), "PostgreSQL": (0.8, 0.6, 0.0), "Docker": (0.0, 0.0, 1.0), "Opposite": (-1.0, 0.0, 0.0),
}


class FakeEncoder:
    """Returns fixed vectors and records every batch it was asked for."""

    model_id = "fake/model"

    def __init__(self, fail: Exception | None = None, extra: dict | None = None):
        self.batches: list[list[str]] = []
        self.fail = fail
        self.vectors = {**VECTORS, **(extra or {})}

    def encode_cached(self, texts):
        if self.fail:
            raise self.fail
        self.batches.append(list(texts))
        return np.array([self.vectors.get(t, (0.0, 1.0, 0.0)) for t in texts], dtype=np.float32)


@pytest.mark.parametrize("a, b, expected", [
    ("MySQL", "PostgreSQL", 0.8), ("PostgreSQL", "MySQL", 0.8), ("MySQL", "Docker", 0.0),
    ("MySQL", "Opposite", 0.0), ("Docker", "Docker", 1.0),
])
def test_cosine_clipped_to_unit_interval(a, b, expected):
    assert SkillSimilarity(FakeEncoder())(a, b) == pytest.approx(expected, abs=1e-6)


def test_prime_batches_once_and_pairs_are_memoised():
    encoder = FakeEncoder()
    sim = SkillSimilarity(encoder)
    assert sim.prime(["MySQL", "PostgreSQL", "Docker", "MySQL"]) == 3
    assert sim.prime(["MySQL"]) == 0
    for _ in range(3):
        sim("MySQL", "PostgreSQL")
    assert encoder.batches == [["Docker", "MySQL", "PostgreSQL"]]


def test_vectors_persist_across_instances(tmp_path):
    path = cache_path(Settings(data_dir=tmp_path), FakeEncoder.model_id)
    assert path.parent == tmp_path / "cache" and "/" not in path.name
    SkillSimilarity(FakeEncoder(), path).prime(["MySQL", "PostgreSQL"])
    second = FakeEncoder()
    sim = SkillSimilarity(second, path)
    assert sim("MySQL", "PostgreSQL") == pytest.approx(0.8, abs=1e-6)
    assert second.batches == []  # served from the file: no model call


def test_damaged_cache_file_is_rebuilt(tmp_path):
    path = tmp_path / "vectors.npz"
    path.write_bytes(b"not a zip")
    encoder = FakeEncoder()
    assert SkillSimilarity(encoder, path)("MySQL", "PostgreSQL") == pytest.approx(0.8, abs=1e-6)
    assert encoder.batches and SkillSimilarity(FakeEncoder(fail=OSError("gone")), path).prime(["MySQL"]) == 0


def test_unavailable_model_gives_zero_and_a_reason():
    sim = SkillSimilarity(FakeEncoder(fail=OSError("no weights")))
    assert sim("MySQL", "PostgreSQL") == 0.0
    assert "no weights" in sim.unavailable


def test_similarity_gives_adjacency_credit_in_market_gaps(taxonomy, demand, segment):
    """Docker and MySQL are unrelated in the taxonomy; an embedding neighbour still lowers the hours."""
    profile = ProfileSkills.from_levels({"docker": 3})
    sim = SkillSimilarity(FakeEncoder(extra={"Kubernetes": (0.0, 0.0, 1.0)}))  # cos(Docker, Kubernetes) = 1
    without = {g.skill_id: g for g in market_gaps(profile, segment, demand, taxonomy).gaps}
    with_sim = {g.skill_id: g for g in market_gaps(profile, segment, demand, taxonomy, similarity=sim).gaps}
    assert with_sim["kubernetes"].est_hours < without["kubernetes"].est_hours
    assert with_sim["kubernetes"].adjacent_from == ("Docker",)
    assert with_sim["aws"].est_hours == without["aws"].est_hours  # dissimilar names: no credit
