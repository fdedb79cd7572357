"""The job second stage (core.skills.rerank): selection, scoring, persistence, training and integration."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.evaluation.datasets import GoldDoc
from core.skills.contextual import ContextExtractor
from core.skills.model import load_model
from core.skills.rerank import BITS, N_DENSE, Candidate, Reranker, fid, runs
from core.skills.training import TrainConfig, train_model


def _reranker(weights: dict[str, tuple[float, float]], mix=0.5, threshold=0.5, intercept=(0.0, 0.0)) -> Reranker:
    """A reranker with hand-set weights on named features (dense weights zero)."""
    rows = np.array(sorted({fid(k) for k in weights}), np.int32)
    w = np.zeros((len(rows), 2), np.float32)
    for k, v in weights.items():
        w[list(rows).index(fid(k))] += v
    dense = np.zeros((N_DENSE + 1, 2), np.float32)
    dense[N_DENSE] = intercept
    return Reranker(rows, w, dense, mix, threshold)


def _cand(lo, hi, *features) -> Candidate:
    return Candidate(lo, hi, lo * 10, hi * 10 - 1, sorted({fid(f) for f in features}), [0.0] * N_DENSE)


@pytest.mark.parametrize("tags, lines, expected", [
    ([0, 1, 2, 0, 1], [0] * 5, [(1, 3), (4, 5)]),
    ([1, 2, 2], [0, 0, 1], [(0, 2), (2, 3)]),  # an I never crosses a line
    ([2, 0, 1, 1], [0] * 4, [(0, 1), (2, 3), (3, 4)]),
    ([0, 0], [0, 0], []),
])
def test_runs_are_token_ranges_of_bio_tags(tags, lines, expected):
    assert runs(tags, lines) == expected


def test_scores_are_exact_plus_mix_times_overlap_probabilities():
    rr = _reranker({"a": (2.0, 0.0), "b": (0.0, -1.0)}, mix=0.5)
    got = rr.scores([_cand(0, 1, "a"), _cand(1, 2, "b"), _cand(2, 3)])
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    assert np.allclose(got, [sig(2) + 0.5 * 0.5, 0.5 + 0.5 * sig(-1), 0.5 + 0.25])
    assert rr.scores([]).shape == (0,)


@pytest.mark.parametrize("scores, threshold, expected", [
    ([0.9, 0.8, 0.7], 0.5, [(0, 39), (40, 59)]),  # (0,4) wins, (2,3) overlaps it, (4,6) is free
    ([0.4, 0.8, 0.7], 0.5, [(20, 29), (40, 59)]),  # below the threshold: the overlapping one is taken
    ([0.4, 0.3, 0.2], 0.5, []),
])
def test_selection_is_greedy_and_non_overlapping(scores, threshold, expected):
    rr = _reranker({}, threshold=threshold)
    cands = [_cand(0, 4), _cand(2, 3), _cand(4, 6)]
    assert [(a, b) for a, b, _ in rr.select(cands, np.array(scores))] == expected


def _docs(n: int = 10) -> list[GoldDoc]:
    """Synthetic postings: a skill list (gold Knowledge) and a company line (untagged)."""
    skills = ["Python", "Docker", "Kubernetes", "Terraform", "Java", "SQL", "Linux", "AWS"]
    out = []
    for i in range(n):
        a, b = skills[i % 8], skills[(i + 3) % 8]
        text = f"Requirements:\n- Experience with {a} and {b}\nWe use {skills[(i + 5) % 8]} internally"
        gold = tuple((text.index(s), text.index(s) + len(s)) for s in (a, b))
        out.append(GoldDoc(f"d{i}", "job", text, {"knowledge": gold, "skill": ()}))
    return out


@pytest.fixture(scope="module")
def trained(taxonomy):
    """A small job model with a second stage (5 folds over 10 synthetic postings)."""
    config = TrainConfig(epochs=3, seed=5, lexicon_folds=2, bias_grid=(0.0, 0.5))
    docs = _docs()
    return train_model(taxonomy, docs, docs[:4], [], config)[0]


def test_training_attaches_a_deterministic_second_stage(taxonomy, trained, tmp_path):
    rr = trained.kinds["job"].rerank
    assert rr is not None and len(rr.rows) > 0 and rr.weights.shape == (len(rr.rows), 2)
    assert rr.dense.shape == (N_DENSE + 1, 2) and int(rr.rows.max()) < (1 << BITS)
    config = TrainConfig(epochs=3, seed=5, lexicon_folds=2, bias_grid=(0.0, 0.5))
    again = train_model(taxonomy, _docs(), _docs()[:4], [], config)[0]
    assert trained.save(tmp_path / "a.npz") == again.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    loaded = load_model(tmp_path / "a.npz").kinds["job"].rerank
    assert np.array_equal(loaded.rows, rr.rows) and np.array_equal(loaded.weights, rr.weights)
    assert (loaded.mix, loaded.threshold) == (rr.mix, rr.threshold)


def test_second_stage_changes_the_model_version(trained):
    from core.skills.model import ExtractorModel, model_version

    kinds = dict(trained.kinds)
    kinds["job"] = replace(kinds["job"], rerank=replace(kinds["job"].rerank, threshold=0.9))
    assert model_version(ExtractorModel(kinds, trained.meta)) != model_version(trained)


def test_too_few_postings_train_no_second_stage(taxonomy):
    config = TrainConfig(epochs=2, seed=5, lexicon_folds=2, bias_grid=(0.0,))
    model = train_model(taxonomy, _docs(4), _docs(4)[:2], [], config)[0]
    assert model.kinds["job"].rerank is None


def test_knowledge_spans_come_from_the_second_stage(taxonomy, trained):
    from core.skills.model import ExtractorModel

    text = "Requirements:\n- Experience with Python and Docker\nWe use Linux internally"
    kinds = dict(trained.kinds)
    kinds["job"] = replace(kinds["job"], rerank=replace(kinds["job"].rerank, threshold=99.0))  # takes nothing
    silent = ContextExtractor(taxonomy, ExtractorModel(kinds, trained.meta, clusters=trained.clusters))
    floor = [(m.surface, m.confidence) for m in silent.extract(text, "job").mentions if m.layer == "knowledge"]
    assert floor == [("Python", 0.807), ("Docker", 0.807), ("Linux", 0.807)]  # the listed-skill floor only
    kinds["job"] = replace(kinds["job"], rerank=replace(kinds["job"].rerank, threshold=-1.0))  # takes every one
    eager = ContextExtractor(taxonomy, ExtractorModel(kinds, trained.meta, clusters=trained.clusters))
    got = [m for m in eager.extract(text, "job").mentions if m.layer == "knowledge"]
    assert got and all(text[m.start:m.end] == m.surface and 0.3 <= m.confidence <= 0.99 for m in got)
    spans = sorted((m.start, m.end) for m in got)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # never overlapping
