"""The list-item splitter of job postings (core.skills.junction): features, split / merge, training, artifact."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.evaluation.datasets import GoldDoc
from core.skills.junction import N_NEURAL, N_SCALAR, Compounds, JunctionModel, Junctions, WordVectors, fid
from core.skills.junction_training import fit_junctions, jackknifed_log_probs, junction_examples
from core.skills.rerank import runs
from core.skills.model import ExtractorModel, load_model, model_version
from core.skills.tokens import tokenize

WORDS = ["powerpoint", "excel", "spring", "boot", "java", "os", "and", "experience", "with"]
DIM = 4


def _vectors() -> WordVectors:
    rng = np.random.default_rng(3)
    return WordVectors(WORDS, rng.normal(size=(len(WORDS), DIM)).astype(np.float16))


def _ctx(text: str, candidates: list[str] = ()) -> Junctions:
    """Junction context of a text, with the given surfaces as gazetteer candidates."""
    spans = [(text.index(c), text.index(c) + len(c)) for c in candidates]
    return Junctions(tokenize(text), spans, None, Compounds.of(["Spring Boot", "Java EE"]), _vectors())


def _model(weights: dict[str, float], intercept: float = 0.0, threshold: float = 0.5,
           merge: float = 0.9) -> JunctionModel:
    """A junction model with hand-set weights on named features (dense weights zero)."""
    rows = np.array(sorted({fid(k) for k in weights}), np.int32)
    w = np.zeros(len(rows), np.float32)
    for k, v in weights.items():
        w[list(rows).index(fid(k))] += v
    dense = np.zeros(N_SCALAR + 3 * DIM + N_NEURAL + 1, np.float32)
    dense[-1] = intercept
    return JunctionModel(rows, w, dense, threshold, merge)


def _span(text: str, surface: str) -> tuple[int, int, float]:
    return text.index(surface), text.index(surface) + len(surface), 0.8


@pytest.mark.parametrize("tags, line, expected", [
    ([0, 1, 2, 1, 0], [0] * 5, [(1, 3), (3, 4)]),
    ([1, 2, 2], [0, 0, 1], [(0, 2), (2, 3)]),  # a span never crosses a line
    ([2, 2, 0, 1], [0] * 4, [(0, 2), (3, 4)]),  # a leading I opens a span
    ([0, 0], [0, 0], []),
])
def test_gold_spans_are_the_runs_of_bio_tags(tags, line, expected):
    assert runs(tags, line) == expected


@pytest.mark.parametrize("names, bigram, finals, initials", [
    (["Spring Boot", "Java EE"], ("spring", "boot"), {"boot": 1, "ee": 1}, {"spring": 1, "java": 1}),
    (["Python"], None, {}, {}),  # a one-word name is no compound evidence
])
def test_compounds_read_multi_word_names(names, bigram, finals, initials):
    got = Compounds.of(names)
    assert (bigram in got.bigrams) if bigram else not got.bigrams
    assert dict(got.finals) == finals and dict(got.initials) == initials


def test_features_see_the_taxonomy_and_the_word_vectors():
    ctx = _ctx("Spring Boot PowerPoint Excel", ["Spring Boot"])
    ids, dense = ctx.features(0, 2, 1)  # inside "Spring Boot": a candidate crosses, a taxonomy bigram
    assert fid("cross=True") in ids and fid("tbig=True") in ids and fid("pieces=False|False|True") in ids
    ids, dense2 = ctx.features(2, 4, 3)  # "PowerPoint | Excel": no compound evidence
    assert fid("cross=False") in ids and fid("tbig=False") in ids
    assert dense.shape == (N_SCALAR + 3 * DIM + N_NEURAL,) and dense2[2] == 1.0  # both words have vectors
    assert not dense[-N_NEURAL:].any()  # no BiLSTM log-probabilities given: zeros
    assert ctx.features(0, 2, 1)[1][0] == pytest.approx(float(_vectors().get("Spring") @ _vectors().get("boot")))


def test_features_carry_the_bilstms_log_probabilities_at_both_tokens():
    text = "Spring Boot PowerPoint Excel"
    lp = np.log(np.array([[0.1, 0.8, 0.1, 0.7, 0.2, 0.1], [0.2, 0.1, 0.7, 0.6, 0.1, 0.3],
                          [0.3, 0.6, 0.1, 0.9, 0.05, 0.05], [0.1, 0.7, 0.2, 0.8, 0.1, 0.1]], np.float32))
    ctx = Junctions(tokenize(text), [], None, Compounds.of([]), _vectors(), log_probs=lp)
    got = ctx.features(0, 2, 1)[1][-N_NEURAL:]  # "Spring | Boot": the BiLSTM reads I at Boot
    assert np.allclose(got[:12], np.concatenate([lp[0], lp[1]]))
    assert got[12] == pytest.approx(np.log(0.1 / 0.7)) and got[13] == pytest.approx(np.log(0.1 / 0.3))
    assert got[14:] == pytest.approx([0.1, 0.7])  # P(B), P(I) of Knowledge at the second token
    assert ctx.features(2, 4, 3)[1][-2:] == pytest.approx([0.7, 0.2])  # "PowerPoint | Excel": B at Excel


def test_a_model_without_the_bilstm_weights_reads_the_leading_values():
    ctx = _ctx("Spring Boot PowerPoint Excel", ["Spring Boot"])
    new = _model({"b=boot": 2.0}, intercept=-1.0)
    new.dense[0] = 1.5  # the word-vector cosine
    old = JunctionModel(new.rows, new.weights, np.concatenate([new.dense[:-N_NEURAL - 1], new.dense[-1:]]))
    assert old.link(*ctx.features(0, 2, 1)) == pytest.approx(new.link(*ctx.features(0, 2, 1)))


def test_jackknifed_log_probs_come_from_nets_that_did_not_see_the_posting(monkeypatch):
    import core.skills.neural_training as nt

    class Net:
        def __init__(self, seen):
            self.seen = seen

        def log_probs(self, words, codes, line):
            return np.full((len(words), 6), float(len(self.seen)), np.float32), self.seen

    monkeypatch.setattr(nt, "train_neural", lambda rows, words, table, cfg: Net([r[0][0] for r in rows]))
    rows = [([f"w{i}", "x"], np.zeros(2), [0, 0], [1, 0], [0, 0]) for i in range(7)]
    out = jackknifed_log_probs(rows, [], np.zeros((0, 2)), None, 3)
    for i, (lp, seen) in enumerate(out):
        assert f"w{i}" not in seen  # trained without the posting's fold
        assert sorted(seen) == sorted(f"w{k}" for k in range(7) if k % 3 != i % 3)
        assert lp.shape == (2, 6)


@pytest.mark.parametrize("weights, spans, expected", [
    ({"b=excel": -20.0}, ["PowerPoint Excel"], ["PowerPoint", "Excel"]),  # a weak junction cuts
    ({"b=excel": 20.0}, ["PowerPoint Excel"], ["PowerPoint Excel"]),  # a strong one keeps the span
    ({"b=boot": 20.0, "b=os": -20.0}, ["Spring Boot", "Java OS"], ["Spring Boot", "Java", "OS"]),
    ({}, ["Excel"], ["Excel"]),  # one token: nothing to cut
])
def test_split_cuts_where_the_link_is_weak(weights, spans, expected):
    text = "Tools: PowerPoint Excel; Spring Boot and Java OS"
    got = _model(weights, intercept=0.0, merge=1.0).refine([_span(text, s) for s in spans], _ctx(text))
    assert [text[a:b] for a, b, _ in got] == expected
    assert all(c == 0.8 for *_, c in got)


def test_split_trims_punctuation_left_at_a_piece_edge():
    text = "Tools: PowerPoint ( Excel )"
    got = _model({}, intercept=-20.0, merge=1.0).refine([_span(text, "PowerPoint ( Excel")], _ctx(text))
    assert [text[a:b] for a, b, _ in got] == ["PowerPoint", "Excel"]


@pytest.mark.parametrize("text, spans, intercept, expected", [
    ("Selenium WebDriver here", ["Selenium", "WebDriver"], 20.0, ["Selenium WebDriver"]),  # linked: joined
    ("Selenium WebDriver here", ["Selenium", "WebDriver"], -20.0, ["Selenium", "WebDriver"]),
    ("Selenium here WebDriver", ["Selenium", "WebDriver"], 20.0, ["Selenium", "WebDriver"]),  # not side by side
    ("Selenium\nWebDriver", ["Selenium", "WebDriver"], 20.0, ["Selenium", "WebDriver"]),  # other line
])
def test_merge_joins_side_by_side_spans_above_the_merge_threshold(text, spans, intercept, expected):
    got = _model({}, intercept=intercept, merge=0.9).refine([_span(text, s) for s in spans], _ctx(text))
    assert [text[a:b] for a, b, _ in got] == expected


def test_examples_label_links_inside_spans_and_splits_between_neighbours():
    text = "PowerPoint Excel and Spring Boot"
    ctx = _ctx(text)
    tags = [1, 1, 0, 1, 2]  # PowerPoint | Excel side by side, "Spring Boot" one span
    labels = [label for *_, label in junction_examples(ctx, tags)]
    assert sorted(labels) == [0, 1]
    assert junction_examples(ctx, [0, 0, 0, 1, 0]) == []  # one-token spans have no junction


def test_fit_learns_the_labels_and_needs_both_classes():
    ctx = _ctx("Spring Boot PowerPoint Excel Java OS", ["Spring Boot"])
    examples = [(*ctx.features(0, 2, 1), 1), (*ctx.features(2, 4, 3), 0), (*ctx.features(4, 6, 5), 0)] * 5
    model = fit_junctions(examples, 0.5, 0.9)
    assert model.link(*ctx.features(0, 2, 1)) > 0.5 > model.link(*ctx.features(2, 4, 3))
    assert (model.threshold, model.merge_threshold) == (0.5, 0.9)
    assert fit_junctions([e for e in examples if e[2] == 1]) is None
    again = fit_junctions(examples, 0.5, 0.9)
    assert np.array_equal(again.weights, model.weights) and np.array_equal(again.dense, model.dense)


@pytest.fixture(scope="module")
def trained(taxonomy):
    """A job model with a second stage, a BiLSTM and a junction model (10 synthetic postings)."""
    from core.skills.neural_training import NeuralConfig
    from core.skills.training import TrainConfig, train_model

    skills = ["Python", "Docker", "Kubernetes", "Terraform", "Java", "SQL", "Linux", "AWS"]
    docs = []
    for i in range(10):
        a, b, c = skills[i % 8], skills[(i + 3) % 8], skills[(i + 5) % 8]
        text = f"Requirements:\n- Experience with {a} {b} and Spring Boot\nWe use {c} internally"
        gold = tuple((text.index(s), text.index(s) + len(s)) for s in (a, b, "Spring Boot"))
        docs.append(GoldDoc(f"d{i}", "job", text, {"knowledge": gold, "skill": ()}))
    words = sorted({w.lower() for d in docs for w in tokenize(d.text).words})
    vectors = np.random.default_rng(0).normal(size=(len(words), 8)).astype(np.float32)
    config = TrainConfig(epochs=3, seed=5, lexicon_folds=2, bias_grid=(0.0, 0.5))
    return train_model(taxonomy, docs, docs[:4], [], config, None, (words, vectors),
                       NeuralConfig(hidden=4, affix_dim=3, field_dim=3, epochs=1))[0]


def test_training_attaches_a_junction_model_that_round_trips(trained, tmp_path):
    km = trained.kinds["job"]
    assert isinstance(km.junction, JunctionModel)
    assert trained.meta["recipe"]["junction"] == {"threshold": 0.5, "merge": 0.9, "folds": 5}
    version = trained.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    got = loaded.kinds["job"].junction
    assert loaded.version == version and np.array_equal(got.weights, km.junction.weights)
    assert (got.threshold, got.merge_threshold) == (0.5, 0.9)
    other = ExtractorModel(dict(trained.kinds, job=replace(km, junction=replace(km.junction, threshold=0.4))))
    assert model_version(other) != version
    plain = ExtractorModel(dict(trained.kinds, job=replace(km, junction=None)))
    assert model_version(plain) != version


def test_the_extractor_refines_the_second_stages_knowledge_spans(taxonomy, trained):
    from core.skills.contextual import ContextExtractor

    km = trained.kinds["job"]
    text = "Requirements:\n- Experience with Kubernetes Docker and Spring Boot"

    def knowledge(intercept: float) -> list[str]:
        dense = np.zeros_like(km.junction.dense)
        dense[-1] = intercept  # -50: every junction is weak; +50: none is
        junction = JunctionModel(np.zeros(0, np.int32), np.zeros(0, np.float32), dense, 0.5, 1.0)
        model = ExtractorModel(dict(trained.kinds, job=replace(km, junction=junction)), trained.meta)
        return [m.surface for m in ContextExtractor(taxonomy, model).extract(text, "job").mentions
                if m.layer == "knowledge"]

    kept = knowledge(50.0)
    assert [s for s in kept if " " in s and s != "Spring Boot"]  # the tiny model merges words into spans
    assert knowledge(-50.0) == ["Kubernetes", "Docker", "Spring Boot"]  # cut apart; a taxonomy name stays whole


def test_the_extractor_gives_the_splitter_the_bilstms_log_probabilities(taxonomy, trained, monkeypatch):
    from core.skills.contextual import ContextExtractor
    from core.skills.tokens import tokenize as tok

    seen = []
    real = JunctionModel.refine
    monkeypatch.setattr(JunctionModel, "refine", lambda self, spans, ctx: seen.append(ctx) or real(self, spans, ctx))
    text = "Requirements:\n- Experience with Kubernetes Docker and Spring Boot"
    ContextExtractor(taxonomy, trained).extract(text, "job")
    assert len(seen) == 1 and seen[0].log_probs is not None
    tokens = seen[0].tokens
    assert seen[0].log_probs.shape == (len(tok(text).words), 6) == (len(tokens.words), 6)
