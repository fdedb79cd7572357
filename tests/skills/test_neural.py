"""The postings BiLSTM (core.skills.neural): numpy inference equals torch, features, persistence, training."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.skills.lexicon import Lexicon
from core.skills.model import ExtractorModel, KindModel, load_model, model_version
from core.skills.neural import FIELD_BASE, N_FIELD_IDS, NeuralTagger, affix_ids, field_ids, line_spans
from core.skills.neural_training import NeuralConfig, to_tagger, train_neural, word_table
from core.skills.signature import _FIELDS, context, decode
from core.skills.tokens import tokenize

torch = pytest.importorskip("torch", reason="torch trains the BiLSTM (and checks the numpy inference)")

WORDS = ["python", "java", "team", "our", "experience", "with"]


def _table(seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return word_table(WORDS, rng.normal(size=(len(WORDS), 12)).astype(np.float32), dim=4)


def _torch_log_probs(tagger_cfg: NeuralConfig, table: np.ndarray, words, codes, line, seed: int):
    """(state dict, log-probs) of a randomly initialised torch net, one padded line per batch row."""
    from core.skills.neural_training import _batch, _doc_arrays, _net

    torch.manual_seed(seed)
    net = _net(torch, table, tagger_cfg)
    net.eval()
    index = {w: i for i, w in enumerate(WORDS)}
    n = len(words)
    doc = _doc_arrays(words, codes, line, index, [0] * n, [0] * n)
    items = [(doc, ab) for ab in doc["lines"]]
    wv, aff, fld, lens, _, _ = _batch(torch, items, len(WORDS))
    with torch.no_grad():
        out = net(wv, aff, fld, lens)
    lp = torch.cat([torch.log_softmax(out[..., :3], -1), torch.log_softmax(out[..., 3:], -1)], -1).numpy()
    res = np.zeros((n, 6), np.float32)
    for j, (a, b) in enumerate(doc["lines"]):
        res[a:b] = lp[j, :b - a]
    return {k: v.detach().numpy() for k, v in net.state_dict().items()}, res


@pytest.mark.parametrize("text, hidden", [
    ("Experience with Python\nour team uses Java and Kubernetes daily\nok", 8),
    ("Python", 5),
    ("a b c d e f g\nh\ni j", 16),
])
def test_numpy_inference_equals_the_torch_module(text, hidden):
    cfg = NeuralConfig(hidden=hidden, affix_dim=6, field_dim=5, dropout=0.0)
    tokens = tokenize(text)
    codes = context(tokens, ["O"] * len(tokens), ["other"] * len(tokens)).codes
    sd, expected = _torch_log_probs(cfg, _table(), tokens.words, codes, tokens.line, seed=3)
    tagger = to_tagger(sd, WORDS, _table(), mix=0.5)
    got = tagger.log_probs(tokens.words, codes, tokens.line)
    assert got.shape == (len(tokens), 6)
    assert np.allclose(got, expected, atol=1e-4)
    assert np.allclose(np.exp(got[:, :3]).sum(axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("text", ["Experience with Python: AWS, Docker", "- Java\n- our team", ""])
def test_field_ids_invert_the_signature_codes(text):
    tokens = tokenize(text)
    ctx = context(tokens, ["O"] * len(tokens), ["requirements"] * len(tokens))
    ids = field_ids(ctx.codes)
    assert ids.shape == (len(tokens), len(_FIELDS))
    assert (ids < N_FIELD_IDS).all()
    for code, row in zip(ctx.codes.tolist(), ids):
        assert [vocab[i] for vocab, i in zip(_FIELDS, (row - FIELD_BASE).tolist())] == list(decode(code))


@pytest.mark.parametrize("a, b, same", [
    ("Python", "Python", True), ("Python", "python", False), ("Java", "Jira", False),
])
def test_affix_ids_are_stable_and_case_aware_through_the_shape(a, b, same):
    assert (affix_ids(a) == affix_ids(b)) is same
    assert len(affix_ids(a)) == 6


@pytest.mark.parametrize("line, expected", [([0, 0, 1, 3, 3], [(0, 2), (2, 3), (3, 5)]), ([], []), ([2], [(0, 1)])])
def test_line_spans(line, expected):
    assert line_spans(line) == expected


def test_word_table_is_deterministic_and_scaled():
    vecs = np.random.default_rng(1).normal(size=(6, 12)).astype(np.float32)
    a, b = word_table(WORDS, vecs, dim=4), word_table(WORDS, vecs.copy(), dim=4)
    assert a.shape == (6, 4) and np.array_equal(a, b)
    assert abs(float(a.std()) - 1.0) < 0.01


def _docs():
    """Tiny postings: 'python' and 'java' are Knowledge (B), everything else O."""
    texts = ["Experience with python", "our team uses java", "python and java", "with our team", "java experience"]
    out = []
    for t in texts * 4:
        tokens = tokenize(t)
        gold = [1 if w in ("python", "java") else 0 for w in tokens.words]
        codes = context(tokens, ["O"] * len(tokens), ["other"] * len(tokens)).codes
        out.append((tokens.words, codes, tokens.line, gold, [0] * len(tokens)))
    return out


def test_training_is_deterministic_and_learns_the_tags():
    cfg = NeuralConfig(hidden=8, affix_dim=4, field_dim=4, epochs=15, batch=4, lr=1e-2, dropout=0.0)
    table = _table()
    a = train_neural(_docs(), WORDS, table, cfg)
    b = train_neural(_docs(), WORDS, table, cfg)
    assert all(np.array_equal(x, y) for x, y in zip(a.to_arrays("t").values(), b.to_arrays("t").values()))
    tokens = tokenize("experience with python")
    codes = context(tokens, ["O"] * 3, ["other"] * 3).codes
    lp = a.log_probs(tokens.words, codes, tokens.line)
    assert lp[:, :3].argmax(axis=1).tolist() == [0, 0, 1]


def test_the_tagger_round_trips_through_the_artifact_and_changes_the_version(tmp_path):
    cfg = NeuralConfig(hidden=4, affix_dim=3, field_dim=3, epochs=1, batch=8, mix=0.7, skill_mix=0.2)
    tagger = train_neural(_docs()[:5], WORDS, _table(), cfg)
    km = KindModel(("knowledge", "skill"), np.array([1, 2], np.int32), np.ones((2, 6), np.float16),
                   np.zeros((2, 4, 3), np.float32), np.zeros(2, np.float32), Lexicon(("knowledge", "skill")))
    plain = ExtractorModel({"job": km})
    with_nn = ExtractorModel({"job": replace(km, neural=tagger)})
    v_plain, v_nn = plain.save(tmp_path / "a.npz"), with_nn.save(tmp_path / "b.npz")
    assert v_plain != v_nn
    loaded = load_model(tmp_path / "b.npz")
    assert loaded.version == v_nn
    got = loaded.kinds["job"].neural
    assert isinstance(got, NeuralTagger) and got.words == WORDS
    assert (got.mix, got.skill_mix) == (pytest.approx(0.7), pytest.approx(0.2))
    assert model_version(ExtractorModel({"job": replace(km, neural=replace(tagger, skill_mix=0.3))})) != v_nn
    tokens = tokenize("our team uses python")
    codes = context(tokens, ["O"] * 4, ["other"] * 4).codes
    assert np.allclose(got.log_probs(tokens.words, codes, tokens.line),
                       tagger.log_probs(tokens.words, codes, tokens.line), atol=1e-2)
    assert load_model(tmp_path / "a.npz").kinds["job"].neural is None


def _constant_tagger(knowledge: tuple[float, float, float], skill: tuple[float, float, float] = (9.0, 0.0, 0.0),
                     mix: float = 1.0, skill_mix: float = 1.0, hidden: int = 2) -> NeuralTagger:
    """A tagger whose output ignores its input: fixed O / B / I logits per layer."""
    n_in = 4 + 3 + 3 + 1
    return NeuralTagger(list(WORDS), _table().astype(np.float16), np.zeros((1 << 14, 3), np.float32),
                        np.zeros((N_FIELD_IDS, 3), np.float32), np.zeros((2, n_in, 4 * hidden), np.float32),
                        np.zeros((2, hidden, 4 * hidden), np.float32), np.zeros((2, 4 * hidden), np.float32),
                        np.zeros((2 * hidden, 6), np.float32), np.array([*knowledge, *skill], np.float32),
                        mix, skill_mix)


@pytest.fixture(scope="module")
def small_model(taxonomy):
    """A job model without second stage, trained with a BiLSTM over random word vectors."""
    from core.evaluation.datasets import GoldDoc
    from core.skills.training import TrainConfig, train_model

    texts = ["Requirements:\n- Experience with Python and Docker\nWe use Linux internally",
             "Requirements:\n- Experience with Java and SQL\nWe use AWS internally"] * 2
    docs = []
    for i, t in enumerate(texts):
        gold = tuple((t.index(s), t.index(s) + len(s)) for s in ("Python", "Docker", "Java", "SQL") if s in t)
        docs.append(GoldDoc(f"d{i}", "job", t, {"knowledge": gold, "skill": ()}))
    words = sorted({w.lower() for t in texts for w in tokenize(t).words})
    vectors = np.random.default_rng(0).normal(size=(len(words), 70)).astype(np.float32)
    config = TrainConfig(epochs=2, seed=5, lexicon_folds=2, bias_grid=(0.0, 0.5))
    return train_model(taxonomy, docs, docs[:2], [], config, None, (words, vectors),
                       NeuralConfig(hidden=4, affix_dim=3, field_dim=3, epochs=1))[0]


def test_training_attaches_the_bilstm_to_the_job_model(small_model):
    tagger = small_model.kinds["job"].neural
    assert isinstance(tagger, NeuralTagger) and tagger.hidden == 4
    assert tagger.vectors.shape == (len(tagger.words), min(64, len(tagger.words)))  # PCA keeps at most 64 axes
    assert small_model.meta["recipe"]["neural"]["hidden"] == 4


B_ALL, O_ALL = (-50.0, 50.0, -50.0), (50.0, -50.0, -50.0)


@pytest.mark.parametrize("knowledge, skill, skill_mix, expected", [
    (B_ALL, O_ALL, 1.0, {"knowledge": 5, "skill": 0}),  # B everywhere: each of the 5 words is its own span
    (O_ALL, O_ALL, 1.0, {"knowledge": 0, "skill": 0}),  # O everywhere: nothing survives
    (O_ALL, B_ALL, 1.0, {"knowledge": 0, "skill": 5}),
    (O_ALL, B_ALL, 0.0, None),  # skill_mix 0: the Skill layer is the perceptron's alone
])
def test_the_extractor_mixes_the_bilstm_into_the_emissions(taxonomy, small_model, knowledge, skill, skill_mix,
                                                            expected):
    from core.skills.contextual import ContextExtractor

    text = "Experience with Python and Docker"
    kinds = dict(small_model.kinds)
    plain = ContextExtractor(taxonomy, ExtractorModel(dict(kinds, job=replace(kinds["job"], neural=None, rerank=None)),
                                                      small_model.meta)).extract(text, "job")
    kinds["job"] = replace(kinds["job"], neural=_constant_tagger(knowledge, skill, skill_mix=skill_mix), rerank=None)
    extraction = ContextExtractor(taxonomy, ExtractorModel(kinds, small_model.meta)).extract(text, "job")
    spans = extraction.diagnostics["model"]["spans"]
    if expected is None:
        assert spans["skill"] == plain.diagnostics["model"]["spans"]["skill"] and spans["knowledge"] == 0
    else:
        assert spans == expected
    assert [m.surface for m in extraction.mentions if m.skill_id] == ["Python", "Docker"]  # whatever the model says
    if not spans["knowledge"] and not spans["skill"]:  # the model tags nothing: the listed-skill floor alone
        assert [(m.layer, m.confidence) for m in extraction.mentions] == [("knowledge", 0.807)] * 2
