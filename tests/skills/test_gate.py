"""The CRAG-style mapping gate: literal maps, confident retrieval, near ties, junk, bounded retries."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from core.config import GateSettings
from core.skills.forms import build_index
from core.skills.gate import MappingGate, core_phrase, summary

DIM = 64


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _basis(i: int) -> np.ndarray:
    v = np.zeros(DIM)
    v[i] = 1.0
    return v


AWS, GCP = _basis(0), _unit(_basis(0) + _basis(1))
PINNED = {  # text -> vector; everything else gets a pseudo-random direction far from these
    "AWS": AWS, "amazon web services": AWS, "amazon-web-services": AWS,
    "GCP": GCP, "google cloud platform": GCP, "google cloud": GCP,
    "Amazon cloud hosting": _unit(AWS + 0.25 * _basis(2)),  # clearly AWS
    "hyperscaler platform": _unit(AWS + GCP),  # exactly between AWS and GCP
    "hyperscaler": _unit(AWS + GCP),
}


class FakeEmbedder:
    """Deterministic vectors; counts encode calls and encoded texts."""

    model_id = "fake-embedder"

    def __init__(self, same_for_all: bool = False) -> None:
        self.same_for_all = same_for_all
        self.calls = 0
        self.texts: list[str] = []
        self._cache: dict[str, np.ndarray] = {}

    def _vec(self, text: str) -> np.ndarray:
        if self.same_for_all:
            return _unit(np.ones(DIM))
        if text in PINNED:
            return _unit(PINNED[text])
        rng = np.random.default_rng(zlib.crc32(text.encode()))
        v = rng.normal(size=DIM)
        v[:3] = 0.0  # orthogonal to the pinned directions
        return _unit(v)

    def encode(self, texts):
        self.calls += 1
        self.texts += list(texts)
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, DIM), np.float32)

    def encode_cached(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for t, v in zip(missing, self.encode(missing)):
                self._cache[t] = v
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, DIM), np.float32)


def _gate(taxonomy, embedder=None, **settings) -> MappingGate:
    return MappingGate(taxonomy, build_index(taxonomy), GateSettings(**settings), embedder)


@pytest.mark.parametrize(
    ("surface", "decision", "skill_id", "recipe"),
    [
        ("Golang", "mapped", "go", "literal"),  # an alias
        ("experience with Kubernetes", "mapped", "kubernetes", "literal"),  # core phrase is a name
        ("Terraform skills", "mapped", "terraform", "literal"),  # generic head stripped
        ("Amazon cloud hosting", "mapped", "aws", "surface"),  # confident retrieval
        ("hyperscaler platform", "emerging", None, "core"),  # near tie, after the recipe switch
        ("Temporal", "emerging", None, "surface"),  # nothing close
        ("<ORGANIZATION>", "rejected", None, ""),
        ("and the", "rejected", None, ""),
    ],
)
def test_gate_decisions(taxonomy, surface, decision, skill_id, recipe):
    gate = _gate(taxonomy, FakeEmbedder())
    (d,) = gate.decide([(surface, 10, 10 + len(surface))])
    assert (d.decision, d.skill_id, d.recipe) == (decision, skill_id, recipe)
    assert (d.surface, d.start, d.end) == (surface, 10, 10 + len(surface))
    assert d.retries <= GateSettings().max_retries


def test_confident_retrieval_signals(taxonomy):
    (d,) = _gate(taxonomy, FakeEmbedder()).decide([("Amazon cloud hosting", 0, 20)])
    assert d.signals["accepted_count"] >= 2
    assert d.signals["margin"] >= 0.08
    assert d.signals["literal_reject_rate"] <= 0.5
    assert d.candidates[0][0] == "aws" and d.retries == 0


def test_near_tie_keeps_candidates_for_clarification(taxonomy):
    (d,) = _gate(taxonomy, FakeEmbedder()).decide([("hyperscaler platform", 0, 20)])
    assert {c for c, _ in d.candidates[:2]} == {"aws", "gcp"}
    assert "near tie" in d.reason
    assert d.retries == 1  # one recipe switch (surface -> core phrase "hyperscaler"), then stop
    row = d.to_dict()
    assert row["decision"] == "emerging" and row["candidates"][0]["skill_id"] in ("aws", "gcp")


@pytest.mark.parametrize(
    ("max_retries", "retries", "top_k"),
    [(3, 3, 20), (1, 1, 12), (10, 4, 20)],  # widening stops at top_k_max, then one recipe switch at most
)
def test_retries_are_bounded_and_counted(taxonomy, max_retries, retries, top_k):
    embedder = FakeEmbedder(same_for_all=True)  # every row ties with every other: never confident
    gate = _gate(taxonomy, embedder, max_retries=max_retries)
    (d,) = gate.decide([("cloud hosting platform skills", 0, 30)])
    assert d.decision == "emerging"
    assert d.retries == retries
    assert d.signals["top_k"] == top_k


def test_literal_mode_without_embedder(taxonomy):
    gate = _gate(taxonomy)
    decisions = gate.decide([("Golang", 0, 6), ("Temporal", 10, 18), ("Temporal", 30, 38)])
    assert [d.decision for d in decisions] == ["mapped", "emerging", "emerging"]
    assert "no embedder" in decisions[1].reason
    assert [d.start for d in decisions] == [0, 10, 30]  # memoised verdicts keep each occurrence's offsets
    assert summary(decisions, gate.mode, None) == {
        "mode": "literal", "embedder": None, "spans": 3, "mapped": 1, "emerging": 2, "rejected": 0,
        "literal": 1, "retries": 0, "recipe_switches": 0,
    }


def test_decisions_are_memoised_per_surface(taxonomy):
    embedder = FakeEmbedder()
    gate = _gate(taxonomy, embedder)
    gate.decide([("Amazon cloud hosting", 0, 20)])
    calls = embedder.calls
    gate.decide([("Amazon cloud hosting", 50, 70)])
    assert embedder.calls == calls


def test_taxonomy_matrix_is_built_once(taxonomy):
    embedder = FakeEmbedder()
    gate = _gate(taxonomy, embedder)
    gate.decide([("Temporal", 0, 8)])
    gate.decide([("Cadence workflows", 0, 17)])
    rows = sum(len(s.aliases) + 1 for s in taxonomy.skills.values())
    assert len(embedder.texts) <= rows + 4  # the name/alias matrix once, plus the queries


@pytest.mark.parametrize(
    ("surface", "core"),
    [("experience with Kubernetes", "kubernetes"), ("strong SQL skills", "sql"),
     ("React framework", "react"), ("skills", "")],
)
def test_core_phrase(surface, core):
    assert core_phrase(surface) == core
